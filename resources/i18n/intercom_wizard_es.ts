<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name>ApiVersionPage</name>
    <message>
        <source>Choose the API version</source>
        <translation>Elegir la versión de la API</translation>
    </message>
    <message>
        <source>Cyclr has one Intercom connector per API version; use the one that matches your app.</source>
        <translation>Cyclr tiene un conector de Intercom por cada versión de la API; use el que corresponda a su app.</translation>
    </message>
    <message>
        <source>1. Log in to your Intercom account.</source>
        <translation>1. Inicie sesión en su cuenta de Intercom.</translation>
    </message>
    <message>
        <source>2. Hover over the icon in the bottom left corner and select Settings.</source>
        <translation>2. Pase el puntero sobre el icono de la esquina inferior izquierda y elija Settings.</translation>
    </message>
    <message>
        <source>3. On the settings page, select Developers &gt; Developer Hub.</source>
        <translation>3. En la página de ajustes, elija Developers &gt; Developer Hub.</translation>
    </message>
    <message>
        <source>4. In the Developer Hub, select your app.</source>
        <translation>4. En el Developer Hub, elija su app.</translation>
    </message>
    <message>
        <source>5. The Basic Information page shows the app&apos;s API version.</source>
        <translation>5. La página Basic Information muestra la versión de la API de la app.</translation>
    </message>
    <message>
        <source>6. To change it, click Change version and pick one from the list.</source>
        <translation>6. Para cambiarla, haga clic en Change version y elija una de la lista.</translation>
    </message>
    <message>
        <source>API version</source>
        <translation>Versión de la API</translation>
    </message>
    <message>
        <source>The version on the app&apos;s Basic Information page in the Developer Hub</source>
        <translation>La versión de la página Basic Information de la app en el Developer Hub</translation>
    </message>
    <message>
        <source>Your app&apos;s &amp;version:</source>
        <translation>&amp;Versión de su app:</translation>
    </message>
    <message>
        <source>Cyclr connector:</source>
        <translation>Conector de Cyclr:</translation>
    </message>
    <message>
        <source>&lt;b&gt;Important:&lt;/b&gt; read Intercom&apos;s &lt;a href=&quot;%s&quot;&gt;API changelog&lt;/a&gt; for the differences between versions before you change one.</source>
        <translation>&lt;b&gt;Importante:&lt;/b&gt; lea el &lt;a href=&quot;%s&quot;&gt;API changelog&lt;/a&gt; de Intercom sobre las diferencias entre versiones antes de cambiar una.</translation>
    </message>
    <message>
        <source>How to find the version in Intercom (select a step to see it):</source>
        <translation>Cómo encontrar la versión en Intercom (elija un paso para verlo):</translation>
    </message>
    <message>
        <source>Steps to find the version</source>
        <translation>Pasos para encontrar la versión</translation>
    </message>
</context>
<context>
    <name>AuthorizationTestPage</name>
    <message>
        <source>Test the authorization</source>
        <translation>Probar la autorización</translation>
    </message>
    <message>
        <source>Sign in to Intercom in your browser and authorize the app; the wizard catches the answer on this computer and checks what it can do.</source>
        <translation>Inicie sesión en Intercom en su navegador y autorice la app; el asistente recibe la respuesta en este equipo y comprueba lo que puede hacer.</translation>
    </message>
    <message>
        <source>&amp;Start the test</source>
        <translation>&amp;Iniciar la prueba</translation>
    </message>
    <message>
        <source>Start the test</source>
        <translation>Iniciar la prueba</translation>
    </message>
    <message>
        <source>Opens your browser at Intercom&apos;s consent page and waits for the answer</source>
        <translation>Abre su navegador en la página de consentimiento de Intercom y espera la respuesta</translation>
    </message>
    <message>
        <source>&amp;Cancel the test</source>
        <translation>&amp;Cancelar la prueba</translation>
    </message>
    <message>
        <source>Cancel the test</source>
        <translation>Cancelar la prueba</translation>
    </message>
    <message>
        <source>Authorization address</source>
        <translation>Dirección de autorización</translation>
    </message>
    <message>
        <source>Local port</source>
        <translation>Puerto local</translation>
    </message>
    <message>
        <source>Browser</source>
        <translation>Navegador</translation>
    </message>
    <message>
        <source>Intercom&apos;s answer</source>
        <translation>Respuesta de Intercom</translation>
    </message>
    <message>
        <source>Token exchange</source>
        <translation>Intercambio del token</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>Comprobaciones</translation>
    </message>
    <message>
        <source>Your browser refused the wizard&apos;s certificate</source>
        <translation>Su navegador rechazó el certificado del asistente</translation>
    </message>
    <message>
        <source>That is expected: the wizard answers on 127.0.0.1 with a certificate it made itself. In the browser tab that shows the warning:</source>
        <translation>Es lo esperado: el asistente responde en 127.0.0.1 con un certificado creado por él mismo. En la pestaña del navegador que muestra la advertencia:</translation>
    </message>
    <message>
        <source>&lt;b&gt;Chrome or Edge:&lt;/b&gt; click Advanced, then “Proceed to 127.0.0.1 (unsafe)”; or click anywhere on the page and type &lt;tt&gt;thisisunsafe&lt;/tt&gt;.</source>
        <translation>&lt;b&gt;Chrome o Edge:&lt;/b&gt; haga clic en Configuración avanzada y luego en «Acceder a 127.0.0.1 (sitio no seguro)»; o haga clic en cualquier parte de la página y escriba &lt;tt&gt;thisisunsafe&lt;/tt&gt;.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Firefox:&lt;/b&gt; click Advanced…, then “Accept the Risk and Continue”.</source>
        <translation>&lt;b&gt;Firefox:&lt;/b&gt; haga clic en Avanzado… y luego en «Aceptar el riesgo y continuar».</translation>
    </message>
    <message>
        <source>&lt;b&gt;Safari:&lt;/b&gt; click Show Details, then “visit this website”.</source>
        <translation>&lt;b&gt;Safari:&lt;/b&gt; haga clic en Mostrar detalles y luego en «visitar este sitio web».</translation>
    </message>
    <message>
        <source>The page then finishes by itself. The exception is kept, so next time there is no warning.</source>
        <translation>La página termina entonces de cargar sola. La excepción se conserva, así que la próxima vez no habrá advertencia.</translation>
    </message>
    <message>
        <source>Stops waiting and frees the local port</source>
        <translation>Deja de esperar y libera el puerto local</translation>
    </message>
    <message>
        <source>Browser ended somewhere else?</source>
        <translation>¿El navegador terminó en otro sitio?</translation>
    </message>
    <message>
        <source>Paste the address your browser shows after authorizing (even an error page):</source>
        <translation>Pegue la dirección que muestra su navegador después de autorizar (aunque sea una página de error):</translation>
    </message>
    <message>
        <source>Address your browser shows</source>
        <translation>Dirección que muestra su navegador</translation>
    </message>
    <message>
        <source>Paste the whole address from the browser&apos;s address bar</source>
        <translation>Pegue la dirección completa de la barra de direcciones del navegador</translation>
    </message>
    <message>
        <source>&amp;Use this address</source>
        <translation>&amp;Usar esta dirección</translation>
    </message>
    <message>
        <source>Use the pasted address</source>
        <translation>Usar la dirección pegada</translation>
    </message>
    <message>
        <source>Finishes the test with the pasted address</source>
        <translation>Termina la prueba con la dirección pegada</translation>
    </message>
    <message>
        <source>Before you start, check that %s is among the app&apos;s redirect URLs. Start opens your browser at Intercom&apos;s consent page; choose Authorize there.</source>
        <translation>Antes de empezar, compruebe que %s está entre las Redirect URLs de la app. «Iniciar la prueba» abre su navegador en la página de consentimiento de Intercom; elija allí Authorize.</translation>
    </message>
    <message>
        <source>The wizard does not know the Client ID and Client Secret yet.</source>
        <translation>El asistente aún no conoce el Client ID y el Client Secret.</translation>
    </message>
    <message>
        <source>Go back to the Credentials page and enter both.</source>
        <translation>Vuelva a la página del Client ID y el Client Secret e introduzca ambos.</translation>
    </message>
    <message>
        <source>opening port %d</source>
        <translation>abriendo el puerto %d</translation>
    </message>
    <message>
        <source>No test is waiting for an address right now.</source>
        <translation>Ahora mismo ninguna prueba espera una dirección.</translation>
    </message>
    <message>
        <source>Click Start, authorize in the browser, then paste if needed.</source>
        <translation>Haga clic en «Iniciar la prueba», autorice en el navegador y pegue si hace falta.</translation>
    </message>
    <message>
        <source>&amp;Test again</source>
        <translation>&amp;Repetir la prueba</translation>
    </message>
    <message>
        <source>listening at %s</source>
        <translation>escuchando en %s</translation>
    </message>
    <message>
        <source>waiting for your browser</source>
        <translation>esperando a su navegador</translation>
    </message>
    <message>
        <source>opened; sign in and authorize the app there</source>
        <translation>abierto; inicie sesión allí y autorice la app</translation>
    </message>
    <message>
        <source>your browser reached the wizard</source>
        <translation>su navegador llegó al asistente</translation>
    </message>
    <message>
        <source>refused the certificate; see below how to continue</source>
        <translation>rechazó el certificado; vea abajo cómo continuar</translation>
    </message>
    <message>
        <source>An answer from an older attempt reached the wizard and was ignored.</source>
        <translation>Una respuesta de un intento anterior llegó al asistente y se ignoró.</translation>
    </message>
    <message>
        <source>Use the browser tab opened by this test.</source>
        <translation>Use la pestaña del navegador que abrió esta prueba.</translation>
    </message>
    <message>
        <source>done</source>
        <translation>hecho</translation>
    </message>
    <message>
        <source>authorization received</source>
        <translation>autorización recibida</translation>
    </message>
    <message>
        <source>the authorization was declined</source>
        <translation>la autorización fue rechazada</translation>
    </message>
    <message>
        <source>asking Intercom for a token</source>
        <translation>pidiendo un token a Intercom</translation>
    </message>
    <message>
        <source>token received</source>
        <translation>token recibido</translation>
    </message>
    <message>
        <source>checking workspace, permissions and version</source>
        <translation>comprobando el espacio de trabajo, los permisos y la versión</translation>
    </message>
    <message>
        <source>finished</source>
        <translation>finalizado</translation>
    </message>
</context>
<context>
    <name>BasePage</name>
    <message>
        <source>The browser did not open by itself.</source>
        <translation>El navegador no se abrió por sí solo.</translation>
    </message>
    <message>
        <source>Copy this address into your browser: %s</source>
        <translation>Copie esta dirección en su navegador: %s</translation>
    </message>
</context>
<context>
    <name>BrowserWait</name>
    <message>
        <source>If no browser window opened, open this address:</source>
        <translation>Si no se abrió ninguna ventana del navegador, abra esta dirección:</translation>
    </message>
    <message>
        <source>&amp;Open again</source>
        <translation>Abrir de &amp;nuevo</translation>
    </message>
    <message>
        <source>Open the address in the browser again</source>
        <translation>Abrir de nuevo la dirección en el navegador</translation>
    </message>
    <message>
        <source>For when the first browser window was closed</source>
        <translation>Por si se cerró la primera ventana del navegador</translation>
    </message>
    <message>
        <source>Done in the bro&amp;wser</source>
        <translation>&amp;Terminado en el navegador</translation>
    </message>
    <message>
        <source>Done in the browser</source>
        <translation>Terminado en el navegador</translation>
    </message>
    <message>
        <source>Say you finished in the browser, so the wizard asks for the result now</source>
        <translation>Indicar que terminó en el navegador, para que el asistente pida ahora el resultado</translation>
    </message>
    <message>
        <source>opening your browser</source>
        <translation>abriendo su navegador</translation>
    </message>
    <message>
        <source>no browser opened by itself; copy the address above into one</source>
        <translation>no se abrió ningún navegador por sí solo; copie la dirección de arriba en uno</translation>
    </message>
    <message>
        <source>%d:%02d left</source>
        <translation>quedan %d:%02d</translation>
    </message>
    <message>
        <source>%d seconds left</source>
        <translation>quedan %d segundos</translation>
    </message>
</context>
<context>
    <name>ConnectorNote</name>
    <message>
        <source>Cyclr has no connector for %s; change the app&apos;s version in Intercom to one Cyclr supports.</source>
        <translation>Cyclr no tiene conector para %s; cambie en Intercom la versión de la app a una que Cyclr admita.</translation>
    </message>
    <message>
        <source>This is a guess: Cyclr&apos;s API has not listed your connectors (the optional Cyclr check at the end lists them).</source>
        <translation>Esto es una suposición: la API de Cyclr aún no ha listado sus conectores (la comprobación opcional de Cyclr, al final, los lista).</translation>
    </message>
    <message>
        <source>Your Cyclr lists no Intercom connector: add one in the Cyclr Console under Connectors &gt; Application Connector Library.</source>
        <translation>Su Cyclr no lista ningún conector de Intercom: añada uno en la Cyclr Console en Connectors &gt; Application Connector Library.</translation>
    </message>
    <message>
        <source>%s, as listed by your Cyclr.</source>
        <translation>%s, según lo lista su Cyclr.</translation>
    </message>
    <message>
        <source>the app&apos;s version</source>
        <translation>la versión de la app</translation>
    </message>
    <message>
        <source>None of the Intercom connectors your Cyclr lists is known to match %s (it lists: %s).</source>
        <translation>No se sabe de ninguno de los conectores de Intercom que lista su Cyclr que corresponda a %s (lista: %s).</translation>
    </message>
</context>
<context>
    <name>CopyableField</name>
    <message>
        <source>Read-only; Copy puts it on the clipboard</source>
        <translation>Solo lectura; Copiar lo pone en el portapapeles</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
    <message>
        <source>Copy %s</source>
        <translation>Copiar %s</translation>
    </message>
    <message>
        <source>Puts it on the clipboard, to paste elsewhere</source>
        <translation>Lo pone en el portapapeles para pegarlo en otro sitio</translation>
    </message>
    <message>
        <source>Copy to the clipboard</source>
        <translation>Copiar al portapapeles</translation>
    </message>
</context>
<context>
    <name>CreateAppPage</name>
    <message>
        <source>Create the app in Intercom</source>
        <translation>Crear la app en Intercom</translation>
    </message>
    <message>
        <source>Cyclr signs in to Intercom through an app that you own, made in the Developer Hub.</source>
        <translation>Cyclr inicia sesión en Intercom mediante una app suya, creada en el Developer Hub.</translation>
    </message>
    <message>
        <source>&amp;Open the Developer Hub</source>
        <translation>Abrir el Developer &amp;Hub</translation>
    </message>
    <message>
        <source>Open the Developer Hub in the browser</source>
        <translation>Abrir el Developer Hub en el navegador</translation>
    </message>
    <message>
        <source>The Developer Hub of the region chosen on the previous page</source>
        <translation>El Developer Hub de la región elegida en la página anterior</translation>
    </message>
    <message>
        <source>Sign in to Intercom as an admin of the workspace Cyclr will use.</source>
        <translation>Inicie sesión en Intercom como administrador del espacio de trabajo que usará Cyclr.</translation>
    </message>
    <message>
        <source>In the Developer Hub, click &lt;b&gt;New app&lt;/b&gt;.</source>
        <translation>En el Developer Hub, haga clic en &lt;b&gt;New app&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>Name it so your team recognises it, for example &lt;i&gt;Cyclr&lt;/i&gt;, and choose the workspace.</source>
        <translation>Póngale un nombre que su equipo reconozca, por ejemplo &lt;i&gt;Cyclr&lt;/i&gt;, y elija el espacio de trabajo.</translation>
    </message>
    <message>
        <source>Leave “Intended to use Intercom with” on &lt;b&gt;Internal integration&lt;/b&gt; unless Intercom asks otherwise, then click &lt;b&gt;Create app&lt;/b&gt;.</source>
        <translation>Deje «Intended to use Intercom with» en &lt;b&gt;Internal integration&lt;/b&gt;, salvo que Intercom pida otra cosa, y haga clic en &lt;b&gt;Create app&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>You land on the app&apos;s &lt;b&gt;Basic Information&lt;/b&gt; page. Keep the tab open; the next pages need it.</source>
        <translation>Llegará a la página &lt;b&gt;Basic Information&lt;/b&gt; de la app. Mantenga la pestaña abierta; las páginas siguientes la necesitan.</translation>
    </message>
    <message>
        <source>Drawing of the Developer Hub with the New app button</source>
        <translation>Dibujo del Developer Hub con el botón New app</translation>
    </message>
</context>
<context>
    <name>CredentialsPage</name>
    <message>
        <source>Enter the Client ID and Client Secret</source>
        <translation>Introducir el Client ID y el Client Secret</translation>
    </message>
    <message>
        <source>In the app, open Basic Information (or Authentication) and copy both values.</source>
        <translation>En la app, abra Basic Information (o Authentication) y copie ambos valores.</translation>
    </message>
    <message>
        <source>Client ID</source>
        <translation>Client ID</translation>
    </message>
    <message>
        <source>From the app&apos;s Basic Information page in the Developer Hub</source>
        <translation>De la página Basic Information de la app en el Developer Hub</translation>
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
        <translation>De la misma página; se guarda en el llavero del sistema, nunca en un archivo</translation>
    </message>
    <message>
        <source>Client &amp;Secret:</source>
        <translation>Client S&amp;ecret:</translation>
    </message>
    <message>
        <source>S&amp;how the secret</source>
        <translation>&amp;Mostrar el secreto</translation>
    </message>
    <message>
        <source>Show the Client Secret</source>
        <translation>Mostrar el Client Secret</translation>
    </message>
    <message>
        <source>Shows the typed secret in plain text</source>
        <translation>Muestra el secreto escrito en texto claro</translation>
    </message>
    <message>
        <source>On Next the secret is saved in your system keyring (%s), so you do not have to type it again. Finish &gt; Forget removes it.</source>
        <translation>Con Siguiente, el secreto se guarda en el llavero de su sistema (%s), para que no tenga que volver a escribirlo. «Olvidar los secretos guardados», en la última página, lo elimina.</translation>
    </message>
    <message>
        <source>No usable system keyring was found, so the secret stays in memory only and is gone when you close the wizard; nothing is written to disk. Keyring in use: %s.</source>
        <translation>No se encontró ningún llavero utilizable, así que el secreto queda solo en memoria y desaparece al cerrar el asistente; no se escribe nada en el disco. Llavero en uso: %s.</translation>
    </message>
    <message>
        <source>The Client ID and the Client Secret are the same; one of them was pasted into the wrong box.</source>
        <translation>El Client ID y el Client Secret son iguales; uno de ellos se pegó en el campo equivocado.</translation>
    </message>
    <message>
        <source>Intercom&apos;s Client IDs usually look like xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx; check you copied the whole value.</source>
        <translation>Los Client ID de Intercom suelen tener la forma xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx; compruebe que copió el valor completo.</translation>
    </message>
    <message>
        <source>The system keyring (%s) did not take the secret. It stays in memory only and is gone when you close the wizard.</source>
        <translation>El llavero del sistema (%s) no aceptó el secreto. Queda solo en memoria y desaparece al cerrar el asistente.</translation>
    </message>
</context>
<context>
    <name>CyclrCheckPage</name>
    <message>
        <source>Check the whole chain in Cyclr (optional)</source>
        <translation>Comprobar toda la cadena en Cyclr (opcional)</translation>
    </message>
    <message>
        <source>Cyclr itself signs in to Intercom with what is in its Console. You can skip this: Finish closes the wizard without it.</source>
        <translation>Cyclr inicia sesión en Intercom por sí mismo con lo que hay en su Console. Puede omitir este paso: Finalizar cierra el asistente sin él.</translation>
    </message>
    <message>
        <source>This step is optional. It needs your Cyclr API credentials (Cyclr Console &gt; Settings &gt; OAuth Client Credentials), not the Intercom ones, and tells you whether the Client ID and Secret in the Cyclr Console, Cyclr&apos;s callback URL and the connector&apos;s version are right.</source>
        <translation>Este paso es opcional. Necesita sus credenciales de la API de Cyclr (Cyclr Console &gt; Settings &gt; OAuth Client Credentials), no las de Intercom, y le dice si el Client ID y el Client Secret de la Cyclr Console, la URL de callback de Cyclr y la versión del conector son correctos.</translation>
    </message>
    <message>
        <source>Cyclr Console location</source>
        <translation>Ubicación de la Cyclr Console</translation>
    </message>
    <message>
        <source>Where you sign in to the Cyclr Console; it decides Cyclr&apos;s API address</source>
        <translation>Dónde inicia sesión en la Cyclr Console; de ello depende la dirección de la API de Cyclr</translation>
    </message>
    <message>
        <source>A private instance (give its API URL)</source>
        <translation>Una instancia privada (indique su URL de API)</translation>
    </message>
    <message>
        <source>Cyclr Console loca&amp;tion:</source>
        <translation>&amp;Ubicación de la Cyclr Console:</translation>
    </message>
    <message>
        <source>Private instance&apos;s API URL</source>
        <translation>URL de API de la instancia privada</translation>
    </message>
    <message>
        <source>Only for a private Cyclr instance, e.g. https://api.example.com</source>
        <translation>Solo para una instancia privada de Cyclr, p. ej. https://api.example.com</translation>
    </message>
    <message>
        <source>Private &amp;API URL:</source>
        <translation>URL de API &amp;privada:</translation>
    </message>
    <message>
        <source>Cyclr API Client ID</source>
        <translation>Client ID de la API de Cyclr</translation>
    </message>
    <message>
        <source>From the Cyclr Console under Settings &gt; OAuth Client Credentials</source>
        <translation>De la Cyclr Console en Settings &gt; OAuth Client Credentials</translation>
    </message>
    <message>
        <source>Cyclr API Client &amp;ID:</source>
        <translation>Client &amp;ID de la API de Cyclr:</translation>
    </message>
    <message>
        <source>Cyclr API Client Secret</source>
        <translation>Client Secret de la API de Cyclr</translation>
    </message>
    <message>
        <source>Kept in the system keyring, never in a file; leave empty to use the stored one</source>
        <translation>Se guarda en el llavero del sistema, nunca en un archivo; déjelo vacío para usar el guardado</translation>
    </message>
    <message>
        <source>Cyclr API Client Sec&amp;ret:</source>
        <translation>Client Sec&amp;ret de la API de Cyclr:</translation>
    </message>
    <message>
        <source>Service domain (page 2):</source>
        <translation>Service Domain (página 2):</translation>
    </message>
    <message>
        <source>The Cyclr API secret and Cyclr&apos;s token are kept in the system keyring; Forget stored secrets on the previous page removes them.</source>
        <translation>El secreto de la API de Cyclr y el token de Cyclr se guardan en el llavero del sistema; «Olvidar los secretos guardados» en la página anterior los elimina.</translation>
    </message>
    <message>
        <source>&amp;List accounts and connectors</source>
        <translation>&amp;Mostrar cuentas y conectores</translation>
    </message>
    <message>
        <source>List accounts and connectors</source>
        <translation>Mostrar cuentas y conectores</translation>
    </message>
    <message>
        <source>Reads your Cyclr accounts and Intercom connectors; changes nothing</source>
        <translation>Lee sus cuentas de Cyclr y sus conectores de Intercom; no cambia nada</translation>
    </message>
    <message>
        <source>Cyclr account for the check</source>
        <translation>Cuenta de Cyclr para la comprobación</translation>
    </message>
    <message>
        <source>One of your accounts, or a new one the check deletes afterwards</source>
        <translation>Una de sus cuentas, o una nueva que la comprobación elimina después</translation>
    </message>
    <message>
        <source>Acco&amp;unt:</source>
        <translation>&amp;Cuenta:</translation>
    </message>
    <message>
        <source>Intercom connector to check</source>
        <translation>Conector de Intercom que comprobar</translation>
    </message>
    <message>
        <source>The connector matching the app&apos;s Intercom API version is marked</source>
        <translation>El conector que corresponde a la versión de la API de Intercom de la app está marcado</translation>
    </message>
    <message>
        <source>Conn&amp;ector:</source>
        <translation>Con&amp;ector:</translation>
    </message>
    <message>
        <source>&amp;Start the check</source>
        <translation>Iniciar la compro&amp;bación</translation>
    </message>
    <message>
        <source>Start the Cyclr check</source>
        <translation>Iniciar la comprobación de Cyclr</translation>
    </message>
    <message>
        <source>Creates the test connector in Cyclr and opens Cyclr&apos;s sign-in in your browser</source>
        <translation>Crea el conector de prueba en Cyclr y abre el inicio de sesión de Cyclr en su navegador</translation>
    </message>
    <message>
        <source>&amp;Cancel the check</source>
        <translation>Cancelar la c&amp;omprobación</translation>
    </message>
    <message>
        <source>Cancel the Cyclr check</source>
        <translation>Cancelar la comprobación de Cyclr</translation>
    </message>
    <message>
        <source>Stops waiting; what the check made in Cyclr is still removed</source>
        <translation>Deja de esperar; lo que la comprobación creó en Cyclr se elimina de todos modos</translation>
    </message>
    <message>
        <source>Cyclr sign-in address</source>
        <translation>Dirección de inicio de sesión de Cyclr</translation>
    </message>
    <message>
        <source>Cyclr API</source>
        <translation>API de Cyclr</translation>
    </message>
    <message>
        <source>Test account</source>
        <translation>Cuenta de prueba</translation>
    </message>
    <message>
        <source>Test connector</source>
        <translation>Conector de prueba</translation>
    </message>
    <message>
        <source>Browser</source>
        <translation>Navegador</translation>
    </message>
    <message>
        <source>Cyclr&apos;s sign-in to Intercom</source>
        <translation>Inicio de sesión de Cyclr en Intercom</translation>
    </message>
    <message>
        <source>Clean-up</source>
        <translation>Limpieza</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>no indicado</translation>
    </message>
    <message>
        <source>The Cyclr API Client ID is empty.</source>
        <translation>El Client ID de la API de Cyclr está vacío.</translation>
    </message>
    <message>
        <source>Copy it from the Cyclr Console under Settings &gt; OAuth Client Credentials.</source>
        <translation>Cópielo de la Cyclr Console en Settings &gt; OAuth Client Credentials.</translation>
    </message>
    <message>
        <source>stored in the keyring</source>
        <translation>guardado en el llavero</translation>
    </message>
    <message>
        <source>The Cyclr API Client Secret is empty.</source>
        <translation>El Client Secret de la API de Cyclr está vacío.</translation>
    </message>
    <message>
        <source>Cyclr did not list the connectors yet (%s) The check lists them once its account exists.</source>
        <translation>Cyclr aún no ha listado los conectores (%s) La comprobación los lista en cuanto existe su cuenta.</translation>
    </message>
    <message>
        <source>%d accounts and %d Intercom connectors listed by your Cyclr.</source>
        <translation>%d cuentas y %d conectores de Intercom listados por su Cyclr.</translation>
    </message>
    <message>
        <source>A new account “%s”, deleted afterwards</source>
        <translation>Una cuenta nueva «%s», eliminada después</translation>
    </message>
    <message>
        <source>The one matching the app&apos;s API version</source>
        <translation>El que corresponde a la versión de API de la app</translation>
    </message>
    <message>
        <source>matches the app&apos;s version</source>
        <translation>corresponde a la versión de la app</translation>
    </message>
    <message>
        <source>another version</source>
        <translation>otra versión</translation>
    </message>
    <message>
        <source>version not known</source>
        <translation>versión desconocida</translation>
    </message>
    <message>
        <source>What the check does in your Cyclr: %s</source>
        <translation>Lo que la comprobación hace en su Cyclr: %s</translation>
    </message>
    <message>
        <source>signing in to %s</source>
        <translation>iniciando sesión en %s</translation>
    </message>
    <message>
        <source>you are done; asking Cyclr for the result</source>
        <translation>ha terminado; se pide el resultado a Cyclr</translation>
    </message>
    <message>
        <source>signed in (token reused)</source>
        <translation>sesión iniciada (token reutilizado)</translation>
    </message>
    <message>
        <source>signed in</source>
        <translation>sesión iniciada</translation>
    </message>
    <message>
        <source>using account %s</source>
        <translation>usando la cuenta %s</translation>
    </message>
    <message>
        <source>%s Intercom connectors listed</source>
        <translation>%s conectores de Intercom listados</translation>
    </message>
    <message>
        <source>installed (%s)</source>
        <translation>instalado (%s)</translation>
    </message>
    <message>
        <source>waiting for your browser</source>
        <translation>esperando a su navegador</translation>
    </message>
    <message>
        <source>asking Cyclr until it signs in</source>
        <translation>preguntando a Cyclr hasta que inicie sesión</translation>
    </message>
    <message>
        <source>opened; sign in to Intercom and authorize the app there</source>
        <translation>abierto; inicie sesión en Intercom y autorice allí la app</translation>
    </message>
    <message>
        <source>came back from Cyclr</source>
        <translation>volvió de Cyclr</translation>
    </message>
    <message>
        <source>removing the test %s</source>
        <translation>eliminando %s de prueba</translation>
    </message>
    <message>
        <source>not reached</source>
        <translation>no alcanzado</translation>
    </message>
    <message>
        <source>What to do: %s</source>
        <translation>Qué hacer: %s</translation>
    </message>
    <message>
        <source>Nothing was made in Cyclr, so nothing needed removing.</source>
        <translation>No se creó nada en Cyclr, así que no había nada que eliminar.</translation>
    </message>
    <message>
        <source>complete</source>
        <translation>completa</translation>
    </message>
    <message>
        <source>incomplete; see below</source>
        <translation>incompleta; vea abajo</translation>
    </message>
</context>
<context>
    <name>DiagnosticsDialog</name>
    <message>
        <source>Intercom setup: Diagnostics</source>
        <translation>Configuración de Intercom: diagnóstico</translation>
    </message>
    <message>
        <source>Diagnostics</source>
        <translation>Diagnóstico</translation>
    </message>
    <message>
        <source>Checks of this computer for the consent test:</source>
        <translation>Comprobaciones de este equipo para la prueba de conexión:</translation>
    </message>
    <message>
        <source>Log file</source>
        <translation>Archivo de registro</translation>
    </message>
    <message>
        <source>&amp;Check again</source>
        <translation>&amp;Comprobar de nuevo</translation>
    </message>
    <message>
        <source>Check again</source>
        <translation>Comprobar de nuevo</translation>
    </message>
    <message>
        <source>Open &amp;log folder</source>
        <translation>Abrir la carpeta de &amp;registros</translation>
    </message>
    <message>
        <source>Open the log folder</source>
        <translation>Abrir la carpeta de registros</translation>
    </message>
    <message>
        <source>Open &amp;report…</source>
        <translation>Abrir un &amp;informe…</translation>
    </message>
    <message>
        <source>Open a support report</source>
        <translation>Abrir un informe de soporte</translation>
    </message>
    <message>
        <source>Shows a report someone saved, read-only, as the wizard showed it to them</source>
        <translation>Muestra un informe guardado, de solo lectura, tal como el asistente lo mostró</translation>
    </message>
    <message>
        <source>Log file (secrets are masked): %s</source>
        <translation>Archivo de registro (los secretos están ocultos): %s</translation>
    </message>
    <message>
        <source>Support reports (*.json)</source>
        <translation>Informes de soporte (*.json)</translation>
    </message>
    <message>
        <source>%s cannot be opened as a support report.</source>
        <translation>%s no se puede abrir como informe de soporte.</translation>
    </message>
</context>
<context>
    <name>FinishPage</name>
    <message>
        <source>Enter the credentials in the Cyclr Console</source>
        <translation>Introducir las credenciales en la Cyclr Console</translation>
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
        <translation>Un secreto copiado se quita del portapapeles al cabo de un minuto.</translation>
    </message>
    <message>
        <source>Support &amp;report…</source>
        <translation>&amp;Informe de soporte…</translation>
    </message>
    <message>
        <source>Show or save the support report</source>
        <translation>Mostrar o guardar el informe de soporte</translation>
    </message>
    <message>
        <source>Forget the stored Client Secret and test token</source>
        <translation>Olvidar el Client Secret y el token de prueba guardados</translation>
    </message>
    <message>
        <source>Removes them, and the Cyclr check&apos;s API secret and token, from the system keyring on this computer</source>
        <translation>Los elimina, junto con el secreto y el token de API de la comprobación de Cyclr, del llavero del sistema de este equipo</translation>
    </message>
    <message>
        <source>Re&amp;voke test authorization…</source>
        <translation>Re&amp;vocar la autorización de prueba…</translation>
    </message>
    <message>
        <source>Revoke the test authorization</source>
        <translation>Revocar la autorización de prueba</translation>
    </message>
    <message>
        <source>A report without secrets, to send to the person helping you</source>
        <translation>Un informe sin secretos, para la persona que le ayuda</translation>
    </message>
    <message>
        <source>The last step happens in Cyclr. Finish here, or check it all in Cyclr next.</source>
        <translation>El último paso ocurre en Cyclr. Termine aquí, o compruébelo todo en Cyclr a continuación.</translation>
    </message>
    <message>
        <source>You can finish now: the setup is complete once the Console holds these. Optionally, Next checks the whole chain as Cyclr sees it, with your Cyclr API credentials: Cyclr itself signs in to Intercom, and the wizard removes what it made in Cyclr afterwards.</source>
        <translation>Puede terminar ahora: la configuración está completa cuando la Console contiene estos valores. Opcionalmente, Siguiente comprueba toda la cadena tal como la ve Cyclr, con sus credenciales de la API de Cyclr: Cyclr inicia sesión en Intercom por sí mismo, y el asistente elimina después lo que creó en Cyclr.</translation>
    </message>
    <message>
        <source>Forget stored &amp;secrets</source>
        <translation>&amp;Olvidar los secretos guardados</translation>
    </message>
    <message>
        <source>Uninstalls the app from the workspace you tested with; asks first</source>
        <translation>Desinstala la app del espacio de trabajo probado; pregunta antes</translation>
    </message>
    <message>
        <source>the Intercom connector for your version</source>
        <translation>el conector de Intercom de su versión</translation>
    </message>
    <message>
        <source>In the Cyclr Console, go to &lt;b&gt;%s&lt;/b&gt;.</source>
        <translation>En la Cyclr Console, vaya a &lt;b&gt;%s&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>Paste the Client ID and the Client Secret below into the connector&apos;s settings and save.</source>
        <translation>Pegue el Client ID y el Client Secret de abajo en los ajustes del conector y guarde.</translation>
    </message>
    <message>
        <source>The connector must match API version &lt;b&gt;%s&lt;/b&gt;.</source>
        <translation>El conector debe corresponder a la versión &lt;b&gt;%s&lt;/b&gt; de la API.</translation>
    </message>
    <message>
        <source>Connector: %s</source>
        <translation>Conector: %s</translation>
    </message>
    <message>
        <source>Revoke the test authorization?</source>
        <translation>¿Revocar la autorización de prueba?</translation>
    </message>
    <message>
        <source>Revoking uninstalls the app from the Intercom workspace you tested with. Any connection that Cyclr already made with this app in that workspace stops working until someone authorizes it again.</source>
        <translation>Revocar desinstala la app del espacio de trabajo de Intercom probado. Cualquier conexión que Cyclr ya haya hecho con esta app en ese espacio de trabajo deja de funcionar hasta que alguien la vuelva a autorizar.</translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation>Revocar</translation>
    </message>
    <message>
        <source>Confirm revoking</source>
        <translation>Confirmar la revocación</translation>
    </message>
    <message>
        <source>There is no stored test authorization to revoke.</source>
        <translation>No hay ninguna autorización de prueba guardada que revocar.</translation>
    </message>
    <message>
        <source>It was already revoked or forgotten, or the test has not run.</source>
        <translation>Ya se revocó u olvidó, o la prueba aún no se ha hecho.</translation>
    </message>
    <message>
        <source>The test authorization was revoked: the app was uninstalled from that workspace.</source>
        <translation>La autorización de prueba se revocó: la app se desinstaló de ese espacio de trabajo.</translation>
    </message>
</context>
<context>
    <name>MessageArea</name>
    <message>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
</context>
<context>
    <name>PageTasks</name>
    <message>
        <source>Something unexpected went wrong.</source>
        <translation>Algo inesperado salió mal.</translation>
    </message>
    <message>
        <source>Try again; if it keeps happening, the details are in the log file (Diagnostics &gt; Open log folder).</source>
        <translation>Vuelva a intentarlo; si sigue pasando, los detalles están en el archivo de registro (Diagnóstico &gt; Abrir la carpeta de registros).</translation>
    </message>
</context>
<context>
    <name>PermissionsPage</name>
    <message>
        <source>Tick the permissions</source>
        <translation>Marcar los permisos</translation>
    </message>
    <message>
        <source>In the app, open Authentication, click Edit, tick these three and Save.</source>
        <translation>En la app, abra Authentication, haga clic en Edit, marque estos tres y haga clic en Save.</translation>
    </message>
    <message>
        <source>I ticked %s</source>
        <translation>He marcado %s</translation>
    </message>
    <message>
        <source>Ticking boxes here is only your checklist: the test on page 8 asks Intercom for real whether each permission was granted.</source>
        <translation>Las casillas de aquí son solo su lista de control: la prueba de la página 8 pregunta de verdad a Intercom si se concedió cada permiso.</translation>
    </message>
    <message>
        <source>Drawing of the permission list with the three permissions ticked</source>
        <translation>Dibujo de la lista de permisos con los tres permisos marcados</translation>
    </message>
</context>
<context>
    <name>ProfileBanner</name>
    <message>
        <source>Prepared setup</source>
        <translation>Configuración preparada</translation>
    </message>
    <message>
        <source>%s prepared this setup and filled in some values for you. You can change any of them.</source>
        <translation>%s preparó esta configuración y rellenó algunos valores por usted. Puede cambiar cualquiera de ellos.</translation>
    </message>
    <message>
        <source>This setup was prepared for you and some values are filled in. You can change any of them.</source>
        <translation>Esta configuración se preparó para usted y algunos valores ya están rellenados. Puede cambiar cualquiera de ellos.</translation>
    </message>
    <message>
        <source>Their note: %s</source>
        <translation>Nota adjunta: %s</translation>
    </message>
</context>
<context>
    <name>ProfileOpener</name>
    <message>
        <source>Another intercom-wizard window is open but does not answer. Close it (or end intercom-wizard in the Task Manager or Activity Monitor), then try again.</source>
        <translation>Hay otra ventana de intercom-wizard abierta que no responde. Ciérrela (o finalice intercom-wizard en el Administrador de tareas o el Monitor de Actividad) y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>Intercom setup</source>
        <translation>Configuración de Intercom</translation>
    </message>
    <message>
        <source>Use the prepared setup?</source>
        <translation>¿Usar la configuración preparada?</translation>
    </message>
    <message>
        <source>Someone</source>
        <translation>Alguien</translation>
    </message>
    <message>
        <source>%s sent a prepared setup. Fill the wizard in with its values? It then starts again at the first page; your Client ID and Client Secret are kept.</source>
        <translation>%s envió una configuración preparada. ¿Rellenar el asistente con sus valores? Volverá a empezar en la primera página; se conservan su Client ID y su Client Secret.</translation>
    </message>
    <message>
        <source>Nothing you entered changes.</source>
        <translation>No cambia nada de lo que usted introdujo.</translation>
    </message>
    <message>
        <source>&amp;Use the prepared values</source>
        <translation>&amp;Usar los valores preparados</translation>
    </message>
    <message>
        <source>&amp;Keep mine</source>
        <translation>&amp;Conservar los míos</translation>
    </message>
    <message>
        <source>Cyclr service domain</source>
        <translation>Service Domain de Cyclr</translation>
    </message>
    <message>
        <source>Intercom region</source>
        <translation>Región de Intercom</translation>
    </message>
    <message>
        <source>Test port</source>
        <translation>Puerto de prueba</translation>
    </message>
    <message>
        <source>Intercom API version</source>
        <translation>Versión de la API de Intercom</translation>
    </message>
    <message>
        <source>%s: yours %s, prepared %s</source>
        <translation>%s: su valor %s, valor preparado %s</translation>
    </message>
    <message>
        <source>Their note: %s</source>
        <translation>Nota adjunta: %s</translation>
    </message>
</context>
<context>
    <name>RedirectUrlsPage</name>
    <message>
        <source>Add the redirect URLs</source>
        <translation>Añadir las Redirect URLs</translation>
    </message>
    <message>
        <source>In the app, open Authentication, click Edit and add both URLs below, exactly as shown.</source>
        <translation>En la app, abra Authentication, haga clic en Edit y añada las dos URL de abajo, tal como se muestran.</translation>
    </message>
    <message>
        <source>1. Wizard test URL (first while testing):</source>
        <translation>1. URL de prueba del asistente (primera mientras prueba):</translation>
    </message>
    <message>
        <source>Cyclr callback URL</source>
        <translation>URL de callback de Cyclr</translation>
    </message>
    <message>
        <source>Wizard test URL</source>
        <translation>URL de prueba del asistente</translation>
    </message>
    <message>
        <source>2. Cyclr callback:</source>
        <translation>2. Callback de Cyclr:</translation>
    </message>
    <message>
        <source>Test port</source>
        <translation>Puerto de prueba</translation>
    </message>
    <message>
        <source>The local port the wizard listens on during the test</source>
        <translation>El puerto local en el que escucha el asistente durante la prueba</translation>
    </message>
    <message>
        <source>Test &amp;port:</source>
        <translation>&amp;Puerto de prueba:</translation>
    </message>
    <message>
        <source>&lt;b&gt;Why HTTPS?&lt;/b&gt; Intercom only accepts https:// redirect URLs. For the test, the wizard answers on your own computer (127.0.0.1) with a certificate it made itself, so your browser will warn once; the Test page tells you how to continue.</source>
        <translation>&lt;b&gt;¿Por qué HTTPS?&lt;/b&gt; Intercom solo acepta Redirect URLs con https://. Para la prueba, el asistente responde en su propio equipo (127.0.0.1) con un certificado creado por él mismo, así que su navegador avisará una vez; la página de la prueba explica cómo continuar.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Which one first?&lt;/b&gt; Intercom uses the first redirect URL when a sign-in does not name one. While you test, put the wizard&apos;s test URL first; when the test has passed you may move Cyclr&apos;s callback to the top or remove the test URL.</source>
        <translation>&lt;b&gt;¿Cuál primero?&lt;/b&gt; Intercom usa la primera Redirect URL cuando un inicio de sesión no indica ninguna. Mientras prueba, ponga primero la URL de prueba del asistente; cuando la prueba haya pasado, puede subir el callback de Cyclr o quitar la URL de prueba.</translation>
    </message>
    <message>
        <source>Change the port only if the test reports it is taken; then register the new test URL instead.</source>
        <translation>Cambie el puerto solo si la prueba indica que está ocupado; registre entonces la nueva URL de prueba en su lugar.</translation>
    </message>
    <message>
        <source>Drawing of the Authentication section with two redirect URLs</source>
        <translation>Dibujo de la sección Authentication con dos Redirect URLs</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <source>Intercom setup: Support report</source>
        <translation>Configuración de Intercom: informe de soporte</translation>
    </message>
    <message>
        <source>Send this to the person helping you. It holds no secret, token or code.</source>
        <translation>Envíelo a la persona que le ayuda. No contiene ningún secreto, token ni código.</translation>
    </message>
    <message>
        <source>Report format</source>
        <translation>Formato del informe</translation>
    </message>
    <message>
        <source>Report as Markdown</source>
        <translation>Informe en Markdown</translation>
    </message>
    <message>
        <source>Report as JSON</source>
        <translation>Informe en JSON</translation>
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
        <translation>&amp;Copiar</translation>
    </message>
    <message>
        <source>Copy the report</source>
        <translation>Copiar el informe</translation>
    </message>
    <message>
        <source>&amp;Save…</source>
        <translation>&amp;Guardar…</translation>
    </message>
    <message>
        <source>Save the report to a file</source>
        <translation>Guardar el informe en un archivo</translation>
    </message>
    <message>
        <source>Copied to the clipboard.</source>
        <translation>Copiado al portapapeles.</translation>
    </message>
    <message>
        <source>Save the support report</source>
        <translation>Guardar el informe de soporte</translation>
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
        <translation>No se pudo guardar el informe en %s (%s).</translation>
    </message>
    <message>
        <source>Choose another folder, or use Copy instead.</source>
        <translation>Elija otra carpeta o use Copiar en su lugar.</translation>
    </message>
    <message>
        <source>Saved to %s.</source>
        <translation>Guardado en %s.</translation>
    </message>
</context>
<context>
    <name>ReportViewer</name>
    <message>
        <source>Support report from %s (read-only)</source>
        <translation>Informe de soporte %s (solo lectura)</translation>
    </message>
    <message>
        <source>Steps in this report</source>
        <translation>Pasos de este informe</translation>
    </message>
    <message>
        <source>Recorded: %s.</source>
        <translation>Registrado: %s.</translation>
    </message>
    <message>
        <source>Recorded outcome</source>
        <translation>Resultado registrado</translation>
    </message>
    <message>
        <source>Report sections</source>
        <translation>Secciones del informe</translation>
    </message>
    <message>
        <source>&amp;Results</source>
        <translation>&amp;Resultados</translation>
    </message>
    <message>
        <source>No consent test had been run when this report was made.</source>
        <translation>No se había hecho ninguna prueba de conexión cuando se creó este informe.</translation>
    </message>
    <message>
        <source>&amp;Setup</source>
        <translation>&amp;Configuración</translation>
    </message>
    <message>
        <source>D&amp;iagnostics</source>
        <translation>&amp;Diagnóstico</translation>
    </message>
    <message>
        <source>someone whose consent test did not run</source>
        <translation>alguien cuya prueba de conexión no se hizo</translation>
    </message>
    <message>
        <source>an unnamed admin</source>
        <translation>un administrador sin nombre</translation>
    </message>
    <message>
        <source>%s, workspace %s</source>
        <translation>%s, espacio de trabajo %s</translation>
    </message>
    <message>
        <source>Someone else&apos;s report, read-only: made by %s on %s, with intercom-wizard %s on %s (file %s). Nothing here changes this computer&apos;s setup, and no test can be started.</source>
        <translation>Informe de otra persona, de solo lectura: creado por %s el %s, con intercom-wizard %s en %s (archivo %s). Nada aquí cambia la configuración de este equipo y no se puede iniciar ninguna prueba.</translation>
    </message>
    <message>
        <source>Someone else&apos;s report</source>
        <translation>Informe de otra persona</translation>
    </message>
    <message>
        <source>checked %s</source>
        <translation>comprobado el %s</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>no indicado</translation>
    </message>
    <message>
        <source>Intercom region</source>
        <translation>Región de Intercom</translation>
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
        <translation>Redirect URI de la prueba</translation>
    </message>
    <message>
        <source>Client ID</source>
        <translation>Client ID</translation>
    </message>
    <message>
        <source>Chosen API version</source>
        <translation>Versión de la API elegida</translation>
    </message>
    <message>
        <source>Cyclr connector</source>
        <translation>Conector de Cyclr</translation>
    </message>
    <message>
        <source>Intercom hosts</source>
        <translation>Hosts de Intercom</translation>
    </message>
    <message>
        <source>Hosts overridden</source>
        <translation>Hosts sustituidos</translation>
    </message>
    <message>
        <source>yes (a stand-in Intercom)</source>
        <translation>sí (un sustituto de Intercom)</translation>
    </message>
    <message>
        <source>Callback warning</source>
        <translation>Aviso sobre el callback</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>%s:</source>
        <translation>%s:</translation>
    </message>
    <message>
        <source>The partner&apos;s computer, as the report recorded it:</source>
        <translation>El equipo del partner, tal como lo registró el informe:</translation>
    </message>
    <message>
        <source>App</source>
        <translation>App</translation>
    </message>
    <message>
        <source>Operating system</source>
        <translation>Sistema operativo</translation>
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
        <translation>no registrado</translation>
    </message>
    <message>
        <source>Keyring</source>
        <translation>Llavero</translation>
    </message>
    <message>
        <source>%s recorded: %s</source>
        <translation>%s registró: %s</translation>
    </message>
</context>
<context>
    <name>ResultsPage</name>
    <message>
        <source>Test results</source>
        <translation>Resultados de la prueba</translation>
    </message>
    <message>
        <source>What Intercom said about your app, checked for real.</source>
        <translation>Lo que Intercom dijo de su app, comprobado de verdad.</translation>
    </message>
    <message>
        <source>Overall</source>
        <translation>En conjunto</translation>
    </message>
    <message>
        <source>Workspace</source>
        <translation>Espacio de trabajo</translation>
    </message>
    <message>
        <source>Signed in as</source>
        <translation>Sesión iniciada como</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Región</translation>
    </message>
    <message>
        <source>Workspace:</source>
        <translation>Espacio de trabajo:</translation>
    </message>
    <message>
        <source>Signed in as:</source>
        <translation>Sesión iniciada como:</translation>
    </message>
    <message>
        <source>Region:</source>
        <translation>Región:</translation>
    </message>
    <message>
        <source>API version</source>
        <translation>Versión de la API</translation>
    </message>
    <message>
        <source>Permissions apply to authorizations given after you tick them: after changing anything in the Developer Hub, run the test again.</source>
        <translation>Los permisos se aplican a las autorizaciones dadas después de marcarlos: tras cualquier cambio en el Developer Hub, repita la prueba.</translation>
    </message>
    <message>
        <source>&amp;Retry the test</source>
        <translation>&amp;Repetir la prueba</translation>
    </message>
    <message>
        <source>Retry the test</source>
        <translation>Repetir la prueba</translation>
    </message>
    <message>
        <source>Goes back to the Test page and runs the test again</source>
        <translation>Vuelve a la página de la prueba y la repite</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>desconocido</translation>
    </message>
    <message>
        <source>app id %s</source>
        <translation>ID de la app %s</translation>
    </message>
    <message>
        <source>%s (Intercom says %s)</source>
        <translation>%s (según Intercom, %s)</translation>
    </message>
    <message>
        <source>granted</source>
        <translation>concedido</translation>
    </message>
    <message>
        <source>everything needed works.</source>
        <translation>todo lo necesario funciona.</translation>
    </message>
    <message>
        <source>%d problem(s) to fix; see below.</source>
        <translation>%d problema(s) que corregir; vea abajo.</translation>
    </message>
</context>
<context>
    <name>SandboxBanner</name>
    <message>
        <source>&lt;b&gt;Training mode:&lt;/b&gt; a sandbox stands in for Intercom, no real workspace is touched. On the Credentials page, type:</source>
        <translation>&lt;b&gt;Modo de práctica:&lt;/b&gt; un entorno de pruebas sustituye a Intercom y no se toca ningún espacio de trabajo real. En la página de credenciales, escriba:</translation>
    </message>
    <message>
        <source>Training mode</source>
        <translation>Modo de práctica</translation>
    </message>
    <message>
        <source>Sandbox Client ID</source>
        <translation>Client ID del entorno de pruebas</translation>
    </message>
    <message>
        <source>Sandbox Client Secret</source>
        <translation>Client Secret del entorno de pruebas</translation>
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
        <translation>Configuración de Intercom para Cyclr</translation>
    </message>
    <message>
        <source>%s (training mode: sandbox Intercom)</source>
        <translation>%s (modo de práctica: Intercom de pruebas)</translation>
    </message>
    <message>
        <source>&amp;Diagnostics</source>
        <translation>&amp;Diagnóstico</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Siguiente &gt;</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Atrás</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>&amp;Finalizar</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>Sa&amp;lir</translation>
    </message>
    <message>
        <source>Open Diagnostics</source>
        <translation>Abrir el diagnóstico</translation>
    </message>
    <message>
        <source>Checks this computer: keyring, port, network, log file</source>
        <translation>Comprueba este equipo: llavero, puerto, red, archivo de registro</translation>
    </message>
    <message>
        <source>Next page</source>
        <translation>Página siguiente</translation>
    </message>
    <message>
        <source>Goes on</source>
        <translation>Continúa</translation>
    </message>
    <message>
        <source>Previous page</source>
        <translation>Página anterior</translation>
    </message>
    <message>
        <source>Goes back</source>
        <translation>Vuelve atrás</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>Finalizar</translation>
    </message>
    <message>
        <source>Closes the wizard</source>
        <translation>Cierra el asistente</translation>
    </message>
    <message>
        <source>Quit the wizard</source>
        <translation>Salir del asistente</translation>
    </message>
    <message>
        <source>Closes the wizard; progress is kept for next time</source>
        <translation>Cierra el asistente; el progreso se guarda para la próxima vez</translation>
    </message>
    <message>
        <source>Step %d of %d</source>
        <translation>Paso %d de %d</translation>
    </message>
</context>
<context>
    <name>StepRail</name>
    <message>
        <source>Steps</source>
        <translation>Pasos</translation>
    </message>
    <message>
        <source>Every step of the setup and its state. Enter opens a step you have been to.</source>
        <translation>Cada paso de la configuración y su estado. Intro abre un paso por el que ya pasó.</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>Bienvenida</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Dónde</translation>
    </message>
    <message>
        <source>Create the app</source>
        <translation>Crear la app</translation>
    </message>
    <message>
        <source>Redirect URLs</source>
        <translation>Redirect URLs</translation>
    </message>
    <message>
        <source>Permissions</source>
        <translation>Permisos</translation>
    </message>
    <message>
        <source>Credentials</source>
        <translation>Credenciales</translation>
    </message>
    <message>
        <source>API version</source>
        <translation>Versión de la API</translation>
    </message>
    <message>
        <source>Test authorization</source>
        <translation>Probar la autorización</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Resultados</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>Final</translation>
    </message>
    <message>
        <source>Cyclr check</source>
        <translation>Comprobación de Cyclr</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>Sin empezar</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Hecho</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>Requiere atención</translation>
    </message>
    <message>
        <source>You are here, needs attention</source>
        <translation>Está aquí, requiere atención</translation>
    </message>
    <message>
        <source>You are here</source>
        <translation>Está aquí</translation>
    </message>
    <message>
        <source>%s, step %d of %d: %s</source>
        <translation>%s, paso %d de %d: %s</translation>
    </message>
    <message>
        <source>Enter opens it.</source>
        <translation>Intro lo abre.</translation>
    </message>
    <message>
        <source>Not reached yet.</source>
        <translation>Aún no alcanzado.</translation>
    </message>
    <message>
        <source>%s: %s.</source>
        <translation>%s: %s.</translation>
    </message>
    <message>
        <source>%s is not reached yet.</source>
        <translation>%s aún no se ha alcanzado.</translation>
    </message>
</context>
<context>
    <name>UnexpectedErrors</name>
    <message>
        <source>Something unexpected went wrong</source>
        <translation>Algo inesperado salió mal</translation>
    </message>
    <message>
        <source>The wizard hit an error it did not expect. You can carry on; if something does not work, the details are in the log file (secrets are masked):
%s

Please send it with the support report (Finish &gt; Support report) to the person helping you.</source>
        <translation>El asistente encontró un error inesperado. Puede continuar; si algo no funciona, los detalles están en el archivo de registro (los secretos están ocultos):
%s

Envíelo con el informe de soporte (última página &gt; Informe de soporte) a la persona que le ayuda.</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Set up Intercom for Cyclr</source>
        <translation>Configurar Intercom para Cyclr</translation>
    </message>
    <message>
        <source>Register your own Intercom app, connect it to Cyclr, and prove it works.</source>
        <translation>Registre su propia app de Intercom, conéctela a Cyclr y demuestre que funciona.</translation>
    </message>
    <message>
        <source>Cyclr&apos;s Intercom connector signs in to Intercom with your own Intercom app. This wizard walks you through creating that app, tells you exactly what to copy into the Cyclr Console, and finishes with a real sign-in test in your browser that checks the credentials, the permissions and the API version.</source>
        <translation>El conector de Intercom de Cyclr inicia sesión en Intercom con su propia app de Intercom. Este asistente le guía para crear esa app, le dice exactamente qué copiar en la Cyclr Console y termina con una prueba de conexión real en su navegador que comprueba las credenciales, los permisos y la versión de la API.</translation>
    </message>
    <message>
        <source>&lt;b&gt;You need:&lt;/b&gt;</source>
        <translation>&lt;b&gt;Necesita:&lt;/b&gt;</translation>
    </message>
    <message>
        <source>admin rights in the Intercom workspace that Cyclr will connect to;</source>
        <translation>derechos de administrador en el espacio de trabajo de Intercom al que se conectará Cyclr;</translation>
    </message>
    <message>
        <source>access to your Cyclr Console (Settings and the Connector Library);</source>
        <translation>acceso a su Cyclr Console (Settings y la Connector Library);</translation>
    </message>
    <message>
        <source>about 10 to 15 minutes.</source>
        <translation>unos 10 a 15 minutos.</translation>
    </message>
    <message>
        <source>Nothing secret is saved in the wizard&apos;s settings: the Client Secret goes to your system&apos;s keyring. Diagnostics (bottom left) checks this computer at any time.</source>
        <translation>No se guarda nada secreto en los ajustes del asistente: el Client Secret va al llavero de su sistema. Diagnóstico (abajo a la izquierda) comprueba este equipo en cualquier momento.</translation>
    </message>
    <message>
        <source>Saved progress</source>
        <translation>Progreso guardado</translation>
    </message>
    <message>
        <source>&amp;Resume where I left off</source>
        <translation>&amp;Continuar donde lo dejé</translation>
    </message>
    <message>
        <source>Resume where I left off</source>
        <translation>Continuar donde lo dejé</translation>
    </message>
    <message>
        <source>Continues at the page where the last run stopped</source>
        <translation>Continúa en la página donde se detuvo la última vez</translation>
    </message>
    <message>
        <source>&amp;Start over (forget the saved progress)</source>
        <translation>&amp;Empezar de nuevo (olvidar el progreso guardado)</translation>
    </message>
    <message>
        <source>Start over</source>
        <translation>Empezar de nuevo</translation>
    </message>
    <message>
        <source>Forgets the saved progress; stored secrets stay until Finish &gt; Forget</source>
        <translation>Olvida el progreso guardado; los secretos guardados se conservan hasta «Olvidar los secretos guardados», en la última página</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>The wizard&apos;s language; it changes at once and is kept for next time</source>
        <translation>El idioma del asistente; cambia al momento y se conserva para la próxima vez</translation>
    </message>
    <message>
        <source>The language could not be kept for next time (%s).</source>
        <translation>No se pudo guardar el idioma para la próxima vez (%s).</translation>
    </message>
    <message>
        <source>&amp;Resume at “%s”</source>
        <translation>&amp;Continuar en «%s»</translation>
    </message>
    <message>
        <source>Resume at %s</source>
        <translation>Continuar en %s</translation>
    </message>
</context>
<context>
    <name>WherePage</name>
    <message>
        <source>Where: your Intercom region and Cyclr service domain</source>
        <translation>Dónde: su región de Intercom y el Service Domain de Cyclr</translation>
    </message>
    <message>
        <source>These decide which Intercom site you sign in to and the address Intercom sends people back to.</source>
        <translation>Determinan en qué sitio de Intercom inicia sesión y a qué dirección devuelve Intercom a las personas.</translation>
    </message>
    <message>
        <source>Intercom region</source>
        <translation>Región de Intercom</translation>
    </message>
    <message>
        <source>The region in your Intercom address: United States, Europe or Australia</source>
        <translation>La región de su dirección de Intercom: Estados Unidos, Europa o Australia</translation>
    </message>
    <message>
        <source>Intercom &amp;region:</source>
        <translation>&amp;Región de Intercom:</translation>
    </message>
    <message>
        <source>Your workspace&apos;s region is part of the address you use: app.intercom.com (United States), app.eu.intercom.com (Europe) or app.au.intercom.com (Australia).</source>
        <translation>La región de su espacio de trabajo forma parte de la dirección que usa: app.intercom.com (Estados Unidos), app.eu.intercom.com (Europa) o app.au.intercom.com (Australia).</translation>
    </message>
    <message>
        <source>Cyclr service domain</source>
        <translation>Service Domain de Cyclr</translation>
    </message>
    <message>
        <source>Found in the Cyclr Console under Settings &gt; General Settings</source>
        <translation>Está en la Cyclr Console en Settings &gt; General Settings</translation>
    </message>
    <message>
        <source>for example app-h.cyclr.com</source>
        <translation>por ejemplo app-h.cyclr.com</translation>
    </message>
    <message>
        <source>Clear the service domain</source>
        <translation>Borrar el Service Domain</translation>
    </message>
    <message>
        <source>Empties the field</source>
        <translation>Vacía el campo</translation>
    </message>
    <message>
        <source>Cyclr &amp;service domain:</source>
        <translation>Service Domain de &amp;Cyclr:</translation>
    </message>
    <message>
        <source>Find it in your Cyclr Console under Settings &gt; General Settings (Service Domain). A pasted URL is fine too.</source>
        <translation>Lo encontrará en su Cyclr Console en Settings &gt; General Settings (Service Domain). También vale una URL pegada.</translation>
    </message>
    <message>
        <source>Callback URL to register in Intercom (computed from the domain):</source>
        <translation>URL de callback que registrar en Intercom (calculada a partir del dominio):</translation>
    </message>
    <message>
        <source>Cyclr callback URL</source>
        <translation>URL de callback de Cyclr</translation>
    </message>
    <message>
        <source>Looks right.</source>
        <translation>Parece correcto.</translation>
    </message>
</context>
</TS>
