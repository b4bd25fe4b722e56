<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>ApiVersionPage</name>
    <message>
        <source>Choose the API version</source>
        <translation>Choisir la version de l&apos;API</translation>
    </message>
    <message>
        <source>Cyclr has one Intercom connector per API version; use the one that matches your app.</source>
        <translation>Cyclr propose un connecteur Intercom par version de l&apos;API&#xa0;; utilisez celui qui correspond à votre app.</translation>
    </message>
    <message>
        <source>1. Log in to your Intercom account.</source>
        <translation>1. Connectez-vous à votre compte Intercom.</translation>
    </message>
    <message>
        <source>2. Hover over the icon in the bottom left corner and select Settings.</source>
        <translation>2. Survolez l&apos;icône en bas à gauche et choisissez Settings.</translation>
    </message>
    <message>
        <source>3. On the settings page, select Developers &gt; Developer Hub.</source>
        <translation>3. Sur la page des réglages, choisissez Developers &gt; Developer Hub.</translation>
    </message>
    <message>
        <source>4. In the Developer Hub, select your app.</source>
        <translation>4. Dans le Developer Hub, choisissez votre app.</translation>
    </message>
    <message>
        <source>5. The Basic Information page shows the app&apos;s API version.</source>
        <translation>5. La page Basic Information indique la version de l&apos;API de l&apos;app.</translation>
    </message>
    <message>
        <source>6. To change it, click Change version and pick one from the list.</source>
        <translation>6. Pour la modifier, cliquez sur Change version et choisissez-en une dans la liste.</translation>
    </message>
    <message>
        <source>API version</source>
        <translation>Version de l&apos;API</translation>
    </message>
    <message>
        <source>The version on the app&apos;s Basic Information page in the Developer Hub</source>
        <translation>La version indiquée sur la page Basic Information de l&apos;app dans le Developer Hub</translation>
    </message>
    <message>
        <source>Your app&apos;s &amp;version:</source>
        <translation>&amp;Version de votre app&#xa0;:</translation>
    </message>
    <message>
        <source>Cyclr connector:</source>
        <translation>Connecteur Cyclr&#xa0;:</translation>
    </message>
    <message>
        <source>&lt;b&gt;Important:&lt;/b&gt; read Intercom&apos;s &lt;a href=&quot;%s&quot;&gt;API changelog&lt;/a&gt; for the differences between versions before you change one.</source>
        <translation>&lt;b&gt;Important&#xa0;:&lt;/b&gt; lisez l&apos;&lt;a href=&quot;%s&quot;&gt;API changelog&lt;/a&gt; d&apos;Intercom sur les différences entre les versions avant d&apos;en changer.</translation>
    </message>
    <message>
        <source>How to find the version in Intercom (select a step to see it):</source>
        <translation>Comment trouver la version dans Intercom (choisissez une étape pour la voir)&#xa0;:</translation>
    </message>
    <message>
        <source>Steps to find the version</source>
        <translation>Étapes pour trouver la version</translation>
    </message>
</context>
<context>
    <name>AuthorizationTestPage</name>
    <message>
        <source>Test the authorization</source>
        <translation>Tester l&apos;autorisation</translation>
    </message>
    <message>
        <source>Sign in to Intercom in your browser and authorize the app; the wizard catches the answer on this computer and checks what it can do.</source>
        <translation>Connectez-vous à Intercom dans votre navigateur et autorisez l&apos;app&#xa0;; l&apos;assistant reçoit la réponse sur cet ordinateur et vérifie ce qu&apos;elle peut faire.</translation>
    </message>
    <message>
        <source>&amp;Start the test</source>
        <translation>&amp;Lancer le test</translation>
    </message>
    <message>
        <source>Start the test</source>
        <translation>Lancer le test</translation>
    </message>
    <message>
        <source>Opens your browser at Intercom&apos;s consent page and waits for the answer</source>
        <translation>Ouvre votre navigateur sur la page de consentement d&apos;Intercom et attend la réponse</translation>
    </message>
    <message>
        <source>&amp;Cancel the test</source>
        <translation>&amp;Annuler le test</translation>
    </message>
    <message>
        <source>Cancel the test</source>
        <translation>Annuler le test</translation>
    </message>
    <message>
        <source>Authorization address</source>
        <translation>Adresse d&apos;autorisation</translation>
    </message>
    <message>
        <source>Local port</source>
        <translation>Port local</translation>
    </message>
    <message>
        <source>Browser</source>
        <translation>Navigateur</translation>
    </message>
    <message>
        <source>Intercom&apos;s answer</source>
        <translation>Réponse d&apos;Intercom</translation>
    </message>
    <message>
        <source>Token exchange</source>
        <translation>Échange du jeton</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>Vérifications</translation>
    </message>
    <message>
        <source>Your browser refused the wizard&apos;s certificate</source>
        <translation>Votre navigateur a refusé le certificat de l&apos;assistant</translation>
    </message>
    <message>
        <source>That is expected: the wizard answers on 127.0.0.1 with a certificate it made itself. In the browser tab that shows the warning:</source>
        <translation>C&apos;est normal&#xa0;: l&apos;assistant répond sur 127.0.0.1 avec un certificat qu&apos;il a créé lui-même. Dans l&apos;onglet du navigateur qui affiche l&apos;avertissement&#xa0;:</translation>
    </message>
    <message>
        <source>&lt;b&gt;Chrome or Edge:&lt;/b&gt; click Advanced, then “Proceed to 127.0.0.1 (unsafe)”; or click anywhere on the page and type &lt;tt&gt;thisisunsafe&lt;/tt&gt;.</source>
        <translation>&lt;b&gt;Chrome ou Edge&#xa0;:&lt;/b&gt; cliquez sur Paramètres avancés, puis sur «&#xa0;Continuer vers le site 127.0.0.1 (dangereux)&#xa0;»&#xa0;; ou cliquez n&apos;importe où sur la page et tapez &lt;tt&gt;thisisunsafe&lt;/tt&gt;.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Firefox:&lt;/b&gt; click Advanced…, then “Accept the Risk and Continue”.</source>
        <translation>&lt;b&gt;Firefox&#xa0;:&lt;/b&gt; cliquez sur Avancé…, puis sur «&#xa0;Accepter le risque et poursuivre&#xa0;».</translation>
    </message>
    <message>
        <source>&lt;b&gt;Safari:&lt;/b&gt; click Show Details, then “visit this website”.</source>
        <translation>&lt;b&gt;Safari&#xa0;:&lt;/b&gt; cliquez sur Afficher les détails, puis sur «&#xa0;consulter ce site web&#xa0;».</translation>
    </message>
    <message>
        <source>The page then finishes by itself. The exception is kept, so next time there is no warning.</source>
        <translation>La page se termine ensuite d&apos;elle-même. L&apos;exception est conservée&#xa0;: la prochaine fois, il n&apos;y aura pas d&apos;avertissement.</translation>
    </message>
    <message>
        <source>Stops waiting and frees the local port</source>
        <translation>Arrête d&apos;attendre et libère le port local</translation>
    </message>
    <message>
        <source>Browser ended somewhere else?</source>
        <translation>Le navigateur a fini ailleurs&#xa0;?</translation>
    </message>
    <message>
        <source>Paste the address your browser shows after authorizing (even an error page):</source>
        <translation>Collez l&apos;adresse que votre navigateur affiche après l&apos;autorisation (même une page d&apos;erreur)&#xa0;:</translation>
    </message>
    <message>
        <source>Address your browser shows</source>
        <translation>Adresse affichée par votre navigateur</translation>
    </message>
    <message>
        <source>Paste the whole address from the browser&apos;s address bar</source>
        <translation>Collez l&apos;adresse complète de la barre d&apos;adresse du navigateur</translation>
    </message>
    <message>
        <source>&amp;Use this address</source>
        <translation>&amp;Utiliser cette adresse</translation>
    </message>
    <message>
        <source>Use the pasted address</source>
        <translation>Utiliser l&apos;adresse collée</translation>
    </message>
    <message>
        <source>Finishes the test with the pasted address</source>
        <translation>Termine le test avec l&apos;adresse collée</translation>
    </message>
    <message>
        <source>Before you start, check that %s is among the app&apos;s redirect URLs. Start opens your browser at Intercom&apos;s consent page; choose Authorize there.</source>
        <translation>Avant de commencer, vérifiez que %s figure parmi les Redirect URLs de l&apos;app. «&#xa0;Lancer le test&#xa0;» ouvre votre navigateur sur la page de consentement d&apos;Intercom&#xa0;; choisissez-y Authorize.</translation>
    </message>
    <message>
        <source>The wizard does not know the Client ID and Client Secret yet.</source>
        <translation>L&apos;assistant ne connaît pas encore le Client ID et le Client Secret.</translation>
    </message>
    <message>
        <source>Go back to the Credentials page and enter both.</source>
        <translation>Revenez à la page du Client ID et du Client Secret et saisissez les deux.</translation>
    </message>
    <message>
        <source>opening port %d</source>
        <translation>ouverture du port %d</translation>
    </message>
    <message>
        <source>No test is waiting for an address right now.</source>
        <translation>Aucun test n&apos;attend d&apos;adresse pour le moment.</translation>
    </message>
    <message>
        <source>Click Start, authorize in the browser, then paste if needed.</source>
        <translation>Cliquez sur «&#xa0;Lancer le test&#xa0;», autorisez dans le navigateur, puis collez si nécessaire.</translation>
    </message>
    <message>
        <source>&amp;Test again</source>
        <translation>&amp;Nouveau test</translation>
    </message>
    <message>
        <source>listening at %s</source>
        <translation>à l&apos;écoute sur %s</translation>
    </message>
    <message>
        <source>waiting for your browser</source>
        <translation>en attente de votre navigateur</translation>
    </message>
    <message>
        <source>opened; sign in and authorize the app there</source>
        <translation>ouvert&#xa0;; connectez-vous et autorisez l&apos;app</translation>
    </message>
    <message>
        <source>your browser reached the wizard</source>
        <translation>votre navigateur a joint l&apos;assistant</translation>
    </message>
    <message>
        <source>refused the certificate; see below how to continue</source>
        <translation>a refusé le certificat&#xa0;; voir ci-dessous comment continuer</translation>
    </message>
    <message>
        <source>An answer from an older attempt reached the wizard and was ignored.</source>
        <translation>Une réponse d&apos;une tentative précédente a joint l&apos;assistant et a été ignorée.</translation>
    </message>
    <message>
        <source>Use the browser tab opened by this test.</source>
        <translation>Utilisez l&apos;onglet du navigateur ouvert par ce test.</translation>
    </message>
    <message>
        <source>done</source>
        <translation>terminé</translation>
    </message>
    <message>
        <source>authorization received</source>
        <translation>autorisation reçue</translation>
    </message>
    <message>
        <source>the authorization was declined</source>
        <translation>l&apos;autorisation a été refusée</translation>
    </message>
    <message>
        <source>asking Intercom for a token</source>
        <translation>demande d&apos;un jeton à Intercom</translation>
    </message>
    <message>
        <source>token received</source>
        <translation>jeton reçu</translation>
    </message>
    <message>
        <source>checking workspace, permissions and version</source>
        <translation>vérification de l&apos;espace de travail, des permissions et de la version</translation>
    </message>
    <message>
        <source>finished</source>
        <translation>fini</translation>
    </message>
</context>
<context>
    <name>BasePage</name>
    <message>
        <source>The browser did not open by itself.</source>
        <translation>Le navigateur ne s&apos;est pas ouvert tout seul.</translation>
    </message>
    <message>
        <source>Copy this address into your browser: %s</source>
        <translation>Copiez cette adresse dans votre navigateur&#xa0;: %s</translation>
    </message>
</context>
<context>
    <name>BrowserWait</name>
    <message>
        <source>If no browser window opened, open this address:</source>
        <translation>Si aucune fenêtre de navigateur ne s&apos;est ouverte, ouvrez cette adresse&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Open again</source>
        <translation>&amp;Rouvrir</translation>
    </message>
    <message>
        <source>Open the address in the browser again</source>
        <translation>Rouvrir l&apos;adresse dans le navigateur</translation>
    </message>
    <message>
        <source>For when the first browser window was closed</source>
        <translation>Si la première fenêtre du navigateur a été fermée</translation>
    </message>
    <message>
        <source>Done in the bro&amp;wser</source>
        <translation>Terminé dans le navi&amp;gateur</translation>
    </message>
    <message>
        <source>Done in the browser</source>
        <translation>Terminé dans le navigateur</translation>
    </message>
    <message>
        <source>Say you finished in the browser, so the wizard asks for the result now</source>
        <translation>Indiquer que vous avez terminé dans le navigateur, pour que l&apos;assistant demande le résultat maintenant</translation>
    </message>
    <message>
        <source>opening your browser</source>
        <translation>ouverture de votre navigateur</translation>
    </message>
    <message>
        <source>no browser opened by itself; copy the address above into one</source>
        <translation>aucun navigateur ne s&apos;est ouvert tout seul&#xa0;; copiez l&apos;adresse ci-dessus dans l&apos;un d&apos;eux</translation>
    </message>
    <message>
        <source>%d:%02d left</source>
        <translation>%d:%02d restantes</translation>
    </message>
    <message>
        <source>%d seconds left</source>
        <translation>%d secondes restantes</translation>
    </message>
</context>
<context>
    <name>ConnectorNote</name>
    <message>
        <source>Cyclr has no connector for %s; change the app&apos;s version in Intercom to one Cyclr supports.</source>
        <translation>Cyclr n&apos;a pas de connecteur pour %s&#xa0;; réglez dans Intercom la version de l&apos;app sur une version prise en charge par Cyclr.</translation>
    </message>
    <message>
        <source>This is a guess: Cyclr&apos;s API has not listed your connectors (the optional Cyclr check at the end lists them).</source>
        <translation>Ceci est une supposition&#xa0;: l&apos;API de Cyclr n&apos;a pas encore listé vos connecteurs (la vérification Cyclr facultative, à la fin, les liste).</translation>
    </message>
    <message>
        <source>Your Cyclr lists no Intercom connector: add one in the Cyclr Console under Connectors &gt; Application Connector Library.</source>
        <translation>Votre Cyclr ne liste aucun connecteur Intercom&#xa0;: ajoutez-en un dans la Cyclr Console sous Connectors &gt; Application Connector Library.</translation>
    </message>
    <message>
        <source>%s, as listed by your Cyclr.</source>
        <translation>%s, tel que listé par votre Cyclr.</translation>
    </message>
    <message>
        <source>the app&apos;s version</source>
        <translation>la version de l&apos;app</translation>
    </message>
    <message>
        <source>None of the Intercom connectors your Cyclr lists is known to match %s (it lists: %s).</source>
        <translation>Aucun des connecteurs Intercom listés par votre Cyclr ne correspond, à notre connaissance, à %s (liste&#xa0;: %s).</translation>
    </message>
</context>
<context>
    <name>CopyableField</name>
    <message>
        <source>Read-only; Copy puts it on the clipboard</source>
        <translation>En lecture seule&#xa0;; Copier le place dans le presse-papiers</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <source>Copy %s</source>
        <translation>Copier %s</translation>
    </message>
    <message>
        <source>Puts it on the clipboard, to paste elsewhere</source>
        <translation>Le place dans le presse-papiers, pour le coller ailleurs</translation>
    </message>
    <message>
        <source>Copy to the clipboard</source>
        <translation>Copier dans le presse-papiers</translation>
    </message>
</context>
<context>
    <name>CreateAppPage</name>
    <message>
        <source>Create the app in Intercom</source>
        <translation>Créer l&apos;app dans Intercom</translation>
    </message>
    <message>
        <source>Cyclr signs in to Intercom through an app that you own, made in the Developer Hub.</source>
        <translation>Cyclr se connecte à Intercom via une app qui vous appartient, créée dans le Developer Hub.</translation>
    </message>
    <message>
        <source>&amp;Open the Developer Hub</source>
        <translation>&amp;Ouvrir le Developer Hub</translation>
    </message>
    <message>
        <source>Open the Developer Hub in the browser</source>
        <translation>Ouvrir le Developer Hub dans le navigateur</translation>
    </message>
    <message>
        <source>The Developer Hub of the region chosen on the previous page</source>
        <translation>Le Developer Hub de la région choisie à la page précédente</translation>
    </message>
    <message>
        <source>Sign in to Intercom as an admin of the workspace Cyclr will use.</source>
        <translation>Connectez-vous à Intercom en tant qu&apos;administrateur de l&apos;espace de travail que Cyclr utilisera.</translation>
    </message>
    <message>
        <source>In the Developer Hub, click &lt;b&gt;New app&lt;/b&gt;.</source>
        <translation>Dans le Developer Hub, cliquez sur &lt;b&gt;New app&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>Name it so your team recognises it, for example &lt;i&gt;Cyclr&lt;/i&gt;, and choose the workspace.</source>
        <translation>Donnez-lui un nom que votre équipe reconnaîtra, par exemple &lt;i&gt;Cyclr&lt;/i&gt;, et choisissez l&apos;espace de travail.</translation>
    </message>
    <message>
        <source>Leave “Intended to use Intercom with” on &lt;b&gt;Internal integration&lt;/b&gt; unless Intercom asks otherwise, then click &lt;b&gt;Create app&lt;/b&gt;.</source>
        <translation>Laissez «&#xa0;Intended to use Intercom with&#xa0;» sur &lt;b&gt;Internal integration&lt;/b&gt;, sauf si Intercom demande autre chose, puis cliquez sur &lt;b&gt;Create app&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>You land on the app&apos;s &lt;b&gt;Basic Information&lt;/b&gt; page. Keep the tab open; the next pages need it.</source>
        <translation>Vous arrivez sur la page &lt;b&gt;Basic Information&lt;/b&gt; de l&apos;app. Gardez l&apos;onglet ouvert&#xa0;; les pages suivantes en ont besoin.</translation>
    </message>
    <message>
        <source>Drawing of the Developer Hub with the New app button</source>
        <translation>Dessin du Developer Hub avec le bouton New app</translation>
    </message>
</context>
<context>
    <name>CredentialsPage</name>
    <message>
        <source>Enter the Client ID and Client Secret</source>
        <translation>Saisir le Client ID et le Client Secret</translation>
    </message>
    <message>
        <source>In the app, open Basic Information (or Authentication) and copy both values.</source>
        <translation>Dans l&apos;app, ouvrez Basic Information (ou Authentication) et copiez les deux valeurs.</translation>
    </message>
    <message>
        <source>Client ID</source>
        <translation>Client ID</translation>
    </message>
    <message>
        <source>From the app&apos;s Basic Information page in the Developer Hub</source>
        <translation>Depuis la page Basic Information de l&apos;app dans le Developer Hub</translation>
    </message>
    <message>
        <source>Client &amp;ID:</source>
        <translation>Client &amp;ID&#xa0;:</translation>
    </message>
    <message>
        <source>Client Secret</source>
        <translation>Client Secret</translation>
    </message>
    <message>
        <source>From the same page; kept in the system keyring, never in a file</source>
        <translation>Depuis la même page&#xa0;; conservé dans le trousseau du système, jamais dans un fichier</translation>
    </message>
    <message>
        <source>Client &amp;Secret:</source>
        <translation>Client S&amp;ecret&#xa0;:</translation>
    </message>
    <message>
        <source>S&amp;how the secret</source>
        <translation>&amp;Afficher le secret</translation>
    </message>
    <message>
        <source>Show the Client Secret</source>
        <translation>Afficher le Client Secret</translation>
    </message>
    <message>
        <source>Shows the typed secret in plain text</source>
        <translation>Affiche le secret saisi en clair</translation>
    </message>
    <message>
        <source>On Next the secret is saved in your system keyring (%s), so you do not have to type it again. Finish &gt; Forget removes it.</source>
        <translation>Avec Suivant, le secret est enregistré dans le trousseau de votre système (%s)&#xa0;: vous n&apos;aurez pas à le saisir de nouveau. «&#xa0;Oublier les secrets enregistrés&#xa0;», à la dernière page, le supprime.</translation>
    </message>
    <message>
        <source>No usable system keyring was found, so the secret stays in memory only and is gone when you close the wizard; nothing is written to disk. Keyring in use: %s.</source>
        <translation>Aucun trousseau utilisable n&apos;a été trouvé&#xa0;: le secret reste uniquement en mémoire et disparaît à la fermeture de l&apos;assistant&#xa0;; rien n&apos;est écrit sur le disque. Trousseau utilisé&#xa0;: %s.</translation>
    </message>
    <message>
        <source>The Client ID and the Client Secret are the same; one of them was pasted into the wrong box.</source>
        <translation>Le Client ID et le Client Secret sont identiques&#xa0;; l&apos;un des deux a été collé dans la mauvaise case.</translation>
    </message>
    <message>
        <source>Intercom&apos;s Client IDs usually look like xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx; check you copied the whole value.</source>
        <translation>Les Client ID d&apos;Intercom ont généralement la forme xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx&#xa0;; vérifiez que vous avez copié la valeur entière.</translation>
    </message>
    <message>
        <source>The system keyring (%s) did not take the secret. It stays in memory only and is gone when you close the wizard.</source>
        <translation>Le trousseau du système (%s) n&apos;a pas accepté le secret. Il reste uniquement en mémoire et disparaît à la fermeture de l&apos;assistant.</translation>
    </message>
</context>
<context>
    <name>CyclrCheckPage</name>
    <message>
        <source>Check the whole chain in Cyclr (optional)</source>
        <translation>Vérifier toute la chaîne dans Cyclr (facultatif)</translation>
    </message>
    <message>
        <source>Cyclr itself signs in to Intercom with what is in its Console. You can skip this: Finish closes the wizard without it.</source>
        <translation>Cyclr se connecte lui-même à Intercom avec ce que contient sa Console. Vous pouvez passer cette étape&#xa0;: Terminer ferme l&apos;assistant sans elle.</translation>
    </message>
    <message>
        <source>This step is optional. It needs your Cyclr API credentials (Cyclr Console &gt; Settings &gt; OAuth Client Credentials), not the Intercom ones, and tells you whether the Client ID and Secret in the Cyclr Console, Cyclr&apos;s callback URL and the connector&apos;s version are right.</source>
        <translation>Cette étape est facultative. Elle utilise vos identifiants d&apos;API Cyclr (Cyclr Console &gt; Settings &gt; OAuth Client Credentials), pas ceux d&apos;Intercom, et vous dit si le Client ID et le Client Secret de la Cyclr Console, l&apos;URL de callback de Cyclr et la version du connecteur sont corrects.</translation>
    </message>
    <message>
        <source>Cyclr Console location</source>
        <translation>Emplacement de la Cyclr Console</translation>
    </message>
    <message>
        <source>Where you sign in to the Cyclr Console; it decides Cyclr&apos;s API address</source>
        <translation>Là où vous vous connectez à la Cyclr Console&#xa0;; cela détermine l&apos;adresse de l&apos;API de Cyclr</translation>
    </message>
    <message>
        <source>A private instance (give its API URL)</source>
        <translation>Une instance privée (indiquez son URL d&apos;API)</translation>
    </message>
    <message>
        <source>Cyclr Console loca&amp;tion:</source>
        <translation>&amp;Emplacement de la Cyclr Console&#xa0;:</translation>
    </message>
    <message>
        <source>Private instance&apos;s API URL</source>
        <translation>URL d&apos;API de l&apos;instance privée</translation>
    </message>
    <message>
        <source>Only for a private Cyclr instance, e.g. https://api.example.com</source>
        <translation>Seulement pour une instance Cyclr privée, p. ex. https://api.example.com</translation>
    </message>
    <message>
        <source>Private &amp;API URL:</source>
        <translation>&amp;URL d&apos;API privée&#xa0;:</translation>
    </message>
    <message>
        <source>Cyclr API Client ID</source>
        <translation>Client ID de l&apos;API Cyclr</translation>
    </message>
    <message>
        <source>From the Cyclr Console under Settings &gt; OAuth Client Credentials</source>
        <translation>Dans la Cyclr Console sous Settings &gt; OAuth Client Credentials</translation>
    </message>
    <message>
        <source>Cyclr API Client &amp;ID:</source>
        <translation>Client &amp;ID de l&apos;API Cyclr&#xa0;:</translation>
    </message>
    <message>
        <source>Cyclr API Client Secret</source>
        <translation>Client Secret de l&apos;API Cyclr</translation>
    </message>
    <message>
        <source>Kept in the system keyring, never in a file; leave empty to use the stored one</source>
        <translation>Conservé dans le trousseau du système, jamais dans un fichier&#xa0;; laissez vide pour utiliser celui enregistré</translation>
    </message>
    <message>
        <source>Cyclr API Client Sec&amp;ret:</source>
        <translation>Client Secret de l&apos;API C&amp;yclr&#xa0;:</translation>
    </message>
    <message>
        <source>Service domain (page 2):</source>
        <translation>Service Domain (page 2)&#xa0;:</translation>
    </message>
    <message>
        <source>The Cyclr API secret and Cyclr&apos;s token are kept in the system keyring; Forget stored secrets on the previous page removes them.</source>
        <translation>Le secret de l&apos;API Cyclr et le jeton de Cyclr sont conservés dans le trousseau du système&#xa0;; « Oublier les secrets enregistrés » sur la page précédente les supprime.</translation>
    </message>
    <message>
        <source>&amp;List accounts and connectors</source>
        <translation>&amp;Lister les comptes et connecteurs</translation>
    </message>
    <message>
        <source>List accounts and connectors</source>
        <translation>Lister les comptes et connecteurs</translation>
    </message>
    <message>
        <source>Reads your Cyclr accounts and Intercom connectors; changes nothing</source>
        <translation>Lit vos comptes Cyclr et vos connecteurs Intercom&#xa0;; ne modifie rien</translation>
    </message>
    <message>
        <source>Cyclr account for the check</source>
        <translation>Compte Cyclr pour la vérification</translation>
    </message>
    <message>
        <source>One of your accounts, or a new one the check deletes afterwards</source>
        <translation>Un de vos comptes, ou un nouveau que la vérification supprime ensuite</translation>
    </message>
    <message>
        <source>Acco&amp;unt:</source>
        <translation>&amp;Compte&#xa0;:</translation>
    </message>
    <message>
        <source>Intercom connector to check</source>
        <translation>Connecteur Intercom à vérifier</translation>
    </message>
    <message>
        <source>The connector matching the app&apos;s Intercom API version is marked</source>
        <translation>Le connecteur qui correspond à la version d&apos;API Intercom de l&apos;app est signalé</translation>
    </message>
    <message>
        <source>Conn&amp;ector:</source>
        <translation>Co&amp;nnecteur&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Start the check</source>
        <translation>Lancer la &amp;vérification</translation>
    </message>
    <message>
        <source>Start the Cyclr check</source>
        <translation>Lancer la vérification Cyclr</translation>
    </message>
    <message>
        <source>Creates the test connector in Cyclr and opens Cyclr&apos;s sign-in in your browser</source>
        <translation>Crée le connecteur de test dans Cyclr et ouvre la connexion de Cyclr dans votre navigateur</translation>
    </message>
    <message>
        <source>&amp;Cancel the check</source>
        <translation>&amp;Annuler la vérification</translation>
    </message>
    <message>
        <source>Cancel the Cyclr check</source>
        <translation>Annuler la vérification Cyclr</translation>
    </message>
    <message>
        <source>Stops waiting; what the check made in Cyclr is still removed</source>
        <translation>Arrête d&apos;attendre&#xa0;; ce que la vérification a créé dans Cyclr est quand même supprimé</translation>
    </message>
    <message>
        <source>Cyclr sign-in address</source>
        <translation>Adresse de connexion de Cyclr</translation>
    </message>
    <message>
        <source>Cyclr API</source>
        <translation>API Cyclr</translation>
    </message>
    <message>
        <source>Test account</source>
        <translation>Compte de test</translation>
    </message>
    <message>
        <source>Test connector</source>
        <translation>Connecteur de test</translation>
    </message>
    <message>
        <source>Browser</source>
        <translation>Navigateur</translation>
    </message>
    <message>
        <source>Cyclr&apos;s sign-in to Intercom</source>
        <translation>Connexion de Cyclr à Intercom</translation>
    </message>
    <message>
        <source>Clean-up</source>
        <translation>Nettoyage</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>non indiqué</translation>
    </message>
    <message>
        <source>The Cyclr API Client ID is empty.</source>
        <translation>Le Client ID de l&apos;API Cyclr est vide.</translation>
    </message>
    <message>
        <source>Copy it from the Cyclr Console under Settings &gt; OAuth Client Credentials.</source>
        <translation>Copiez-le depuis la Cyclr Console sous Settings &gt; OAuth Client Credentials.</translation>
    </message>
    <message>
        <source>stored in the keyring</source>
        <translation>enregistré dans le trousseau</translation>
    </message>
    <message>
        <source>The Cyclr API Client Secret is empty.</source>
        <translation>Le Client Secret de l&apos;API Cyclr est vide.</translation>
    </message>
    <message>
        <source>Cyclr did not list the connectors yet (%s) The check lists them once its account exists.</source>
        <translation>Cyclr n&apos;a pas encore listé les connecteurs (%s) La vérification les liste dès que son compte existe.</translation>
    </message>
    <message>
        <source>%d accounts and %d Intercom connectors listed by your Cyclr.</source>
        <translation>%d comptes et %d connecteurs Intercom listés par votre Cyclr.</translation>
    </message>
    <message>
        <source>A new account “%s”, deleted afterwards</source>
        <translation>Un nouveau compte « %s », supprimé ensuite</translation>
    </message>
    <message>
        <source>The one matching the app&apos;s API version</source>
        <translation>Celui qui correspond à la version d&apos;API de l&apos;app</translation>
    </message>
    <message>
        <source>matches the app&apos;s version</source>
        <translation>correspond à la version de l&apos;app</translation>
    </message>
    <message>
        <source>another version</source>
        <translation>une autre version</translation>
    </message>
    <message>
        <source>version not known</source>
        <translation>version inconnue</translation>
    </message>
    <message>
        <source>What the check does in your Cyclr: %s</source>
        <translation>Ce que la vérification fait dans votre Cyclr&#xa0;: %s</translation>
    </message>
    <message>
        <source>signing in to %s</source>
        <translation>connexion à %s</translation>
    </message>
    <message>
        <source>you are done; asking Cyclr for the result</source>
        <translation>vous avez terminé&#xa0;; demande du résultat à Cyclr</translation>
    </message>
    <message>
        <source>signed in (token reused)</source>
        <translation>connecté (jeton réutilisé)</translation>
    </message>
    <message>
        <source>signed in</source>
        <translation>connecté</translation>
    </message>
    <message>
        <source>using account %s</source>
        <translation>utilisation du compte %s</translation>
    </message>
    <message>
        <source>%s Intercom connectors listed</source>
        <translation>%s connecteurs Intercom listés</translation>
    </message>
    <message>
        <source>installed (%s)</source>
        <translation>installé (%s)</translation>
    </message>
    <message>
        <source>waiting for your browser</source>
        <translation>en attente de votre navigateur</translation>
    </message>
    <message>
        <source>asking Cyclr until it signs in</source>
        <translation>interrogation de Cyclr jusqu&apos;à sa connexion</translation>
    </message>
    <message>
        <source>opened; sign in to Intercom and authorize the app there</source>
        <translation>ouvert&#xa0;; connectez-vous à Intercom et autorisez l&apos;app</translation>
    </message>
    <message>
        <source>came back from Cyclr</source>
        <translation>revenu de Cyclr</translation>
    </message>
    <message>
        <source>removing the test %s</source>
        <translation>suppression de %s de test</translation>
    </message>
    <message>
        <source>not reached</source>
        <translation>non atteint</translation>
    </message>
    <message>
        <source>What to do: %s</source>
        <translation>Que faire&#xa0;: %s</translation>
    </message>
    <message>
        <source>Nothing was made in Cyclr, so nothing needed removing.</source>
        <translation>Rien n&apos;a été créé dans Cyclr, donc rien n&apos;était à supprimer.</translation>
    </message>
    <message>
        <source>complete</source>
        <translation>terminé</translation>
    </message>
    <message>
        <source>incomplete; see below</source>
        <translation>incomplet&#xa0;; voir ci-dessous</translation>
    </message>
</context>
<context>
    <name>DiagnosticsDialog</name>
    <message>
        <source>Intercom setup: Diagnostics</source>
        <translation>Configuration d&apos;Intercom&#xa0;: diagnostic</translation>
    </message>
    <message>
        <source>Diagnostics</source>
        <translation>Diagnostic</translation>
    </message>
    <message>
        <source>Checks of this computer for the consent test:</source>
        <translation>Vérifications de cet ordinateur pour le test de connexion&#xa0;:</translation>
    </message>
    <message>
        <source>Log file</source>
        <translation>Fichier journal</translation>
    </message>
    <message>
        <source>&amp;Check again</source>
        <translation>&amp;Vérifier à nouveau</translation>
    </message>
    <message>
        <source>Check again</source>
        <translation>Vérifier à nouveau</translation>
    </message>
    <message>
        <source>Open &amp;log folder</source>
        <translation>Ouvrir le dossier des &amp;journaux</translation>
    </message>
    <message>
        <source>Open the log folder</source>
        <translation>Ouvrir le dossier des journaux</translation>
    </message>
    <message>
        <source>Open &amp;report…</source>
        <translation>Ouvrir un &amp;rapport…</translation>
    </message>
    <message>
        <source>Open a support report</source>
        <translation>Ouvrir un rapport pour le support</translation>
    </message>
    <message>
        <source>Shows a report someone saved, read-only, as the wizard showed it to them</source>
        <translation>Affiche en lecture seule un rapport enregistré, tel que l&apos;assistant l&apos;a montré</translation>
    </message>
    <message>
        <source>Log file (secrets are masked): %s</source>
        <translation>Fichier journal (les secrets sont masqués)&#xa0;: %s</translation>
    </message>
    <message>
        <source>Support reports (*.json)</source>
        <translation>Rapports pour le support (*.json)</translation>
    </message>
    <message>
        <source>%s cannot be opened as a support report.</source>
        <translation>%s ne peut pas être ouvert comme rapport pour le support.</translation>
    </message>
</context>
<context>
    <name>FinishPage</name>
    <message>
        <source>Enter the credentials in the Cyclr Console</source>
        <translation>Saisir les identifiants dans la Cyclr Console</translation>
    </message>
    <message>
        <source>Client ID</source>
        <translation>Client ID</translation>
    </message>
    <message>
        <source>Client ID:</source>
        <translation>Client ID&#xa0;:</translation>
    </message>
    <message>
        <source>Client Secret</source>
        <translation>Client Secret</translation>
    </message>
    <message>
        <source>Client Secret:</source>
        <translation>Client Secret&#xa0;:</translation>
    </message>
    <message>
        <source>A copied secret is removed from the clipboard again after a minute.</source>
        <translation>Un secret copié est retiré du presse-papiers au bout d&apos;une minute.</translation>
    </message>
    <message>
        <source>Support &amp;report…</source>
        <translation>&amp;Rapport pour le support…</translation>
    </message>
    <message>
        <source>Show or save the support report</source>
        <translation>Afficher ou enregistrer le rapport pour le support</translation>
    </message>
    <message>
        <source>Forget the stored Client Secret and test token</source>
        <translation>Oublier le Client Secret et le jeton de test enregistrés</translation>
    </message>
    <message>
        <source>Removes them, and the Cyclr check&apos;s API secret and token, from the system keyring on this computer</source>
        <translation>Les supprime, ainsi que le secret et le jeton d&apos;API de la vérification Cyclr, du trousseau du système de cet ordinateur</translation>
    </message>
    <message>
        <source>Re&amp;voke test authorization…</source>
        <translation>Ré&amp;voquer l&apos;autorisation de test…</translation>
    </message>
    <message>
        <source>Revoke the test authorization</source>
        <translation>Révoquer l&apos;autorisation de test</translation>
    </message>
    <message>
        <source>A report without secrets, to send to the person helping you</source>
        <translation>Un rapport sans secrets, à envoyer à la personne qui vous aide</translation>
    </message>
    <message>
        <source>The last step happens in Cyclr. Finish here, or check it all in Cyclr next.</source>
        <translation>La dernière étape se passe dans Cyclr. Terminez ici, ou vérifiez tout dans Cyclr ensuite.</translation>
    </message>
    <message>
        <source>You can finish now: the setup is complete once the Console holds these. Optionally, Next checks the whole chain as Cyclr sees it, with your Cyclr API credentials: Cyclr itself signs in to Intercom, and the wizard removes what it made in Cyclr afterwards.</source>
        <translation>Vous pouvez terminer maintenant&#xa0;: la configuration est complète dès que la Console contient ces valeurs. Si vous le souhaitez, Suivant vérifie toute la chaîne telle que Cyclr la voit, avec vos identifiants d&apos;API Cyclr&#xa0;: Cyclr se connecte lui-même à Intercom, et l&apos;assistant supprime ensuite ce qu&apos;il a créé dans Cyclr.</translation>
    </message>
    <message>
        <source>Forget stored &amp;secrets</source>
        <translation>&amp;Oublier les secrets enregistrés</translation>
    </message>
    <message>
        <source>Uninstalls the app from the workspace you tested with; asks first</source>
        <translation>Désinstalle l&apos;app de l&apos;espace de travail testé&#xa0;; demande d&apos;abord</translation>
    </message>
    <message>
        <source>the Intercom connector for your version</source>
        <translation>le connecteur Intercom de votre version</translation>
    </message>
    <message>
        <source>In the Cyclr Console, go to &lt;b&gt;%s&lt;/b&gt;.</source>
        <translation>Dans la Cyclr Console, allez dans &lt;b&gt;%s&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>Paste the Client ID and the Client Secret below into the connector&apos;s settings and save.</source>
        <translation>Collez le Client ID et le Client Secret ci-dessous dans les réglages du connecteur et enregistrez.</translation>
    </message>
    <message>
        <source>The connector must match API version &lt;b&gt;%s&lt;/b&gt;.</source>
        <translation>Le connecteur doit correspondre à la version &lt;b&gt;%s&lt;/b&gt; de l&apos;API.</translation>
    </message>
    <message>
        <source>Connector: %s</source>
        <translation>Connecteur&#xa0;: %s</translation>
    </message>
    <message>
        <source>Revoke the test authorization?</source>
        <translation>Révoquer l&apos;autorisation de test&#xa0;?</translation>
    </message>
    <message>
        <source>Revoking uninstalls the app from the Intercom workspace you tested with. Any connection that Cyclr already made with this app in that workspace stops working until someone authorizes it again.</source>
        <translation>Révoquer désinstalle l&apos;app de l&apos;espace de travail Intercom testé. Toute connexion que Cyclr a déjà établie avec cette app dans cet espace de travail cesse de fonctionner jusqu&apos;à ce que quelqu&apos;un l&apos;autorise de nouveau.</translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation>Révoquer</translation>
    </message>
    <message>
        <source>Confirm revoking</source>
        <translation>Confirmer la révocation</translation>
    </message>
    <message>
        <source>There is no stored test authorization to revoke.</source>
        <translation>Il n&apos;y a aucune autorisation de test enregistrée à révoquer.</translation>
    </message>
    <message>
        <source>It was already revoked or forgotten, or the test has not run.</source>
        <translation>Elle a déjà été révoquée ou oubliée, ou le test n&apos;a pas encore eu lieu.</translation>
    </message>
    <message>
        <source>The test authorization was revoked: the app was uninstalled from that workspace.</source>
        <translation>L&apos;autorisation de test a été révoquée&#xa0;: l&apos;app a été désinstallée de cet espace de travail.</translation>
    </message>
</context>
<context>
    <name>MessageArea</name>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
</context>
<context>
    <name>PageTasks</name>
    <message>
        <source>Something unexpected went wrong.</source>
        <translation>Un problème inattendu est survenu.</translation>
    </message>
    <message>
        <source>Try again; if it keeps happening, the details are in the log file (Diagnostics &gt; Open log folder).</source>
        <translation>Réessayez&#xa0;; si cela se reproduit, les détails sont dans le fichier journal (Diagnostic &gt; Ouvrir le dossier des journaux).</translation>
    </message>
</context>
<context>
    <name>PermissionsPage</name>
    <message>
        <source>Tick the permissions</source>
        <translation>Cocher les permissions</translation>
    </message>
    <message>
        <source>In the app, open Authentication, click Edit, tick these three and Save.</source>
        <translation>Dans l&apos;app, ouvrez Authentication, cliquez sur Edit, cochez ces trois permissions puis Save.</translation>
    </message>
    <message>
        <source>I ticked %s</source>
        <translation>J&apos;ai coché %s</translation>
    </message>
    <message>
        <source>Ticking boxes here is only your checklist: the test on page 8 asks Intercom for real whether each permission was granted.</source>
        <translation>Les cases cochées ici ne sont que votre liste de contrôle&#xa0;: le test de la page 8 demande réellement à Intercom si chaque permission a été accordée.</translation>
    </message>
    <message>
        <source>Drawing of the permission list with the three permissions ticked</source>
        <translation>Dessin de la liste des permissions avec les trois permissions cochées</translation>
    </message>
</context>
<context>
    <name>ProfileBanner</name>
    <message>
        <source>Prepared setup</source>
        <translation>Configuration préparée</translation>
    </message>
    <message>
        <source>%s prepared this setup and filled in some values for you. You can change any of them.</source>
        <translation>%s a préparé cette configuration et a rempli certaines valeurs pour vous. Vous pouvez toutes les modifier.</translation>
    </message>
    <message>
        <source>This setup was prepared for you and some values are filled in. You can change any of them.</source>
        <translation>Cette configuration a été préparée pour vous et certaines valeurs sont déjà remplies. Vous pouvez toutes les modifier.</translation>
    </message>
    <message>
        <source>Their note: %s</source>
        <translation>Note jointe&#xa0;: %s</translation>
    </message>
</context>
<context>
    <name>ProfileOpener</name>
    <message>
        <source>Another intercom-wizard window is open but does not answer. Close it (or end intercom-wizard in the Task Manager or Activity Monitor), then try again.</source>
        <translation>Une autre fenêtre d&apos;intercom-wizard est ouverte mais ne répond pas. Fermez-la (ou arrêtez intercom-wizard dans le Gestionnaire des tâches ou le Moniteur d&apos;activité), puis réessayez.</translation>
    </message>
    <message>
        <source>Intercom setup</source>
        <translation>Configuration d&apos;Intercom</translation>
    </message>
    <message>
        <source>Use the prepared setup?</source>
        <translation>Utiliser la configuration préparée&#xa0;?</translation>
    </message>
    <message>
        <source>Someone</source>
        <translation>Quelqu&apos;un</translation>
    </message>
    <message>
        <source>%s sent a prepared setup. Fill the wizard in with its values? It then starts again at the first page; your Client ID and Client Secret are kept.</source>
        <translation>%s a envoyé une configuration préparée. Remplir l&apos;assistant avec ses valeurs&#xa0;? Il reprend alors à la première page&#xa0;; votre Client ID et votre Client Secret sont conservés.</translation>
    </message>
    <message>
        <source>Nothing you entered changes.</source>
        <translation>Rien de ce que vous avez saisi ne change.</translation>
    </message>
    <message>
        <source>&amp;Use the prepared values</source>
        <translation>&amp;Utiliser les valeurs préparées</translation>
    </message>
    <message>
        <source>&amp;Keep mine</source>
        <translation>&amp;Garder les miennes</translation>
    </message>
    <message>
        <source>Cyclr service domain</source>
        <translation>Service Domain de Cyclr</translation>
    </message>
    <message>
        <source>Intercom region</source>
        <translation>Région Intercom</translation>
    </message>
    <message>
        <source>Test port</source>
        <translation>Port de test</translation>
    </message>
    <message>
        <source>Intercom API version</source>
        <translation>Version de l&apos;API Intercom</translation>
    </message>
    <message>
        <source>%s: yours %s, prepared %s</source>
        <translation>%s&#xa0;: votre valeur %s, valeur préparée %s</translation>
    </message>
    <message>
        <source>Their note: %s</source>
        <translation>Note jointe&#xa0;: %s</translation>
    </message>
</context>
<context>
    <name>RedirectUrlsPage</name>
    <message>
        <source>Add the redirect URLs</source>
        <translation>Ajouter les Redirect URLs</translation>
    </message>
    <message>
        <source>In the app, open Authentication, click Edit and add both URLs below, exactly as shown.</source>
        <translation>Dans l&apos;app, ouvrez Authentication, cliquez sur Edit et ajoutez les deux URL ci-dessous, exactement telles quelles.</translation>
    </message>
    <message>
        <source>1. Wizard test URL (first while testing):</source>
        <translation>1. URL de test de l&apos;assistant (en premier pendant le test)&#xa0;:</translation>
    </message>
    <message>
        <source>Cyclr callback URL</source>
        <translation>URL de callback de Cyclr</translation>
    </message>
    <message>
        <source>Wizard test URL</source>
        <translation>URL de test de l&apos;assistant</translation>
    </message>
    <message>
        <source>2. Cyclr callback:</source>
        <translation>2. Callback de Cyclr&#xa0;:</translation>
    </message>
    <message>
        <source>Test port</source>
        <translation>Port de test</translation>
    </message>
    <message>
        <source>The local port the wizard listens on during the test</source>
        <translation>Le port local sur lequel l&apos;assistant écoute pendant le test</translation>
    </message>
    <message>
        <source>Test &amp;port:</source>
        <translation>P&amp;ort de test&#xa0;:</translation>
    </message>
    <message>
        <source>&lt;b&gt;Why HTTPS?&lt;/b&gt; Intercom only accepts https:// redirect URLs. For the test, the wizard answers on your own computer (127.0.0.1) with a certificate it made itself, so your browser will warn once; the Test page tells you how to continue.</source>
        <translation>&lt;b&gt;Pourquoi HTTPS&#xa0;?&lt;/b&gt; Intercom n&apos;accepte que des Redirect URLs en https://. Pour le test, l&apos;assistant répond sur votre propre ordinateur (127.0.0.1) avec un certificat qu&apos;il a créé lui-même&#xa0;: votre navigateur avertira une fois, et la page du test explique comment continuer.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Which one first?&lt;/b&gt; Intercom uses the first redirect URL when a sign-in does not name one. While you test, put the wizard&apos;s test URL first; when the test has passed you may move Cyclr&apos;s callback to the top or remove the test URL.</source>
        <translation>&lt;b&gt;Laquelle en premier&#xa0;?&lt;/b&gt; Intercom utilise la première Redirect URL quand une connexion n&apos;en indique aucune. Pendant le test, mettez l&apos;URL de test de l&apos;assistant en premier&#xa0;; une fois le test réussi, vous pouvez remonter le callback de Cyclr ou retirer l&apos;URL de test.</translation>
    </message>
    <message>
        <source>Change the port only if the test reports it is taken; then register the new test URL instead.</source>
        <translation>Ne changez le port que si le test indique qu&apos;il est occupé&#xa0;; enregistrez alors la nouvelle URL de test à la place.</translation>
    </message>
    <message>
        <source>Drawing of the Authentication section with two redirect URLs</source>
        <translation>Dessin de la section Authentication avec deux Redirect URLs</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <source>Intercom setup: Support report</source>
        <translation>Configuration d&apos;Intercom&#xa0;: rapport pour le support</translation>
    </message>
    <message>
        <source>Send this to the person helping you. It holds no secret, token or code.</source>
        <translation>Envoyez-le à la personne qui vous aide. Il ne contient aucun secret, jeton ni code.</translation>
    </message>
    <message>
        <source>Report format</source>
        <translation>Format du rapport</translation>
    </message>
    <message>
        <source>Report as Markdown</source>
        <translation>Rapport en Markdown</translation>
    </message>
    <message>
        <source>Report as JSON</source>
        <translation>Rapport en JSON</translation>
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
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <source>Copy the report</source>
        <translation>Copier le rapport</translation>
    </message>
    <message>
        <source>&amp;Save…</source>
        <translation>&amp;Enregistrer…</translation>
    </message>
    <message>
        <source>Save the report to a file</source>
        <translation>Enregistrer le rapport dans un fichier</translation>
    </message>
    <message>
        <source>Copied to the clipboard.</source>
        <translation>Copié dans le presse-papiers.</translation>
    </message>
    <message>
        <source>Save the support report</source>
        <translation>Enregistrer le rapport pour le support</translation>
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
        <translation>Le rapport n&apos;a pas pu être enregistré dans %s (%s).</translation>
    </message>
    <message>
        <source>Choose another folder, or use Copy instead.</source>
        <translation>Choisissez un autre dossier, ou utilisez Copier à la place.</translation>
    </message>
    <message>
        <source>Saved to %s.</source>
        <translation>Enregistré dans %s.</translation>
    </message>
</context>
<context>
    <name>ReportViewer</name>
    <message>
        <source>Support report from %s (read-only)</source>
        <translation>Rapport pour le support %s (lecture seule)</translation>
    </message>
    <message>
        <source>Steps in this report</source>
        <translation>Étapes de ce rapport</translation>
    </message>
    <message>
        <source>Recorded: %s.</source>
        <translation>Enregistré&#xa0;: %s.</translation>
    </message>
    <message>
        <source>Recorded outcome</source>
        <translation>Résultat enregistré</translation>
    </message>
    <message>
        <source>Report sections</source>
        <translation>Sections du rapport</translation>
    </message>
    <message>
        <source>&amp;Results</source>
        <translation>&amp;Résultats</translation>
    </message>
    <message>
        <source>No consent test had been run when this report was made.</source>
        <translation>Aucun test de connexion n&apos;avait été lancé quand ce rapport a été créé.</translation>
    </message>
    <message>
        <source>&amp;Setup</source>
        <translation>&amp;Configuration</translation>
    </message>
    <message>
        <source>D&amp;iagnostics</source>
        <translation>&amp;Diagnostic</translation>
    </message>
    <message>
        <source>someone whose consent test did not run</source>
        <translation>quelqu&apos;un dont le test de connexion n&apos;a pas eu lieu</translation>
    </message>
    <message>
        <source>an unnamed admin</source>
        <translation>un admin sans nom</translation>
    </message>
    <message>
        <source>%s, workspace %s</source>
        <translation>%s, espace de travail %s</translation>
    </message>
    <message>
        <source>Someone else&apos;s report, read-only: made by %s on %s, with intercom-wizard %s on %s (file %s). Nothing here changes this computer&apos;s setup, and no test can be started.</source>
        <translation>Rapport d&apos;une autre personne, en lecture seule&#xa0;: créé par %s le %s, avec intercom-wizard %s sous %s (fichier %s). Rien ici ne modifie la configuration de cet ordinateur, et aucun test ne peut être lancé.</translation>
    </message>
    <message>
        <source>Someone else&apos;s report</source>
        <translation>Rapport d&apos;une autre personne</translation>
    </message>
    <message>
        <source>checked %s</source>
        <translation>vérifié le %s</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>non indiqué</translation>
    </message>
    <message>
        <source>Intercom region</source>
        <translation>Région Intercom</translation>
    </message>
    <message>
        <source>Cyclr service domain</source>
        <translation>Service Domain de Cyclr</translation>
    </message>
    <message>
        <source>Cyclr callback URL</source>
        <translation>URL de callback de Cyclr</translation>
    </message>
    <message>
        <source>Test redirect URI</source>
        <translation>Redirect URI du test</translation>
    </message>
    <message>
        <source>Client ID</source>
        <translation>Client ID</translation>
    </message>
    <message>
        <source>Chosen API version</source>
        <translation>Version de l&apos;API choisie</translation>
    </message>
    <message>
        <source>Cyclr connector</source>
        <translation>Connecteur Cyclr</translation>
    </message>
    <message>
        <source>Intercom hosts</source>
        <translation>Hôtes Intercom</translation>
    </message>
    <message>
        <source>Hosts overridden</source>
        <translation>Hôtes remplacés</translation>
    </message>
    <message>
        <source>yes (a stand-in Intercom)</source>
        <translation>oui (un Intercom de substitution)</translation>
    </message>
    <message>
        <source>Callback warning</source>
        <translation>Avertissement sur le callback</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Remarque</translation>
    </message>
    <message>
        <source>%s:</source>
        <translation>%s&#xa0;:</translation>
    </message>
    <message>
        <source>The partner&apos;s computer, as the report recorded it:</source>
        <translation>L&apos;ordinateur du partenaire, tel que le rapport l&apos;a enregistré&#xa0;:</translation>
    </message>
    <message>
        <source>App</source>
        <translation>App</translation>
    </message>
    <message>
        <source>Operating system</source>
        <translation>Système d&apos;exploitation</translation>
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
        <translation>non enregistré</translation>
    </message>
    <message>
        <source>Keyring</source>
        <translation>Trousseau</translation>
    </message>
    <message>
        <source>%s recorded: %s</source>
        <translation>%s a enregistré&#xa0;: %s</translation>
    </message>
</context>
<context>
    <name>ResultsPage</name>
    <message>
        <source>Test results</source>
        <translation>Résultats du test</translation>
    </message>
    <message>
        <source>What Intercom said about your app, checked for real.</source>
        <translation>Ce qu&apos;Intercom a dit de votre app, vérifié pour de vrai.</translation>
    </message>
    <message>
        <source>Overall</source>
        <translation>Bilan</translation>
    </message>
    <message>
        <source>Workspace</source>
        <translation>Espace de travail</translation>
    </message>
    <message>
        <source>Signed in as</source>
        <translation>Connecté en tant que</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Région</translation>
    </message>
    <message>
        <source>Workspace:</source>
        <translation>Espace de travail&#xa0;:</translation>
    </message>
    <message>
        <source>Signed in as:</source>
        <translation>Connecté en tant que&#xa0;:</translation>
    </message>
    <message>
        <source>Region:</source>
        <translation>Région&#xa0;:</translation>
    </message>
    <message>
        <source>API version</source>
        <translation>Version de l&apos;API</translation>
    </message>
    <message>
        <source>Permissions apply to authorizations given after you tick them: after changing anything in the Developer Hub, run the test again.</source>
        <translation>Les permissions valent pour les autorisations données après les avoir cochées&#xa0;: après toute modification dans le Developer Hub, refaites le test.</translation>
    </message>
    <message>
        <source>&amp;Retry the test</source>
        <translation>&amp;Refaire le test</translation>
    </message>
    <message>
        <source>Retry the test</source>
        <translation>Refaire le test</translation>
    </message>
    <message>
        <source>Goes back to the Test page and runs the test again</source>
        <translation>Revient à la page du test et refait le test</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>app id %s</source>
        <translation>ID de l&apos;app %s</translation>
    </message>
    <message>
        <source>%s (Intercom says %s)</source>
        <translation>%s (selon Intercom&#xa0;: %s)</translation>
    </message>
    <message>
        <source>granted</source>
        <translation>accordée</translation>
    </message>
    <message>
        <source>everything needed works.</source>
        <translation>tout ce qu&apos;il faut fonctionne.</translation>
    </message>
    <message>
        <source>%d problem(s) to fix; see below.</source>
        <translation>%d problème(s) à corriger&#xa0;; voir ci-dessous.</translation>
    </message>
</context>
<context>
    <name>SandboxBanner</name>
    <message>
        <source>&lt;b&gt;Training mode:&lt;/b&gt; a sandbox stands in for Intercom, no real workspace is touched. On the Credentials page, type:</source>
        <translation>&lt;b&gt;Mode entraînement&#xa0;:&lt;/b&gt; un bac à sable remplace Intercom, aucun véritable espace de travail n&apos;est touché. Sur la page des identifiants, saisissez&#xa0;:</translation>
    </message>
    <message>
        <source>Training mode</source>
        <translation>Mode entraînement</translation>
    </message>
    <message>
        <source>Sandbox Client ID</source>
        <translation>Client ID du bac à sable</translation>
    </message>
    <message>
        <source>Sandbox Client Secret</source>
        <translation>Client Secret du bac à sable</translation>
    </message>
    <message>
        <source>Client ID:</source>
        <translation>Client ID&#xa0;:</translation>
    </message>
    <message>
        <source>Client Secret:</source>
        <translation>Client Secret&#xa0;:</translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <source>Intercom setup for Cyclr</source>
        <translation>Configuration d&apos;Intercom pour Cyclr</translation>
    </message>
    <message>
        <source>%s (training mode: sandbox Intercom)</source>
        <translation>%s (mode entraînement&#xa0;: Intercom de test)</translation>
    </message>
    <message>
        <source>&amp;Diagnostics</source>
        <translation>&amp;Diagnostic</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Suivant &gt;</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Précédent</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>&amp;Terminer</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>Open Diagnostics</source>
        <translation>Ouvrir le diagnostic</translation>
    </message>
    <message>
        <source>Checks this computer: keyring, port, network, log file</source>
        <translation>Vérifie cet ordinateur&#xa0;: trousseau, port, réseau, fichier journal</translation>
    </message>
    <message>
        <source>Next page</source>
        <translation>Page suivante</translation>
    </message>
    <message>
        <source>Goes on</source>
        <translation>Continue</translation>
    </message>
    <message>
        <source>Previous page</source>
        <translation>Page précédente</translation>
    </message>
    <message>
        <source>Goes back</source>
        <translation>Revient en arrière</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>Terminer</translation>
    </message>
    <message>
        <source>Closes the wizard</source>
        <translation>Ferme l&apos;assistant</translation>
    </message>
    <message>
        <source>Quit the wizard</source>
        <translation>Quitter l&apos;assistant</translation>
    </message>
    <message>
        <source>Closes the wizard; progress is kept for next time</source>
        <translation>Ferme l&apos;assistant&#xa0;; la progression est conservée pour la prochaine fois</translation>
    </message>
    <message>
        <source>Step %d of %d</source>
        <translation>Étape %d sur %d</translation>
    </message>
</context>
<context>
    <name>StepRail</name>
    <message>
        <source>Steps</source>
        <translation>Étapes</translation>
    </message>
    <message>
        <source>Every step of the setup and its state. Enter opens a step you have been to.</source>
        <translation>Chaque étape de la configuration et son état. Entrée ouvre une étape déjà visitée.</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>Bienvenue</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Où</translation>
    </message>
    <message>
        <source>Create the app</source>
        <translation>Créer l&apos;app</translation>
    </message>
    <message>
        <source>Redirect URLs</source>
        <translation>Redirect URLs</translation>
    </message>
    <message>
        <source>Permissions</source>
        <translation>Permissions</translation>
    </message>
    <message>
        <source>Credentials</source>
        <translation>Identifiants</translation>
    </message>
    <message>
        <source>API version</source>
        <translation>Version de l&apos;API</translation>
    </message>
    <message>
        <source>Test authorization</source>
        <translation>Tester l&apos;autorisation</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Résultats</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>Cyclr check</source>
        <translation>Vérification Cyclr</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>Pas commencée</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Faite</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>À revoir</translation>
    </message>
    <message>
        <source>You are here, needs attention</source>
        <translation>Vous êtes ici, à revoir</translation>
    </message>
    <message>
        <source>You are here</source>
        <translation>Vous êtes ici</translation>
    </message>
    <message>
        <source>%s, step %d of %d: %s</source>
        <translation>%s, étape %d sur %d&#xa0;: %s</translation>
    </message>
    <message>
        <source>Enter opens it.</source>
        <translation>Entrée l&apos;ouvre.</translation>
    </message>
    <message>
        <source>Not reached yet.</source>
        <translation>Pas encore atteinte.</translation>
    </message>
    <message>
        <source>%s: %s.</source>
        <translation>%s&#xa0;: %s.</translation>
    </message>
    <message>
        <source>%s is not reached yet.</source>
        <translation>%s n&apos;est pas encore atteinte.</translation>
    </message>
</context>
<context>
    <name>UnexpectedErrors</name>
    <message>
        <source>Something unexpected went wrong</source>
        <translation>Un problème inattendu est survenu</translation>
    </message>
    <message>
        <source>The wizard hit an error it did not expect. You can carry on; if something does not work, the details are in the log file (secrets are masked):
%s

Please send it with the support report (Finish &gt; Support report) to the person helping you.</source>
        <translation>L&apos;assistant a rencontré une erreur inattendue. Vous pouvez continuer&#xa0;; si quelque chose ne fonctionne pas, les détails sont dans le fichier journal (les secrets sont masqués)&#xa0;:
%s

Envoyez-le avec le rapport pour le support (dernière page &gt; Rapport pour le support) à la personne qui vous aide.</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Set up Intercom for Cyclr</source>
        <translation>Configurer Intercom pour Cyclr</translation>
    </message>
    <message>
        <source>Register your own Intercom app, connect it to Cyclr, and prove it works.</source>
        <translation>Enregistrez votre propre app Intercom, reliez-la à Cyclr et prouvez qu&apos;elle fonctionne.</translation>
    </message>
    <message>
        <source>Cyclr&apos;s Intercom connector signs in to Intercom with your own Intercom app. This wizard walks you through creating that app, tells you exactly what to copy into the Cyclr Console, and finishes with a real sign-in test in your browser that checks the credentials, the permissions and the API version.</source>
        <translation>Le connecteur Intercom de Cyclr se connecte à Intercom avec votre propre app Intercom. Cet assistant vous guide pour créer cette app, vous indique exactement quoi copier dans la Cyclr Console et se termine par un véritable test de connexion dans votre navigateur, qui vérifie les identifiants, les permissions et la version de l&apos;API.</translation>
    </message>
    <message>
        <source>&lt;b&gt;You need:&lt;/b&gt;</source>
        <translation>&lt;b&gt;Il vous faut&#xa0;:&lt;/b&gt;</translation>
    </message>
    <message>
        <source>admin rights in the Intercom workspace that Cyclr will connect to;</source>
        <translation>des droits d&apos;administrateur dans l&apos;espace de travail Intercom auquel Cyclr se connectera&#xa0;;</translation>
    </message>
    <message>
        <source>access to your Cyclr Console (Settings and the Connector Library);</source>
        <translation>un accès à votre Cyclr Console (Settings et la Connector Library)&#xa0;;</translation>
    </message>
    <message>
        <source>about 10 to 15 minutes.</source>
        <translation>environ 10 à 15 minutes.</translation>
    </message>
    <message>
        <source>Nothing secret is saved in the wizard&apos;s settings: the Client Secret goes to your system&apos;s keyring. Diagnostics (bottom left) checks this computer at any time.</source>
        <translation>Rien de secret n&apos;est enregistré dans les réglages de l&apos;assistant&#xa0;: le Client Secret va dans le trousseau de votre système. Diagnostic (en bas à gauche) vérifie cet ordinateur à tout moment.</translation>
    </message>
    <message>
        <source>Saved progress</source>
        <translation>Progression enregistrée</translation>
    </message>
    <message>
        <source>&amp;Resume where I left off</source>
        <translation>&amp;Reprendre là où je m&apos;étais arrêté</translation>
    </message>
    <message>
        <source>Resume where I left off</source>
        <translation>Reprendre là où je m&apos;étais arrêté</translation>
    </message>
    <message>
        <source>Continues at the page where the last run stopped</source>
        <translation>Reprend à la page où la dernière session s&apos;est arrêtée</translation>
    </message>
    <message>
        <source>&amp;Start over (forget the saved progress)</source>
        <translation>Tout re&amp;commencer (oublier la progression enregistrée)</translation>
    </message>
    <message>
        <source>Start over</source>
        <translation>Tout recommencer</translation>
    </message>
    <message>
        <source>Forgets the saved progress; stored secrets stay until Finish &gt; Forget</source>
        <translation>Oublie la progression enregistrée&#xa0;; les secrets enregistrés restent jusqu&apos;à «&#xa0;Oublier les secrets enregistrés&#xa0;», à la dernière page</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue&#xa0;:</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>The wizard&apos;s language; it changes at once and is kept for next time</source>
        <translation>La langue de l&apos;assistant&#xa0;; elle change tout de suite et est conservée pour la prochaine fois</translation>
    </message>
    <message>
        <source>The language could not be kept for next time (%s).</source>
        <translation>La langue n&apos;a pas pu être conservée pour la prochaine fois (%s).</translation>
    </message>
    <message>
        <source>&amp;Resume at “%s”</source>
        <translation>&amp;Reprendre à «&#xa0;%s&#xa0;»</translation>
    </message>
    <message>
        <source>Resume at %s</source>
        <translation>Reprendre à %s</translation>
    </message>
</context>
<context>
    <name>WherePage</name>
    <message>
        <source>Where: your Intercom region and Cyclr service domain</source>
        <translation>Où&#xa0;: votre région Intercom et le Service Domain de Cyclr</translation>
    </message>
    <message>
        <source>These decide which Intercom site you sign in to and the address Intercom sends people back to.</source>
        <translation>Ils déterminent le site Intercom auquel vous vous connectez et l&apos;adresse vers laquelle Intercom renvoie les personnes.</translation>
    </message>
    <message>
        <source>Intercom region</source>
        <translation>Région Intercom</translation>
    </message>
    <message>
        <source>The region in your Intercom address: United States, Europe or Australia</source>
        <translation>La région de votre adresse Intercom&#xa0;: États-Unis, Europe ou Australie</translation>
    </message>
    <message>
        <source>Intercom &amp;region:</source>
        <translation>&amp;Région Intercom&#xa0;:</translation>
    </message>
    <message>
        <source>Your workspace&apos;s region is part of the address you use: app.intercom.com (United States), app.eu.intercom.com (Europe) or app.au.intercom.com (Australia).</source>
        <translation>La région de votre espace de travail figure dans l&apos;adresse que vous utilisez&#xa0;: app.intercom.com (États-Unis), app.eu.intercom.com (Europe) ou app.au.intercom.com (Australie).</translation>
    </message>
    <message>
        <source>Cyclr service domain</source>
        <translation>Service Domain de Cyclr</translation>
    </message>
    <message>
        <source>Found in the Cyclr Console under Settings &gt; General Settings</source>
        <translation>Se trouve dans la Cyclr Console sous Settings &gt; General Settings</translation>
    </message>
    <message>
        <source>for example app-h.cyclr.com</source>
        <translation>par exemple app-h.cyclr.com</translation>
    </message>
    <message>
        <source>Clear the service domain</source>
        <translation>Effacer le Service Domain</translation>
    </message>
    <message>
        <source>Empties the field</source>
        <translation>Vide le champ</translation>
    </message>
    <message>
        <source>Cyclr &amp;service domain:</source>
        <translation>Service Do&amp;main de Cyclr&#xa0;:</translation>
    </message>
    <message>
        <source>Find it in your Cyclr Console under Settings &gt; General Settings (Service Domain). A pasted URL is fine too.</source>
        <translation>Vous le trouverez dans votre Cyclr Console sous Settings &gt; General Settings (Service Domain). Une URL collée convient aussi.</translation>
    </message>
    <message>
        <source>Callback URL to register in Intercom (computed from the domain):</source>
        <translation>URL de callback à enregistrer dans Intercom (calculée à partir du domaine)&#xa0;:</translation>
    </message>
    <message>
        <source>Cyclr callback URL</source>
        <translation>URL de callback de Cyclr</translation>
    </message>
    <message>
        <source>Looks right.</source>
        <translation>Cela semble correct.</translation>
    </message>
</context>
</TS>
