<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>ApiVersionPage</name>
    <message>
        <source>Choose the API version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cyclr has one Intercom connector per API version; use the one that matches your app.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1. Log in to your Intercom account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2. Hover over the icon in the bottom left corner and select Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>3. On the settings page, select Developers &gt; Developer Hub.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>4. In the Developer Hub, select your app.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>5. The Basic Information page shows the app&apos;s API version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>6. To change it, click Change version and pick one from the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The version on the app&apos;s Basic Information page in the Developer Hub</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your app&apos;s &amp;version:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cyclr connector:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Important:&lt;/b&gt; read Intercom&apos;s &lt;a href=&quot;%s&quot;&gt;API changelog&lt;/a&gt; for the differences between versions before you change one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How to find the version in Intercom (select a step to see it):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Steps to find the version</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuthorizationTestPage</name>
    <message>
        <source>Test the authorization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in to Intercom in your browser and authorize the app; the wizard catches the answer on this computer and checks what it can do.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Start the test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opens your browser at Intercom&apos;s consent page and waits for the answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cancel the test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel the test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authorization address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intercom&apos;s answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token exchange</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your browser refused the wizard&apos;s certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That is expected: the wizard answers on 127.0.0.1 with a certificate it made itself. In the browser tab that shows the warning:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Chrome or Edge:&lt;/b&gt; click Advanced, then “Proceed to 127.0.0.1 (unsafe)”; or click anywhere on the page and type &lt;tt&gt;thisisunsafe&lt;/tt&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Firefox:&lt;/b&gt; click Advanced…, then “Accept the Risk and Continue”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Safari:&lt;/b&gt; click Show Details, then “visit this website”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The page then finishes by itself. The exception is kept, so next time there is no warning.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stops waiting and frees the local port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browser ended somewhere else?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste the address your browser shows after authorizing (even an error page):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address your browser shows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste the whole address from the browser&apos;s address bar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Use this address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the pasted address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finishes the test with the pasted address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before you start, check that %s is among the app&apos;s redirect URLs. Start opens your browser at Intercom&apos;s consent page; choose Authorize there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The wizard does not know the Client ID and Client Secret yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go back to the Credentials page and enter both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>opening port %d</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No test is waiting for an address right now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click Start, authorize in the browser, then paste if needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Test again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>listening at %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>waiting for your browser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>opened; sign in and authorize the app there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>your browser reached the wizard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refused the certificate; see below how to continue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An answer from an older attempt reached the wizard and was ignored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the browser tab opened by this test.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>authorization received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the authorization was declined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>asking Intercom for a token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>token received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>checking workspace, permissions and version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>finished</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BasePage</name>
    <message>
        <source>The browser did not open by itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy this address into your browser: %s</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BrowserWait</name>
    <message>
        <source>If no browser window opened, open this address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the address in the browser again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For when the first browser window was closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done in the bro&amp;wser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done in the browser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say you finished in the browser, so the wizard asks for the result now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>opening your browser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no browser opened by itself; copy the address above into one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%d:%02d left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%d seconds left</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConnectorNote</name>
    <message>
        <source>Cyclr has no connector for %s; change the app&apos;s version in Intercom to one Cyclr supports.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is a guess: Cyclr&apos;s API has not listed your connectors (the optional Cyclr check at the end lists them).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your Cyclr lists no Intercom connector: add one in the Cyclr Console under Connectors &gt; Application Connector Library.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%s, as listed by your Cyclr.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the app&apos;s version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None of the Intercom connectors your Cyclr lists is known to match %s (it lists: %s).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CopyableField</name>
    <message>
        <source>Read-only; Copy puts it on the clipboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Puts it on the clipboard, to paste elsewhere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy to the clipboard</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CreateAppPage</name>
    <message>
        <source>Create the app in Intercom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cyclr signs in to Intercom through an app that you own, made in the Developer Hub.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open the Developer Hub</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the Developer Hub in the browser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Developer Hub of the region chosen on the previous page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in to Intercom as an admin of the workspace Cyclr will use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the Developer Hub, click &lt;b&gt;New app&lt;/b&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name it so your team recognises it, for example &lt;i&gt;Cyclr&lt;/i&gt;, and choose the workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave “Intended to use Intercom with” on &lt;b&gt;Internal integration&lt;/b&gt; unless Intercom asks otherwise, then click &lt;b&gt;Create app&lt;/b&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You land on the app&apos;s &lt;b&gt;Basic Information&lt;/b&gt; page. Keep the tab open; the next pages need it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drawing of the Developer Hub with the New app button</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CredentialsPage</name>
    <message>
        <source>Enter the Client ID and Client Secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the app, open Basic Information (or Authentication) and copy both values.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From the app&apos;s Basic Information page in the Developer Hub</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client &amp;ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client Secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From the same page; kept in the system keyring, never in a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client &amp;Secret:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;how the secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the Client Secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows the typed secret in plain text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On Next the secret is saved in your system keyring (%s), so you do not have to type it again. Finish &gt; Forget removes it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No usable system keyring was found, so the secret stays in memory only and is gone when you close the wizard; nothing is written to disk. Keyring in use: %s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Client ID and the Client Secret are the same; one of them was pasted into the wrong box.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intercom&apos;s Client IDs usually look like xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx; check you copied the whole value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system keyring (%s) did not take the secret. It stays in memory only and is gone when you close the wizard.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CyclrCheckPage</name>
    <message>
        <source>Check the whole chain in Cyclr (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cyclr itself signs in to Intercom with what is in its Console. You can skip this: Finish closes the wizard without it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This step is optional. It needs your Cyclr API credentials (Cyclr Console &gt; Settings &gt; OAuth Client Credentials), not the Intercom ones, and tells you whether the Client ID and Secret in the Cyclr Console, Cyclr&apos;s callback URL and the connector&apos;s version are right.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cyclr Console location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where you sign in to the Cyclr Console; it decides Cyclr&apos;s API address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A private instance (give its API URL)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cyclr Console loca&amp;tion:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Private instance&apos;s API URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only for a private Cyclr instance, e.g. https://api.example.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Private &amp;API URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cyclr API Client ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From the Cyclr Console under Settings &gt; OAuth Client Credentials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cyclr API Client &amp;ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cyclr API Client Secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept in the system keyring, never in a file; leave empty to use the stored one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cyclr API Client Sec&amp;ret:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service domain (page 2):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Cyclr API secret and Cyclr&apos;s token are kept in the system keyring; Forget stored secrets on the previous page removes them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;List accounts and connectors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List accounts and connectors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reads your Cyclr accounts and Intercom connectors; changes nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cyclr account for the check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One of your accounts, or a new one the check deletes afterwards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acco&amp;unt:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intercom connector to check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connector matching the app&apos;s Intercom API version is marked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conn&amp;ector:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Start the check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the Cyclr check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creates the test connector in Cyclr and opens Cyclr&apos;s sign-in in your browser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cancel the check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel the Cyclr check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stops waiting; what the check made in Cyclr is still removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cyclr sign-in address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cyclr API</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test connector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cyclr&apos;s sign-in to Intercom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clean-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Cyclr API Client ID is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy it from the Cyclr Console under Settings &gt; OAuth Client Credentials.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stored in the keyring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Cyclr API Client Secret is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cyclr did not list the connectors yet (%s) The check lists them once its account exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%d accounts and %d Intercom connectors listed by your Cyclr.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new account “%s”, deleted afterwards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The one matching the app&apos;s API version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>matches the app&apos;s version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>another version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>version not known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the check does in your Cyclr: %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>signing in to %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>you are done; asking Cyclr for the result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>signed in (token reused)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>signed in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>using account %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%s Intercom connectors listed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>installed (%s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>waiting for your browser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>asking Cyclr until it signs in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>opened; sign in to Intercom and authorize the app there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>came back from Cyclr</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>removing the test %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to do: %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was made in Cyclr, so nothing needed removing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>incomplete; see below</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DiagnosticsDialog</name>
    <message>
        <source>Intercom setup: Diagnostics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diagnostics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checks of this computer for the consent test:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Check again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;log folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the log folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a support report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows a report someone saved, read-only, as the wizard showed it to them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log file (secrets are masked): %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Support reports (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%s cannot be opened as a support report.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FinishPage</name>
    <message>
        <source>Enter the credentials in the Cyclr Console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client Secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client Secret:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A copied secret is removed from the clipboard again after a minute.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Support &amp;report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show or save the support report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forget the stored Client Secret and test token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removes them, and the Cyclr check&apos;s API secret and token, from the system keyring on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;voke test authorization…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoke the test authorization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A report without secrets, to send to the person helping you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last step happens in Cyclr. Finish here, or check it all in Cyclr next.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You can finish now: the setup is complete once the Console holds these. Optionally, Next checks the whole chain as Cyclr sees it, with your Cyclr API credentials: Cyclr itself signs in to Intercom, and the wizard removes what it made in Cyclr afterwards.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forget stored &amp;secrets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uninstalls the app from the workspace you tested with; asks first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the Intercom connector for your version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the Cyclr Console, go to &lt;b&gt;%s&lt;/b&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste the Client ID and the Client Secret below into the connector&apos;s settings and save.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connector must match API version &lt;b&gt;%s&lt;/b&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connector: %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoke the test authorization?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoking uninstalls the app from the Intercom workspace you tested with. Any connection that Cyclr already made with this app in that workspace stops working until someone authorizes it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm revoking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no stored test authorization to revoke.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It was already revoked or forgotten, or the test has not run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The test authorization was revoked: the app was uninstalled from that workspace.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MessageArea</name>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PageTasks</name>
    <message>
        <source>Something unexpected went wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try again; if it keeps happening, the details are in the log file (Diagnostics &gt; Open log folder).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PermissionsPage</name>
    <message>
        <source>Tick the permissions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the app, open Authentication, click Edit, tick these three and Save.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I ticked %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticking boxes here is only your checklist: the test on page 8 asks Intercom for real whether each permission was granted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drawing of the permission list with the three permissions ticked</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProfileBanner</name>
    <message>
        <source>Prepared setup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%s prepared this setup and filled in some values for you. You can change any of them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This setup was prepared for you and some values are filled in. You can change any of them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Their note: %s</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProfileOpener</name>
    <message>
        <source>Another intercom-wizard window is open but does not answer. Close it (or end intercom-wizard in the Task Manager or Activity Monitor), then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intercom setup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the prepared setup?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%s sent a prepared setup. Fill the wizard in with its values? It then starts again at the first page; your Client ID and Client Secret are kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing you entered changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Use the prepared values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep mine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cyclr service domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intercom region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intercom API version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%s: yours %s, prepared %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Their note: %s</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RedirectUrlsPage</name>
    <message>
        <source>Add the redirect URLs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the app, open Authentication, click Edit and add both URLs below, exactly as shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1. Wizard test URL (first while testing):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cyclr callback URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wizard test URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2. Cyclr callback:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The local port the wizard listens on during the test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test &amp;port:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Why HTTPS?&lt;/b&gt; Intercom only accepts https:// redirect URLs. For the test, the wizard answers on your own computer (127.0.0.1) with a certificate it made itself, so your browser will warn once; the Test page tells you how to continue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Which one first?&lt;/b&gt; Intercom uses the first redirect URL when a sign-in does not name one. While you test, put the wizard&apos;s test URL first; when the test has passed you may move Cyclr&apos;s callback to the top or remove the test URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the port only if the test reports it is taken; then register the new test URL instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drawing of the Authentication section with two redirect URLs</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <source>Intercom setup: Support report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send this to the person helping you. It holds no secret, token or code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report as Markdown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report as JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Markdown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the report to a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied to the clipboard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the support report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Markdown (*.md)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report could not be saved to %s (%s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose another folder, or use Copy instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved to %s.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportViewer</name>
    <message>
        <source>Support report from %s (read-only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Steps in this report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded: %s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report sections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No consent test had been run when this report was made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Setup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;iagnostics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>someone whose consent test did not run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an unnamed admin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%s, workspace %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone else&apos;s report, read-only: made by %s on %s, with intercom-wizard %s on %s (file %s). Nothing here changes this computer&apos;s setup, and no test can be started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone else&apos;s report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>checked %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intercom region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cyclr service domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cyclr callback URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test redirect URI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chosen API version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cyclr connector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intercom hosts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hosts overridden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes (a stand-in Intercom)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Callback warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%s:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The partner&apos;s computer, as the report recorded it:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>App</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operating system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Python</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%s recorded: %s</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResultsPage</name>
    <message>
        <source>Test results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What Intercom said about your app, checked for real.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workspace:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in as:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Permissions apply to authorizations given after you tick them: after changing anything in the Developer Hub, run the test again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Retry the test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry the test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goes back to the Test page and runs the test again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>app id %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%s (Intercom says %s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>granted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>everything needed works.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%d problem(s) to fix; see below.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SandboxBanner</name>
    <message>
        <source>&lt;b&gt;Training mode:&lt;/b&gt; a sandbox stands in for Intercom, no real workspace is touched. On the Credentials page, type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sandbox Client ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sandbox Client Secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client Secret:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <source>Intercom setup for Cyclr</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%s (training mode: sandbox Intercom)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Diagnostics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Diagnostics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checks this computer: keyring, port, network, log file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goes on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goes back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closes the wizard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit the wizard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closes the wizard; progress is kept for next time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step %d of %d</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StepRail</name>
    <message>
        <source>Steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every step of the setup and its state. Enter opens a step you have been to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create the app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redirect URLs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Permissions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credentials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test authorization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cyclr check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are here, needs attention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%s, step %d of %d: %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter opens it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not reached yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%s: %s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%s is not reached yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UnexpectedErrors</name>
    <message>
        <source>Something unexpected went wrong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The wizard hit an error it did not expect. You can carry on; if something does not work, the details are in the log file (secrets are masked):
%s

Please send it with the support report (Finish &gt; Support report) to the person helping you.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Set up Intercom for Cyclr</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register your own Intercom app, connect it to Cyclr, and prove it works.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cyclr&apos;s Intercom connector signs in to Intercom with your own Intercom app. This wizard walks you through creating that app, tells you exactly what to copy into the Cyclr Console, and finishes with a real sign-in test in your browser that checks the credentials, the permissions and the API version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;You need:&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>admin rights in the Intercom workspace that Cyclr will connect to;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>access to your Cyclr Console (Settings and the Connector Library);</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>about 10 to 15 minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing secret is saved in the wizard&apos;s settings: the Client Secret goes to your system&apos;s keyring. Diagnostics (bottom left) checks this computer at any time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Resume where I left off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume where I left off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continues at the page where the last run stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Start over (forget the saved progress)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forgets the saved progress; stored secrets stay until Finish &gt; Forget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The wizard&apos;s language; it changes at once and is kept for next time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The language could not be kept for next time (%s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Resume at “%s”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume at %s</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WherePage</name>
    <message>
        <source>Where: your Intercom region and Cyclr service domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These decide which Intercom site you sign in to and the address Intercom sends people back to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intercom region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The region in your Intercom address: United States, Europe or Australia</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intercom &amp;region:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your workspace&apos;s region is part of the address you use: app.intercom.com (United States), app.eu.intercom.com (Europe) or app.au.intercom.com (Australia).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cyclr service domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Found in the Cyclr Console under Settings &gt; General Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>for example app-h.cyclr.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear the service domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empties the field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cyclr &amp;service domain:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find it in your Cyclr Console under Settings &gt; General Settings (Service Domain). A pasted URL is fine too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Callback URL to register in Intercom (computed from the domain):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cyclr callback URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looks right.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
