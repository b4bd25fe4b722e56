; Windows installer for intercom-wizard (Inno Setup 6.3 or newer).
; packaging/build.py compiles it after freezing the app, passing:
;   /DAppVersion=0.1.0 /DNumericVersion=0.1.0.0 /DSourceDir=...\dist\intercom-wizard
;   /DOutputDir=...\dist /DIconFile=...\build\icons\intercom-wizard.ico
;   and, when a certificate is configured, /DSign plus /Ssigntool=... to sign setup and uninstaller.
;   /DOutputName=... names the setup file differently (the size yardstick uses it).
; On Linux the same script is compiled by Inno Setup under Wine (packaging/build.py --windows).

#ifndef AppVersion
  #error Pass /DAppVersion=X.Y.Z (packaging/build.py does)
#endif
#ifndef NumericVersion
  #define NumericVersion AppVersion
#endif

#ifndef OutputName
  #define OutputName "IntercomWizard-" + AppVersion + "-setup"
#endif

#define AppName "Intercom Wizard"
#define AppExe "intercom-wizard.exe"
#define Publisher "Cyclr"

[Setup]
; Identifies the app to Windows across versions: never change it, or upgrades install twice.
AppId={{5B0F7D3E-6C1A-4E8B-9A52-3F4D1C7E2A90}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher={#Publisher}
VersionInfoVersion={#NumericVersion}
VersionInfoProductVersion={#NumericVersion}
VersionInfoProductTextVersion={#AppVersion}
VersionInfoCompany={#Publisher}
VersionInfoDescription={#AppName} setup
VersionInfoProductName={#AppName}
VersionInfoCopyright=Copyright (C) {#Publisher}
; Per-user install, no administrator rights, into %LOCALAPPDATA%\Programs: where Windows
; itself puts per-user programs ({autopf} in per-user mode). {localappdata} names the same
; folder and, unlike {autopf}, Wine expands it too, so the install tested is the one users get.
PrivilegesRequired=lowest
DefaultDirName={localappdata}\Programs\{#AppName}
DisableProgramGroupPage=yes
DefaultGroupName={#AppName}
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
WizardStyle=modern
SetupIconFile={#IconFile}
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName={#AppName}
OutputDir={#OutputDir}
OutputBaseFilename={#OutputName}
Compression=lzma2/max
SolidCompression=yes
; Close a running wizard before replacing its files.
CloseApplications=yes
; Tell Explorer that file types changed (the [Registry] entries below), at install and uninstall.
ChangesAssociations=yes
#ifdef Sign
SignTool=signtool
SignedUninstaller=yes
#endif

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"

[Messages]
; What the uninstaller removes and what it keeps, said before it starts.
ConfirmUninstall=Remove %1 and the secrets it stored in Windows Credential Manager?%n%nYour settings and the log stay in %LOCALAPPDATA%\intercom-wizard, for a later install; delete that folder to remove them too.

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
Source: "{#SourceDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExe}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; Tasks: desktopicon

[Registry]
; Setup profiles (.intercom-wizard files) and setup links (intercom-wizard://setup?...) open the
; wizard, for this user only (HKCU\Software\Classes, no admin rights); the uninstaller removes
; both. The command marks its argument with --os-open: the app then reads everything after it
; as the one file or link, so a link holding quotes cannot add options (see cli.os_open_words).
Root: HKCU; Subkey: "Software\Classes\.intercom-wizard"; ValueType: string; ValueName: ""; ValueData: "IntercomWizard.SetupProfile"; Flags: uninsdeletekey
Root: HKCU; Subkey: "Software\Classes\.intercom-wizard"; ValueType: string; ValueName: "Content Type"; ValueData: "application/x-intercom-wizard-profile"
Root: HKCU; Subkey: "Software\Classes\IntercomWizard.SetupProfile"; ValueType: string; ValueName: ""; ValueData: "Intercom setup profile"; Flags: uninsdeletekey
Root: HKCU; Subkey: "Software\Classes\IntercomWizard.SetupProfile\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: "{app}\{#AppExe},0"
Root: HKCU; Subkey: "Software\Classes\IntercomWizard.SetupProfile\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\{#AppExe}"" --os-open ""%1"""
Root: HKCU; Subkey: "Software\Classes\intercom-wizard"; ValueType: string; ValueName: ""; ValueData: "URL:Intercom setup link"; Flags: uninsdeletekey
Root: HKCU; Subkey: "Software\Classes\intercom-wizard"; ValueType: string; ValueName: "URL Protocol"; ValueData: ""
Root: HKCU; Subkey: "Software\Classes\intercom-wizard\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: "{app}\{#AppExe},0"
Root: HKCU; Subkey: "Software\Classes\intercom-wizard\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\{#AppExe}"" --os-open ""%1"""

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

[UninstallRun]
; Removes the stored client secret and test token for the saved Client ID. Hidden, and its exit
; code is not checked: a missing or failing app must not stop the uninstall.
Filename: "{app}\{#AppExe}"; Parameters: "forget"; Flags: runhidden waituntilterminated; RunOnceId: "ForgetSecrets"
