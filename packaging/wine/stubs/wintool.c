/* The test harness's window into Windows APIs from the Linux side, run under Wine:
 *
 *   wintool creds               print "TARGET<tab>USER" of every stored credential
 *                               (Credential Manager, CredEnumerateW), one a line
 *   wintool store TARGET USER   store a generic credential whose secret is the value of the
 *                               variable WINTOOL_SECRET (CredWriteW), as keyring does
 *   wintool version FILE        print FileVersion, ProductVersion and ProductName of FILE's
 *                               version resource (GetFileVersionInfoW / VerQueryValueW)
 *   wintool bare EXE [ARGS...]  start EXE as Windows' cmd.exe starts a windowed program: no
 *                               standard handles given, this console its parent's; wait,
 *                               and exit with its exit code (Wine itself hands every child
 *                               the caller's handles, which would hide a missing console)
 *
 * Exit 0 on success, 1 when the API call failed, 2 on bad arguments.
 */
#include <windows.h>
#include <wincred.h>
#include <stdio.h>
#include <wchar.h>

static int creds(void) {
    DWORD count = 0;
    PCREDENTIALW *list = NULL;
    if (!CredEnumerateW(NULL, 0, &count, &list)) {
        DWORD error = GetLastError();
        if (error == ERROR_NOT_FOUND) {
            return 0; /* nothing stored */
        }
        fwprintf(stderr, L"CredEnumerateW failed: %lu\n", error);
        return 1;
    }
    for (DWORD i = 0; i < count; i++) {
        wprintf(L"%ls\t%ls\n", list[i]->TargetName,
                list[i]->UserName ? list[i]->UserName : L"");
    }
    CredFree(list);
    return 0;
}

static int store(const wchar_t *target, const wchar_t *user) {
    const wchar_t *secret = _wgetenv(L"WINTOOL_SECRET");
    if (secret == NULL) {
        fwprintf(stderr, L"set WINTOOL_SECRET\n");
        return 2;
    }
    CREDENTIALW credential;
    ZeroMemory(&credential, sizeof(credential));
    credential.Type = CRED_TYPE_GENERIC;
    credential.TargetName = (LPWSTR)target;
    credential.UserName = (LPWSTR)user;
    credential.CredentialBlob = (LPBYTE)secret;
    credential.CredentialBlobSize = (DWORD)(wcslen(secret) * sizeof(wchar_t));
    credential.Persist = CRED_PERSIST_ENTERPRISE;
    if (!CredWriteW(&credential, 0)) {
        fwprintf(stderr, L"CredWriteW failed: %lu\n", GetLastError());
        return 1;
    }
    return 0;
}

static int version(const wchar_t *file) {
    DWORD ignored = 0;
    DWORD size = GetFileVersionInfoSizeW(file, &ignored);
    if (size == 0) {
        fwprintf(stderr, L"no version resource in %ls (%lu)\n", file, GetLastError());
        return 1;
    }
    BYTE *data = (BYTE *)HeapAlloc(GetProcessHeap(), 0, size);
    if (data == NULL || !GetFileVersionInfoW(file, 0, size, data)) {
        return 1;
    }
    VS_FIXEDFILEINFO *fixed = NULL;
    UINT length = 0;
    if (VerQueryValueW(data, L"\\", (void **)&fixed, &length) && fixed != NULL) {
        wprintf(L"FixedFileVersion=%u.%u.%u.%u\n", HIWORD(fixed->dwFileVersionMS),
                LOWORD(fixed->dwFileVersionMS), HIWORD(fixed->dwFileVersionLS),
                LOWORD(fixed->dwFileVersionLS));
    }
    struct { WORD language; WORD codepage; } *translation = NULL;
    if (!VerQueryValueW(data, L"\\VarFileInfo\\Translation", (void **)&translation, &length) ||
        length < sizeof(*translation)) {
        return 1;
    }
    const wchar_t *names[] = {L"FileVersion", L"ProductVersion", L"ProductName",
                              L"CompanyName", L"FileDescription"};
    for (int i = 0; i < 5; i++) {
        wchar_t query[128];
        wchar_t *value = NULL;
        _snwprintf(query, 127, L"\\StringFileInfo\\%04x%04x\\%ls", translation->language,
                   translation->codepage, names[i]);
        query[127] = 0;
        if (VerQueryValueW(data, query, (void **)&value, &length) && value != NULL) {
            wprintf(L"%ls=%ls\n", names[i], value);
        }
    }
    return 0;
}

static int bare(int argc, wchar_t **argv) {
    /* The command line after "wintool bare", quoted again argument by argument. */
    static wchar_t line[32768];
    size_t used = 0;
    for (int i = 2; i < argc && used < 32000; i++) {
        used += _snwprintf(line + used, 32767 - used, L"%ls\"%ls\"", i > 2 ? L" " : L"",
                           argv[i]);
    }
    STARTUPINFOW startup;
    PROCESS_INFORMATION process;
    ZeroMemory(&startup, sizeof(startup));
    startup.cb = sizeof(startup);
    startup.dwFlags = STARTF_USESTDHANDLES; /* and all three handles left NULL */
    if (!CreateProcessW(NULL, line, NULL, NULL, FALSE, 0, NULL, NULL, &startup, &process)) {
        fwprintf(stderr, L"CreateProcessW failed: %lu\n", GetLastError());
        return 1;
    }
    DWORD code = 1;
    WaitForSingleObject(process.hProcess, INFINITE);
    GetExitCodeProcess(process.hProcess, &code);
    return (int)code;
}

int wmain(int argc, wchar_t **argv) {
    if (argc >= 3 && wcscmp(argv[1], L"bare") == 0) {
        return bare(argc, argv);
    }
    if (argc == 2 && wcscmp(argv[1], L"creds") == 0) {
        return creds();
    }
    if (argc == 4 && wcscmp(argv[1], L"store") == 0) {
        return store(argv[2], argv[3]);
    }
    if (argc == 3 && wcscmp(argv[1], L"version") == 0) {
        return version(argv[2]);
    }
    fwprintf(stderr, L"usage: wintool creds | store TARGET USER | version FILE | bare EXE [ARGS...]\n");
    return 2;
}
