<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>ApiVersionPage</name>
    <message>
        <source>Choose the API version</source>
        <translation>API-Version wählen</translation>
    </message>
    <message>
        <source>Cyclr has one Intercom connector per API version; use the one that matches your app.</source>
        <translation>Cyclr hat je API-Version einen Intercom-Connector; verwenden Sie den, der zu Ihrer App passt.</translation>
    </message>
    <message>
        <source>1. Log in to your Intercom account.</source>
        <translation>1. Melden Sie sich bei Ihrem Intercom-Konto an.</translation>
    </message>
    <message>
        <source>2. Hover over the icon in the bottom left corner and select Settings.</source>
        <translation>2. Zeigen Sie auf das Symbol unten links und wählen Sie Settings.</translation>
    </message>
    <message>
        <source>3. On the settings page, select Developers &gt; Developer Hub.</source>
        <translation>3. Wählen Sie auf der Einstellungsseite Developers &gt; Developer Hub.</translation>
    </message>
    <message>
        <source>4. In the Developer Hub, select your app.</source>
        <translation>4. Wählen Sie im Developer Hub Ihre App.</translation>
    </message>
    <message>
        <source>5. The Basic Information page shows the app&apos;s API version.</source>
        <translation>5. Die Seite Basic Information zeigt die API-Version der App.</translation>
    </message>
    <message>
        <source>6. To change it, click Change version and pick one from the list.</source>
        <translation>6. Um sie zu ändern, klicken Sie auf Change version und wählen eine aus der Liste.</translation>
    </message>
    <message>
        <source>API version</source>
        <translation>API-Version</translation>
    </message>
    <message>
        <source>The version on the app&apos;s Basic Information page in the Developer Hub</source>
        <translation>Die Version auf der Seite Basic Information der App im Developer Hub</translation>
    </message>
    <message>
        <source>Your app&apos;s &amp;version:</source>
        <translation>&amp;Version Ihrer App:</translation>
    </message>
    <message>
        <source>Cyclr connector:</source>
        <translation>Cyclr-Connector:</translation>
    </message>
    <message>
        <source>&lt;b&gt;Important:&lt;/b&gt; read Intercom&apos;s &lt;a href=&quot;%s&quot;&gt;API changelog&lt;/a&gt; for the differences between versions before you change one.</source>
        <translation>&lt;b&gt;Wichtig:&lt;/b&gt; Lesen Sie Intercoms &lt;a href=&quot;%s&quot;&gt;API changelog&lt;/a&gt; zu den Unterschieden zwischen den Versionen, bevor Sie eine ändern.</translation>
    </message>
    <message>
        <source>How to find the version in Intercom (select a step to see it):</source>
        <translation>So finden Sie die Version in Intercom (wählen Sie einen Schritt, um ihn zu sehen):</translation>
    </message>
    <message>
        <source>Steps to find the version</source>
        <translation>Schritte zur Version</translation>
    </message>
</context>
<context>
    <name>AuthorizationTestPage</name>
    <message>
        <source>Test the authorization</source>
        <translation>Autorisierung testen</translation>
    </message>
    <message>
        <source>Sign in to Intercom in your browser and authorize the app; the wizard catches the answer on this computer and checks what it can do.</source>
        <translation>Melden Sie sich im Browser bei Intercom an und autorisieren Sie die App; der Assistent fängt die Antwort auf diesem Computer ab und prüft, was sie darf.</translation>
    </message>
    <message>
        <source>&amp;Start the test</source>
        <translation>Test &amp;starten</translation>
    </message>
    <message>
        <source>Start the test</source>
        <translation>Test starten</translation>
    </message>
    <message>
        <source>Opens your browser at Intercom&apos;s consent page and waits for the answer</source>
        <translation>Öffnet Ihren Browser auf Intercoms Zustimmungsseite und wartet auf die Antwort</translation>
    </message>
    <message>
        <source>&amp;Cancel the test</source>
        <translation>Test &amp;abbrechen</translation>
    </message>
    <message>
        <source>Cancel the test</source>
        <translation>Test abbrechen</translation>
    </message>
    <message>
        <source>Authorization address</source>
        <translation>Autorisierungsadresse</translation>
    </message>
    <message>
        <source>Local port</source>
        <translation>Lokaler Port</translation>
    </message>
    <message>
        <source>Browser</source>
        <translation>Browser</translation>
    </message>
    <message>
        <source>Intercom&apos;s answer</source>
        <translation>Antwort von Intercom</translation>
    </message>
    <message>
        <source>Token exchange</source>
        <translation>Token-Austausch</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>Prüfungen</translation>
    </message>
    <message>
        <source>Your browser refused the wizard&apos;s certificate</source>
        <translation>Ihr Browser hat das Zertifikat des Assistenten abgelehnt</translation>
    </message>
    <message>
        <source>That is expected: the wizard answers on 127.0.0.1 with a certificate it made itself. In the browser tab that shows the warning:</source>
        <translation>Das ist zu erwarten: Der Assistent antwortet auf 127.0.0.1 mit einem selbst erstellten Zertifikat. Im Browser-Tab mit der Warnung:</translation>
    </message>
    <message>
        <source>&lt;b&gt;Chrome or Edge:&lt;/b&gt; click Advanced, then “Proceed to 127.0.0.1 (unsafe)”; or click anywhere on the page and type &lt;tt&gt;thisisunsafe&lt;/tt&gt;.</source>
        <translation>&lt;b&gt;Chrome oder Edge:&lt;/b&gt; Klicken Sie auf Erweitert und dann auf „Weiter zu 127.0.0.1 (unsicher)“; oder klicken Sie irgendwo auf die Seite und tippen Sie &lt;tt&gt;thisisunsafe&lt;/tt&gt;.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Firefox:&lt;/b&gt; click Advanced…, then “Accept the Risk and Continue”.</source>
        <translation>&lt;b&gt;Firefox:&lt;/b&gt; Klicken Sie auf Erweitert… und dann auf „Risiko akzeptieren und fortfahren“.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Safari:&lt;/b&gt; click Show Details, then “visit this website”.</source>
        <translation>&lt;b&gt;Safari:&lt;/b&gt; Klicken Sie auf Details einblenden und dann auf „diese Website besuchen“.</translation>
    </message>
    <message>
        <source>The page then finishes by itself. The exception is kept, so next time there is no warning.</source>
        <translation>Die Seite lädt danach von selbst zu Ende. Die Ausnahme bleibt gespeichert, beim nächsten Mal gibt es keine Warnung.</translation>
    </message>
    <message>
        <source>Stops waiting and frees the local port</source>
        <translation>Beendet das Warten und gibt den lokalen Port frei</translation>
    </message>
    <message>
        <source>Browser ended somewhere else?</source>
        <translation>Browser woanders gelandet?</translation>
    </message>
    <message>
        <source>Paste the address your browser shows after authorizing (even an error page):</source>
        <translation>Fügen Sie die Adresse ein, die Ihr Browser nach dem Autorisieren zeigt (auch eine Fehlerseite):</translation>
    </message>
    <message>
        <source>Address your browser shows</source>
        <translation>Adresse, die Ihr Browser zeigt</translation>
    </message>
    <message>
        <source>Paste the whole address from the browser&apos;s address bar</source>
        <translation>Fügen Sie die ganze Adresse aus der Adressleiste des Browsers ein</translation>
    </message>
    <message>
        <source>&amp;Use this address</source>
        <translation>Diese Adresse &amp;verwenden</translation>
    </message>
    <message>
        <source>Use the pasted address</source>
        <translation>Die eingefügte Adresse verwenden</translation>
    </message>
    <message>
        <source>Finishes the test with the pasted address</source>
        <translation>Beendet den Test mit der eingefügten Adresse</translation>
    </message>
    <message>
        <source>Before you start, check that %s is among the app&apos;s redirect URLs. Start opens your browser at Intercom&apos;s consent page; choose Authorize there.</source>
        <translation>Prüfen Sie vor dem Start, ob %s unter den Redirect URLs der App steht. „Test starten“ öffnet Ihren Browser auf Intercoms Zustimmungsseite; wählen Sie dort Authorize.</translation>
    </message>
    <message>
        <source>The wizard does not know the Client ID and Client Secret yet.</source>
        <translation>Der Assistent kennt Client ID und Client Secret noch nicht.</translation>
    </message>
    <message>
        <source>Go back to the Credentials page and enter both.</source>
        <translation>Gehen Sie zurück zur Seite für Client ID und Client Secret und geben Sie beide ein.</translation>
    </message>
    <message>
        <source>opening port %d</source>
        <translation>Port %d wird geöffnet</translation>
    </message>
    <message>
        <source>No test is waiting for an address right now.</source>
        <translation>Gerade wartet kein Test auf eine Adresse.</translation>
    </message>
    <message>
        <source>Click Start, authorize in the browser, then paste if needed.</source>
        <translation>Klicken Sie auf „Test starten“, autorisieren Sie im Browser und fügen Sie bei Bedarf ein.</translation>
    </message>
    <message>
        <source>&amp;Test again</source>
        <translation>&amp;Test wiederholen</translation>
    </message>
    <message>
        <source>listening at %s</source>
        <translation>empfangsbereit unter %s</translation>
    </message>
    <message>
        <source>waiting for your browser</source>
        <translation>wartet auf Ihren Browser</translation>
    </message>
    <message>
        <source>opened; sign in and authorize the app there</source>
        <translation>geöffnet; melden Sie sich dort an und autorisieren Sie die App</translation>
    </message>
    <message>
        <source>your browser reached the wizard</source>
        <translation>Ihr Browser hat den Assistenten erreicht</translation>
    </message>
    <message>
        <source>refused the certificate; see below how to continue</source>
        <translation>hat das Zertifikat abgelehnt; unten steht, wie es weitergeht</translation>
    </message>
    <message>
        <source>An answer from an older attempt reached the wizard and was ignored.</source>
        <translation>Eine Antwort aus einem älteren Versuch hat den Assistenten erreicht und wurde ignoriert.</translation>
    </message>
    <message>
        <source>Use the browser tab opened by this test.</source>
        <translation>Verwenden Sie den Browser-Tab, den dieser Test geöffnet hat.</translation>
    </message>
    <message>
        <source>done</source>
        <translation>fertig</translation>
    </message>
    <message>
        <source>authorization received</source>
        <translation>Autorisierung erhalten</translation>
    </message>
    <message>
        <source>the authorization was declined</source>
        <translation>die Autorisierung wurde abgelehnt</translation>
    </message>
    <message>
        <source>asking Intercom for a token</source>
        <translation>Token wird bei Intercom angefragt</translation>
    </message>
    <message>
        <source>token received</source>
        <translation>Token erhalten</translation>
    </message>
    <message>
        <source>checking workspace, permissions and version</source>
        <translation>Workspace, Berechtigungen und Version werden geprüft</translation>
    </message>
    <message>
        <source>finished</source>
        <translation>abgeschlossen</translation>
    </message>
</context>
<context>
    <name>BasePage</name>
    <message>
        <source>The browser did not open by itself.</source>
        <translation>Der Browser hat sich nicht von selbst geöffnet.</translation>
    </message>
    <message>
        <source>Copy this address into your browser: %s</source>
        <translation>Kopieren Sie diese Adresse in Ihren Browser: %s</translation>
    </message>
</context>
<context>
    <name>BrowserWait</name>
    <message>
        <source>If no browser window opened, open this address:</source>
        <translation>Falls sich kein Browserfenster geöffnet hat, öffnen Sie diese Adresse:</translation>
    </message>
    <message>
        <source>&amp;Open again</source>
        <translation>&amp;Erneut öffnen</translation>
    </message>
    <message>
        <source>Open the address in the browser again</source>
        <translation>Die Adresse erneut im Browser öffnen</translation>
    </message>
    <message>
        <source>For when the first browser window was closed</source>
        <translation>Falls das erste Browserfenster geschlossen wurde</translation>
    </message>
    <message>
        <source>Done in the bro&amp;wser</source>
        <translation>Im Browser ferti&amp;g</translation>
    </message>
    <message>
        <source>Done in the browser</source>
        <translation>Im Browser fertig</translation>
    </message>
    <message>
        <source>Say you finished in the browser, so the wizard asks for the result now</source>
        <translation>Melden, dass Sie im Browser fertig sind, damit der Assistent jetzt nach dem Ergebnis fragt</translation>
    </message>
    <message>
        <source>opening your browser</source>
        <translation>Ihr Browser wird geöffnet</translation>
    </message>
    <message>
        <source>no browser opened by itself; copy the address above into one</source>
        <translation>kein Browser hat sich von selbst geöffnet; kopieren Sie die Adresse oben in einen</translation>
    </message>
    <message>
        <source>%d:%02d left</source>
        <translation>noch %d:%02d</translation>
    </message>
    <message>
        <source>%d seconds left</source>
        <translation>noch %d Sekunden</translation>
    </message>
</context>
<context>
    <name>ConnectorNote</name>
    <message>
        <source>Cyclr has no connector for %s; change the app&apos;s version in Intercom to one Cyclr supports.</source>
        <translation>Cyclr hat keinen Connector für %s; stellen Sie die Version der App in Intercom auf eine, die Cyclr unterstützt.</translation>
    </message>
    <message>
        <source>This is a guess: Cyclr&apos;s API has not listed your connectors (the optional Cyclr check at the end lists them).</source>
        <translation>Das ist eine Vermutung: Die API von Cyclr hat Ihre Connectors noch nicht aufgelistet (die optionale Cyclr-Prüfung am Ende listet sie auf).</translation>
    </message>
    <message>
        <source>Your Cyclr lists no Intercom connector: add one in the Cyclr Console under Connectors &gt; Application Connector Library.</source>
        <translation>Ihr Cyclr listet keinen Intercom-Connector: Fügen Sie einen in der Cyclr Console unter Connectors &gt; Application Connector Library hinzu.</translation>
    </message>
    <message>
        <source>%s, as listed by your Cyclr.</source>
        <translation>%s, wie Ihr Cyclr es auflistet.</translation>
    </message>
    <message>
        <source>the app&apos;s version</source>
        <translation>die Version der App</translation>
    </message>
    <message>
        <source>None of the Intercom connectors your Cyclr lists is known to match %s (it lists: %s).</source>
        <translation>Von den Intercom-Connectors, die Ihr Cyclr auflistet, passt bekanntermaßen keiner zu %s (aufgelistet: %s).</translation>
    </message>
</context>
<context>
    <name>CopyableField</name>
    <message>
        <source>Read-only; Copy puts it on the clipboard</source>
        <translation>Nur lesbar; Kopieren legt es in die Zwischenablage</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Copy %s</source>
        <translation>%s kopieren</translation>
    </message>
    <message>
        <source>Puts it on the clipboard, to paste elsewhere</source>
        <translation>Legt es in die Zwischenablage, um es anderswo einzufügen</translation>
    </message>
    <message>
        <source>Copy to the clipboard</source>
        <translation>In die Zwischenablage kopieren</translation>
    </message>
</context>
<context>
    <name>CreateAppPage</name>
    <message>
        <source>Create the app in Intercom</source>
        <translation>App in Intercom erstellen</translation>
    </message>
    <message>
        <source>Cyclr signs in to Intercom through an app that you own, made in the Developer Hub.</source>
        <translation>Cyclr meldet sich bei Intercom über eine App an, die Ihnen gehört und im Developer Hub erstellt wird.</translation>
    </message>
    <message>
        <source>&amp;Open the Developer Hub</source>
        <translation>Developer &amp;Hub öffnen</translation>
    </message>
    <message>
        <source>Open the Developer Hub in the browser</source>
        <translation>Den Developer Hub im Browser öffnen</translation>
    </message>
    <message>
        <source>The Developer Hub of the region chosen on the previous page</source>
        <translation>Der Developer Hub der auf der vorigen Seite gewählten Region</translation>
    </message>
    <message>
        <source>Sign in to Intercom as an admin of the workspace Cyclr will use.</source>
        <translation>Melden Sie sich bei Intercom als Admin des Workspace an, den Cyclr verwenden wird.</translation>
    </message>
    <message>
        <source>In the Developer Hub, click &lt;b&gt;New app&lt;/b&gt;.</source>
        <translation>Klicken Sie im Developer Hub auf &lt;b&gt;New app&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>Name it so your team recognises it, for example &lt;i&gt;Cyclr&lt;/i&gt;, and choose the workspace.</source>
        <translation>Geben Sie ihr einen Namen, den Ihr Team wiedererkennt, zum Beispiel &lt;i&gt;Cyclr&lt;/i&gt;, und wählen Sie den Workspace.</translation>
    </message>
    <message>
        <source>Leave “Intended to use Intercom with” on &lt;b&gt;Internal integration&lt;/b&gt; unless Intercom asks otherwise, then click &lt;b&gt;Create app&lt;/b&gt;.</source>
        <translation>Lassen Sie „Intended to use Intercom with“ auf &lt;b&gt;Internal integration&lt;/b&gt;, sofern Intercom nichts anderes verlangt, und klicken Sie auf &lt;b&gt;Create app&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>You land on the app&apos;s &lt;b&gt;Basic Information&lt;/b&gt; page. Keep the tab open; the next pages need it.</source>
        <translation>Sie landen auf der Seite &lt;b&gt;Basic Information&lt;/b&gt; der App. Lassen Sie den Tab offen; die nächsten Seiten brauchen ihn.</translation>
    </message>
    <message>
        <source>Drawing of the Developer Hub with the New app button</source>
        <translation>Zeichnung des Developer Hub mit der Schaltfläche New app</translation>
    </message>
</context>
<context>
    <name>CredentialsPage</name>
    <message>
        <source>Enter the Client ID and Client Secret</source>
        <translation>Client ID und Client Secret eingeben</translation>
    </message>
    <message>
        <source>In the app, open Basic Information (or Authentication) and copy both values.</source>
        <translation>Öffnen Sie in der App Basic Information (oder Authentication) und kopieren Sie beide Werte.</translation>
    </message>
    <message>
        <source>Client ID</source>
        <translation>Client ID</translation>
    </message>
    <message>
        <source>From the app&apos;s Basic Information page in the Developer Hub</source>
        <translation>Von der Seite Basic Information der App im Developer Hub</translation>
    </message>
    <message>
        <source>Client &amp;ID:</source>
        <translation>Client &amp;ID:</translation>
    </message>
    <message>
        <source>Client Secret</source>
        <translation>Client Secret</translation>
    </message>
    <message>
        <source>From the same page; kept in the system keyring, never in a file</source>
        <translation>Von derselben Seite; im Schlüsselbund des Systems gespeichert, nie in einer Datei</translation>
    </message>
    <message>
        <source>Client &amp;Secret:</source>
        <translation>Client &amp;Secret:</translation>
    </message>
    <message>
        <source>S&amp;how the secret</source>
        <translation>Secret &amp;anzeigen</translation>
    </message>
    <message>
        <source>Show the Client Secret</source>
        <translation>Client Secret anzeigen</translation>
    </message>
    <message>
        <source>Shows the typed secret in plain text</source>
        <translation>Zeigt das eingegebene Secret im Klartext</translation>
    </message>
    <message>
        <source>On Next the secret is saved in your system keyring (%s), so you do not have to type it again. Finish &gt; Forget removes it.</source>
        <translation>Bei Weiter wird das Secret im Schlüsselbund Ihres Systems (%s) gespeichert, damit Sie es nicht erneut eingeben müssen. „Gespeicherte Secrets vergessen“ auf der letzten Seite entfernt es.</translation>
    </message>
    <message>
        <source>No usable system keyring was found, so the secret stays in memory only and is gone when you close the wizard; nothing is written to disk. Keyring in use: %s.</source>
        <translation>Es wurde kein nutzbarer Schlüsselbund gefunden; das Secret bleibt nur im Arbeitsspeicher und ist weg, wenn Sie den Assistenten schließen. Nichts wird auf die Festplatte geschrieben. Verwendeter Schlüsselbund: %s.</translation>
    </message>
    <message>
        <source>The Client ID and the Client Secret are the same; one of them was pasted into the wrong box.</source>
        <translation>Client ID und Client Secret sind gleich; eines davon wurde ins falsche Feld eingefügt.</translation>
    </message>
    <message>
        <source>Intercom&apos;s Client IDs usually look like xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx; check you copied the whole value.</source>
        <translation>Intercoms Client IDs sehen meist so aus: xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx; prüfen Sie, ob Sie den ganzen Wert kopiert haben.</translation>
    </message>
    <message>
        <source>The system keyring (%s) did not take the secret. It stays in memory only and is gone when you close the wizard.</source>
        <translation>Der Schlüsselbund des Systems (%s) hat das Secret nicht angenommen. Es bleibt nur im Arbeitsspeicher und ist weg, wenn Sie den Assistenten schließen.</translation>
    </message>
</context>
<context>
    <name>CyclrCheckPage</name>
    <message>
        <source>Check the whole chain in Cyclr (optional)</source>
        <translation>Die ganze Kette in Cyclr prüfen (optional)</translation>
    </message>
    <message>
        <source>Cyclr itself signs in to Intercom with what is in its Console. You can skip this: Finish closes the wizard without it.</source>
        <translation>Cyclr meldet sich selbst mit den Werten aus seiner Console bei Intercom an. Sie können das überspringen: Fertigstellen schließt den Assistenten ohne diese Prüfung.</translation>
    </message>
    <message>
        <source>This step is optional. It needs your Cyclr API credentials (Cyclr Console &gt; Settings &gt; OAuth Client Credentials), not the Intercom ones, and tells you whether the Client ID and Secret in the Cyclr Console, Cyclr&apos;s callback URL and the connector&apos;s version are right.</source>
        <translation>Dieser Schritt ist optional. Er braucht Ihre Cyclr-API-Zugangsdaten (Cyclr Console &gt; Settings &gt; OAuth Client Credentials), nicht die von Intercom, und sagt Ihnen, ob die Client ID und das Client Secret in der Cyclr Console, die Callback-URL von Cyclr und die Version des Connectors stimmen.</translation>
    </message>
    <message>
        <source>Cyclr Console location</source>
        <translation>Standort der Cyclr Console</translation>
    </message>
    <message>
        <source>Where you sign in to the Cyclr Console; it decides Cyclr&apos;s API address</source>
        <translation>Wo Sie sich bei der Cyclr Console anmelden; danach richtet sich die API-Adresse von Cyclr</translation>
    </message>
    <message>
        <source>A private instance (give its API URL)</source>
        <translation>Eine private Instanz (ihre API-URL angeben)</translation>
    </message>
    <message>
        <source>Cyclr Console loca&amp;tion:</source>
        <translation>Cyclr Console-S&amp;tandort:</translation>
    </message>
    <message>
        <source>Private instance&apos;s API URL</source>
        <translation>API-URL der privaten Instanz</translation>
    </message>
    <message>
        <source>Only for a private Cyclr instance, e.g. https://api.example.com</source>
        <translation>Nur für eine private Cyclr-Instanz, z. B. https://api.example.com</translation>
    </message>
    <message>
        <source>Private &amp;API URL:</source>
        <translation>Private &amp;API-URL:</translation>
    </message>
    <message>
        <source>Cyclr API Client ID</source>
        <translation>Cyclr-API Client ID</translation>
    </message>
    <message>
        <source>From the Cyclr Console under Settings &gt; OAuth Client Credentials</source>
        <translation>Aus der Cyclr Console unter Settings &gt; OAuth Client Credentials</translation>
    </message>
    <message>
        <source>Cyclr API Client &amp;ID:</source>
        <translation>Cyclr-API Client &amp;ID:</translation>
    </message>
    <message>
        <source>Cyclr API Client Secret</source>
        <translation>Cyclr-API Client Secret</translation>
    </message>
    <message>
        <source>Kept in the system keyring, never in a file; leave empty to use the stored one</source>
        <translation>Im Schlüsselbund des Systems aufbewahrt, nie in einer Datei; leer lassen, um das gespeicherte zu verwenden</translation>
    </message>
    <message>
        <source>Cyclr API Client Sec&amp;ret:</source>
        <translation>Cyclr-API Client Sec&amp;ret:</translation>
    </message>
    <message>
        <source>Service domain (page 2):</source>
        <translation>Service Domain (Seite 2):</translation>
    </message>
    <message>
        <source>The Cyclr API secret and Cyclr&apos;s token are kept in the system keyring; Forget stored secrets on the previous page removes them.</source>
        <translation>Das Cyclr-API-Secret und das Token von Cyclr werden im Schlüsselbund des Systems aufbewahrt; „Gespeicherte Secrets vergessen“ auf der vorigen Seite entfernt sie.</translation>
    </message>
    <message>
        <source>&amp;List accounts and connectors</source>
        <translation>Konten und Connectors auf&amp;listen</translation>
    </message>
    <message>
        <source>List accounts and connectors</source>
        <translation>Konten und Connectors auflisten</translation>
    </message>
    <message>
        <source>Reads your Cyclr accounts and Intercom connectors; changes nothing</source>
        <translation>Liest Ihre Cyclr-Konten und Intercom-Connectors; ändert nichts</translation>
    </message>
    <message>
        <source>Cyclr account for the check</source>
        <translation>Cyclr-Konto für die Prüfung</translation>
    </message>
    <message>
        <source>One of your accounts, or a new one the check deletes afterwards</source>
        <translation>Eines Ihrer Konten, oder ein neues, das die Prüfung danach löscht</translation>
    </message>
    <message>
        <source>Acco&amp;unt:</source>
        <translation>&amp;Konto:</translation>
    </message>
    <message>
        <source>Intercom connector to check</source>
        <translation>Zu prüfender Intercom-Connector</translation>
    </message>
    <message>
        <source>The connector matching the app&apos;s Intercom API version is marked</source>
        <translation>Der Connector, der zur Intercom-API-Version der App passt, ist markiert</translation>
    </message>
    <message>
        <source>Conn&amp;ector:</source>
        <translation>Co&amp;nnector:</translation>
    </message>
    <message>
        <source>&amp;Start the check</source>
        <translation>Prüfung &amp;starten</translation>
    </message>
    <message>
        <source>Start the Cyclr check</source>
        <translation>Die Cyclr-Prüfung starten</translation>
    </message>
    <message>
        <source>Creates the test connector in Cyclr and opens Cyclr&apos;s sign-in in your browser</source>
        <translation>Legt den Test-Connector in Cyclr an und öffnet die Anmeldung von Cyclr in Ihrem Browser</translation>
    </message>
    <message>
        <source>&amp;Cancel the check</source>
        <translation>Prüfung abbre&amp;chen</translation>
    </message>
    <message>
        <source>Cancel the Cyclr check</source>
        <translation>Die Cyclr-Prüfung abbrechen</translation>
    </message>
    <message>
        <source>Stops waiting; what the check made in Cyclr is still removed</source>
        <translation>Hört auf zu warten; was die Prüfung in Cyclr angelegt hat, wird trotzdem entfernt</translation>
    </message>
    <message>
        <source>Cyclr sign-in address</source>
        <translation>Anmeldeadresse von Cyclr</translation>
    </message>
    <message>
        <source>Cyclr API</source>
        <translation>Cyclr-API</translation>
    </message>
    <message>
        <source>Test account</source>
        <translation>Testkonto</translation>
    </message>
    <message>
        <source>Test connector</source>
        <translation>Test-Connector</translation>
    </message>
    <message>
        <source>Browser</source>
        <translation>Browser</translation>
    </message>
    <message>
        <source>Cyclr&apos;s sign-in to Intercom</source>
        <translation>Anmeldung von Cyclr bei Intercom</translation>
    </message>
    <message>
        <source>Clean-up</source>
        <translation>Aufräumen</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>nicht angegeben</translation>
    </message>
    <message>
        <source>The Cyclr API Client ID is empty.</source>
        <translation>Die Cyclr-API Client ID ist leer.</translation>
    </message>
    <message>
        <source>Copy it from the Cyclr Console under Settings &gt; OAuth Client Credentials.</source>
        <translation>Kopieren Sie sie aus der Cyclr Console unter Settings &gt; OAuth Client Credentials.</translation>
    </message>
    <message>
        <source>stored in the keyring</source>
        <translation>im Schlüsselbund gespeichert</translation>
    </message>
    <message>
        <source>The Cyclr API Client Secret is empty.</source>
        <translation>Das Cyclr-API Client Secret ist leer.</translation>
    </message>
    <message>
        <source>Cyclr did not list the connectors yet (%s) The check lists them once its account exists.</source>
        <translation>Cyclr hat die Connectors noch nicht aufgelistet (%s) Die Prüfung listet sie auf, sobald ihr Konto existiert.</translation>
    </message>
    <message>
        <source>%d accounts and %d Intercom connectors listed by your Cyclr.</source>
        <translation>%d Konten und %d Intercom-Connectors von Ihrem Cyclr aufgelistet.</translation>
    </message>
    <message>
        <source>A new account “%s”, deleted afterwards</source>
        <translation>Ein neues Konto „%s“, danach gelöscht</translation>
    </message>
    <message>
        <source>The one matching the app&apos;s API version</source>
        <translation>Der zur API-Version der App passende</translation>
    </message>
    <message>
        <source>matches the app&apos;s version</source>
        <translation>passt zur Version der App</translation>
    </message>
    <message>
        <source>another version</source>
        <translation>eine andere Version</translation>
    </message>
    <message>
        <source>version not known</source>
        <translation>Version unbekannt</translation>
    </message>
    <message>
        <source>What the check does in your Cyclr: %s</source>
        <translation>Was die Prüfung in Ihrem Cyclr tut: %s</translation>
    </message>
    <message>
        <source>signing in to %s</source>
        <translation>Anmeldung bei %s</translation>
    </message>
    <message>
        <source>you are done; asking Cyclr for the result</source>
        <translation>Sie sind fertig; Cyclr wird nach dem Ergebnis gefragt</translation>
    </message>
    <message>
        <source>signed in (token reused)</source>
        <translation>angemeldet (Token wiederverwendet)</translation>
    </message>
    <message>
        <source>signed in</source>
        <translation>angemeldet</translation>
    </message>
    <message>
        <source>using account %s</source>
        <translation>Konto %s wird verwendet</translation>
    </message>
    <message>
        <source>%s Intercom connectors listed</source>
        <translation>%s Intercom-Connectors aufgelistet</translation>
    </message>
    <message>
        <source>installed (%s)</source>
        <translation>installiert (%s)</translation>
    </message>
    <message>
        <source>waiting for your browser</source>
        <translation>wartet auf Ihren Browser</translation>
    </message>
    <message>
        <source>asking Cyclr until it signs in</source>
        <translation>Cyclr wird gefragt, bis es angemeldet ist</translation>
    </message>
    <message>
        <source>opened; sign in to Intercom and authorize the app there</source>
        <translation>geöffnet; melden Sie sich dort bei Intercom an und autorisieren Sie die App</translation>
    </message>
    <message>
        <source>came back from Cyclr</source>
        <translation>von Cyclr zurückgekehrt</translation>
    </message>
    <message>
        <source>removing the test %s</source>
        <translation>Test-%s wird entfernt</translation>
    </message>
    <message>
        <source>not reached</source>
        <translation>nicht erreicht</translation>
    </message>
    <message>
        <source>What to do: %s</source>
        <translation>Was zu tun ist: %s</translation>
    </message>
    <message>
        <source>Nothing was made in Cyclr, so nothing needed removing.</source>
        <translation>In Cyclr wurde nichts angelegt, also musste nichts entfernt werden.</translation>
    </message>
    <message>
        <source>complete</source>
        <translation>vollständig</translation>
    </message>
    <message>
        <source>incomplete; see below</source>
        <translation>unvollständig; siehe unten</translation>
    </message>
</context>
<context>
    <name>DiagnosticsDialog</name>
    <message>
        <source>Intercom setup: Diagnostics</source>
        <translation>Intercom-Einrichtung: Diagnose</translation>
    </message>
    <message>
        <source>Diagnostics</source>
        <translation>Diagnose</translation>
    </message>
    <message>
        <source>Checks of this computer for the consent test:</source>
        <translation>Prüfungen dieses Computers für den Anmeldetest:</translation>
    </message>
    <message>
        <source>Log file</source>
        <translation>Protokolldatei</translation>
    </message>
    <message>
        <source>&amp;Check again</source>
        <translation>&amp;Erneut prüfen</translation>
    </message>
    <message>
        <source>Check again</source>
        <translation>Erneut prüfen</translation>
    </message>
    <message>
        <source>Open &amp;log folder</source>
        <translation>&amp;Protokollordner öffnen</translation>
    </message>
    <message>
        <source>Open the log folder</source>
        <translation>Den Protokollordner öffnen</translation>
    </message>
    <message>
        <source>Open &amp;report…</source>
        <translation>Be&amp;richt öffnen…</translation>
    </message>
    <message>
        <source>Open a support report</source>
        <translation>Einen Support-Bericht öffnen</translation>
    </message>
    <message>
        <source>Shows a report someone saved, read-only, as the wizard showed it to them</source>
        <translation>Zeigt einen gespeicherten Bericht schreibgeschützt, so wie der Assistent ihn dort gezeigt hat</translation>
    </message>
    <message>
        <source>Log file (secrets are masked): %s</source>
        <translation>Protokolldatei (Secrets sind maskiert): %s</translation>
    </message>
    <message>
        <source>Support reports (*.json)</source>
        <translation>Support-Berichte (*.json)</translation>
    </message>
    <message>
        <source>%s cannot be opened as a support report.</source>
        <translation>%s lässt sich nicht als Support-Bericht öffnen.</translation>
    </message>
</context>
<context>
    <name>FinishPage</name>
    <message>
        <source>Enter the credentials in the Cyclr Console</source>
        <translation>Zugangsdaten in der Cyclr Console eingeben</translation>
    </message>
    <message>
        <source>Client ID</source>
        <translation>Client ID</translation>
    </message>
    <message>
        <source>Client ID:</source>
        <translation>Client ID:</translation>
    </message>
    <message>
        <source>Client Secret</source>
        <translation>Client Secret</translation>
    </message>
    <message>
        <source>Client Secret:</source>
        <translation>Client Secret:</translation>
    </message>
    <message>
        <source>A copied secret is removed from the clipboard again after a minute.</source>
        <translation>Ein kopiertes Secret wird nach einer Minute wieder aus der Zwischenablage entfernt.</translation>
    </message>
    <message>
        <source>Support &amp;report…</source>
        <translation>Support-Beric&amp;ht…</translation>
    </message>
    <message>
        <source>Show or save the support report</source>
        <translation>Den Support-Bericht anzeigen oder speichern</translation>
    </message>
    <message>
        <source>Forget the stored Client Secret and test token</source>
        <translation>Das gespeicherte Client Secret und Test-Token vergessen</translation>
    </message>
    <message>
        <source>Removes them, and the Cyclr check&apos;s API secret and token, from the system keyring on this computer</source>
        <translation>Entfernt sie, und das API-Secret und Token der Cyclr-Prüfung, aus dem Schlüsselbund des Systems auf diesem Computer</translation>
    </message>
    <message>
        <source>Re&amp;voke test authorization…</source>
        <translation>Test-Autorisierung wide&amp;rrufen…</translation>
    </message>
    <message>
        <source>Revoke the test authorization</source>
        <translation>Die Test-Autorisierung widerrufen</translation>
    </message>
    <message>
        <source>A report without secrets, to send to the person helping you</source>
        <translation>Ein Bericht ohne Secrets, für die Person, die Ihnen hilft</translation>
    </message>
    <message>
        <source>The last step happens in Cyclr. Finish here, or check it all in Cyclr next.</source>
        <translation>Der letzte Schritt findet in Cyclr statt. Schließen Sie hier ab, oder prüfen Sie als Nächstes alles in Cyclr.</translation>
    </message>
    <message>
        <source>You can finish now: the setup is complete once the Console holds these. Optionally, Next checks the whole chain as Cyclr sees it, with your Cyclr API credentials: Cyclr itself signs in to Intercom, and the wizard removes what it made in Cyclr afterwards.</source>
        <translation>Sie können jetzt abschließen: Die Einrichtung ist fertig, sobald die Console diese Werte enthält. Optional prüft Weiter die ganze Kette so, wie Cyclr sie sieht, mit Ihren Cyclr-API-Zugangsdaten: Cyclr meldet sich selbst bei Intercom an, und der Assistent entfernt danach, was er in Cyclr angelegt hat.</translation>
    </message>
    <message>
        <source>Forget stored &amp;secrets</source>
        <translation>Gespeicherte &amp;Secrets vergessen</translation>
    </message>
    <message>
        <source>Uninstalls the app from the workspace you tested with; asks first</source>
        <translation>Deinstalliert die App aus dem getesteten Workspace; fragt vorher</translation>
    </message>
    <message>
        <source>the Intercom connector for your version</source>
        <translation>den Intercom-Connector für Ihre Version</translation>
    </message>
    <message>
        <source>In the Cyclr Console, go to &lt;b&gt;%s&lt;/b&gt;.</source>
        <translation>Gehen Sie in der Cyclr Console zu &lt;b&gt;%s&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>Paste the Client ID and the Client Secret below into the connector&apos;s settings and save.</source>
        <translation>Fügen Sie Client ID und Client Secret von unten in die Einstellungen des Connectors ein und speichern Sie.</translation>
    </message>
    <message>
        <source>The connector must match API version &lt;b&gt;%s&lt;/b&gt;.</source>
        <translation>Der Connector muss zur API-Version &lt;b&gt;%s&lt;/b&gt; passen.</translation>
    </message>
    <message>
        <source>Connector: %s</source>
        <translation>Connector: %s</translation>
    </message>
    <message>
        <source>Revoke the test authorization?</source>
        <translation>Test-Autorisierung widerrufen?</translation>
    </message>
    <message>
        <source>Revoking uninstalls the app from the Intercom workspace you tested with. Any connection that Cyclr already made with this app in that workspace stops working until someone authorizes it again.</source>
        <translation>Widerrufen deinstalliert die App aus dem getesteten Intercom-Workspace. Jede Verbindung, die Cyclr mit dieser App in diesem Workspace schon hergestellt hat, funktioniert nicht mehr, bis sie jemand erneut autorisiert.</translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation>Widerrufen</translation>
    </message>
    <message>
        <source>Confirm revoking</source>
        <translation>Widerrufen bestätigen</translation>
    </message>
    <message>
        <source>There is no stored test authorization to revoke.</source>
        <translation>Es ist keine gespeicherte Test-Autorisierung zum Widerrufen vorhanden.</translation>
    </message>
    <message>
        <source>It was already revoked or forgotten, or the test has not run.</source>
        <translation>Sie wurde schon widerrufen oder vergessen, oder der Test ist noch nicht gelaufen.</translation>
    </message>
    <message>
        <source>The test authorization was revoked: the app was uninstalled from that workspace.</source>
        <translation>Die Test-Autorisierung wurde widerrufen: Die App wurde aus diesem Workspace deinstalliert.</translation>
    </message>
</context>
<context>
    <name>MessageArea</name>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
</context>
<context>
    <name>PageTasks</name>
    <message>
        <source>Something unexpected went wrong.</source>
        <translation>Etwas Unerwartetes ist schiefgegangen.</translation>
    </message>
    <message>
        <source>Try again; if it keeps happening, the details are in the log file (Diagnostics &gt; Open log folder).</source>
        <translation>Versuchen Sie es erneut; wenn es wieder passiert, stehen die Details in der Protokolldatei (Diagnose &gt; Protokollordner öffnen).</translation>
    </message>
</context>
<context>
    <name>PermissionsPage</name>
    <message>
        <source>Tick the permissions</source>
        <translation>Berechtigungen ankreuzen</translation>
    </message>
    <message>
        <source>In the app, open Authentication, click Edit, tick these three and Save.</source>
        <translation>Öffnen Sie in der App Authentication, klicken Sie auf Edit, kreuzen Sie diese drei an und klicken Sie auf Save.</translation>
    </message>
    <message>
        <source>I ticked %s</source>
        <translation>Ich habe %s angekreuzt</translation>
    </message>
    <message>
        <source>Ticking boxes here is only your checklist: the test on page 8 asks Intercom for real whether each permission was granted.</source>
        <translation>Die Häkchen hier sind nur Ihre Checkliste: Der Test auf Seite 8 fragt Intercom wirklich, ob jede Berechtigung erteilt wurde.</translation>
    </message>
    <message>
        <source>Drawing of the permission list with the three permissions ticked</source>
        <translation>Zeichnung der Berechtigungsliste mit den drei angekreuzten Berechtigungen</translation>
    </message>
</context>
<context>
    <name>ProfileBanner</name>
    <message>
        <source>Prepared setup</source>
        <translation>Vorbereitete Einrichtung</translation>
    </message>
    <message>
        <source>%s prepared this setup and filled in some values for you. You can change any of them.</source>
        <translation>%s hat diese Einrichtung vorbereitet und einige Werte für Sie eingetragen. Sie können jeden davon ändern.</translation>
    </message>
    <message>
        <source>This setup was prepared for you and some values are filled in. You can change any of them.</source>
        <translation>Diese Einrichtung wurde für Sie vorbereitet, einige Werte sind schon eingetragen. Sie können jeden davon ändern.</translation>
    </message>
    <message>
        <source>Their note: %s</source>
        <translation>Notiz dazu: %s</translation>
    </message>
</context>
<context>
    <name>ProfileOpener</name>
    <message>
        <source>Another intercom-wizard window is open but does not answer. Close it (or end intercom-wizard in the Task Manager or Activity Monitor), then try again.</source>
        <translation>Ein anderes intercom-wizard-Fenster ist geöffnet, antwortet aber nicht. Schließen Sie es (oder beenden Sie intercom-wizard im Task-Manager bzw. in der Aktivitätsanzeige) und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>Intercom setup</source>
        <translation>Intercom-Einrichtung</translation>
    </message>
    <message>
        <source>Use the prepared setup?</source>
        <translation>Vorbereitete Einrichtung verwenden?</translation>
    </message>
    <message>
        <source>Someone</source>
        <translation>Jemand</translation>
    </message>
    <message>
        <source>%s sent a prepared setup. Fill the wizard in with its values? It then starts again at the first page; your Client ID and Client Secret are kept.</source>
        <translation>%s hat eine vorbereitete Einrichtung geschickt. Sollen ihre Werte in den Assistenten übernommen werden? Er beginnt dann wieder auf der ersten Seite; Ihre Client ID und Ihr Client Secret bleiben erhalten.</translation>
    </message>
    <message>
        <source>Nothing you entered changes.</source>
        <translation>Nichts von dem, was Sie eingegeben haben, ändert sich.</translation>
    </message>
    <message>
        <source>&amp;Use the prepared values</source>
        <translation>Vorbereitete Werte &amp;verwenden</translation>
    </message>
    <message>
        <source>&amp;Keep mine</source>
        <translation>Meine &amp;behalten</translation>
    </message>
    <message>
        <source>Cyclr service domain</source>
        <translation>Service Domain von Cyclr</translation>
    </message>
    <message>
        <source>Intercom region</source>
        <translation>Intercom-Region</translation>
    </message>
    <message>
        <source>Test port</source>
        <translation>Test-Port</translation>
    </message>
    <message>
        <source>Intercom API version</source>
        <translation>Intercom-API-Version</translation>
    </message>
    <message>
        <source>%s: yours %s, prepared %s</source>
        <translation>%s: Ihre Angabe %s, vorbereitet %s</translation>
    </message>
    <message>
        <source>Their note: %s</source>
        <translation>Notiz dazu: %s</translation>
    </message>
</context>
<context>
    <name>RedirectUrlsPage</name>
    <message>
        <source>Add the redirect URLs</source>
        <translation>Redirect URLs hinzufügen</translation>
    </message>
    <message>
        <source>In the app, open Authentication, click Edit and add both URLs below, exactly as shown.</source>
        <translation>Öffnen Sie in der App Authentication, klicken Sie auf Edit und fügen Sie beide URLs von unten genau so hinzu.</translation>
    </message>
    <message>
        <source>1. Wizard test URL (first while testing):</source>
        <translation>1. Test-URL des Assistenten (beim Testen zuerst):</translation>
    </message>
    <message>
        <source>Cyclr callback URL</source>
        <translation>Callback-URL von Cyclr</translation>
    </message>
    <message>
        <source>Wizard test URL</source>
        <translation>Test-URL des Assistenten</translation>
    </message>
    <message>
        <source>2. Cyclr callback:</source>
        <translation>2. Callback von Cyclr:</translation>
    </message>
    <message>
        <source>Test port</source>
        <translation>Test-Port</translation>
    </message>
    <message>
        <source>The local port the wizard listens on during the test</source>
        <translation>Der lokale Port, auf dem der Assistent während des Tests wartet</translation>
    </message>
    <message>
        <source>Test &amp;port:</source>
        <translation>Test-&amp;Port:</translation>
    </message>
    <message>
        <source>&lt;b&gt;Why HTTPS?&lt;/b&gt; Intercom only accepts https:// redirect URLs. For the test, the wizard answers on your own computer (127.0.0.1) with a certificate it made itself, so your browser will warn once; the Test page tells you how to continue.</source>
        <translation>&lt;b&gt;Warum HTTPS?&lt;/b&gt; Intercom akzeptiert nur https://-Redirect URLs. Für den Test antwortet der Assistent auf Ihrem eigenen Computer (127.0.0.1) mit einem selbst erstellten Zertifikat; Ihr Browser warnt deshalb einmal, und die Testseite erklärt, wie es weitergeht.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Which one first?&lt;/b&gt; Intercom uses the first redirect URL when a sign-in does not name one. While you test, put the wizard&apos;s test URL first; when the test has passed you may move Cyclr&apos;s callback to the top or remove the test URL.</source>
        <translation>&lt;b&gt;Welche zuerst?&lt;/b&gt; Intercom verwendet die erste Redirect URL, wenn eine Anmeldung keine nennt. Setzen Sie beim Testen die Test-URL des Assistenten an die erste Stelle; nach bestandenem Test können Sie den Callback von Cyclr nach oben schieben oder die Test-URL entfernen.</translation>
    </message>
    <message>
        <source>Change the port only if the test reports it is taken; then register the new test URL instead.</source>
        <translation>Ändern Sie den Port nur, wenn der Test meldet, dass er belegt ist; registrieren Sie dann stattdessen die neue Test-URL.</translation>
    </message>
    <message>
        <source>Drawing of the Authentication section with two redirect URLs</source>
        <translation>Zeichnung des Bereichs Authentication mit zwei Redirect URLs</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <source>Intercom setup: Support report</source>
        <translation>Intercom-Einrichtung: Support-Bericht</translation>
    </message>
    <message>
        <source>Send this to the person helping you. It holds no secret, token or code.</source>
        <translation>Senden Sie dies an die Person, die Ihnen hilft. Er enthält kein Secret, kein Token und keinen Code.</translation>
    </message>
    <message>
        <source>Report format</source>
        <translation>Berichtsformat</translation>
    </message>
    <message>
        <source>Report as Markdown</source>
        <translation>Bericht als Markdown</translation>
    </message>
    <message>
        <source>Report as JSON</source>
        <translation>Bericht als JSON</translation>
    </message>
    <message>
        <source>&amp;Markdown</source>
        <translation>&amp;Markdown</translation>
    </message>
    <message>
        <source>&amp;JSON</source>
        <translation>&amp;JSON</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>Copy the report</source>
        <translation>Den Bericht kopieren</translation>
    </message>
    <message>
        <source>&amp;Save…</source>
        <translation>&amp;Speichern…</translation>
    </message>
    <message>
        <source>Save the report to a file</source>
        <translation>Den Bericht in einer Datei speichern</translation>
    </message>
    <message>
        <source>Copied to the clipboard.</source>
        <translation>In die Zwischenablage kopiert.</translation>
    </message>
    <message>
        <source>Save the support report</source>
        <translation>Support-Bericht speichern</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <source>The report could not be saved to %s (%s).</source>
        <translation>Der Bericht konnte nicht unter %s gespeichert werden (%s).</translation>
    </message>
    <message>
        <source>Choose another folder, or use Copy instead.</source>
        <translation>Wählen Sie einen anderen Ordner oder verwenden Sie stattdessen Kopieren.</translation>
    </message>
    <message>
        <source>Saved to %s.</source>
        <translation>Gespeichert unter %s.</translation>
    </message>
</context>
<context>
    <name>ReportViewer</name>
    <message>
        <source>Support report from %s (read-only)</source>
        <translation>Support-Bericht aus %s (schreibgeschützt)</translation>
    </message>
    <message>
        <source>Steps in this report</source>
        <translation>Schritte in diesem Bericht</translation>
    </message>
    <message>
        <source>Recorded: %s.</source>
        <translation>Festgehalten: %s.</translation>
    </message>
    <message>
        <source>Recorded outcome</source>
        <translation>Festgehaltenes Ergebnis</translation>
    </message>
    <message>
        <source>Report sections</source>
        <translation>Abschnitte des Berichts</translation>
    </message>
    <message>
        <source>&amp;Results</source>
        <translation>&amp;Ergebnisse</translation>
    </message>
    <message>
        <source>No consent test had been run when this report was made.</source>
        <translation>Als dieser Bericht erstellt wurde, war noch kein Anmeldetest gelaufen.</translation>
    </message>
    <message>
        <source>&amp;Setup</source>
        <translation>Ein&amp;richtung</translation>
    </message>
    <message>
        <source>D&amp;iagnostics</source>
        <translation>&amp;Diagnose</translation>
    </message>
    <message>
        <source>someone whose consent test did not run</source>
        <translation>jemandem, dessen Anmeldetest nicht lief</translation>
    </message>
    <message>
        <source>an unnamed admin</source>
        <translation>einem Admin ohne Namen</translation>
    </message>
    <message>
        <source>%s, workspace %s</source>
        <translation>%s, Workspace %s</translation>
    </message>
    <message>
        <source>Someone else&apos;s report, read-only: made by %s on %s, with intercom-wizard %s on %s (file %s). Nothing here changes this computer&apos;s setup, and no test can be started.</source>
        <translation>Bericht einer anderen Person, schreibgeschützt: erstellt von %s am %s, mit intercom-wizard %s unter %s (Datei %s). Nichts hier ändert die Einrichtung dieses Computers, und kein Test kann gestartet werden.</translation>
    </message>
    <message>
        <source>Someone else&apos;s report</source>
        <translation>Bericht einer anderen Person</translation>
    </message>
    <message>
        <source>checked %s</source>
        <translation>geprüft %s</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>nicht angegeben</translation>
    </message>
    <message>
        <source>Intercom region</source>
        <translation>Intercom-Region</translation>
    </message>
    <message>
        <source>Cyclr service domain</source>
        <translation>Service Domain von Cyclr</translation>
    </message>
    <message>
        <source>Cyclr callback URL</source>
        <translation>Callback-URL von Cyclr</translation>
    </message>
    <message>
        <source>Test redirect URI</source>
        <translation>Redirect URI des Tests</translation>
    </message>
    <message>
        <source>Client ID</source>
        <translation>Client ID</translation>
    </message>
    <message>
        <source>Chosen API version</source>
        <translation>Gewählte API-Version</translation>
    </message>
    <message>
        <source>Cyclr connector</source>
        <translation>Cyclr-Connector</translation>
    </message>
    <message>
        <source>Intercom hosts</source>
        <translation>Intercom-Hosts</translation>
    </message>
    <message>
        <source>Hosts overridden</source>
        <translation>Hosts ersetzt</translation>
    </message>
    <message>
        <source>yes (a stand-in Intercom)</source>
        <translation>ja (ein Ersatz für Intercom)</translation>
    </message>
    <message>
        <source>Callback warning</source>
        <translation>Warnung zur Callback-URL</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <source>%s:</source>
        <translation>%s:</translation>
    </message>
    <message>
        <source>The partner&apos;s computer, as the report recorded it:</source>
        <translation>Der Computer des Partners, wie der Bericht ihn festhielt:</translation>
    </message>
    <message>
        <source>App</source>
        <translation>App</translation>
    </message>
    <message>
        <source>Operating system</source>
        <translation>Betriebssystem</translation>
    </message>
    <message>
        <source>Python</source>
        <translation>Python</translation>
    </message>
    <message>
        <source>Qt</source>
        <translation>Qt</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>nicht festgehalten</translation>
    </message>
    <message>
        <source>Keyring</source>
        <translation>Schlüsselbund</translation>
    </message>
    <message>
        <source>%s recorded: %s</source>
        <translation>%s hielt fest: %s</translation>
    </message>
</context>
<context>
    <name>ResultsPage</name>
    <message>
        <source>Test results</source>
        <translation>Testergebnisse</translation>
    </message>
    <message>
        <source>What Intercom said about your app, checked for real.</source>
        <translation>Was Intercom über Ihre App gesagt hat, wirklich geprüft.</translation>
    </message>
    <message>
        <source>Overall</source>
        <translation>Gesamt</translation>
    </message>
    <message>
        <source>Workspace</source>
        <translation>Workspace</translation>
    </message>
    <message>
        <source>Signed in as</source>
        <translation>Angemeldet als</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>Workspace:</source>
        <translation>Workspace:</translation>
    </message>
    <message>
        <source>Signed in as:</source>
        <translation>Angemeldet als:</translation>
    </message>
    <message>
        <source>Region:</source>
        <translation>Region:</translation>
    </message>
    <message>
        <source>API version</source>
        <translation>API-Version</translation>
    </message>
    <message>
        <source>Permissions apply to authorizations given after you tick them: after changing anything in the Developer Hub, run the test again.</source>
        <translation>Berechtigungen gelten für Autorisierungen, die nach dem Ankreuzen erteilt werden: Führen Sie den Test nach jeder Änderung im Developer Hub erneut aus.</translation>
    </message>
    <message>
        <source>&amp;Retry the test</source>
        <translation>&amp;Test wiederholen</translation>
    </message>
    <message>
        <source>Retry the test</source>
        <translation>Test wiederholen</translation>
    </message>
    <message>
        <source>Goes back to the Test page and runs the test again</source>
        <translation>Geht zurück zur Testseite und führt den Test erneut aus</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>app id %s</source>
        <translation>App-ID %s</translation>
    </message>
    <message>
        <source>%s (Intercom says %s)</source>
        <translation>%s (laut Intercom %s)</translation>
    </message>
    <message>
        <source>granted</source>
        <translation>erteilt</translation>
    </message>
    <message>
        <source>everything needed works.</source>
        <translation>alles Nötige funktioniert.</translation>
    </message>
    <message>
        <source>%d problem(s) to fix; see below.</source>
        <translation>%d Problem(e) zu beheben; siehe unten.</translation>
    </message>
</context>
<context>
    <name>SandboxBanner</name>
    <message>
        <source>&lt;b&gt;Training mode:&lt;/b&gt; a sandbox stands in for Intercom, no real workspace is touched. On the Credentials page, type:</source>
        <translation>&lt;b&gt;Übungsmodus:&lt;/b&gt; Eine Sandbox steht für Intercom, kein echter Workspace wird berührt. Geben Sie auf der Seite für die Zugangsdaten ein:</translation>
    </message>
    <message>
        <source>Training mode</source>
        <translation>Übungsmodus</translation>
    </message>
    <message>
        <source>Sandbox Client ID</source>
        <translation>Client ID der Sandbox</translation>
    </message>
    <message>
        <source>Sandbox Client Secret</source>
        <translation>Client Secret der Sandbox</translation>
    </message>
    <message>
        <source>Client ID:</source>
        <translation>Client ID:</translation>
    </message>
    <message>
        <source>Client Secret:</source>
        <translation>Client Secret:</translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <source>Intercom setup for Cyclr</source>
        <translation>Intercom-Einrichtung für Cyclr</translation>
    </message>
    <message>
        <source>%s (training mode: sandbox Intercom)</source>
        <translation>%s (Übungsmodus: Sandbox-Intercom)</translation>
    </message>
    <message>
        <source>&amp;Diagnostics</source>
        <translation>&amp;Diagnose</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Weiter &gt;</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Zurück</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>&amp;Fertigstellen</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>Open Diagnostics</source>
        <translation>Diagnose öffnen</translation>
    </message>
    <message>
        <source>Checks this computer: keyring, port, network, log file</source>
        <translation>Prüft diesen Computer: Schlüsselbund, Port, Netzwerk, Protokolldatei</translation>
    </message>
    <message>
        <source>Next page</source>
        <translation>Nächste Seite</translation>
    </message>
    <message>
        <source>Goes on</source>
        <translation>Geht weiter</translation>
    </message>
    <message>
        <source>Previous page</source>
        <translation>Vorige Seite</translation>
    </message>
    <message>
        <source>Goes back</source>
        <translation>Geht zurück</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>Fertigstellen</translation>
    </message>
    <message>
        <source>Closes the wizard</source>
        <translation>Schließt den Assistenten</translation>
    </message>
    <message>
        <source>Quit the wizard</source>
        <translation>Assistenten beenden</translation>
    </message>
    <message>
        <source>Closes the wizard; progress is kept for next time</source>
        <translation>Schließt den Assistenten; der Fortschritt bleibt für das nächste Mal erhalten</translation>
    </message>
    <message>
        <source>Step %d of %d</source>
        <translation>Schritt %d von %d</translation>
    </message>
</context>
<context>
    <name>StepRail</name>
    <message>
        <source>Steps</source>
        <translation>Schritte</translation>
    </message>
    <message>
        <source>Every step of the setup and its state. Enter opens a step you have been to.</source>
        <translation>Jeder Schritt der Einrichtung und sein Stand. Die Eingabetaste öffnet einen Schritt, bei dem Sie schon waren.</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>Willkommen</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Wo</translation>
    </message>
    <message>
        <source>Create the app</source>
        <translation>App erstellen</translation>
    </message>
    <message>
        <source>Redirect URLs</source>
        <translation>Redirect URLs</translation>
    </message>
    <message>
        <source>Permissions</source>
        <translation>Berechtigungen</translation>
    </message>
    <message>
        <source>Credentials</source>
        <translation>Zugangsdaten</translation>
    </message>
    <message>
        <source>API version</source>
        <translation>API-Version</translation>
    </message>
    <message>
        <source>Test authorization</source>
        <translation>Autorisierung testen</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Ergebnisse</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>Abschluss</translation>
    </message>
    <message>
        <source>Cyclr check</source>
        <translation>Cyclr-Prüfung</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>Nicht begonnen</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>Bitte prüfen</translation>
    </message>
    <message>
        <source>You are here, needs attention</source>
        <translation>Sie sind hier, bitte prüfen</translation>
    </message>
    <message>
        <source>You are here</source>
        <translation>Sie sind hier</translation>
    </message>
    <message>
        <source>%s, step %d of %d: %s</source>
        <translation>%s, Schritt %d von %d: %s</translation>
    </message>
    <message>
        <source>Enter opens it.</source>
        <translation>Die Eingabetaste öffnet ihn.</translation>
    </message>
    <message>
        <source>Not reached yet.</source>
        <translation>Noch nicht erreicht.</translation>
    </message>
    <message>
        <source>%s: %s.</source>
        <translation>%s: %s.</translation>
    </message>
    <message>
        <source>%s is not reached yet.</source>
        <translation>%s ist noch nicht erreicht.</translation>
    </message>
</context>
<context>
    <name>UnexpectedErrors</name>
    <message>
        <source>Something unexpected went wrong</source>
        <translation>Etwas Unerwartetes ist schiefgegangen</translation>
    </message>
    <message>
        <source>The wizard hit an error it did not expect. You can carry on; if something does not work, the details are in the log file (secrets are masked):
%s

Please send it with the support report (Finish &gt; Support report) to the person helping you.</source>
        <translation>Der Assistent ist auf einen unerwarteten Fehler gestoßen. Sie können weitermachen; falls etwas nicht funktioniert, stehen die Details in der Protokolldatei (Secrets sind maskiert):
%s

Bitte senden Sie sie mit dem Support-Bericht (letzte Seite &gt; Support-Bericht) an die Person, die Ihnen hilft.</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Set up Intercom for Cyclr</source>
        <translation>Intercom für Cyclr einrichten</translation>
    </message>
    <message>
        <source>Register your own Intercom app, connect it to Cyclr, and prove it works.</source>
        <translation>Registrieren Sie Ihre eigene Intercom-App, verbinden Sie sie mit Cyclr und beweisen Sie, dass es funktioniert.</translation>
    </message>
    <message>
        <source>Cyclr&apos;s Intercom connector signs in to Intercom with your own Intercom app. This wizard walks you through creating that app, tells you exactly what to copy into the Cyclr Console, and finishes with a real sign-in test in your browser that checks the credentials, the permissions and the API version.</source>
        <translation>Der Intercom-Connector von Cyclr meldet sich mit Ihrer eigenen Intercom-App bei Intercom an. Dieser Assistent führt Sie durch das Erstellen dieser App, sagt Ihnen genau, was Sie in die Cyclr Console kopieren, und endet mit einem echten Anmeldetest in Ihrem Browser, der die Zugangsdaten, die Berechtigungen und die API-Version prüft.</translation>
    </message>
    <message>
        <source>&lt;b&gt;You need:&lt;/b&gt;</source>
        <translation>&lt;b&gt;Sie brauchen:&lt;/b&gt;</translation>
    </message>
    <message>
        <source>admin rights in the Intercom workspace that Cyclr will connect to;</source>
        <translation>Admin-Rechte im Intercom-Workspace, mit dem sich Cyclr verbinden wird;</translation>
    </message>
    <message>
        <source>access to your Cyclr Console (Settings and the Connector Library);</source>
        <translation>Zugang zu Ihrer Cyclr Console (Settings und die Connector Library);</translation>
    </message>
    <message>
        <source>about 10 to 15 minutes.</source>
        <translation>etwa 10 bis 15 Minuten.</translation>
    </message>
    <message>
        <source>Nothing secret is saved in the wizard&apos;s settings: the Client Secret goes to your system&apos;s keyring. Diagnostics (bottom left) checks this computer at any time.</source>
        <translation>In den Einstellungen des Assistenten wird nichts Geheimes gespeichert: Das Client Secret kommt in den Schlüsselbund Ihres Systems. Diagnose (unten links) prüft diesen Computer jederzeit.</translation>
    </message>
    <message>
        <source>Saved progress</source>
        <translation>Gespeicherter Fortschritt</translation>
    </message>
    <message>
        <source>&amp;Resume where I left off</source>
        <translation>&amp;Ab der letzten Seite fortfahren</translation>
    </message>
    <message>
        <source>Resume where I left off</source>
        <translation>Ab der letzten Seite fortfahren</translation>
    </message>
    <message>
        <source>Continues at the page where the last run stopped</source>
        <translation>Fährt auf der Seite fort, auf der der letzte Durchgang aufgehört hat</translation>
    </message>
    <message>
        <source>&amp;Start over (forget the saved progress)</source>
        <translation>&amp;Neu beginnen (gespeicherten Fortschritt vergessen)</translation>
    </message>
    <message>
        <source>Start over</source>
        <translation>Neu beginnen</translation>
    </message>
    <message>
        <source>Forgets the saved progress; stored secrets stay until Finish &gt; Forget</source>
        <translation>Vergisst den gespeicherten Fortschritt; gespeicherte Secrets bleiben bis „Gespeicherte Secrets vergessen“ auf der letzten Seite</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>The wizard&apos;s language; it changes at once and is kept for next time</source>
        <translation>Die Sprache des Assistenten; sie wechselt sofort und bleibt für das nächste Mal erhalten</translation>
    </message>
    <message>
        <source>The language could not be kept for next time (%s).</source>
        <translation>Die Sprache konnte nicht für das nächste Mal gespeichert werden (%s).</translation>
    </message>
    <message>
        <source>&amp;Resume at “%s”</source>
        <translation>&amp;Ab „%s“ fortsetzen</translation>
    </message>
    <message>
        <source>Resume at %s</source>
        <translation>Ab %s fortsetzen</translation>
    </message>
</context>
<context>
    <name>WherePage</name>
    <message>
        <source>Where: your Intercom region and Cyclr service domain</source>
        <translation>Wo: Ihre Intercom-Region und die Service Domain von Cyclr</translation>
    </message>
    <message>
        <source>These decide which Intercom site you sign in to and the address Intercom sends people back to.</source>
        <translation>Sie bestimmen, bei welcher Intercom-Website Sie sich anmelden und an welche Adresse Intercom Personen zurückschickt.</translation>
    </message>
    <message>
        <source>Intercom region</source>
        <translation>Intercom-Region</translation>
    </message>
    <message>
        <source>The region in your Intercom address: United States, Europe or Australia</source>
        <translation>Die Region in Ihrer Intercom-Adresse: USA, Europa oder Australien</translation>
    </message>
    <message>
        <source>Intercom &amp;region:</source>
        <translation>Intercom-&amp;Region:</translation>
    </message>
    <message>
        <source>Your workspace&apos;s region is part of the address you use: app.intercom.com (United States), app.eu.intercom.com (Europe) or app.au.intercom.com (Australia).</source>
        <translation>Die Region Ihres Workspace steckt in der Adresse, die Sie verwenden: app.intercom.com (USA), app.eu.intercom.com (Europa) oder app.au.intercom.com (Australien).</translation>
    </message>
    <message>
        <source>Cyclr service domain</source>
        <translation>Service Domain von Cyclr</translation>
    </message>
    <message>
        <source>Found in the Cyclr Console under Settings &gt; General Settings</source>
        <translation>Zu finden in der Cyclr Console unter Settings &gt; General Settings</translation>
    </message>
    <message>
        <source>for example app-h.cyclr.com</source>
        <translation>zum Beispiel app-h.cyclr.com</translation>
    </message>
    <message>
        <source>Clear the service domain</source>
        <translation>Service Domain leeren</translation>
    </message>
    <message>
        <source>Empties the field</source>
        <translation>Leert das Feld</translation>
    </message>
    <message>
        <source>Cyclr &amp;service domain:</source>
        <translation>Cyclr &amp;Service Domain:</translation>
    </message>
    <message>
        <source>Find it in your Cyclr Console under Settings &gt; General Settings (Service Domain). A pasted URL is fine too.</source>
        <translation>Sie finden sie in Ihrer Cyclr Console unter Settings &gt; General Settings (Service Domain). Eine eingefügte URL geht auch.</translation>
    </message>
    <message>
        <source>Callback URL to register in Intercom (computed from the domain):</source>
        <translation>In Intercom zu registrierende Callback-URL (aus der Domain berechnet):</translation>
    </message>
    <message>
        <source>Cyclr callback URL</source>
        <translation>Callback-URL von Cyclr</translation>
    </message>
    <message>
        <source>Looks right.</source>
        <translation>Sieht gut aus.</translation>
    </message>
</context>
</TS>
