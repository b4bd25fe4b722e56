<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>ApiVersionPage</name>
    <message>
        <location filename="../../intercom_wizard/ui/pages/api_version.py" line="35"/>
        <source>Choose the API version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intercom_wizard/ui/pages/api_version.py" line="38"/>
        <source>Cyclr has one Intercom connector per API version; use the one that matches your app.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intercom_wizard/ui/pages/api_version.py" line="43"/>
        <source>1. Log in to your Intercom account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intercom_wizard/ui/pages/api_version.py" line="44"/>
        <source>2. Hover over the icon in the bottom left corner and select Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intercom_wizard/ui/pages/api_version.py" line="45"/>
        <source>3. On the settings page, select Developers &gt; Developer Hub.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intercom_wizard/ui/pages/api_version.py" line="46"/>
        <source>4. In the Developer Hub, select your app.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intercom_wizard/ui/pages/api_version.py" line="47"/>
        <source>5. The Basic Information page shows the app&apos;s API version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intercom_wizard/ui/pages/api_version.py" line="48"/>
        <source>6. To change it, click Change version and pick one from the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intercom_wizard/ui/pages/api_version.py" line="53"/>
        <source>API version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intercom_wizard/ui/pages/api_version.py" line="54"/>
        <source>The version on the app&apos;s Basic Information page in the Developer Hub</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intercom_wizard/ui/pages/api_version.py" line="58"/>
        <source>Your app&apos;s &amp;version:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intercom_wizard/ui/pages/api_version.py" line="63"/>
        <source>Cyclr connector:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intercom_wizard/ui/pages/api_version.py" line="67"/>
        <source>&lt;b&gt;Important:&lt;/b&gt; read Intercom&apos;s &lt;a href=&quot;%s&quot;&gt;API changelog&lt;/a&gt; for the differences between versions before you change one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intercom_wizard/ui/pages/api_version.py" line="73"/>
        <source>How to find the version in Intercom (select a step to see it):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intercom_wizard/ui/pages/api_version.py" line="74"/>
        <source>Steps to find the version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intercom_wizard/ui/pages/api_version.py" line="113"/>
        <source>Cyclr has no connector for %s; change the app&apos;s version in Intercom to one Cyclr supports.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuthorizationTestPage</name>
    <message>
        <location filename="../../intercom_wizard/ui/pages/test_authorization.py" line="27"/>
        <source>Test the authorization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intercom_wizard/ui/pages/test_authorization.py" line="30"/>
        <source>Sign in to Intercom in your browser and authorize the app; the wizard catches the answer on this computer and checks what it can do.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intercom_wizard/ui/pages/test_authorization.py" line="37"/>
        <location filename="../../intercom_wizard/ui/pages/test_authorization.py" line="275"/>
        <source>&amp;Start the test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intercom_wizard/ui/pages/test_authorization.py" line="38"/>
        <source>Start the test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intercom_wizard/ui/pages/test_authorization.py" line="39"/>
        <source>Opens your browser at Intercom&apos;s consent page and waits for the answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intercom_wizard/ui/pages/test_authorization.py" line="42"/>
        <source>&amp;Cancel the test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intercom_wizard/ui/pages/test_authorization.py" line="43"/>
        <source>Cancel the test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intercom_wizard/ui/pages/test_authorization.py" line="55"/>
        <source>Authorization address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intercom_wizard/ui/pages/test_authorization.py" line="57"/>
        <source>&amp;Open again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intercom_wizard/ui/pages/test_authorization.py" line="58"/>
        <source>Open the authorization address in the browser again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intercom_wizard/ui/pages/test_authorization.py" line="65"/>
        <source>If no browser window opened, open this address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intercom_wizard/ui/pages/test_authorization.py" line="69"/>
        <source>Local port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intercom_wizard/ui/pages/test_authorization.py" line="70"/>
        <source>Browser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intercom_wizard/ui/pages/test_authorization.py" line="71"/>
        <source>Intercom&apos;s answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intercom_wizard/ui/pages/test_authorization.py" line="72"/>
        <source>Token exchange</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intercom_wizard/ui/pages/test_authorization.py" line="73"/>
        <source>Checks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intercom_wizard/ui/pages/test_authorization.py" line="79"/>
        <source>Your browser refused the wizard&apos;s certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intercom_wizard/ui/pages/test_authorization.py" line="84"/>
        <source>That is expected: the wizard answers on 127.0.0.1 with a certificate it made itself. In the browser tab that shows the warning:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intercom_wizard/ui/pages/test_authorization.py" line="90"/>
        <source>&lt;b&gt;Chrome or Edge:&lt;/b&gt; click Advanced, then “Proceed to 127.0.0.1 (unsafe)”; or click anywhere on the page and type &lt;tt&gt;thisisunsafe&lt;/tt&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intercom_wizard/ui/pages/test_authorization.py" line="94"/>
        <source>&lt;b&gt;Firefox:&lt;/b&gt; click Advanced…, then “Accept the Risk and Continue”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intercom_wizard/ui/pages/test_authorization.py" line="96"/>
        <source>&lt;b&gt;Safari:&lt;/b&gt; click Show Details, then “visit this website”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intercom_wizard/ui/pages/test_authorization.py" line="99"/>
        <source>The page then finishes by itself. The exception is kept, so next time there is no warning.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intercom_wizard/ui/pages/test_authorization.py" line="44"/>
        <source>Stops waiting and frees the local port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intercom_wizard/ui/pages/test_authorization.py" line="59"/>
        <source>For when the first browser window was closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intercom_wizard/ui/pages/test_authorization.py" line="109"/>
        <source>Browser ended somewhere else?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intercom_wizard/ui/pages/test_authorization.py" line="114"/>
        <source>Paste the address your browser shows after authorizing (even an error page):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intercom_wizard/ui/pages/test_authorization.py" line="122"/>
        <source>Address your browser shows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intercom_wizard/ui/pages/test_authorization.py" line="123"/>
        <source>Paste the whole address from the browser&apos;s address bar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intercom_wizard/ui/pages/test_authorization.py" line="127"/>
        <source>&amp;Use this address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intercom_wizard/ui/pages/test_authorization.py" line="128"/>
        <source>Use the pasted address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intercom_wizard/ui/pages/test_authorization.py" line="129"/>
        <source>Finishes the test with the pasted address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intercom_wizard/ui/pages/test_authorization.py" line="155"/>
        <source>Before you start, check that %s is among the app&apos;s redirect URLs. Start opens your browser at Intercom&apos;s consent page; choose Authorize there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intercom_wizard/ui/pages/test_authorization.py" line="192"/>
        <source>The wizard does not know the Client ID and Client Secret yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intercom_wizard/ui/pages/test_authorization.py" line="193"/>
        <source>Go back to the Credentials page and enter both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intercom_wizard/ui/pages/test_authorization.py" line="208"/>
        <source>opening port %d</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intercom_wizard/ui/pages/test_authorization.py" line="230"/>
        <source>opening your browser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intercom_wizard/ui/pages/test_authorization.py" line="239"/>
        <source>no browser opened by itself; copy the address above into one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intercom_wizard/ui/pages/test_authorization.py" line="256"/>
        <source>No test is waiting for an address right now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intercom_wizard/ui/pages/test_authorization.py" line="257"/>
        <source>Click Start, authorize in the browser, then paste if needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intercom_wizard/ui/pages/test_authorization.py" line="275"/>
        <source>&amp;Test again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intercom_wizard/ui/pages/test_authorization.py" line="290"/>
        <source>%d:%02d left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intercom_wizard/ui/pages/test_authorization.py" line="291"/>
        <source>%d seconds left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intercom_wizard/ui/pages/test_authorization.py" line="298"/>
        <source>listening at %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intercom_wizard/ui/pages/test_authorization.py" line="299"/>
        <source>waiting for your browser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intercom_wizard/ui/pages/test_authorization.py" line="302"/>
        <source>opened; sign in and authorize the app there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intercom_wizard/ui/pages/test_authorization.py" line="305"/>
        <source>your browser reached the wizard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intercom_wizard/ui/pages/test_authorization.py" line="308"/>
        <source>refused the certificate; see below how to continue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intercom_wizard/ui/pages/test_authorization.py" line="314"/>
        <source>An answer from an older attempt reached the wizard and was ignored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intercom_wizard/ui/pages/test_authorization.py" line="315"/>
        <source>Use the browser tab opened by this test.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intercom_wizard/ui/pages/test_authorization.py" line="318"/>
        <source>done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intercom_wizard/ui/pages/test_authorization.py" line="319"/>
        <source>authorization received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intercom_wizard/ui/pages/test_authorization.py" line="322"/>
        <source>the authorization was declined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intercom_wizard/ui/pages/test_authorization.py" line="324"/>
        <source>asking Intercom for a token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intercom_wizard/ui/pages/test_authorization.py" line="326"/>
        <source>token received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intercom_wizard/ui/pages/test_authorization.py" line="328"/>
        <source>checking workspace, permissions and version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intercom_wizard/ui/pages/test_authorization.py" line="331"/>
        <source>finished</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BasePage</name>
    <message>
        <location filename="../../intercom_wizard/ui/pages/base.py" line="107"/>
        <source>The browser did not open by itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intercom_wizard/ui/pages/base.py" line="108"/>
        <source>Copy this address into your browser: %s</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CopyableField</name>
    <message>
        <location filename="../../intercom_wizard/ui/widgets/copyable_field.py" line="28"/>
        <source>Read-only; Copy puts it on the clipboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intercom_wizard/ui/widgets/copyable_field.py" line="32"/>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intercom_wizard/ui/widgets/copyable_field.py" line="33"/>
        <source>Copy %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intercom_wizard/ui/widgets/copyable_field.py" line="34"/>
        <source>Puts it on the clipboard, to paste elsewhere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intercom_wizard/ui/widgets/copyable_field.py" line="36"/>
        <source>Copy to the clipboard</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CreateAppPage</name>
    <message>
        <location filename="../../intercom_wizard/ui/pages/create_app.py" line="19"/>
        <source>Create the app in Intercom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intercom_wizard/ui/pages/create_app.py" line="22"/>
        <source>Cyclr signs in to Intercom through an app that you own, made in the Developer Hub.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intercom_wizard/ui/pages/create_app.py" line="27"/>
        <source>&amp;Open the Developer Hub</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intercom_wizard/ui/pages/create_app.py" line="28"/>
        <source>Open the Developer Hub in the browser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intercom_wizard/ui/pages/create_app.py" line="29"/>
        <source>The Developer Hub of the region chosen on the previous page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intercom_wizard/ui/pages/create_app.py" line="37"/>
        <source>Sign in to Intercom as an admin of the workspace Cyclr will use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intercom_wizard/ui/pages/create_app.py" line="38"/>
        <source>In the Developer Hub, click &lt;b&gt;New app&lt;/b&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intercom_wizard/ui/pages/create_app.py" line="40"/>
        <source>Name it so your team recognises it, for example &lt;i&gt;Cyclr&lt;/i&gt;, and choose the workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intercom_wizard/ui/pages/create_app.py" line="44"/>
        <source>Leave “Intended to use Intercom with” on &lt;b&gt;Internal integration&lt;/b&gt; unless Intercom asks otherwise, then click &lt;b&gt;Create app&lt;/b&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intercom_wizard/ui/pages/create_app.py" line="48"/>
        <source>You land on the app&apos;s &lt;b&gt;Basic Information&lt;/b&gt; page. Keep the tab open; the next pages need it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intercom_wizard/ui/pages/create_app.py" line="56"/>
        <source>Drawing of the Developer Hub with the New app button</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CredentialsPage</name>
    <message>
        <location filename="../../intercom_wizard/ui/pages/credentials.py" line="28"/>
        <source>Enter the Client ID and Client Secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intercom_wizard/ui/pages/credentials.py" line="30"/>
        <source>In the app, open Basic Information (or Authentication) and copy both values.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intercom_wizard/ui/pages/credentials.py" line="35"/>
        <source>Client ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intercom_wizard/ui/pages/credentials.py" line="36"/>
        <source>From the app&apos;s Basic Information page in the Developer Hub</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intercom_wizard/ui/pages/credentials.py" line="39"/>
        <source>Client &amp;ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intercom_wizard/ui/pages/credentials.py" line="44"/>
        <source>Client Secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intercom_wizard/ui/pages/credentials.py" line="45"/>
        <source>From the same page; kept in the system keyring, never in a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intercom_wizard/ui/pages/credentials.py" line="48"/>
        <source>Client &amp;Secret:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intercom_wizard/ui/pages/credentials.py" line="52"/>
        <source>S&amp;how the secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intercom_wizard/ui/pages/credentials.py" line="53"/>
        <source>Show the Client Secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intercom_wizard/ui/pages/credentials.py" line="54"/>
        <source>Shows the typed secret in plain text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intercom_wizard/ui/pages/credentials.py" line="82"/>
        <source>On Next the secret is saved in your system keyring (%s), so you do not have to type it again. Finish &gt; Forget removes it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intercom_wizard/ui/pages/credentials.py" line="90"/>
        <source>No usable system keyring was found, so the secret stays in memory only and is gone when you close the wizard; nothing is written to disk. Keyring in use: %s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intercom_wizard/ui/pages/credentials.py" line="128"/>
        <source>The Client ID should be one word of letters, digits and dashes; copy it again from Basic Information.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intercom_wizard/ui/pages/credentials.py" line="133"/>
        <source>The Client Secret should be one word of letters, digits and dashes; copy it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intercom_wizard/ui/pages/credentials.py" line="137"/>
        <source>The Client ID and the Client Secret are the same; one of them was pasted into the wrong box.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intercom_wizard/ui/pages/credentials.py" line="146"/>
        <source>Intercom&apos;s Client IDs usually look like xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx; check you copied the whole value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intercom_wizard/ui/pages/credentials.py" line="193"/>
        <source>The system keyring (%s) did not take the secret. It stays in memory only and is gone when you close the wizard.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DiagnosticsDialog</name>
    <message>
        <location filename="../../intercom_wizard/ui/diagnostics_dialog.py" line="32"/>
        <source>Intercom setup: Diagnostics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intercom_wizard/ui/diagnostics_dialog.py" line="34"/>
        <source>Diagnostics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intercom_wizard/ui/diagnostics_dialog.py" line="36"/>
        <source>Checks of this computer for the consent test:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intercom_wizard/ui/diagnostics_dialog.py" line="45"/>
        <source>Log file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intercom_wizard/ui/diagnostics_dialog.py" line="48"/>
        <source>&amp;Check again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intercom_wizard/ui/diagnostics_dialog.py" line="48"/>
        <source>Check again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intercom_wizard/ui/diagnostics_dialog.py" line="50"/>
        <source>Open &amp;log folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intercom_wizard/ui/diagnostics_dialog.py" line="50"/>
        <source>Open the log folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intercom_wizard/ui/diagnostics_dialog.py" line="66"/>
        <source>Log file (secrets are masked): %s</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FinishPage</name>
    <message>
        <location filename="../../intercom_wizard/ui/pages/finish.py" line="23"/>
        <source>Enter the credentials in the Cyclr Console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intercom_wizard/ui/pages/finish.py" line="24"/>
        <source>The last step happens in Cyclr.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intercom_wizard/ui/pages/finish.py" line="28"/>
        <source>Client ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intercom_wizard/ui/pages/finish.py" line="29"/>
        <source>Client ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intercom_wizard/ui/pages/finish.py" line="31"/>
        <source>Client Secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intercom_wizard/ui/pages/finish.py" line="33"/>
        <source>Client Secret:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intercom_wizard/ui/pages/finish.py" line="36"/>
        <source>A copied secret is removed from the clipboard again after a minute.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intercom_wizard/ui/pages/finish.py" line="40"/>
        <source>Then add an account for the connector in Cyclr and sign in to Intercom to confirm the whole chain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intercom_wizard/ui/pages/finish.py" line="47"/>
        <source>Support &amp;report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intercom_wizard/ui/pages/finish.py" line="48"/>
        <source>Show or save the support report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intercom_wizard/ui/pages/finish.py" line="53"/>
        <source>Forget the stored Client Secret and test token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intercom_wizard/ui/pages/finish.py" line="57"/>
        <source>Re&amp;voke test authorization…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intercom_wizard/ui/pages/finish.py" line="58"/>
        <source>Revoke the test authorization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intercom_wizard/ui/pages/finish.py" line="49"/>
        <source>A report without secrets, to send to the person helping you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intercom_wizard/ui/pages/finish.py" line="52"/>
        <source>Forget stored &amp;secrets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intercom_wizard/ui/pages/finish.py" line="54"/>
        <source>Removes them from the system keyring on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intercom_wizard/ui/pages/finish.py" line="59"/>
        <source>Uninstalls the app from the workspace you tested with; asks first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intercom_wizard/ui/pages/finish.py" line="79"/>
        <source>the Intercom connector for your version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intercom_wizard/ui/pages/finish.py" line="82"/>
        <source>In the Cyclr Console, go to &lt;b&gt;%s&lt;/b&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intercom_wizard/ui/pages/finish.py" line="84"/>
        <source>Paste the Client ID and the Client Secret below into the connector&apos;s settings and save.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intercom_wizard/ui/pages/finish.py" line="91"/>
        <source>The connector must match API version &lt;b&gt;%s&lt;/b&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intercom_wizard/ui/pages/finish.py" line="111"/>
        <source>The Client Secret and the test token were removed from this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intercom_wizard/ui/pages/finish.py" line="121"/>
        <source>Revoke the test authorization?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intercom_wizard/ui/pages/finish.py" line="123"/>
        <source>Revoking uninstalls the app from the Intercom workspace you tested with. Any connection that Cyclr already made with this app in that workspace stops working until someone authorizes it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intercom_wizard/ui/pages/finish.py" line="130"/>
        <source>Revoke</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intercom_wizard/ui/pages/finish.py" line="132"/>
        <source>Confirm revoking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intercom_wizard/ui/pages/finish.py" line="151"/>
        <source>There is no stored test authorization to revoke.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intercom_wizard/ui/pages/finish.py" line="152"/>
        <source>It was already revoked or forgotten, or the test has not run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intercom_wizard/ui/pages/finish.py" line="158"/>
        <source>The test authorization was revoked: the app was uninstalled from that workspace.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MessageArea</name>
    <message>
        <location filename="../../intercom_wizard/ui/widgets/message_area.py" line="29"/>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PageTasks</name>
    <message>
        <location filename="../../intercom_wizard/ui/async_tasks.py" line="60"/>
        <source>Something unexpected went wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intercom_wizard/ui/async_tasks.py" line="61"/>
        <source>Try again; if it keeps happening, the details are in the log file (Diagnostics &gt; Open log folder).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PermissionsPage</name>
    <message>
        <location filename="../../intercom_wizard/ui/pages/permissions.py" line="20"/>
        <source>Tick the permissions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intercom_wizard/ui/pages/permissions.py" line="22"/>
        <source>In the app, open Authentication, click Edit, tick these three and Save.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intercom_wizard/ui/pages/permissions.py" line="28"/>
        <source>I ticked %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intercom_wizard/ui/pages/permissions.py" line="39"/>
        <source>Ticking boxes here is only your checklist: the test on page 8 asks Intercom for real whether each permission was granted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intercom_wizard/ui/pages/permissions.py" line="46"/>
        <source>Drawing of the permission list with the three permissions ticked</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RedirectUrlsPage</name>
    <message>
        <location filename="../../intercom_wizard/ui/pages/redirect_urls.py" line="22"/>
        <source>Add the redirect URLs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intercom_wizard/ui/pages/redirect_urls.py" line="25"/>
        <source>In the app, open Authentication, click Edit and add both URLs below, exactly as shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intercom_wizard/ui/pages/redirect_urls.py" line="33"/>
        <source>1. Wizard test URL (first while testing):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intercom_wizard/ui/pages/redirect_urls.py" line="35"/>
        <source>Cyclr callback URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intercom_wizard/ui/pages/redirect_urls.py" line="31"/>
        <source>Wizard test URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intercom_wizard/ui/pages/redirect_urls.py" line="36"/>
        <source>2. Cyclr callback:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intercom_wizard/ui/pages/redirect_urls.py" line="39"/>
        <source>Test port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intercom_wizard/ui/pages/redirect_urls.py" line="40"/>
        <source>The local port the wizard listens on during the test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intercom_wizard/ui/pages/redirect_urls.py" line="43"/>
        <source>Test &amp;port:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intercom_wizard/ui/pages/redirect_urls.py" line="49"/>
        <source>&lt;b&gt;Why HTTPS?&lt;/b&gt; Intercom only accepts https:// redirect URLs. For the test, the wizard answers on your own computer (127.0.0.1) with a certificate it made itself, so your browser will warn once; the Test page tells you how to continue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intercom_wizard/ui/pages/redirect_urls.py" line="58"/>
        <source>&lt;b&gt;Which one first?&lt;/b&gt; Intercom uses the first redirect URL when a sign-in does not name one. While you test, put the wizard&apos;s test URL first; when the test has passed you may move Cyclr&apos;s callback to the top or remove the test URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intercom_wizard/ui/pages/redirect_urls.py" line="67"/>
        <source>Change the port only if the test reports it is taken; then register the new test URL instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intercom_wizard/ui/pages/redirect_urls.py" line="74"/>
        <source>Drawing of the Authentication section with two redirect URLs</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <location filename="../../intercom_wizard/ui/report_dialog.py" line="46"/>
        <source>Intercom setup: Support report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intercom_wizard/ui/report_dialog.py" line="51"/>
        <source>Send this to the person helping you. It holds no secret, token or code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intercom_wizard/ui/report_dialog.py" line="55"/>
        <source>Report format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intercom_wizard/ui/report_dialog.py" line="56"/>
        <source>Report as Markdown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intercom_wizard/ui/report_dialog.py" line="57"/>
        <source>Report as JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intercom_wizard/ui/report_dialog.py" line="60"/>
        <source>&amp;Markdown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intercom_wizard/ui/report_dialog.py" line="61"/>
        <source>&amp;JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intercom_wizard/ui/report_dialog.py" line="66"/>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intercom_wizard/ui/report_dialog.py" line="66"/>
        <source>Copy the report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intercom_wizard/ui/report_dialog.py" line="68"/>
        <source>&amp;Save…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intercom_wizard/ui/report_dialog.py" line="68"/>
        <source>Save the report to a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intercom_wizard/ui/report_dialog.py" line="106"/>
        <source>Copied to the clipboard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intercom_wizard/ui/report_dialog.py" line="112"/>
        <source>Save the support report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intercom_wizard/ui/report_dialog.py" line="114"/>
        <source>JSON (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intercom_wizard/ui/report_dialog.py" line="114"/>
        <source>Markdown (*.md)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intercom_wizard/ui/report_dialog.py" line="131"/>
        <source>The report could not be saved to %s (%s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intercom_wizard/ui/report_dialog.py" line="132"/>
        <source>Choose another folder, or use Copy instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intercom_wizard/ui/report_dialog.py" line="134"/>
        <source>Saved to %s.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResultsPage</name>
    <message>
        <location filename="../../intercom_wizard/ui/pages/results.py" line="25"/>
        <source>Test results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intercom_wizard/ui/pages/results.py" line="26"/>
        <source>What Intercom said about your app, checked for real.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intercom_wizard/ui/pages/results.py" line="27"/>
        <source>Overall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intercom_wizard/ui/pages/results.py" line="30"/>
        <source>Workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intercom_wizard/ui/pages/results.py" line="31"/>
        <source>Signed in as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intercom_wizard/ui/pages/results.py" line="32"/>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intercom_wizard/ui/pages/results.py" line="33"/>
        <source>Workspace:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intercom_wizard/ui/pages/results.py" line="34"/>
        <source>Signed in as:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intercom_wizard/ui/pages/results.py" line="35"/>
        <source>Region:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intercom_wizard/ui/pages/results.py" line="37"/>
        <source>API version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intercom_wizard/ui/pages/results.py" line="46"/>
        <source>Permissions apply to authorizations given after you tick them: after changing anything in the Developer Hub, run the test again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intercom_wizard/ui/pages/results.py" line="52"/>
        <source>&amp;Retry the test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intercom_wizard/ui/pages/results.py" line="53"/>
        <source>Retry the test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intercom_wizard/ui/pages/results.py" line="54"/>
        <source>Goes back to the Test page and runs the test again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intercom_wizard/ui/pages/results.py" line="74"/>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intercom_wizard/ui/pages/results.py" line="80"/>
        <source>app id %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intercom_wizard/ui/pages/results.py" line="91"/>
        <source>%s (Intercom says %s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intercom_wizard/ui/pages/results.py" line="101"/>
        <source>Intercom did not say which version answers; check Basic Information in the Developer Hub (you chose %s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intercom_wizard/ui/pages/results.py" line="110"/>
        <source>the app answers with %s but you chose %s; pick %s on the API version page, or change the app&apos;s version in Intercom.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intercom_wizard/ui/pages/results.py" line="118"/>
        <source>the app answers with %s; no version was chosen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intercom_wizard/ui/pages/results.py" line="121"/>
        <source>%s, as chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intercom_wizard/ui/pages/results.py" line="127"/>
        <source> (request %s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intercom_wizard/ui/pages/results.py" line="131"/>
        <source>could not tell. %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intercom_wizard/ui/pages/results.py" line="135"/>
        <source>missing. Tick it in %s, save, then run the test again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intercom_wizard/ui/pages/results.py" line="140"/>
        <source>granted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intercom_wizard/ui/pages/results.py" line="143"/>
        <source>everything needed works.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intercom_wizard/ui/pages/results.py" line="147"/>
        <source>%d problem(s) to fix; see below.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SandboxBanner</name>
    <message>
        <location filename="../../intercom_wizard/ui/widgets/sandbox_banner.py" line="28"/>
        <source>&lt;b&gt;Training mode:&lt;/b&gt; a sandbox stands in for Intercom, no real workspace is touched. On the Credentials page, type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intercom_wizard/ui/widgets/sandbox_banner.py" line="34"/>
        <source>Training mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intercom_wizard/ui/widgets/sandbox_banner.py" line="35"/>
        <source>Sandbox Client ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intercom_wizard/ui/widgets/sandbox_banner.py" line="37"/>
        <source>Sandbox Client Secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intercom_wizard/ui/widgets/sandbox_banner.py" line="46"/>
        <source>Client ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intercom_wizard/ui/widgets/sandbox_banner.py" line="48"/>
        <source>Client Secret:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <location filename="../../intercom_wizard/ui/wizard.py" line="65"/>
        <source>Intercom setup for Cyclr</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intercom_wizard/ui/wizard.py" line="67"/>
        <source>%s (training mode: sandbox Intercom)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intercom_wizard/ui/wizard.py" line="74"/>
        <source>&amp;Diagnostics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intercom_wizard/ui/wizard.py" line="75"/>
        <source>&amp;Next &gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intercom_wizard/ui/wizard.py" line="76"/>
        <source>&lt; &amp;Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intercom_wizard/ui/wizard.py" line="77"/>
        <source>&amp;Finish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intercom_wizard/ui/wizard.py" line="78"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intercom_wizard/ui/wizard.py" line="82"/>
        <source>Open Diagnostics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intercom_wizard/ui/wizard.py" line="83"/>
        <source>Checks this computer: keyring, port, network, log file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intercom_wizard/ui/wizard.py" line="85"/>
        <source>Next page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intercom_wizard/ui/wizard.py" line="85"/>
        <source>Goes on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intercom_wizard/ui/wizard.py" line="86"/>
        <source>Previous page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intercom_wizard/ui/wizard.py" line="86"/>
        <source>Goes back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intercom_wizard/ui/wizard.py" line="87"/>
        <source>Finish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intercom_wizard/ui/wizard.py" line="87"/>
        <source>Closes the wizard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intercom_wizard/ui/wizard.py" line="90"/>
        <source>Quit the wizard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intercom_wizard/ui/wizard.py" line="91"/>
        <source>Closes the wizard; progress is kept for next time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intercom_wizard/ui/wizard.py" line="124"/>
        <source>Step %d of %d</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UnexpectedErrors</name>
    <message>
        <location filename="../../intercom_wizard/ui/unexpected.py" line="62"/>
        <source>Something unexpected went wrong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intercom_wizard/ui/unexpected.py" line="63"/>
        <source>The wizard hit an error it did not expect. You can carry on; if something does not work, the details are in the log file (secrets are masked):
%s

Please send it with the support report (Finish &gt; Support report) to the person helping you.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <location filename="../../intercom_wizard/ui/pages/welcome.py" line="19"/>
        <source>Set up Intercom for Cyclr</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intercom_wizard/ui/pages/welcome.py" line="21"/>
        <source>Register your own Intercom app, connect it to Cyclr, and prove it works.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intercom_wizard/ui/pages/welcome.py" line="25"/>
        <source>Cyclr&apos;s Intercom connector signs in to Intercom with your own Intercom app. This wizard walks you through creating that app, tells you exactly what to copy into the Cyclr Console, and finishes with a real sign-in test in your browser that checks the credentials, the permissions and the API version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intercom_wizard/ui/pages/welcome.py" line="31"/>
        <source>&lt;b&gt;You need:&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intercom_wizard/ui/pages/welcome.py" line="37"/>
        <source>admin rights in the Intercom workspace that Cyclr will connect to;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intercom_wizard/ui/pages/welcome.py" line="38"/>
        <source>access to your Cyclr Console (Settings and the Connector Library);</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intercom_wizard/ui/pages/welcome.py" line="39"/>
        <source>about 10 to 15 minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intercom_wizard/ui/pages/welcome.py" line="47"/>
        <source>Nothing secret is saved in the wizard&apos;s settings: the Client Secret goes to your system&apos;s keyring. Diagnostics (bottom left) checks this computer at any time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intercom_wizard/ui/pages/welcome.py" line="52"/>
        <source>Saved progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intercom_wizard/ui/pages/welcome.py" line="55"/>
        <source>&amp;Resume where I left off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intercom_wizard/ui/pages/welcome.py" line="56"/>
        <source>Resume where I left off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intercom_wizard/ui/pages/welcome.py" line="57"/>
        <source>Continues at the page where the last run stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intercom_wizard/ui/pages/welcome.py" line="60"/>
        <source>&amp;Start over (forget the saved progress)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intercom_wizard/ui/pages/welcome.py" line="61"/>
        <source>Start over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intercom_wizard/ui/pages/welcome.py" line="62"/>
        <source>Forgets the saved progress; stored secrets stay until Finish &gt; Forget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intercom_wizard/ui/pages/welcome.py" line="80"/>
        <source>&amp;Resume at “%s”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intercom_wizard/ui/pages/welcome.py" line="81"/>
        <source>Resume at %s</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WherePage</name>
    <message>
        <location filename="../../intercom_wizard/ui/pages/where.py" line="41"/>
        <source>Where: your Intercom region and Cyclr service domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intercom_wizard/ui/pages/where.py" line="44"/>
        <source>These decide which Intercom site you sign in to and the address Intercom sends people back to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intercom_wizard/ui/pages/where.py" line="51"/>
        <source>Intercom region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intercom_wizard/ui/pages/where.py" line="52"/>
        <source>The region in your Intercom address: United States, Europe or Australia</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intercom_wizard/ui/pages/where.py" line="57"/>
        <source>Intercom &amp;region:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intercom_wizard/ui/pages/where.py" line="61"/>
        <source>Your workspace&apos;s region is part of the address you use: app.intercom.com (United States), app.eu.intercom.com (Europe) or app.au.intercom.com (Australia).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intercom_wizard/ui/pages/where.py" line="72"/>
        <source>Cyclr service domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intercom_wizard/ui/pages/where.py" line="73"/>
        <source>Found in the Cyclr Console under Settings &gt; General Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intercom_wizard/ui/pages/where.py" line="75"/>
        <source>for example app-h.cyclr.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intercom_wizard/ui/pages/where.py" line="78"/>
        <source>Clear the service domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intercom_wizard/ui/pages/where.py" line="78"/>
        <source>Empties the field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intercom_wizard/ui/pages/where.py" line="79"/>
        <source>Cyclr &amp;service domain:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intercom_wizard/ui/pages/where.py" line="83"/>
        <source>Find it in your Cyclr Console under Settings &gt; General Settings (Service Domain). A pasted URL is fine too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intercom_wizard/ui/pages/where.py" line="94"/>
        <source>Callback URL to register in Intercom (computed from the domain):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intercom_wizard/ui/pages/where.py" line="95"/>
        <source>Cyclr callback URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intercom_wizard/ui/pages/where.py" line="128"/>
        <source>Looks right.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
