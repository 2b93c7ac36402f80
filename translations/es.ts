<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About {app}</source>
        <translation>Acerca de {app}</translation>
    </message>
    <message>
        <source>Version {version}</source>
        <translation>Versión {version}</translation>
    </message>
    <message>
        <source>Nothing is ever sent anywhere. The program does not use the internet. What you type stays on this computer, locked with encryption. It only leaves the computer in a file you choose to save or print.</source>
        <translation>Nunca se envía nada a ningún sitio. El programa no usa internet. Lo que usted escribe se queda en este ordenador, cifrado. Solo sale del ordenador en un archivo que usted decide guardar o imprimir.</translation>
    </message>
    <message>
        <source>The program helps you organize getting a second opinion. It does not give medical advice.</source>
        <translation>El programa le ayuda a organizar la búsqueda de una segunda opinión. No da consejos médicos.</translation>
    </message>
    <message>
        <source>Your data is kept in this folder: {folder}</source>
        <translation>Sus datos se guardan en esta carpeta: {folder}</translation>
    </message>
    <message>
        <source>Free software under the {licence} licence.</source>
        <translation>Software libre con la licencia {licence}.</translation>
    </message>
</context>
<context>
    <name>AnswersSection</name>
    <message>
        <source>Answers to your questions</source>
        <translation>Respuestas a sus preguntas</translation>
    </message>
    <message>
        <source>Write down what the doctor said to each question on your list from step 6. The most important ones are marked with a star.</source>
        <translation>Anote lo que dijo el médico sobre cada pregunta de su lista del paso 6. Las más importantes llevan una estrella.</translation>
    </message>
    <message>
        <source>There are no questions on your list yet. Step 6 helps you write them down before the visit.</source>
        <translation>Todavía no hay preguntas en su lista. El paso 6 le ayuda a anotarlas antes de la consulta.</translation>
    </message>
    <message>
        <source>Go to step 6: your &amp;questions</source>
        <translation>Ir al paso 6: sus &amp;preguntas</translation>
    </message>
    <message>
        <source>Answer to: {question}</source>
        <translation>Respuesta a: {question}</translation>
    </message>
    <message>
        <source>{star} {question} (most important)</source>
        <translation>{star} {question} (la más importante)</translation>
    </message>
</context>
<context>
    <name>AutoLock</name>
    <message>
        <source>&amp;Lock now</source>
        <translation>&amp;Bloquear ahora</translation>
    </message>
    <message>
        <source>Lock &amp;automatically</source>
        <translation>Bloquear &amp;automáticamente</translation>
    </message>
    <message>
        <source>&amp;Never</source>
        <translation>&amp;Nunca</translation>
    </message>
    <message>
        <source>After {minutes} minutes without use</source>
        <translation>Tras {minutes} minutos sin uso</translation>
    </message>
    <message>
        <source>The program will lock itself when the work in progress is done.</source>
        <translation>El programa se bloqueará cuando termine el trabajo en curso.</translation>
    </message>
</context>
<context>
    <name>BackupsDialog</name>
    <message>
        <source>Backups</source>
        <translation>Copias de seguridad</translation>
    </message>
    <message>
        <source>The program keeps a copy of all your cases each day it is used, the newest {keep}. Restoring one brings back your cases as they were then. Your data as it is now is kept as a backup first, so you can go back.</source>
        <translation>El programa guarda una copia de todos sus casos cada día que se usa, las {keep} más recientes. Si restaura una, sus casos vuelven a estar como entonces. Antes, sus datos actuales se guardan como copia de seguridad, para que pueda volver a ellos.</translation>
    </message>
    <message>
        <source>There are no backups yet.</source>
        <translation>Todavía no hay copias de seguridad.</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>Hecha</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <source>What it holds</source>
        <translation>Contenido</translation>
    </message>
    <message>
        <source>Backups, newest first</source>
        <translation>Copias de seguridad, la más reciente primero</translation>
    </message>
    <message>
        <source>&amp;Restore this backup…</source>
        <translation>&amp;Restaurar esta copia…</translation>
    </message>
    <message>
        <source>damaged data, kept as it was</source>
        <translation>datos dañados, guardados tal como estaban</translation>
    </message>
    <message>
        <source>cases: {count}</source>
        <translation>casos: {count}</translation>
    </message>
    <message>
        <source>Restore the backup from {date}? Your cases go back to how they were then. Your data as it is now is kept as the newest backup, so you can go back to it.</source>
        <translation>¿Restaurar la copia de seguridad del {date}? Sus casos vuelven a estar como entonces. Sus datos actuales se guardan como la copia de seguridad más reciente, para que pueda volver a ellos.</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>Restaurar una copia de seguridad</translation>
    </message>
    <message>
        <source>Not restored</source>
        <translation>No se restauró</translation>
    </message>
    <message>
        <source>The backup from {date} is restored. Your data as it was before is kept as the newest backup (Case menu, Backups).</source>
        <translation>Se restauró la copia de seguridad del {date}. Sus datos de antes se guardan como la copia de seguridad más reciente (menú Caso, Copias de seguridad).</translation>
    </message>
</context>
<context>
    <name>BundleActions</name>
    <message>
        <source>Save the whole case, &amp;encrypted…</source>
        <translation>Guardar el caso completo &amp;cifrado…</translation>
    </message>
    <message>
        <source>One file with the case and all its files, to move it to another computer</source>
        <translation>Un archivo con el caso y todos sus archivos, para llevarlo a otro ordenador</translation>
    </message>
    <message>
        <source>Open an encr&amp;ypted case…</source>
        <translation>Abrir un caso cifrad&amp;o…</translation>
    </message>
    <message>
        <source>Save the whole case, encrypted</source>
        <translation>Guardar el caso completo cifrado</translation>
    </message>
    <message>
        <source>Open an encrypted case</source>
        <translation>Abrir un caso cifrado</translation>
    </message>
    <message>
        <source>Encrypted cases (*{suffix})</source>
        <translation>Casos cifrados (*{suffix})</translation>
    </message>
    <message>
        <source>{name} (encrypted)</source>
        <translation>{name} (cifrado)</translation>
    </message>
    <message>
        <source>“{name}” is saved with all its files, encrypted, in {path}. To open it on another computer, you need its passphrase.</source>
        <translation>«{name}» se ha guardado cifrado, con todos sus archivos, en {path}. Para abrirlo en otro ordenador necesitará su contraseña.</translation>
    </message>
    <message>
        <source>Saving the encrypted case… {percent} %</source>
        <translation>Guardando el caso cifrado… {percent} %</translation>
    </message>
    <message>
        <source>Opening the encrypted case… {percent} %</source>
        <translation>Abriendo el caso cifrado… {percent} %</translation>
    </message>
    <message>
        <source>“{name}” is opened as case number {number}, with all its files.</source>
        <translation>«{name}» se ha abierto como caso número {number}, con todos sus archivos.</translation>
    </message>
</context>
<context>
    <name>BundlePassphraseDialog</name>
    <message>
        <source>Choose a passphrase for this file. You will need it to open the file on another computer. Nobody can open the file without it, not even you, so write it down and keep it apart from the file.</source>
        <translation>Elija una contraseña para este archivo. La necesitará para abrir el archivo en otro ordenador. Sin ella nadie puede abrir el archivo, ni siquiera usted; por eso, anótela y guárdela separada del archivo.</translation>
    </message>
    <message>
        <source>Type the passphrase that was chosen when this file was saved.</source>
        <translation>Escriba la contraseña que se eligió al guardar este archivo.</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <source>Passphrase again</source>
        <translation>Repita la contraseña</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Contraseña:</translation>
    </message>
    <message>
        <source>&amp;Again:</source>
        <translation>&amp;Repítala:</translation>
    </message>
    <message>
        <source>Please type the passphrase.</source>
        <translation>Escriba la contraseña, por favor.</translation>
    </message>
    <message>
        <source>The two passphrases are not the same. Please type them again.</source>
        <translation>Las dos contraseñas no son iguales. Escríbalas otra vez, por favor.</translation>
    </message>
</context>
<context>
    <name>Calendar</name>
    <message>
        <source>Second opinion appointment for {name}</source>
        <translation>Cita de segunda opinión para {name}</translation>
    </message>
    <message>
        <source>Second opinion appointment</source>
        <translation>Cita de segunda opinión</translation>
    </message>
    <message>
        <source>Appointment with {doctor}. Bring your list of questions.</source>
        <translation>Cita con {doctor}. Traiga su lista de preguntas.</translation>
    </message>
    <message>
        <source>Bring your list of questions.</source>
        <translation>Traiga su lista de preguntas.</translation>
    </message>
    <message>
        <source>Records due at the specialist&apos;s office</source>
        <translation>Plazo: sus documentos deben estar en la consulta del especialista</translation>
    </message>
    <message>
        <source>By now the specialist&apos;s office should have all your records, so the doctor has time to study them before the appointment. If they have not confirmed receipt, call them.</source>
        <translation>A estas alturas, la consulta del especialista ya debería tener todos sus documentos, para que el médico tenga tiempo de estudiarlos antes de la cita. Si no le han confirmado que los recibieron, llámelos.</translation>
    </message>
    <message>
        <source>Ask the specialist&apos;s office to confirm they have your records</source>
        <translation>Pida a la consulta del especialista que le confirme que tiene sus documentos</translation>
    </message>
    <message>
        <source>Records from {to_whom} are due</source>
        <translation>Vence el plazo de los documentos de {to_whom}</translation>
    </message>
    <message>
        <source>Requested records are due</source>
        <translation>Vence el plazo de los documentos solicitados</translation>
    </message>
    <message>
        <source>Today is the last day for an answer to your records request. If nothing has arrived, call and ask.</source>
        <translation>Hoy es el último día para que respondan a su solicitud de documentos. Si no ha llegado nada, llame y pregunte.</translation>
    </message>
    <message>
        <source>Weekly check-in</source>
        <translation>Revisión semanal</translation>
    </message>
    <message>
        <source>Take 10 minutes to scan and file this week&apos;s medical papers, receipts and notes in the planner. Or mark that nothing is new this week.</source>
        <translation>Dedique 10 minutos a escanear y archivar en el planificador los papeles médicos, recibos y notas de esta semana. O indique que esta semana no hay nada nuevo.</translation>
    </message>
</context>
<context>
    <name>CaseActions</name>
    <message>
        <source>&amp;New case…</source>
        <translation>&amp;Nuevo caso…</translation>
    </message>
    <message>
        <source>&amp;All cases…</source>
        <translation>&amp;Todos los casos…</translation>
    </message>
    <message>
        <source>&amp;Rename case…</source>
        <translation>&amp;Renombrar caso…</translation>
    </message>
    <message>
        <source>&amp;Delete case…</source>
        <translation>&amp;Eliminar caso…</translation>
    </message>
    <message>
        <source>&amp;Save the case file…</source>
        <translation>&amp;Guardar el archivo del caso…</translation>
    </message>
    <message>
        <source>&amp;Import a case file…</source>
        <translation>&amp;Importar un archivo de caso…</translation>
    </message>
    <message>
        <source>Unarc&amp;hive case</source>
        <translation>Sacar el caso del &amp;archivo</translation>
    </message>
    <message>
        <source>Arc&amp;hive case</source>
        <translation>&amp;Archivar caso</translation>
    </message>
    <message>
        <source>&amp;Undo the delete of “{name}”</source>
        <translation>&amp;Deshacer la eliminación de «{name}»</translation>
    </message>
    <message>
        <source>&amp;Undo the delete</source>
        <translation>&amp;Deshacer la eliminación</translation>
    </message>
    <message>
        <source>New case</source>
        <translation>Nuevo caso</translation>
    </message>
    <message>
        <source>Whose second opinion is this? Type the patient&apos;s name:</source>
        <translation>¿Para quién es esta segunda opinión? Escriba el nombre del paciente:</translation>
    </message>
    <message>
        <source>Rename case</source>
        <translation>Renombrar caso</translation>
    </message>
    <message>
        <source>New name:</source>
        <translation>Nombre nuevo:</translation>
    </message>
    <message>
        <source>There is already a case called “{name}”. Make another case with the same name? The two are told apart by their number and date of birth.</source>
        <translation>Ya hay un caso llamado «{name}». ¿Desea crear otro caso con el mismo nombre? Los dos se distinguen por su número y su fecha de nacimiento.</translation>
    </message>
    <message>
        <source>Archive case</source>
        <translation>Archivar caso</translation>
    </message>
    <message>
        <source>“{name}” is in the list of cases again.</source>
        <translation>«{name}» vuelve a estar en la lista de casos.</translation>
    </message>
    <message>
        <source>“{name}” is archived: it is kept, but no longer in the list of cases. Now showing “{shown}”.</source>
        <translation>«{name}» está archivado: se conserva, pero ya no está en la lista de casos. Ahora se muestra «{shown}».</translation>
    </message>
    <message>
        <source>“{name}” is archived: it is kept, but no longer in the list of cases. No case is open now.</source>
        <translation>«{name}» está archivado: se conserva, pero ya no está en la lista de casos. Ahora no hay ningún caso abierto.</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <source>Delete case</source>
        <translation>Eliminar caso</translation>
    </message>
    <message>
        <source>Delete the case “{name}” and everything in it? You can undo this until you close the program.</source>
        <translation>¿Eliminar el caso «{name}» y todo lo que contiene? Puede deshacerlo hasta que cierre el programa.</translation>
    </message>
    <message>
        <source>“{name}” is deleted. Now showing “{shown}”.</source>
        <translation>«{name}» está eliminado. Ahora se muestra «{shown}».</translation>
    </message>
    <message>
        <source>“{name}” is deleted. No case is open now.</source>
        <translation>«{name}» está eliminado. Ahora no hay ningún caso abierto.</translation>
    </message>
    <message>
        <source>“{name}” is back.</source>
        <translation>«{name}» está de vuelta.</translation>
    </message>
    <message>
        <source>Save the case file</source>
        <translation>Guardar el archivo del caso</translation>
    </message>
    <message>
        <source>Case file {name}.json</source>
        <translation>Archivo del caso {name}.json</translation>
    </message>
    <message>
        <source>Case files (*.json)</source>
        <translation>Archivos de caso (*.json)</translation>
    </message>
    <message>
        <source>The case file is saved: {path}. It is not encrypted, so keep it as safe as a paper file.</source>
        <translation>El archivo del caso está guardado: {path}. No está cifrado, así que guárdelo con el mismo cuidado que un expediente en papel.</translation>
    </message>
    <message>
        <source>Import a case file</source>
        <translation>Importar un archivo de caso</translation>
    </message>
    <message>
        <source>“{name}” is imported as case number {number}.</source>
        <translation>«{name}» se importó como caso número {number}.</translation>
    </message>
    <message>
        <source>{count} cases are imported. Now showing “{name}”.</source>
        <translation>Se importaron {count} casos. Ahora se muestra «{name}».</translation>
    </message>
</context>
<context>
    <name>CaseloadDialog</name>
    <message>
        <source>All cases</source>
        <translation>Todos los casos</translation>
    </message>
    <message>
        <source>Type part of a name or a case number to find a case. Click a case, or press Enter, to open it.</source>
        <translation>Escriba parte de un nombre o un número de caso para encontrar un caso. Haga clic en un caso, o pulse Intro, para abrirlo.</translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation>&amp;Buscar:</translation>
    </message>
    <message>
        <source>Part of a name, or a case number</source>
        <translation>Parte de un nombre o un número de caso</translation>
    </message>
    <message>
        <source>Show &amp;archived cases</source>
        <translation>Mostrar casos &amp;archivados</translation>
    </message>
    <message>
        <source>&amp;Sort by:</source>
        <translation>&amp;Ordenar por:</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>Ab&amp;rir</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Casos</translation>
    </message>
    <message>
        <source>No case matches “{text}”.</source>
        <translation>Ningún caso coincide con «{text}».</translation>
    </message>
    <message>
        <source>{shown} of {total} cases</source>
        <translation>{shown} de {total} casos</translation>
    </message>
</context>
<context>
    <name>CaseloadModel</name>
    <message>
        <source>No.</source>
        <translation>N.º</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Steps done</source>
        <translation>Pasos hechos</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Siguiente paso</translation>
    </message>
    <message>
        <source>Next date</source>
        <translation>Próxima fecha</translation>
    </message>
    <message>
        <source>Last change</source>
        <translation>Último cambio</translation>
    </message>
</context>
<context>
    <name>ChartRow</name>
    <message>
        <source>Your own row</source>
        <translation>Su propia fila</translation>
    </message>
    <message>
        <source>Row:</source>
        <translation>Fila:</translation>
    </message>
    <message>
        <source>What this row compares, for example Cost</source>
        <translation>Qué compara esta fila, por ejemplo el coste</translation>
    </message>
    <message>
        <source>Name of your own row</source>
        <translation>Nombre de su propia fila</translation>
    </message>
    <message>
        <source>Remove this row…</source>
        <translation>Quitar esta fila…</translation>
    </message>
    <message>
        <source>Remove the row {name}</source>
        <translation>Quitar la fila {name}</translation>
    </message>
    <message>
        <source>{row}, {opinion}</source>
        <translation>{row}, {opinion}</translation>
    </message>
    <message>
        <source>Do they &amp;agree?</source>
        <translation>¿&amp;Coinciden?</translation>
    </message>
    <message>
        <source>{row}: do they agree?</source>
        <translation>{row}: ¿coinciden?</translation>
    </message>
</context>
<context>
    <name>CheckinsEditor</name>
    <message>
        <source>Your weekly check-in</source>
        <translation>Su revisión semanal</translation>
    </message>
    <message>
        <source>Every Sunday evening, take 10 minutes: add the week&apos;s papers, receipts and notes below and put each in its group. That counts as the week&apos;s check-in. If nothing came this week, say so with the button.</source>
        <translation>Cada domingo por la tarde, dedique 10 minutos: añada abajo los papeles, recibos y notas de la semana y ponga cada uno en su grupo. Eso cuenta como la revisión de la semana. Si esta semana no llegó nada, indíquelo con el botón.</translation>
    </message>
    <message>
        <source>&amp;Nothing new this week</source>
        <translation>&amp;Nada nuevo esta semana</translation>
    </message>
    <message>
        <source>Your check-ins so far:</source>
        <translation>Sus revisiones hasta ahora:</translation>
    </message>
    <message>
        <source>This week&apos;s check-in is done.</source>
        <translation>La revisión de esta semana está hecha.</translation>
    </message>
    <message>
        <source>This week&apos;s check-in is still open, until Sunday, {date}.</source>
        <translation>La revisión de esta semana sigue abierta hasta el domingo, {date}.</translation>
    </message>
    <message>
        <source>nothing new</source>
        <translation>nada nuevo</translation>
    </message>
    <message>
        <source>documents filed</source>
        <translation>documentos archivados</translation>
    </message>
    <message>
        <source>• Week of {monday}: {what}</source>
        <translation>• Semana del {monday}: {what}</translation>
    </message>
    <message>
        <source>None yet.</source>
        <translation>Todavía ninguna.</translation>
    </message>
    <message>
        <source>{count} weeks in a row. The habit is built: well done!</source>
        <translation>{count} semanas seguidas. Ya tiene el hábito: ¡muy bien hecho!</translation>
    </message>
    <message>
        <source>You kept it up {longest} weeks in a row before; now: {count}. Keep going!</source>
        <translation>Antes lo mantuvo {longest} semanas seguidas; ahora lleva {count}. ¡Siga así!</translation>
    </message>
    <message>
        <source>No weeks in a row yet. Four in a row build the habit.</source>
        <translation>Todavía no hay semanas seguidas. Con cuatro seguidas se crea el hábito.</translation>
    </message>
    <message>
        <source>{count} of 4 weeks in a row.</source>
        <translation>{count} de 4 semanas seguidas.</translation>
    </message>
</context>
<context>
    <name>Checklist</name>
    <message>
        <source>Second opinion checklist</source>
        <translation>Lista de verificación para la segunda opinión</translation>
    </message>
    <message>
        <source>Patient: {name}</source>
        <translation>Paciente: {name}</translation>
    </message>
    <message>
        <source>Printed on: {date}</source>
        <translation>Fecha de impresión: {date}</translation>
    </message>
    <message>
        <source>Progress: {done} of {total} steps done</source>
        <translation>Avance: {done} de {total} pasos hechos</translation>
    </message>
    <message>
        <source>Step {number}: {title}</source>
        <translation>Paso {number}: {title}</translation>
    </message>
    <message>
        <source>Why it matters</source>
        <translation>Por qué es importante</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>Qué hacer</translation>
    </message>
    <message>
        <source>What you wrote down</source>
        <translation>Lo que usted anotó</translation>
    </message>
    <message>
        <source>Done when</source>
        <translation>Está hecho cuando</translation>
    </message>
    <message>
        <source>Good to know</source>
        <translation>Conviene saber</translation>
    </message>
    <message>
        <source>{name} · printed {date} · page {page} of {pages}</source>
        <translation>{name} · impreso el {date} · página {page} de {pages}</translation>
    </message>
    <message>
        <source>Your questions: {count} (most important: {starred})</source>
        <translation>Sus preguntas: {count} (las más importantes: {starred})</translation>
    </message>
    <message>
        <source>Last printed or saved as a PDF on {date}, with {count} questions.</source>
        <translation>Impresa o guardada como PDF por última vez el {date}, con {count} preguntas.</translation>
    </message>
    <message>
        <source>The list has not been printed or saved yet.</source>
        <translation>La lista aún no se ha impreso ni guardado.</translation>
    </message>
    <message>
        <source>Recordings of the visit: {count}</source>
        <translation>Grabaciones de la consulta: {count}</translation>
    </message>
    <message>
        <source>Answers written down: {count} of {total}</source>
        <translation>Respuestas anotadas: {count} de {total}</translation>
    </message>
    <message>
        <source>The T-chart, row by row:</source>
        <translation>La tabla en T, fila por fila:</translation>
    </message>
    <message>
        <source>not compared yet</source>
        <translation>aún sin comparar</translation>
    </message>
    <message>
        <source>Documents in the safe folder: {count}. Still to sort: {unsorted}.</source>
        <translation>Documentos en la carpeta segura: {count}. Por clasificar: {unsorted}.</translation>
    </message>
    <message>
        <source>Weekly check-ins: {count}. Weeks in a row now: {current}. Most weeks in a row: {longest}.</source>
        <translation>Revisiones semanales: {count}. Semanas seguidas ahora: {current}. Máximo de semanas seguidas: {longest}.</translation>
    </message>
    <message>
        <source>… and {count} earlier check-ins.</source>
        <translation>… y {count} revisiones anteriores.</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>{name}: {done} of {total} steps done</source>
        <translation>{name}: {done} de {total} pasos hechos</translation>
    </message>
    <message>
        <source>Next, in step {number}: {action}</source>
        <translation>Lo siguiente, en el paso {number}: {action}</translation>
    </message>
    <message>
        <source>Case {number} ({name}) is archived: it is kept, but no longer listed. To list it again: case unarchive {number}</source>
        <translation>El caso {number} ({name}) está archivado: se conserva, pero ya no aparece en la lista. Para que vuelva a aparecer: case unarchive {number}</translation>
    </message>
    <message>
        <source>Case {number} ({name}) is listed again.</source>
        <translation>El caso {number} ({name}) vuelve a aparecer en la lista.</translation>
    </message>
    <message>
        <source>Case {number} ({name}) is deleted.</source>
        <translation>El caso {number} ({name}) está eliminado.</translation>
    </message>
    <message>
        <source>No cases yet.</source>
        <translation>Todavía no hay casos.</translation>
    </message>
    <message>
        <source>{done} of {total} steps done</source>
        <translation>{done} de {total} pasos hechos</translation>
    </message>
    <message>
        <source>No dates yet</source>
        <translation>Todavía no hay fechas</translation>
    </message>
    <message>
        <source>Next date: {date}</source>
        <translation>Próxima fecha: {date}</translation>
    </message>
    <message>
        <source>Case {number}: {name}</source>
        <translation>Caso {number}: {name}</translation>
    </message>
    <message>
        <source>Imported: {imported}. Already in the case: {duplicates}. Not imported: {passed}.</source>
        <translation>Importados: {imported}. Ya estaban en el caso: {duplicates}. No importados: {passed}.</translation>
    </message>
    <message>
        <source>No records in this case yet.</source>
        <translation>Este caso todavía no tiene documentos.</translation>
    </message>
    <message>
        <source>{date}  {modalities}  {description} ({count} images)</source>
        <translation>{date}  {modalities}  {description} ({count} imágenes)</translation>
    </message>
    <message>
        <source>Written: {path}</source>
        <translation>Guardado: {path}</translation>
    </message>
    <message>
        <source>The data folder is healthy. Cases: {count}.</source>
        <translation>La carpeta de datos está en buen estado. Casos: {count}.</translation>
    </message>
    <message>
        <source>There are no backups yet; open the wizard to make one, and check that the disk has free space.</source>
        <translation>Todavía no hay copias de seguridad; abra el asistente para hacer una y compruebe que el disco tiene espacio libre.</translation>
    </message>
    <message>
        <source>Backups: {count}, the newest from {date}, over 2 days old; open the wizard to make a new one and check the free disk space.</source>
        <translation>Copias de seguridad: {count}, la más reciente del {date}, de hace más de 2 días; abra el asistente para hacer una nueva y compruebe el espacio libre en el disco.</translation>
    </message>
    <message>
        <source>Backups: {count}, the newest from {date}.</source>
        <translation>Copias de seguridad: {count}, la más reciente del {date}.</translation>
    </message>
    <message>
        <source>There are no backups of this data folder yet.</source>
        <translation>Todavía no hay copias de seguridad de esta carpeta de datos.</translation>
    </message>
    <message>
        <source>damaged data, kept as it was</source>
        <translation>datos dañados, guardados tal como estaban</translation>
    </message>
    <message>
        <source>cases: {count}</source>
        <translation>casos: {count}</translation>
    </message>
    <message>
        <source>The backup from {date} is restored (cases: {count}). The data it replaced is kept as backup {number}; to go back to it: restore --from-backup {number}</source>
        <translation>Se ha restaurado la copia de seguridad del {date} (casos: {count}). Los datos reemplazados se guardan como copia de seguridad {number}; para volver a ellos: restore --from-backup {number}</translation>
    </message>
    <message>
        <source>Passphrase of the encrypted case file: </source>
        <translation>Contraseña del archivo cifrado del caso: </translation>
    </message>
    <message>
        <source>Choose a passphrase for the encrypted case file: </source>
        <translation>Elija una contraseña para el archivo cifrado del caso: </translation>
    </message>
    <message>
        <source>The same passphrase again: </source>
        <translation>La misma contraseña otra vez: </translation>
    </message>
    <message>
        <source>Saved, encrypted: {path} (the case {name}; files: {count}). It opens only with its passphrase, so keep that safe.</source>
        <translation>Guardado cifrado: {path} (el caso {name}; archivos: {count}). Solo se abre con su contraseña; guárdela en un lugar seguro.</translation>
    </message>
    <message>
        <source>The case {name} is restored as case {number}. Files: {count}.</source>
        <translation>El caso {name} se ha restaurado como caso {number}. Archivos: {count}.</translation>
    </message>
    <message>
        <source>Passphrase or recovery key:</source>
        <translation>Frase de contraseña o clave de recuperación:</translation>
    </message>
    <message>
        <source>Recovery key:</source>
        <translation>Clave de recuperación:</translation>
    </message>
    <message>
        <source>New passphrase (at least 8 characters):</source>
        <translation>Nueva frase de contraseña (al menos 8 caracteres):</translation>
    </message>
    <message>
        <source>The new passphrase again:</source>
        <translation>La nueva frase de contraseña otra vez:</translation>
    </message>
    <message>
        <source>The data is locked with a key kept in the system keyring.</source>
        <translation>Los datos están bloqueados con una clave guardada en el llavero del sistema.</translation>
    </message>
    <message>
        <source>The data is locked with a passphrase.</source>
        <translation>Los datos están bloqueados con una frase de contraseña.</translation>
    </message>
    <message>
        <source>There is no recovery key yet; make one with: second-opinion key new-recovery</source>
        <translation>Todavía no hay clave de recuperación; cree una con: second-opinion key new-recovery</translation>
    </message>
    <message>
        <source>Your recovery key, shown only this once: {key}
Write it down or print it and keep it in a safe place. It opens your data if the passphrase is forgotten or the keyring loses the key; any earlier recovery key no longer works.</source>
        <translation>Su clave de recuperación, mostrada solo esta vez: {key}
Anótela o imprímala y guárdela en un lugar seguro. Abre sus datos si olvida la frase de contraseña o si el llavero pierde la clave; cualquier clave de recuperación anterior deja de funcionar.</translation>
    </message>
</context>
<context>
    <name>DamagedDialog</name>
    <message>
        <source>Your data is damaged — {app}</source>
        <translation>Sus datos están dañados — {app}</translation>
    </message>
    <message>
        <source>Your data cannot be opened</source>
        <translation>Sus datos no se pueden abrir</translation>
    </message>
    <message>
        <source>The file that holds your cases is damaged, so the program cannot open it. Nothing was changed or deleted.</source>
        <translation>El archivo que guarda sus casos está dañado, por eso el programa no lo puede abrir. No se cambió ni se borró nada.</translation>
    </message>
    <message>
        <source>There is no good backup to restore. Keep the data folder as it is, and ask someone who knows computers for help. The data folder is:
{folder}</source>
        <translation>No hay ninguna copia de seguridad en buen estado para restaurar. Deje la carpeta de datos como está y pida ayuda a alguien que sepa de computadoras. La carpeta de datos es:
{folder}</translation>
    </message>
    <message>
        <source>The newest good backup is from {date}. Restoring it brings back your cases as they were then; changes made after that are lost. The damaged file is kept aside as a backup first.</source>
        <translation>La copia de seguridad en buen estado más reciente es del {date}. Si la restaura, sus casos vuelven a estar como entonces; los cambios posteriores se pierden. Antes, el archivo dañado se guarda aparte como copia de seguridad.</translation>
    </message>
    <message>
        <source>&amp;Restore the backup from {date}</source>
        <translation>&amp;Restaurar la copia del {date}</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>The backup from {date} is restored. The damaged file is kept among the backups (Case menu, Backups).</source>
        <translation>Se restauró la copia de seguridad del {date}. El archivo dañado se guarda entre las copias de seguridad (menú Caso, Copias de seguridad).</translation>
    </message>
</context>
<context>
    <name>DateEdit</name>
    <message>
        <source>Calendar…</source>
        <translation>Calendario…</translation>
    </message>
    <message>
        <source>Pick the date from a calendar</source>
        <translation>Elegir la fecha en un calendario</translation>
    </message>
    <message>
        <source>for example {date}</source>
        <translation>por ejemplo {date}</translation>
    </message>
    <message>
        <source>Pick a date</source>
        <translation>Elegir una fecha</translation>
    </message>
</context>
<context>
    <name>EntryList</name>
    <message>
        <source>Nothing written down yet.</source>
        <translation>Todavía no hay nada anotado.</translation>
    </message>
    <message>
        <source>{list}: entry {number} of {count}</source>
        <translation>{list}: entrada {number} de {count}</translation>
    </message>
    <message>
        <source>Remove this entry</source>
        <translation>Quitar esta entrada</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>Could not write {path} ({reason}); choose a folder you can write to, with free space, and try again.</source>
        <translation>No se pudo guardar {path} ({reason}); elija una carpeta donde se pueda guardar y que tenga espacio libre, y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>No system keyring is available to keep the key safe; set SECOND_OPINION_PASSPHRASE to a passphrase of your choice and try again.</source>
        <translation>No hay un llavero del sistema para guardar la clave de forma segura; ponga en SECOND_OPINION_PASSPHRASE una contraseña que usted elija y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>There is nothing at {path}; check the path.</source>
        <translation>No hay nada en {path}; compruebe la ruta.</translation>
    </message>
    <message>
        <source>The data folder has problems ({problems}); restore the newest good backup, from {date}, with this command: {command}.</source>
        <translation>La carpeta de datos tiene problemas ({problems}); restaure la copia de seguridad buena más reciente, del {date}, con este comando: {command}.</translation>
    </message>
    <message>
        <source>The data folder has problems ({problems}); restore a backup.</source>
        <translation>La carpeta de datos tiene problemas ({problems}); restaure una copia de seguridad.</translation>
    </message>
    <message>
        <source>Stopped; nothing half-written was left behind.</source>
        <translation>Detenido; no ha quedado ningún archivo a medio escribir.</translation>
    </message>
    <message>
        <source>An unexpected problem stopped the command ({problem}); please report it.</source>
        <translation>Un problema inesperado ha detenido la orden ({problem}); por favor, infórmenos.</translation>
    </message>
    <message>
        <source>The file {file} does not exist.</source>
        <translation>El archivo {file} no existe.</translation>
    </message>
    <message>
        <source>The file {file} cannot be read ({reason}).</source>
        <translation>No se puede leer el archivo {file} ({reason}).</translation>
    </message>
    <message>
        <source>{file} is not a valid case file ({problem}); nothing was imported.</source>
        <translation>{file} no es un archivo de caso válido ({problem}); no se importó nada.</translation>
    </message>
    <message>
        <source>There is no data in {path} yet; check the folder name, or create a case first with: case new NAME.</source>
        <translation>Todavía no hay datos en {path}; revise el nombre de la carpeta o cree primero un caso con: case new NAME.</translation>
    </message>
    <message>
        <source>The database {file} is missing, but its key file is still there; put the database back from a backup of this folder (nothing was changed).</source>
        <translation>Falta la base de datos {file}, pero su archivo de la clave sigue ahí; vuelva a poner la base de datos desde una copia de seguridad de esta carpeta (no se ha cambiado nada).</translation>
    </message>
    <message>
        <source>The data folder {path} cannot be created or used ({reason}); choose another one with --data-dir.</source>
        <translation>No se puede crear ni usar la carpeta de datos {path} ({reason}); elija otra con --data-dir.</translation>
    </message>
    <message>
        <source>Other people who use this computer may be able to read {path}; make your data folder private with this command: {command}.</source>
        <translation>Otras personas que usan este equipo podrían leer {path}; haga privada su carpeta de datos con este comando: {command}.</translation>
    </message>
    <message>
        <source>The data in {path} is open in another window of Second Opinion Planner; use that window, or close it and try again.</source>
        <translation>Los datos de {path} ya están abiertos en otra ventana de Second Opinion Planner; use esa ventana, o ciérrela y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>Several cases are called {name}; use the case number instead.</source>
        <translation>Hay varios casos llamados {name}; use mejor el número del caso.</translation>
    </message>
    <message>
        <source>There is no case called {name}; see the list with: case list.</source>
        <translation>No hay ningún caso llamado {name}; vea la lista con: case list.</translation>
    </message>
    <message>
        <source>That case no longer exists; choose another one.</source>
        <translation>Ese caso ya no existe; elija otro.</translation>
    </message>
    <message>
        <source>That entry no longer exists; it may have been removed elsewhere.</source>
        <translation>Esa entrada ya no existe; quizá se quitó en otro lugar.</translation>
    </message>
    <message>
        <source>Please type a name for the case.</source>
        <translation>Escriba un nombre para el caso, por favor.</translation>
    </message>
    <message>
        <source>That name is too long; please use at most 200 letters.</source>
        <translation>Ese nombre es demasiado largo; use como máximo 200 letras, por favor.</translation>
    </message>
    <message>
        <source>A passphrase of only spaces is easy to guess; please choose one with letters or numbers.</source>
        <translation>Una contraseña hecha solo de espacios es fácil de adivinar; elija una con letras o números.</translation>
    </message>
    <message>
        <source>Please choose a passphrase of at least {count} characters.</source>
        <translation>Elija una contraseña de al menos {count} caracteres.</translation>
    </message>
    <message>
        <source>That passphrase is not right; check for typing mistakes (and Caps Lock), then try again.</source>
        <translation>Esa frase de contraseña no es correcta; revise si hay errores de escritura (y la tecla Bloq Mayús) e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>The key file {file} is damaged, so the data cannot be opened; restore it from a backup of this folder.</source>
        <translation>El archivo de la clave {file} está dañado y por eso no se pueden abrir los datos; restáurelo desde una copia de seguridad de esta carpeta.</translation>
    </message>
    <message>
        <source>The key file {file} cannot be read ({reason}); check that this folder is yours and readable, then try again.</source>
        <translation>No se puede leer el archivo de la clave {file} ({reason}); compruebe que esta carpeta es suya y se puede leer, y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>The key file {file} is missing, so the data cannot be opened; put it back from a backup of this folder.</source>
        <translation>Falta el archivo de clave {file}, así que no se pueden abrir los datos; recupérelo de una copia de seguridad de esta carpeta.</translation>
    </message>
    <message>
        <source>This data folder is protected by a passphrase: enter it (or your recovery key), or set SECOND_OPINION_PASSPHRASE.</source>
        <translation>Esta carpeta de datos está protegida por una frase de contraseña: escríbala (o su clave de recuperación), o defina SECOND_OPINION_PASSPHRASE.</translation>
    </message>
    <message>
        <source>The keyring did not give the key (it may be locked); type your recovery key, or unlock the keyring and try again.</source>
        <translation>El llavero no ha dado la clave (quizá esté bloqueado); escriba su clave de recuperación, o desbloquee el llavero e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>No recovery key was made for this data, so only its passphrase opens it; type the passphrase.</source>
        <translation>No se creó ninguna clave de recuperación para estos datos, así que solo su frase de contraseña los abre; escriba la frase de contraseña.</translation>
    </message>
    <message>
        <source>The key for this data folder could not be read from the system keyring; unlock your keyring and try again.</source>
        <translation>No se pudo leer la clave de esta carpeta de datos en el llavero del sistema; desbloquee su llavero y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>The data in {path} comes from a newer version of Second Opinion Planner; open it with that version or a newer one (nothing was changed).</source>
        <translation>Los datos de {path} proceden de una versión más reciente de Second Opinion Planner; ábralos con esa versión o con una más reciente (no se ha cambiado nada).</translation>
    </message>
    <message>
        <source>Cannot open the data in {path}: the key does not match or the file is damaged; check the passphrase or keyring, or restore a backup.</source>
        <translation>No se pueden abrir los datos de {path}: la clave no coincide o el archivo está dañado; revise la contraseña o el llavero, o restaure una copia de seguridad.</translation>
    </message>
    <message>
        <source>The data in {path} is busy in another window or command; close it or wait a moment, then try again.</source>
        <translation>Los datos de {path} están en uso en otra ventana u orden; ciérrela o espere un momento, y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>The disk that holds {path} is full; free some disk space, then try again.</source>
        <translation>El disco que contiene {path} está lleno; libere algo de espacio y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>The data folder {path} cannot be used ({reason}); make it readable and writable for you, or choose another one with --data-dir.</source>
        <translation>No se puede usar la carpeta de datos {path} ({reason}); haga que usted pueda leerla y escribir en ella, o elija otra con --data-dir.</translation>
    </message>
    <message>
        <source>The disk could not read or write {path}; check that the disk is connected and healthy, then try again.</source>
        <translation>El disco no pudo leer ni escribir {path}; compruebe que está conectado y en buen estado, y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>Your last change could not be saved because another window or command is saving too; wait a moment, then try again.</source>
        <translation>Su último cambio no se pudo guardar porque otra ventana u orden también está guardando; espere un momento y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>Your last change could not be saved because the disk is full; free some disk space, then try again.</source>
        <translation>Su último cambio no se pudo guardar porque el disco está lleno; libere algo de espacio y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>Your last change could not be saved because the data folder {path} cannot be written ({reason}); make it writable for you, then try again.</source>
        <translation>Su último cambio no se pudo guardar porque no se puede escribir en la carpeta de datos {path} ({reason}); haga que usted pueda escribir en ella y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>Your last change could not be saved because the disk reported an error; check that the disk is connected and healthy, then try again.</source>
        <translation>Su último cambio no se pudo guardar porque el disco informó de un error; compruebe que está conectado y en buen estado, y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>Your last change could not be saved because the data in {path} is damaged; restore a backup of this folder.</source>
        <translation>Su último cambio no se pudo guardar porque los datos de {path} están dañados; restaure una copia de seguridad de esta carpeta.</translation>
    </message>
    <message>
        <source>The data in {path} is damaged; restore a backup of this folder, and keep the damaged file until you have.</source>
        <translation>Los datos de {path} están dañados; restaure una copia de seguridad de esta carpeta y conserve el archivo dañado hasta haberlo hecho.</translation>
    </message>
    <message>
        <source>{path} is inside the program&apos;s data folder {folder}; save the file somewhere else, such as your Documents folder.</source>
        <translation>{path} está dentro de la carpeta de datos del programa ({folder}); guarde el archivo en otro lugar, por ejemplo en su carpeta «Documentos».</translation>
    </message>
    <message>
        <source>{path} is a symbolic link; choose a new file name, or the file it points to.</source>
        <translation>{path} es un enlace simbólico; elija un nombre de archivo nuevo o el archivo al que apunta.</translation>
    </message>
    <message>
        <source>{path} is a folder; choose a file name inside it.</source>
        <translation>{path} es una carpeta; elija un nombre de archivo dentro de ella.</translation>
    </message>
    <message>
        <source>{path} is not an ordinary file but a device, pipe or socket; choose a new file name.</source>
        <translation>{path} no es un archivo normal, sino un dispositivo, una tubería o un socket; elija un nombre de archivo nuevo.</translation>
    </message>
    <message>
        <source>This case holds no records yet; add them in step 3 first.</source>
        <translation>Este caso todavía no tiene documentos; añádalos primero en el paso 3.</translation>
    </message>
    <message>
        <source>The import stopped because the disk is full; the files copied so far are kept. Free some disk space, then add the rest again.</source>
        <translation>La importación se detuvo porque el disco está lleno; los archivos copiados hasta ahora se conservan. Libere espacio en el disco y vuelva a añadir el resto.</translation>
    </message>
    <message>
        <source>The import stopped because the data folder {path} cannot be written; make it writable for you, then add the files again.</source>
        <translation>La importación se detuvo porque no se puede escribir en la carpeta de datos {path}; asegúrese de tener permiso para escribir en ella y vuelva a añadir los archivos.</translation>
    </message>
    <message>
        <source>A stored file is missing or damaged in the data folder; restore a backup of the folder, or add the file again.</source>
        <translation>Falta un archivo guardado en la carpeta de datos o está dañado; restaure una copia de seguridad de la carpeta o vuelva a añadir el archivo.</translation>
    </message>
    <message>
        <source>That file is no longer in this case; it may have been removed.</source>
        <translation>Ese archivo ya no está en este caso; puede que se haya quitado.</translation>
    </message>
    <message>
        <source>Please type a name for the file.</source>
        <translation>Escriba un nombre para el archivo.</translation>
    </message>
    <message>
        <source>A case called {name} exists already (number {numbers}); add --same-name to have another case with this name.</source>
        <translation>Ya existe un caso llamado {name} (número {numbers}); añada --same-name para tener otro caso con este nombre.</translation>
    </message>
    <message>
        <source>Deleting case {number} ({name}) removes it and everything in it for good; add --yes to do so.</source>
        <translation>Eliminar el caso {number} ({name}) lo borra para siempre con todo lo que contiene; añada --yes para hacerlo.</translation>
    </message>
    <message>
        <source>The printout could not be prepared; please save it as a PDF and print that.</source>
        <translation>No se pudo preparar la impresión; guárdela como PDF e imprima ese archivo.</translation>
    </message>
    <message>
        <source>The printer could not be started; check that it is switched on and try again, or save the PDF and print that.</source>
        <translation>No se pudo iniciar la impresora; compruebe que está encendida y vuelva a intentarlo, o guarde el PDF e imprímalo.</translation>
    </message>
    <message>
        <source>The folder {path} is not private to you, so no plain copy is written there; remove it and try again.</source>
        <translation>La carpeta {path} no es solo suya, así que no se escribe ahí ninguna copia sin cifrar; bórrela e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>“{name}” is not a sound recording the program can keep; please choose an m4a, mp3, wav or ogg file.</source>
        <translation>«{name}» no es una grabación de sonido que el programa pueda guardar; elija un archivo m4a, mp3, wav u ogg.</translation>
    </message>
    <message>
        <source>Could not read “{name}” ({reason}); check that the file is still there and try again.</source>
        <translation>No se pudo leer «{name}» ({reason}); compruebe que el archivo sigue ahí e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>A backup of {path} could not be made before its update to this version ({reason}); free some disk space, then try again (nothing was changed).</source>
        <translation>No se pudo hacer una copia de seguridad de {path} antes de actualizarla a esta versión ({reason}); libere espacio en el disco e inténtelo de nuevo (no se ha cambiado nada).</translation>
    </message>
    <message>
        <source>Today&apos;s automatic backup could not be made ({reason}); your data is safe, but free some disk space so that backups can be made again.</source>
        <translation>No se pudo hacer la copia de seguridad automática de hoy ({reason}); sus datos están a salvo, pero libere espacio en el disco para que se puedan volver a hacer copias.</translation>
    </message>
    <message>
        <source>There is no backup number {number}; see the list with: backup --list.</source>
        <translation>No hay ninguna copia de seguridad número {number}; vea la lista con: backup --list.</translation>
    </message>
    <message>
        <source>Backup {number} is damaged or cannot be opened with this folder&apos;s key; choose another one from: backup --list (nothing was changed).</source>
        <translation>La copia de seguridad {number} está dañada o no se puede abrir con la clave de esta carpeta; elija otra de: backup --list (no se ha cambiado nada).</translation>
    </message>
    <message>
        <source>Backup {number} was made by a newer version of Second Opinion Planner; restore it with that version (nothing was changed).</source>
        <translation>La copia de seguridad {number} se hizo con una versión más nueva de Second Opinion Planner; restáurela con esa versión (no se ha cambiado nada).</translation>
    </message>
    <message>
        <source>Backup {number} needs stored files that are no longer in the data folder ({count}); choose another one from: backup --list (nothing was changed).</source>
        <translation>La copia de seguridad {number} necesita archivos guardados que ya no están en la carpeta de datos ({count}); elija otra de: backup --list (no se ha cambiado nada).</translation>
    </message>
    <message>
        <source>Backup {number} could not be restored ({reason}); free some disk space, then try again (your data was not changed).</source>
        <translation>No se pudo restaurar la copia de seguridad {number} ({reason}); libere espacio en el disco e inténtelo de nuevo (sus datos no se han cambiado).</translation>
    </message>
    <message>
        <source>The data in {path} is damaged; restore the newest good backup, from {date}, with this command: {command} (it first keeps the damaged data).</source>
        <translation>Los datos de {path} están dañados; restaure la copia de seguridad buena más reciente, del {date}, con este comando: {command} (antes se guardan los datos dañados).</translation>
    </message>
    <message>
        <source>There is no terminal to ask for the passphrase of the encrypted case file; set SECOND_OPINION_BUNDLE_PASSPHRASE to it and try again.</source>
        <translation>No hay ningún terminal donde pedir la contraseña del archivo cifrado del caso; asigne esa contraseña a SECOND_OPINION_BUNDLE_PASSPHRASE y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>The two passphrases are not the same; nothing was saved, so please try again.</source>
        <translation>Las dos contraseñas no son iguales; no se guardó nada, así que vuelva a intentarlo, por favor.</translation>
    </message>
    <message>
        <source>Run this command in a terminal to type the new passphrase, or set SECOND_OPINION_NEW_PASSPHRASE.</source>
        <translation>Ejecute este comando en un terminal para escribir la nueva frase de contraseña, o defina SECOND_OPINION_NEW_PASSPHRASE.</translation>
    </message>
    <message>
        <source>The two passphrases are not the same; nothing was changed.</source>
        <translation>Las dos frases de contraseña no coinciden; no se cambió nada.</translation>
    </message>
    <message>
        <source>The translation for {language} could not be loaded; install the program again, or choose another language.</source>
        <translation>No se pudo cargar la traducción para {language}; vuelva a instalar el programa o elija otro idioma.</translation>
    </message>
    <message>
        <source>The encrypted case file {file} is damaged or incomplete; copy it again from where it came from (nothing was changed).</source>
        <translation>El archivo cifrado del caso {file} está dañado o incompleto; cópielo de nuevo desde su origen (no se cambió nada).</translation>
    </message>
    <message>
        <source>The passphrase is not right for the encrypted case file {file}; check it and try again (nothing was changed).</source>
        <translation>La contraseña no es correcta para el archivo cifrado del caso {file}; revísela y vuelva a intentarlo (no se cambió nada).</translation>
    </message>
    <message>
        <source>The encrypted case file {file} comes from a newer version of this program; open it with that version or a newer one (nothing was changed).</source>
        <translation>El archivo cifrado del caso {file} viene de una versión más reciente de este programa; ábralo con esa versión o una más reciente (no se ha cambiado nada).</translation>
    </message>
    <message>
        <source>{file} is not an encrypted case file; choose a file saved as one (nothing was changed).</source>
        <translation>{file} no es un archivo cifrado de caso; elija un archivo guardado como tal (no se cambió nada).</translation>
    </message>
    <message>
        <source>The case could not be restored because the disk is full; free some disk space, then try again (nothing was changed).</source>
        <translation>No se pudo restaurar el caso porque el disco está lleno; libere algo de espacio y vuelva a intentarlo (no se cambió nada).</translation>
    </message>
    <message>
        <source>The case could not be restored because the data folder cannot be written ({reason}); make it writable for you, then try again (nothing was changed).</source>
        <translation>No se pudo restaurar el caso porque no se puede escribir en la carpeta de datos ({reason}); haga que usted pueda escribir en ella y vuelva a intentarlo (no se cambió nada).</translation>
    </message>
    <message>
        <source>No safe system keyring is available on this computer, so your data stays protected by its passphrase.</source>
        <translation>En este ordenador no hay un llavero del sistema seguro, así que sus datos siguen protegidos por su frase de contraseña.</translation>
    </message>
    <message>
        <source>This data is protected by the system keyring, not by a passphrase; choose to use a passphrase instead.</source>
        <translation>Estos datos están protegidos por el llavero del sistema, no por una frase de contraseña; elija usar una frase de contraseña en su lugar.</translation>
    </message>
    <message>
        <source>This recovery key has a typing mistake; compare each group of letters and digits with your recovery sheet, then try again.</source>
        <translation>Esta clave de recuperación tiene un error de escritura; compare cada grupo de letras y cifras con su hoja de recuperación e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>This recovery key does not open this data; it may belong to another data folder, or it was replaced by a newer one.</source>
        <translation>Esta clave de recuperación no abre estos datos; puede pertenecer a otra carpeta de datos, o fue sustituida por una más reciente.</translation>
    </message>
    <message>
        <source>No graphical display was found, so the wizard cannot open; start it from your desktop, or type &apos;second-opinion status CASE&apos; (more in &apos;second-opinion --help&apos;).</source>
        <translation>No se encontró ninguna pantalla gráfica, así que el programa no puede abrirse; ábralo desde su escritorio o escriba &apos;second-opinion status CASE&apos; (más información en &apos;second-opinion --help&apos;).</translation>
    </message>
    <message>
        <source>--large-print is only for the PDF printouts; add --pdf OUT, or leave it out.</source>
        <translation>--large-print solo sirve para los documentos PDF; añada --pdf SALIDA o quítelo.</translation>
    </message>
</context>
<context>
    <name>FieldsForm</name>
    <message>
        <source>for example 14:30</source>
        <translation>por ejemplo 14:30</translation>
    </message>
    <message>
        <source>(not chosen yet)</source>
        <translation>(aún sin elegir)</translation>
    </message>
</context>
<context>
    <name>Help</name>
    <message>
        <source>How this program helps you</source>
        <translation>Cómo le ayuda este programa</translation>
    </message>
    <message>
        <source>A second opinion means another doctor looks at your illness and your treatment plan. This program walks you through getting one, in nine steps.</source>
        <translation>Una segunda opinión significa que otro médico revisa su enfermedad y su plan de tratamiento. Este programa le guía para conseguirla, en nueve pasos.</translation>
    </message>
    <message>
        <source>Each step says why it matters, what to do, and how you know it is done. You can do the steps in any order and come back to them at any time.</source>
        <translation>Cada paso dice por qué es importante, qué hacer y cómo saber que está hecho. Puede hacer los pasos en cualquier orden y volver a ellos cuando quiera.</translation>
    </message>
    <message>
        <source>Everything you type is saved at once. It stays on this computer, locked with encryption. Nothing is sent over the internet.</source>
        <translation>Todo lo que escribe se guarda al instante. Se queda en este ordenador, cifrado. No se envía nada por internet.</translation>
    </message>
    <message>
        <source>You can print a checklist of all steps to take with you. Use the Case menu, or the button on the overview.</source>
        <translation>Puede imprimir una lista de todos los pasos para llevarla consigo. Use el menú «Caso» o el botón del resumen.</translation>
    </message>
    <message>
        <source>This program helps you organize the process. It does not give medical advice. Talk about every decision with your doctors.</source>
        <translation>Este programa le ayuda a organizar el proceso. No da consejos médicos. Hable cada decisión con sus médicos.</translation>
    </message>
    <message>
        <source>Step 1: Do you need a second opinion?</source>
        <translation>Paso 1: ¿Necesita una segunda opinión?</translation>
    </message>
    <message>
        <source>Studies at a large US teaching hospital found that about 1 in 5 people who asked got a different diagnosis. About 88 in 100 got a clearer or changed diagnosis or plan.</source>
        <translation>Unos estudios en un gran hospital universitario de EE. UU. mostraron que 1 de cada 5 personas que pidieron otra opinión recibió otro diagnóstico. Unas 88 de cada 100 recibieron un diagnóstico o un plan más claro o distinto.</translation>
    </message>
    <message>
        <source>This step is done when you have found at least one clear, real reason to go ahead.</source>
        <translation>Este paso está hecho cuando ha encontrado al menos un motivo claro y real para seguir adelante.</translation>
    </message>
    <message>
        <source>Step 2: What does your insurance pay?</source>
        <translation>Paso 2: ¿Qué paga su seguro?</translation>
    </message>
    <message>
        <source>A surprise bill is the last thing you need now. Call your insurance before you book, and ask about second opinion cover for your diagnosis by name.</source>
        <translation>Una factura inesperada es lo último que necesita ahora. Llame a su seguro antes de pedir cita y pregunte si cubre una segunda opinión para su diagnóstico, diciéndolo por su nombre.</translation>
    </message>
    <message>
        <source>Not every health problem needs a second opinion. It matters most when a lot is at stake. Examples are a life-threatening illness such as cancer, a surgery that is not an emergency, or a rare disease.</source>
        <translation>No todos los problemas de salud necesitan una segunda opinión. Importa sobre todo cuando hay mucho en juego. Por ejemplo, una enfermedad grave como el cáncer, una operación que no es urgente o una enfermedad rara.</translation>
    </message>
    <message>
        <source>It can also help when a treatment has not worked in the time it should, or when no one knows for sure what you have. If you live with several long-term illnesses, one doctor&apos;s plan may not fit them all.</source>
        <translation>También puede ayudar si un tratamiento no ha funcionado en el tiempo previsto o si nadie sabe con seguridad qué tiene usted. Si tiene varias enfermedades crónicas, el plan de un solo médico quizá no sirva para todas.</translation>
    </message>
    <message>
        <source>Asking is your right. Most doctors expect it and respect it. You can say you want to be fully informed. You can ask your doctor to suggest someone, or to refer you to a doctor you have in mind.</source>
        <translation>Pedirla es su derecho. La mayoría de los médicos lo esperan y lo respetan. Puede decir que quiere estar bien informado. Puede pedir a su médico que le recomiende a alguien o que le dé un volante para el médico que usted elija.</translation>
    </message>
    <message>
        <source>Ask if you must stay with doctors in their network. If the right doctor is outside it, ask for a network gap exception. Then the insurance pays for a doctor outside its network, because no one inside can do the job. This can happen with a rare illness.</source>
        <translation>Pregunte si debe ir a médicos de su red. Si el médico adecuado está fuera, pida una excepción (en EE. UU., «network gap exception»). Así el seguro paga a un médico de fuera de la red, porque nadie dentro puede hacerlo. Puede pasar con una enfermedad rara.</translation>
    </message>
    <message>
        <source>Ask if you need a referral from your main doctor before they will pay.</source>
        <translation>Pregunte si necesita un volante de su médico de cabecera para que el seguro pague.</translation>
    </message>
    <message>
        <source>Write down the day, the name of the person you spoke to, and what they said. It helps if there is a question about the bill later.</source>
        <translation>Anote el día, el nombre de la persona con quien habló y lo que le dijo. Le ayudará si más tarde hay dudas sobre la factura.</translation>
    </message>
    <message>
        <source>This step is done when the insurance has told you clearly what you will pay yourself and whether you need a referral.</source>
        <translation>Este paso está hecho cuando el seguro le ha dicho con claridad cuánto pagará usted y si necesita un volante.</translation>
    </message>
    <message>
        <source>Step 3: Gather your records</source>
        <translation>Paso 3: Reúna sus informes</translation>
    </message>
    <message>
        <source>The second doctor needs the same facts the first doctor used. Only then can they judge your case fairly and fully.</source>
        <translation>El segundo médico necesita los mismos datos que usó el primero. Solo así puede valorar su caso de forma justa y completa.</translation>
    </message>
    <message>
        <source>You have a legal right to your records. In the US this right comes from a law called HIPAA. In the EU it comes from the GDPR, the data protection law. Send your clinic a written request; the program can write the letter.</source>
        <translation>Tiene derecho por ley a sus informes. En la UE lo reconoce el RGPD, el Reglamento General de Protección de Datos; en EE. UU., una ley llamada HIPAA. Envíe una solicitud por escrito a su clínica; el programa puede redactar la carta.</translation>
    </message>
    <message>
        <source>Ask for the pathology reports (the lab&apos;s findings on tissue or cells), your scans, lab results and your doctor&apos;s notes. Ask for a discharge summary if you were in hospital lately.</source>
        <translation>Pida los informes de anatomía patológica (lo que el laboratorio encontró en el tejido o las células), sus pruebas de imagen, los análisis y las notas de su médico. Si estuvo ingresado hace poco, pida el informe de alta.</translation>
    </message>
    <message>
        <source>Ask for the scans themselves, not only the written report. Scans come as DICOM files, the standard format for medical images, on a disc or through a link. You can add a disc or a folder here; the files are kept locked.</source>
        <translation>Pida las imágenes en sí, no solo el informe escrito. Llegan como archivos DICOM, el formato habitual de las imágenes médicas, en un disco o mediante un enlace. Aquí puede añadir un disco o una carpeta; los archivos se guardan cifrados.</translation>
    </message>
    <message>
        <source>This step is done when you have all the records from the last 12 to 24 months, on paper or as files.</source>
        <translation>Este paso está hecho cuando tiene todos los informes de los últimos 12 a 24 meses, en papel o en archivos.</translation>
    </message>
    <message>
        <source>Step 4: Choose an independent doctor</source>
        <translation>Paso 4: Elija un médico independiente</translation>
    </message>
    <message>
        <source>For an honest, fresh view, the second doctor should not work with your first doctor, in the same practice or the same circle.</source>
        <translation>Para una opinión sincera y nueva, el segundo médico no debe trabajar con el primero, ni en la misma consulta ni en el mismo círculo.</translation>
    </message>
    <message>
        <source>Good places to look are university hospitals and centers that treat many people with your illness. They often have the newest research and tools.</source>
        <translation>Buenos lugares para buscar son los hospitales universitarios y los centros que tratan a muchas personas con su enfermedad. Suelen tener la investigación y la tecnología más recientes.</translation>
    </message>
    <message>
        <source>Check the doctor&apos;s board certification. This means a medical board has tested the doctor in their field. Board websites also show if they focus on your illness.</source>
        <translation>Compruebe la certificación de especialidad del médico. Significa que un colegio o consejo médico lo ha examinado en su campo. Sus registros también muestran si se dedica a su enfermedad.</translation>
    </message>
    <message>
        <source>Be careful with a name that only your first doctor gave you. Patient groups for your illness can give you names that are independent.</source>
        <translation>Tenga cuidado con un nombre que solo le dio su primer médico. Las asociaciones de pacientes de su enfermedad pueden darle nombres independientes.</translation>
    </message>
    <message>
        <source>This step is done when you have the name and contact details of a doctor with no ties to your current doctor.</source>
        <translation>Este paso está hecho cuando tiene el nombre y los datos de contacto de un médico sin vínculos con su médico actual.</translation>
    </message>
    <message>
        <source>Step 5: Book the visit</source>
        <translation>Paso 5: Pida la cita</translation>
    </message>
    <message>
        <source>A second opinion only helps if the doctor has read your records before you come. When you call, say clearly that the visit is for a second opinion.</source>
        <translation>Una segunda opinión solo sirve si el médico ha leído sus informes antes de la cita. Cuando llame, diga con claridad que la cita es para una segunda opinión.</translation>
    </message>
    <message>
        <source>Ask how they want your records: through a secure website, by mail, or brought by hand.</source>
        <translation>Pregunte cómo quieren recibir sus informes: por una web segura, por correo o entregados en mano.</translation>
    </message>
    <message>
        <source>Call again to check that the records arrived, at least 48 hours before the visit. Otherwise the visit may be wasted. Online second opinion services often send a written report 48 to 72 hours after they have your records.</source>
        <translation>Vuelva a llamar al menos 48 horas antes de la cita para comprobar que llegaron los informes. Si no, la cita puede no servir. Los servicios de segunda opinión por internet suelen enviar un informe escrito de 48 a 72 horas después de recibir sus informes.</translation>
    </message>
    <message>
        <source>This step is done when the visit is booked and the office has said it has your files.</source>
        <translation>Este paso está hecho cuando tiene la cita y la consulta ha confirmado que tiene sus archivos.</translation>
    </message>
    <message>
        <source>Step 6: Write down your questions</source>
        <translation>Paso 6: Escriba sus preguntas</translation>
    </message>
    <message>
        <source>Worry makes it easy to forget what you wanted to ask. A written list makes sure nothing is missed.</source>
        <translation>Con la preocupación es fácil olvidar lo que quería preguntar. Una lista escrita asegura que no se le escape nada.</translation>
    </message>
    <message>
        <source>Good questions: How did you arrive at this diagnosis? What else could we do instead of the surgery? What happens if we wait and do nothing?</source>
        <translation>Buenas preguntas: ¿Cómo llegó a este diagnóstico? ¿Qué otra cosa podríamos hacer en lugar de la operación? ¿Qué pasa si esperamos y no hacemos nada?</translation>
    </message>
    <message>
        <source>Ask how many people with exactly this illness the doctor treated last year. Ask if there are studies of new treatments (clinical trials) your first doctor did not mention.</source>
        <translation>Pregunte a cuántas personas con esta misma enfermedad trató el médico el año pasado. Pregunte si hay estudios de tratamientos nuevos (ensayos clínicos) que su primer médico no mencionó.</translation>
    </message>
    <message>
        <source>Star the questions that matter most, so you ask them first. The program suggests more questions for your area of medicine.</source>
        <translation>Marque con una estrella las preguntas más importantes para hacerlas primero. El programa le sugiere más preguntas para su especialidad.</translation>
    </message>
    <message>
        <source>This step is done when you have printed a list of at least five questions.</source>
        <translation>Este paso está hecho cuando ha impreso una lista de al menos cinco preguntas.</translation>
    </message>
    <message>
        <source>Step 7: At the visit</source>
        <translation>Paso 7: En la cita</translation>
    </message>
    <message>
        <source>It is hard to take in a lot of medical facts and talk at the same time. Bring someone you trust to take notes, so you can listen and ask.</source>
        <translation>Es difícil asimilar mucha información médica y hablar a la vez. Vaya con alguien de confianza que tome notas, para que usted pueda escuchar y preguntar.</translation>
    </message>
    <message>
        <source>Ask the doctor if you may record the talk on your phone. Then you can listen again at home. Always ask first.</source>
        <translation>Pregunte al médico si puede grabar la conversación con su teléfono. Así podrá escucharla otra vez en casa. Pregunte siempre antes.</translation>
    </message>
    <message>
        <source>If the doctor&apos;s view differs from the first one, ask them to explain the difference in plain words.</source>
        <translation>Si la opinión del médico es distinta de la primera, pídale que le explique la diferencia con palabras sencillas.</translation>
    </message>
    <message>
        <source>This step is done when the visit is over and you have notes or a recording of what the doctor advised.</source>
        <translation>Este paso está hecho cuando la cita ha terminado y tiene notas o una grabación de lo que le aconsejó el médico.</translation>
    </message>
    <message>
        <source>Step 8: Compare and decide</source>
        <translation>Paso 8: Compare y decida</translation>
    </message>
    <message>
        <source>If the two opinions differ, you need to know why. Only then can you make the safest choice.</source>
        <translation>Si las dos opiniones son distintas, necesita saber por qué. Solo así podrá elegir lo más seguro.</translation>
    </message>
    <message>
        <source>A T-chart helps: a table with one column for each doctor. Write what each said about the diagnosis, the treatment, the risks and the time to recover.</source>
        <translation>Ayuda una tabla en T: una tabla con una columna para cada médico. Escriba lo que dijo cada uno sobre el diagnóstico, el tratamiento, los riesgos y el tiempo de recuperación.</translation>
    </message>
    <message>
        <source>If they differ a lot, make an appointment with your main doctor to talk about the difference.</source>
        <translation>Si son muy distintas, pida cita con su médico de cabecera para hablar de la diferencia.</translation>
    </message>
    <message>
        <source>A third opinion, as a tie-breaker, is only worth it when the first two are very different and a lot is at stake. An example is surgery on a major organ.</source>
        <translation>Una tercera opinión para desempatar solo vale la pena si las dos primeras son muy distintas y hay mucho en juego. Un ejemplo es una operación de un órgano importante.</translation>
    </message>
    <message>
        <source>This step is done when you have chosen a treatment and told both medical teams.</source>
        <translation>Este paso está hecho cuando ha elegido un tratamiento y se lo ha comunicado a los dos equipos médicos.</translation>
    </message>
    <message>
        <source>Step 9: Keep your papers in order</source>
        <translation>Paso 9: Mantenga sus papeles en orden</translation>
    </message>
    <message>
        <source>Papers that are always in order make the next second opinion, or an emergency, much faster and safer.</source>
        <translation>Tener los papeles siempre en orden hace que la próxima segunda opinión, o una urgencia, sean mucho más rápidas y seguras.</translation>
    </message>
    <message>
        <source>Keep them in a safe digital folder. This program&apos;s folder is locked with encryption; a health record app works too.</source>
        <translation>Guárdelos en una carpeta digital segura. La carpeta de este programa está cifrada; también sirve una app de historial de salud.</translation>
    </message>
    <message>
        <source>Make it a habit over 30 days: every Sunday evening, spend 10 minutes. Scan and file the week&apos;s medical papers, receipts and notes.</source>
        <translation>Conviértalo en un hábito en 30 días: cada domingo por la tarde, dedique 10 minutos. Escanee y archive los papeles médicos, recibos y notas de la semana.</translation>
    </message>
    <message>
        <source>Sort everything into groups: Imaging (scans and X-rays), Labs, Prescriptions and Doctor notes. Receipts and Other are there for the rest.</source>
        <translation>Ordénelo todo en grupos: Imágenes (escáneres y radiografías), Análisis, Recetas e Informes médicos. Para lo demás están Recibos y Otros.</translation>
    </message>
    <message>
        <source>This step is done when your papers are all filed in groups, and you have kept up the habit four weeks in a row.</source>
        <translation>Este paso está hecho cuando todos sus papeles están archivados en grupos y ha mantenido el hábito cuatro semanas seguidas.</translation>
    </message>
</context>
<context>
    <name>HelpActions</name>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <source>&amp;Help for this page</source>
        <translation>&amp;Ayuda sobre esta página</translation>
    </message>
    <message>
        <source>&amp;About {app}</source>
        <translation>Acerca &amp;de {app}</translation>
    </message>
</context>
<context>
    <name>HelpDialog</name>
    <message>
        <source>Help: {app}</source>
        <translation>Ayuda: {app}</translation>
    </message>
    <message>
        <source>&amp;Help about:</source>
        <translation>&amp;Ayuda sobre:</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Adding records</source>
        <translation>Añadiendo documentos</translation>
    </message>
    <message>
        <source>Progress of the import</source>
        <translation>Progreso de la importación</translation>
    </message>
    <message>
        <source>Files that were not added, and why</source>
        <translation>Archivos que no se añadieron y por qué</translation>
    </message>
    <message>
        <source>Looking at the files…</source>
        <translation>Revisando los archivos…</translation>
    </message>
    <message>
        <source>Stopping after the file in hand…</source>
        <translation>Deteniendo al terminar el archivo actual…</translation>
    </message>
    <message>
        <source>Copying file {done} of {total} into your locked folder…</source>
        <translation>Copiando el archivo {done} de {total} en su carpeta cifrada…</translation>
    </message>
    <message>
        <source>Making small pictures of the scans…</source>
        <translation>Creando miniaturas de las pruebas de imagen…</translation>
    </message>
    <message>
        <source>You stopped the import. The files added before you stopped are kept.</source>
        <translation>Ha detenido la importación. Los archivos añadidos hasta ese momento se conservan.</translation>
    </message>
    <message>
        <source>Files added: {count}.</source>
        <translation>Archivos añadidos: {count}.</translation>
    </message>
    <message>
        <source>Files already in this case, so not added again: {count}.</source>
        <translation>Archivos que ya estaban en este caso y no se han vuelto a añadir: {count}.</translation>
    </message>
    <message>
        <source>Files not added: {count}. Here is why:</source>
        <translation>Archivos no añadidos: {count}. Estos son los motivos:</translation>
    </message>
    <message>
        <source>Done.</source>
        <translation>Listo.</translation>
    </message>
    <message>
        <source>An unexpected problem stopped the import ({problem}); the files added before it are kept. Please report it.</source>
        <translation>Un problema inesperado detuvo la importación ({problem}); los archivos añadidos hasta entonces se conservan. Por favor, infórmenos del problema.</translation>
    </message>
    <message>
        <source>The import stopped.</source>
        <translation>La importación se detuvo.</translation>
    </message>
</context>
<context>
    <name>InAppPlayer</name>
    <message>
        <source>&amp;Stop</source>
        <translation>&amp;Detener</translation>
    </message>
    <message>
        <source>Position in the recording</source>
        <translation>Posición en la grabación</translation>
    </message>
    <message>
        <source>No loudspeaker or headphones were found on this computer; connect them to hear the recording.</source>
        <translation>No se han encontrado altavoces ni auriculares en este ordenador; conéctelos para oír la grabación.</translation>
    </message>
    <message>
        <source>Playing “{name}”</source>
        <translation>Reproduciendo «{name}»</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Pausa</translation>
    </message>
    <message>
        <source>P&amp;lay</source>
        <translation>Re&amp;producir</translation>
    </message>
</context>
<context>
    <name>Letter</name>
    <message>
        <source>Request for a copy of my medical records under HIPAA (45 CFR 164.524)</source>
        <translation>Solicitud de una copia de mi historial médico conforme a HIPAA (45 CFR 164.524)</translation>
    </message>
    <message>
        <source>Request for access to my personal data under Article 15 GDPR</source>
        <translation>Solicitud de acceso a mis datos personales conforme al artículo 15 del RGPD</translation>
    </message>
    <message>
        <source>I am writing to request a copy of my medical records under my HIPAA right of access (45 CFR 164.524). Please include the following records:</source>
        <translation>Le escribo para solicitar una copia de mi historial médico en ejercicio de mi derecho de acceso conforme a HIPAA (45 CFR 164.524). Le ruego que incluya los siguientes documentos:</translation>
    </message>
    <message>
        <source>Please give me the copy in a commonly used electronic form, for example as PDF files (Article 15(3) GDPR).</source>
        <translation>Le ruego que me entregue la copia en un formato electrónico de uso común, por ejemplo, como archivos PDF (artículo 15, apartado 3, del RGPD).</translation>
    </message>
    <message>
        <source>I also ask you to send an electronic copy of these records directly to the doctor who will give me a second opinion. HIPAA gives me the right to have a copy sent to a person I name (45 CFR 164.524(c)(3)(ii)). Please send it to:</source>
        <translation>Además, le ruego que envíe una copia electrónica de estos documentos directamente al médico que me dará una segunda opinión. HIPAA me da el derecho a que se envíe una copia a la persona que yo designe (45 CFR 164.524(c)(3)(ii)). Envíela, por favor, a:</translation>
    </message>
    <message>
        <source>With my consent, please also send a copy of these records directly to the doctor who will give me a second opinion. Please send it to:</source>
        <translation>Con mi consentimiento, le ruego que envíe también una copia de estos documentos directamente al médico que me dará una segunda opinión. Envíela, por favor, a:</translation>
    </message>
    <message>
        <source>Under 45 CFR 164.524(b)(2), you must act on this request no later than 30 calendar days after you receive it. Counting from the date of this letter, please respond by {due}.</source>
        <translation>Conforme a 45 CFR 164.524(b)(2), usted debe atender esta solicitud a más tardar 30 días calendario después de recibirla. Contando a partir de la fecha de esta carta, le ruego que me responda a más tardar el {due}.</translation>
    </message>
    <message>
        <source>Under Article 12(3) GDPR, you must respond without undue delay and at the latest within one month of receiving this request. Counting from the date of this letter, please respond by {due}.</source>
        <translation>Conforme al artículo 12, apartado 3, del RGPD, usted debe responder sin dilación indebida y, a más tardar, en el plazo de un mes desde la recepción de esta solicitud. Contando a partir de la fecha de esta carta, le ruego que me responda a más tardar el {due}.</translation>
    </message>
    <message>
        <source>I am writing to request access to my personal data. This is my right under Article 15 of the General Data Protection Regulation (GDPR). My request includes a copy of my medical records. Please include these records:</source>
        <translation>Por medio de la presente, ejerzo mi derecho de acceso a mis datos personales conforme al artículo 15 del Reglamento General de Protección de Datos (RGPD). Mi solicitud incluye una copia de mi historial médico. Le ruego que incluya los siguientes documentos:</translation>
    </message>
    <message>
        <source>Please give me the copy in electronic form, for example as PDF files. HIPAA requires you to provide records kept electronically in the electronic form and format I ask for if it is readily producible (45 CFR 164.524(c)(2)).</source>
        <translation>Le ruego que me entregue la copia en formato electrónico, por ejemplo, como archivos PDF. HIPAA le obliga a entregar los documentos que conserva en formato electrónico en la forma y el formato electrónicos que yo solicite, siempre que puedan producirse sin dificultad (45 CFR 164.524(c)(2)).</translation>
    </message>
    <message>
        <source>If you cannot meet this deadline, you may extend it only once, by no more than 30 days. To do so, you must tell me in writing within the first 30 days why you need more time and when you will respond.</source>
        <translation>Si no puede cumplir este plazo, solo puede prorrogarlo una vez y por no más de 30 días. Para ello, debe comunicarme por escrito, dentro de los primeros 30 días, por qué necesita más tiempo y cuándo responderá.</translation>
    </message>
    <message>
        <source>This period may be extended by two further months only where necessary, given the complexity and number of requests. If you extend it, you must tell me within the first month and give the reasons for the delay.</source>
        <translation>Este plazo solo puede prorrogarse otros dos meses cuando sea necesario, teniendo en cuenta la complejidad y el número de solicitudes. En ese caso, usted debe informarme dentro del primer mes e indicarme los motivos del retraso.</translation>
    </message>
    <message>
        <source>HIPAA allows only a reasonable, cost-based fee for a copy (45 CFR 164.524(c)(4)). If you will charge a fee, please tell me the amount before you make the copy.</source>
        <translation>HIPAA solo permite cobrar por una copia una tarifa razonable basada en los costos (45 CFR 164.524(c)(4)). Si va a cobrar una tarifa, le ruego que me indique el importe antes de preparar la copia.</translation>
    </message>
    <message>
        <source>Under Article 15(3) GDPR, the first copy must be provided free of charge.</source>
        <translation>Conforme al artículo 15, apartado 3, del RGPD, la primera copia debe entregarse de forma gratuita.</translation>
    </message>
    <message>
        <source>Please include all records from {start} to {end}.</source>
        <translation>Por favor, incluya todos los documentos desde el {start} hasta el {end}.</translation>
    </message>
    <message>
        <source>Please include all records from {start} to today.</source>
        <translation>Por favor, incluya todos los documentos desde el {start} hasta hoy.</translation>
    </message>
    <message>
        <source>Please include all records up to {end}.</source>
        <translation>Por favor, incluya todos los documentos hasta el {end}.</translation>
    </message>
    <message>
        <source>Medical records department</source>
        <translation>Departamento de historiales médicos</translation>
    </message>
    <message>
        <source>Patient: {name}, date of birth: {birth}</source>
        <translation>Paciente: {name}, fecha de nacimiento: {birth}</translation>
    </message>
    <message>
        <source>Dear Sir or Madam,</source>
        <translation>Estimado/a señor/a:</translation>
    </message>
    <message>
        <source>Please give me the copy on paper.</source>
        <translation>Le ruego que me entregue la copia en papel.</translation>
    </message>
    <message>
        <source>For imaging studies (such as CT, MRI, X-ray or ultrasound), please include the original images in DICOM format, not only the written reports. You may send them on a CD/DVD or by secure download.</source>
        <translation>Para los estudios de imagen (como tomografía computarizada, resonancia magnética, radiografía o ecografía), le ruego que incluya las imágenes originales en formato DICOM, y no solo los informes escritos. Puede enviármelas en CD/DVD o mediante una descarga segura.</translation>
    </message>
    <message>
        <source>Please send my copy to me at the address above.</source>
        <translation>Por favor, envíeme mi copia a la dirección indicada arriba.</translation>
    </message>
    <message>
        <source>Please confirm in writing that you have received this letter, and tell me the date you received it.</source>
        <translation>Le ruego que me confirme por escrito que ha recibido esta carta y que me indique la fecha en que la recibió.</translation>
    </message>
    <message>
        <source>If you need anything else from me to find my records or to confirm who I am, please contact me at the address above.</source>
        <translation>Si necesita algún otro dato para localizar mis documentos o para confirmar mi identidad, le ruego que se ponga en contacto conmigo en la dirección indicada arriba.</translation>
    </message>
    <message>
        <source>Thank you for your help.</source>
        <translation>Le agradezco de antemano su ayuda.</translation>
    </message>
    <message>
        <source>Sincerely,</source>
        <translation>Atentamente,</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Firma</translation>
    </message>
    <message>
        <source>Name in capital letters</source>
        <translation>Nombre en letras mayúsculas</translation>
    </message>
    <message>
        <source>{name} · {date} · page {page} of {pages}</source>
        <translation>{name} · {date} · página {page} de {pages}</translation>
    </message>
    <message>
        <source>{date} · page {page} of {pages}</source>
        <translation>{date} · página {page} de {pages}</translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <source>Your data is locked</source>
        <translation>Sus datos están bloqueados</translation>
    </message>
    <message>
        <source>The program hid your cases and locked your data. Nothing you entered is lost. To go on, choose Unlock and type your passphrase.</source>
        <translation>El programa ocultó sus casos y bloqueó sus datos. No se ha perdido nada de lo que escribió. Para continuar, elija Desbloquear y escriba su contraseña.</translation>
    </message>
    <message>
        <source>The program hid your cases and locked your data. Nothing you entered is lost. To go on, choose Unlock. Anyone who uses this computer account can unlock it, so lock the computer too when you leave it.</source>
        <translation>El programa ocultó sus casos y bloqueó sus datos. No se ha perdido nada de lo que escribió. Para continuar, elija Desbloquear. Cualquier persona que use esta cuenta del ordenador puede desbloquearlos, así que bloquee también el ordenador cuando se aleje de él.</translation>
    </message>
    <message>
        <source>&amp;Unlock…</source>
        <translation>&amp;Desbloquear…</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Desbloquear</translation>
    </message>
    <message>
        <source>Unlock your data</source>
        <translation>Desbloquear sus datos</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>&amp;Patient:</source>
        <translation>&amp;Paciente:</translation>
    </message>
    <message>
        <source>New case…</source>
        <translation>Nuevo caso…</translation>
    </message>
    <message>
        <source>All cases…</source>
        <translation>Todos los casos…</translation>
    </message>
    <message>
        <source>Find a case and open it (Ctrl+O)</source>
        <translation>Buscar un caso y abrirlo (Ctrl+O)</translation>
    </message>
    <message>
        <source>No case yet</source>
        <translation>Todavía no hay ningún caso</translation>
    </message>
    <message>
        <source>← &amp;Back</source>
        <translation>← &amp;Atrás</translation>
    </message>
    <message>
        <source>&amp;Next →</source>
        <translation>&amp;Siguiente →</translation>
    </message>
    <message>
        <source>Previous step (Ctrl+Page Up)</source>
        <translation>Paso anterior (Ctrl+Re Pág)</translation>
    </message>
    <message>
        <source>Next step (Ctrl+Page Down)</source>
        <translation>Paso siguiente (Ctrl+Av Pág)</translation>
    </message>
    <message>
        <source>&amp;Case</source>
        <translation>&amp;Caso</translation>
    </message>
    <message>
        <source>Save the &amp;checklist as PDF…</source>
        <translation>Guardar la &amp;lista de verificación como PDF…</translation>
    </message>
    <message>
        <source>&amp;Print the checklist…</source>
        <translation>&amp;Imprimir la lista de verificación…</translation>
    </message>
    <message>
        <source>&amp;Backups…</source>
        <translation>&amp;Copias de seguridad…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Pasos</translation>
    </message>
    <message>
        <source>Open case</source>
        <translation>Abrir caso</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>No se guardó</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Guardado.</translation>
    </message>
    <message>
        <source>Everything usually needed is on the list.</source>
        <translation>Todo lo que suele necesitarse ya está en la lista.</translation>
    </message>
    <message>
        <source>Remove this entry and everything written in it?</source>
        <translation>¿Quitar esta entrada y todo lo que tiene anotado?</translation>
    </message>
    <message>
        <source>Remove entry</source>
        <translation>Quitar entrada</translation>
    </message>
    <message>
        <source>Checklist {name}.pdf</source>
        <translation>Lista de verificación {name}.pdf</translation>
    </message>
    <message>
        <source>Save the checklist as PDF</source>
        <translation>Guardar la lista de verificación como PDF</translation>
    </message>
    <message>
        <source>Save the request letter as PDF</source>
        <translation>Guardar la carta de solicitud como PDF</translation>
    </message>
    <message>
        <source>Records request {name}.pdf</source>
        <translation>Solicitud de documentos {name}.pdf</translation>
    </message>
    <message>
        <source>Request letter saved: {path}</source>
        <translation>Carta de solicitud guardada: {path}</translation>
    </message>
    <message>
        <source>{file} already exists. Replace it?</source>
        <translation>{file} ya existe. ¿Quiere reemplazarlo?</translation>
    </message>
    <message>
        <source>Checklist saved: {path}</source>
        <translation>Lista de verificación guardada: {path}</translation>
    </message>
    <message>
        <source>Patient: {name}</source>
        <translation>Paciente: {name}</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Resumen</translation>
    </message>
</context>
<context>
    <name>NotSavedBar</name>
    <message>
        <source>Not saved</source>
        <translation>No se guardó</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>&amp;Intentar de nuevo</translation>
    </message>
    <message>
        <source>Save the waiting changes now</source>
        <translation>Guardar ahora los cambios pendientes</translation>
    </message>
    <message>
        <source>{problem} What you changed stays on screen. It is saved when you click Try again or make your next change.</source>
        <translation>{problem} Lo que usted cambió sigue en la pantalla. Se guarda cuando haga clic en «Intentar de nuevo» o haga su próximo cambio.</translation>
    </message>
</context>
<context>
    <name>NoticeBar</name>
    <message>
        <source>Close this message</source>
        <translation>Cerrar este mensaje</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <source>Create a case…</source>
        <translation>Crear un caso…</translation>
    </message>
    <message>
        <source>What to do next</source>
        <translation>Qué hacer ahora</translation>
    </message>
    <message>
        <source>Dates that matter</source>
        <translation>Fechas importantes</translation>
    </message>
    <message>
        <source>No dates yet. They appear here when you write down your appointment and your records requests.</source>
        <translation>Todavía no hay fechas. Aparecerán aquí cuando anote su cita y sus solicitudes de documentos.</translation>
    </message>
    <message>
        <source>&amp;Printouts for this case are in:</source>
        <translation>Las &amp;hojas impresas de este caso están en:</translation>
    </message>
    <message>
        <source>Save the checklist as PDF…</source>
        <translation>Guardar la lista de verificación como PDF…</translation>
    </message>
    <message>
        <source>Everything you type stays on this computer. It is locked with encryption and saved as soon as you make a change.</source>
        <translation>Todo lo que usted escribe se queda en este ordenador. Se guarda bajo llave con cifrado en cuanto usted hace un cambio.</translation>
    </message>
    <message>
        <source>Welcome to Second Opinion Planner</source>
        <translation>Le damos la bienvenida a Second Opinion Planner</translation>
    </message>
    <message>
        <source>This program guides you, one step at a time, through getting a second opinion from another doctor. Start by creating a case for the person who needs the second opinion.</source>
        <translation>Este programa le guía, paso a paso, para pedir una segunda opinión a otro médico. Para empezar, cree un caso para la persona que necesita la segunda opinión.</translation>
    </message>
    <message>
        <source>Second opinion plan for {name}</source>
        <translation>Plan de segunda opinión para {name}</translation>
    </message>
    <message>
        <source>Here you see how far you are. Choose a step on the left, or go straight to the next thing to do.</source>
        <translation>Aquí ve cuánto ha avanzado. Elija un paso a la izquierda o vaya directamente a lo siguiente que debe hacer.</translation>
    </message>
    <message>
        <source>{done} of {total} steps done</source>
        <translation>{done} de {total} pasos hechos</translation>
    </message>
    <message>
        <source>All nine steps are done. Well done.</source>
        <translation>Los nueve pasos están hechos. Muy bien hecho.</translation>
    </message>
    <message>
        <source>Keep filing new papers each week so your records stay ready.</source>
        <translation>Siga guardando los papeles nuevos cada semana para que su historial esté siempre listo.</translation>
    </message>
    <message>
        <source>Step {number}: {title}</source>
        <translation>Paso {number}: {title}</translation>
    </message>
    <message>
        <source>&amp;Go to step {number}</source>
        <translation>&amp;Ir al paso {number}</translation>
    </message>
    <message>
        <source>{date}, {time}</source>
        <translation>{date}, a las {time}</translation>
    </message>
    <message>
        <source>Today: {when} — {what}</source>
        <translation>Hoy: {when} — {what}</translation>
    </message>
    <message>
        <source>Late: {when} — {what}</source>
        <translation>Con retraso: {when} — {what}</translation>
    </message>
    <message>
        <source>Done: {when} — {what}</source>
        <translation>Hecho: {when} — {what}</translation>
    </message>
</context>
<context>
    <name>Package</name>
    <message>
        <source>Index</source>
        <translation>Índice</translation>
    </message>
    <message>
        <source>Records for a second opinion</source>
        <translation>Documentos para una segunda opinión</translation>
    </message>
    <message>
        <source>{name} · put together {date} · page {page} of {pages}</source>
        <translation>{name} · preparado el {date} · página {page} de {pages}</translation>
    </message>
    <message>
        <source>Patient: {name}</source>
        <translation>Paciente: {name}</translation>
    </message>
    <message>
        <source>Put together on: {date}</source>
        <translation>Preparado el: {date}</translation>
    </message>
    <message>
        <source>The records are sorted into folders by kind.</source>
        <translation>Los documentos están ordenados en carpetas según su tipo.</translation>
    </message>
    <message>
        <source>The scans are in the folder DICOM: open the file DICOMDIR with a DICOM viewer to see them.</source>
        <translation>Las pruebas de imagen están en la carpeta DICOM: abra el archivo DICOMDIR con un visor DICOM para verlas.</translation>
    </message>
    <message>
        <source>This package holds no records.</source>
        <translation>Este paquete no contiene documentos.</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Series</source>
        <translation>Series</translation>
    </message>
    <message>
        <source>Images</source>
        <translation>Imágenes</translation>
    </message>
    <message>
        <source>Scans (folder DICOM)</source>
        <translation>Pruebas de imagen (carpeta DICOM)</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <source>This computer has no safe system keyring to keep the key to your data, so please choose a passphrase.</source>
        <translation>Este ordenador no tiene un llavero del sistema seguro para guardar la clave de sus datos, así que elija una frase de contraseña.</translation>
    </message>
    <message>
        <source>You opened your data with the recovery key. Choose a new passphrase now, so that you can open your data with it next time. The recovery key keeps working.</source>
        <translation>Ha abierto sus datos con la clave de recuperación. Elija ahora una nueva frase de contraseña para poder abrir sus datos con ella la próxima vez. La clave de recuperación sigue funcionando.</translation>
    </message>
    <message>
        <source>{program}: choose a passphrase</source>
        <translation>{program}: elegir una frase de contraseña</translation>
    </message>
    <message>
        <source>{program} locks your data so that only you can open it. Choose a passphrase to lock it. You will type it each time you open the program.</source>
        <translation>{program} bloquea sus datos para que solo usted pueda abrirlos. Elija una frase de contraseña para bloquearlos. La escribirá cada vez que abra el programa.</translation>
    </message>
    <message>
        <source>The rules: at least {count} characters. A few words that you can remember, with spaces between them, work well.</source>
        <translation>Las reglas: al menos {count} caracteres. Unas cuantas palabras que pueda recordar, separadas por espacios, funcionan bien.</translation>
    </message>
    <message>
        <source>If you forget the passphrase, only your recovery key can open the data. You get the recovery key next: print it or write it down. Without the passphrase and the recovery key, no one can open your data, not even the makers of the program.</source>
        <translation>Si olvida la frase de contraseña, solo su clave de recuperación puede abrir los datos. Recibirá la clave de recuperación a continuación: imprímala o anótela. Sin la frase de contraseña y la clave de recuperación, nadie puede abrir sus datos, ni siquiera los creadores del programa.</translation>
    </message>
    <message>
        <source>If you forget the passphrase, only your recovery key can open the data. Without the passphrase and the recovery key, no one can open your data, not even the makers of the program.</source>
        <translation>Si olvida la frase de contraseña, solo su clave de recuperación puede abrir los datos. Sin la frase de contraseña y la clave de recuperación, nadie puede abrir sus datos, ni siquiera los creadores del programa.</translation>
    </message>
    <message>
        <source>New &amp;passphrase:</source>
        <translation>Nueva &amp;frase de contraseña:</translation>
    </message>
    <message>
        <source>Type it &amp;again:</source>
        <translation>Escríbala &amp;otra vez:</translation>
    </message>
    <message>
        <source>{program}: open your data</source>
        <translation>{program}: abrir sus datos</translation>
    </message>
    <message>
        <source>{program} keeps your data locked with a passphrase. Type your passphrase to open it.</source>
        <translation>{program} mantiene sus datos bloqueados con una frase de contraseña. Escriba su frase de contraseña para abrirlos.</translation>
    </message>
    <message>
        <source>Forgot the passphrase? Type the recovery key from your recovery sheet instead. Without either of them, no one can open the data.</source>
        <translation>¿Olvidó la frase de contraseña? Escriba en su lugar la clave de recuperación de su hoja de recuperación. Sin ninguna de las dos, nadie puede abrir los datos.</translation>
    </message>
    <message>
        <source>&amp;Passphrase or recovery key:</source>
        <translation>&amp;Frase de contraseña o clave de recuperación:</translation>
    </message>
    <message>
        <source>The system keyring did not give the key to your data: it may be locked, or it did not answer in time. Type the recovery key from your recovery sheet to open your data, or cancel, unlock your keyring and start {program} again.</source>
        <translation>El llavero del sistema no entregó la clave de sus datos: puede estar bloqueado, o no respondió a tiempo. Escriba la clave de recuperación de su hoja de recuperación para abrir sus datos, o cancele, desbloquee su llavero e inicie {program} de nuevo.</translation>
    </message>
    <message>
        <source>The recovery key is 7 groups of 4 letters and digits.</source>
        <translation>La clave de recuperación tiene 7 grupos de 4 letras y cifras.</translation>
    </message>
    <message>
        <source>&amp;Recovery key:</source>
        <translation>Clave de &amp;recuperación:</translation>
    </message>
    <message>
        <source>Please type your recovery key.</source>
        <translation>Escriba su clave de recuperación.</translation>
    </message>
    <message>
        <source>Please type your passphrase.</source>
        <translation>Escriba su contraseña, por favor.</translation>
    </message>
    <message>
        <source>The second passphrase is not the same as the first. Please type it again in the second field.</source>
        <translation>La segunda frase de contraseña no coincide con la primera. Escríbala de nuevo en el segundo campo.</translation>
    </message>
</context>
<context>
    <name>PdfOutput</name>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>No se guardó</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <source>No program to show PDF files opened it; open {file} from your file manager.</source>
        <translation>Ningún programa para ver archivos PDF lo abrió; abra {file} desde su explorador de archivos.</translation>
    </message>
    <message>
        <source>Not printed</source>
        <translation>No se imprimió</translation>
    </message>
    <message>
        <source>Print the checklist</source>
        <translation>Imprimir la lista de verificación</translation>
    </message>
    <message>
        <source>The checklist was sent to the printer.</source>
        <translation>La lista de verificación se envió a la impresora.</translation>
    </message>
    <message>
        <source>Save the T-chart as PDF</source>
        <translation>Guardar la tabla en T como PDF</translation>
    </message>
    <message>
        <source>T-chart {name}.pdf</source>
        <translation>Tabla en T {name}.pdf</translation>
    </message>
    <message>
        <source>T-chart saved: {path}</source>
        <translation>Tabla en T guardada: {path}</translation>
    </message>
    <message>
        <source>Save the question list in large print</source>
        <translation>Guardar la lista de preguntas en letra grande</translation>
    </message>
    <message>
        <source>Questions in large print {name}.pdf</source>
        <translation>Preguntas en letra grande {name}.pdf</translation>
    </message>
    <message>
        <source>Large-print question list saved: {path}</source>
        <translation>Lista de preguntas en letra grande guardada: {path}</translation>
    </message>
    <message>
        <source>Save the question list as PDF</source>
        <translation>Guardar la lista de preguntas como PDF</translation>
    </message>
    <message>
        <source>Questions {name}.pdf</source>
        <translation>Preguntas {name}.pdf</translation>
    </message>
    <message>
        <source>Question list saved: {path}</source>
        <translation>Lista de preguntas guardada: {path}</translation>
    </message>
    <message>
        <source>Print the T-chart</source>
        <translation>Imprimir la tabla en T</translation>
    </message>
    <message>
        <source>The T-chart was sent to the printer.</source>
        <translation>La tabla en T se envió a la impresora.</translation>
    </message>
    <message>
        <source>Print the question list in large print</source>
        <translation>Imprimir la lista de preguntas en letra grande</translation>
    </message>
    <message>
        <source>Print the question list</source>
        <translation>Imprimir la lista de preguntas</translation>
    </message>
    <message>
        <source>The question list was sent to the printer.</source>
        <translation>La lista de preguntas se envió a la impresora.</translation>
    </message>
</context>
<context>
    <name>PictureDialog</name>
    <message>
        <source>Preparing the picture…</source>
        <translation>Preparando la imagen…</translation>
    </message>
    <message>
        <source>This picture cannot be shown here (the kind of image compression it uses is not supported). The file itself is kept and goes into the records package.</source>
        <translation>Esta imagen no se puede mostrar aquí (usa un tipo de compresión de imagen que no es compatible). El archivo se conserva y se incluye en el paquete de documentos.</translation>
    </message>
</context>
<context>
    <name>Plan</name>
    <message>
        <source>Not started</source>
        <translation>Sin empezar</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>En curso</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Hecho</translation>
    </message>
    <message>
        <source>Done (your own word)</source>
        <translation>Hecho (según usted)</translation>
    </message>
    <message>
        <source>Done.</source>
        <translation>Hecho.</translation>
    </message>
    <message>
        <source>Done by your own word on {date}.</source>
        <translation>Usted lo marcó como hecho el {date}.</translation>
    </message>
    <message>
        <source>Not done yet. Still missing: {count}.</source>
        <translation>Aún no está hecho. Datos que faltan: {count}.</translation>
    </message>
    <message>
        <source>Not done yet. Still missing: {count} of {total}.</source>
        <translation>Todavía no está hecho. Faltan: {count} de {total}.</translation>
    </message>
    <message>
        <source>Still to do: {item}</source>
        <translation>Falta por hacer: {item}</translation>
    </message>
    <message>
        <source>Need</source>
        <translation>Necesidad</translation>
    </message>
    <message>
        <source>Decide if you need a second opinion</source>
        <translation>Decida si necesita una segunda opinión</translation>
    </message>
    <message>
        <source>Not every health problem needs a second opinion. But when a lot is at stake, another doctor&apos;s view can keep you safe.</source>
        <translation>No todos los problemas de salud necesitan una segunda opinión. Pero cuando hay mucho en juego, la opinión de otro médico puede protegerle.</translation>
    </message>
    <message>
        <source>Check if this is about a life-threatening illness (for example cancer), a planned surgery that is not an emergency, or a rare disease.</source>
        <translation>Compruebe si se trata de una enfermedad que pone en peligro la vida (por ejemplo, cáncer), de una operación planificada que no es urgente o de una enfermedad rara.</translation>
    </message>
    <message>
        <source>Ask for another view if the treatment has not helped after the time it should take, or if the diagnosis is still not clear.</source>
        <translation>Pida otra opinión si el tratamiento no ha ayudado después del tiempo que debería tardar, o si el diagnóstico todavía no está claro.</translation>
    </message>
    <message>
        <source>Think about one if you have several long-term illnesses that make one single treatment plan hard.</source>
        <translation>Piense en pedirla si tiene varias enfermedades de larga duración que hacen difícil un único plan de tratamiento.</translation>
    </message>
    <message>
        <source>You have found at least one clear, real reason to go ahead.</source>
        <translation>Ha encontrado al menos un motivo claro y real para seguir adelante.</translation>
    </message>
    <message>
        <source>Insurance</source>
        <translation>Seguro</translation>
    </message>
    <message>
        <source>Find out what your insurance pays</source>
        <translation>Averigüe qué paga su seguro</translation>
    </message>
    <message>
        <source>Surprise bills add stress at an already hard time. Knowing what your plan covers helps you avoid them.</source>
        <translation>Las facturas inesperadas suman estrés en un momento que ya es difícil. Saber qué cubre su seguro le ayuda a evitarlas.</translation>
    </message>
    <message>
        <source>Call your insurance company. Ask if they pay for a “second opinion” for this diagnosis.</source>
        <translation>Llame a su compañía de seguros. Pregunte si pagan una «segunda opinión» para este diagnóstico.</translation>
    </message>
    <message>
        <source>Ask if they need a written referral from your main doctor before they pay.</source>
        <translation>Pregunte si necesitan una derivación por escrito de su médico de cabecera antes de pagar.</translation>
    </message>
    <message>
        <source>Your insurance has told you clearly what you will pay yourself and whether you need a referral.</source>
        <translation>Su seguro le ha dicho con claridad cuánto pagará usted y si necesita una derivación.</translation>
    </message>
    <message>
        <source>When you call, write down the date, the name of the person you spoke with and any reference number they give you.</source>
        <translation>Cuando llame, anote la fecha, el nombre de la persona con quien habló y cualquier número de referencia que le den.</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Historial</translation>
    </message>
    <message>
        <source>Get copies of your medical records</source>
        <translation>Consiga copias de su historial médico</translation>
    </message>
    <message>
        <source>The new doctor needs the same test results the first doctor used. Only then can they check everything fairly and fully.</source>
        <translation>El nuevo médico necesita los mismos resultados de pruebas que usó el primer médico. Solo así puede revisarlo todo de forma justa y completa.</translation>
    </message>
    <message>
        <source>For a review of scans: get the original DICOM images (MRI, CT, PET, X-ray, ultrasound), not only the written report. A radiologist who specializes in this kind of scan will read them.</source>
        <translation>Para revisar estudios de imagen: consiga las imágenes DICOM originales (resonancia magnética, TC, PET, radiografía, ecografía), no solo el informe escrito. Las leerá un radiólogo especializado en este tipo de estudio.</translation>
    </message>
    <message>
        <source>Specialist</source>
        <translation>Especialista</translation>
    </message>
    <message>
        <source>Choose an independent doctor</source>
        <translation>Elija un médico independiente</translation>
    </message>
    <message>
        <source>For a truly fair view, the second doctor should not work in the same practice or close circle as the first doctor.</source>
        <translation>Para tener una opinión de verdad imparcial, el segundo médico no debería trabajar en la misma consulta ni en el círculo cercano del primer médico.</translation>
    </message>
    <message>
        <source>In studies at a large US teaching hospital, about 1 in 5 people who asked for a second opinion got a different diagnosis. Counting everyone who asked, about 88 in 100 got a clearer or changed diagnosis or treatment plan.</source>
        <translation>En estudios de un gran hospital universitario de EE. UU., alrededor de 1 de cada 5 personas que pidieron una segunda opinión recibieron un diagnóstico diferente. Contando a todas las personas que la pidieron, unas 88 de cada 100 obtuvieron un diagnóstico o un plan de tratamiento más claro o cambiado.</translation>
    </message>
    <message>
        <source>You have the name and contact details of a specialist who has no work ties to your current doctor.</source>
        <translation>Tiene el nombre y los datos de contacto de un especialista que no tiene relación de trabajo con su médico actual.</translation>
    </message>
    <message>
        <source>If you have heart and lung problems together, ask for a combined review by a heart doctor (cardiologist) and a lung doctor (pulmonologist).</source>
        <translation>Si tiene a la vez problemas de corazón y de pulmón, pida una revisión conjunta de un médico del corazón (cardiólogo) y un médico del pulmón (neumólogo).</translation>
    </message>
    <message>
        <source>Booking</source>
        <translation>Cita</translation>
    </message>
    <message>
        <source>Book the visit and make sure your records arrive</source>
        <translation>Pida la cita y asegúrese de que llegue su historial</translation>
    </message>
    <message>
        <source>Book the appointment and say clearly that it is for a second opinion.</source>
        <translation>Pida la cita y diga con claridad que es para una segunda opinión.</translation>
    </message>
    <message>
        <source>Ask the office how they want to get your records: a secure online portal, mail, or dropping them off in person.</source>
        <translation>Pregunte en la consulta cómo quieren recibir su historial: por un portal seguro en internet, por correo o entregándolo usted en persona.</translation>
    </message>
    <message>
        <source>Your appointment is confirmed and the specialist&apos;s office has told you they got your files.</source>
        <translation>Su cita está confirmada y la consulta del especialista le ha dicho que recibió sus documentos.</translation>
    </message>
    <message>
        <source>Online second-opinion services usually send a written report 48 to 72 hours (2 to 3 days) after they have your records.</source>
        <translation>Los servicios de segunda opinión por internet suelen enviar un informe escrito de 48 a 72 horas (2 a 3 días) después de recibir su historial.</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>Preguntas</translation>
    </message>
    <message>
        <source>Write down your questions</source>
        <translation>Escriba sus preguntas</translation>
    </message>
    <message>
        <source>Stress at a doctor&apos;s visit makes people forget important things. A written list makes sure you ask everything.</source>
        <translation>Los nervios en la consulta médica hacen olvidar cosas importantes. Con una lista escrita, se asegura de preguntarlo todo.</translation>
    </message>
    <message>
        <source>Include: “How did you reach this diagnosis?”, “What are the other choices instead of the planned surgery?” and “What happens if we do nothing?”</source>
        <translation>Incluya: «¿Cómo llegó a este diagnóstico?», «¿Qué otras opciones hay en lugar de la operación prevista?» y «¿Qué pasa si no hacemos nada?»</translation>
    </message>
    <message>
        <source>Ask: “How many patients with this exact condition have you treated in the last year?” The answer tells you about the doctor&apos;s experience.</source>
        <translation>Pregunte: «¿Cuántos pacientes con esta misma enfermedad ha tratado en el último año?». La respuesta le indica cuánta experiencia tiene el médico.</translation>
    </message>
    <message>
        <source>Add: “Are there clinical trials that my first doctor did not mention?”</source>
        <translation>Añada: «¿Hay ensayos clínicos que mi primer médico no mencionó?»</translation>
    </message>
    <message>
        <source>You have a printed list of at least five clear questions, ready for the visit.</source>
        <translation>Tiene una lista impresa con al menos cinco preguntas claras, preparada para la cita.</translation>
    </message>
    <message>
        <source>A second opinion is your right. Most doctors expect it and respect it. You can tell your doctor you want to be fully informed. You can also ask them to suggest someone, or to refer you to a doctor you have in mind.</source>
        <translation>Pedir una segunda opinión es su derecho. La mayoría de los médicos lo esperan y lo respetan. Puede decirle a su médico que quiere tener toda la información. También puede pedirle que le recomiende a alguien o que le derive a un médico que usted ya tenga en mente.</translation>
    </message>
    <message>
        <source>Ask if you must use doctors in their network. Ask too about a “network gap exception”: then they pay for a doctor outside the network, for example for a rare illness.</source>
        <translation>Pregunte si tiene que ir a médicos de su red. Pregunte también por una «network gap exception» (una excepción cuando en la red no hay quien le trate): así le pagan un médico fuera de la red, por ejemplo, para una enfermedad rara.</translation>
    </message>
    <message>
        <source>Send your current clinic a written request for your records. The law gives you this right: HIPAA in the US, the GDPR in the EU.</source>
        <translation>Envíe a su clínica actual una solicitud por escrito para pedir su historial. La ley le da este derecho: HIPAA en Estados Unidos y el RGPD (Reglamento General de Protección de Datos) en la Unión Europea.</translation>
    </message>
    <message>
        <source>Make sure you get the pathology reports (tests of tissue), the lab results and your doctor&apos;s notes. Get the scans as DICOM files, the usual format for medical images, on a disc or by a download link.</source>
        <translation>Asegúrese de recibir los informes de patología (análisis de tejido), los resultados de laboratorio y las notas de su médico. Pida las imágenes como archivos DICOM, el formato habitual de las imágenes médicas, en un disco o mediante un enlace de descarga.</translation>
    </message>
    <message>
        <source>If you were in hospital recently, also ask for the discharge summary. That is the letter written when you left.</source>
        <translation>Si estuvo en el hospital hace poco, pida también el informe de alta. Es la carta que se escribió cuando usted salió.</translation>
    </message>
    <message>
        <source>You have a folder, on paper or on your computer. It holds all the test results about this illness from the last 12 to 24 months.</source>
        <translation>Tiene una carpeta, en papel o en su ordenador. En ella están todos los resultados de pruebas sobre esta enfermedad de los últimos 12 a 24 meses.</translation>
    </message>
    <message>
        <source>For a heart review, doctors usually want these tests: ECG, echocardiogram (heart ultrasound), stress test and blood tests. They want CT, MRI or angiogram images too. They also want your current treatment plan and prescriptions. And they want notes on past surgeries or procedures, your daily habits and your symptoms.</source>
        <translation>Para una revisión del corazón, los médicos suelen pedir estas pruebas: ECG (electrocardiograma), ecocardiograma (ecografía del corazón), prueba de esfuerzo y análisis de sangre. También piden imágenes de TC (tomografía), resonancia magnética o angiografía. Además, quieren su plan de tratamiento y sus recetas actuales. Y quieren notas sobre operaciones o procedimientos anteriores, sus hábitos diarios y sus síntomas.</translation>
    </message>
    <message>
        <source>For cancer, doctors want the biopsy (pathology) report and, if possible, the tissue slides themselves. They also want the stage and type of the cancer, and the planned mix of surgery, chemotherapy, radiation, immunotherapy or targeted therapy.</source>
        <translation>Para el cáncer, los médicos piden el informe de la biopsia (patología) y, si es posible, las propias muestras de tejido en sus laminillas. También piden el estadio y el tipo de cáncer, y la combinación prevista de cirugía, quimioterapia, radioterapia, inmunoterapia o terapia dirigida.</translation>
    </message>
    <message>
        <source>Look for specialists at university hospitals or at top centers for your illness. These often have the newest research and tools.</source>
        <translation>Busque especialistas en hospitales universitarios o en los mejores centros para su enfermedad. Suelen tener la investigación y los equipos más nuevos.</translation>
    </message>
    <message>
        <source>Use a board-certification database to check the doctor. Are they trained for your exact illness, and do they specialize in it? Board certification means a board of experts tested the doctor in that field.</source>
        <translation>Compruebe al médico en una base de datos de certificación de especialistas (en EE. UU., «board certification»). ¿Está formado para su enfermedad exacta y especializado en ella? Esta certificación significa que el médico aprobó los exámenes de esa especialidad ante un comité de expertos.</translation>
    </message>
    <message>
        <source>Be careful with doctors that only your first doctor suggests, if you fear a conflict of interest. Patient groups can name independent doctors.</source>
        <translation>Tenga cuidado con los médicos que solo le recomienda su primer médico si teme un conflicto de intereses. Las asociaciones de pacientes pueden recomendarle médicos independientes.</translation>
    </message>
    <message>
        <source>A second opinion only helps if the doctor has time to look at your records before the visit.</source>
        <translation>Una segunda opinión solo sirve si el médico tiene tiempo de revisar su historial antes de la consulta.</translation>
    </message>
    <message>
        <source>Check that the office got your records at least 48 hours (2 days) before the visit. Otherwise the visit may be wasted.</source>
        <translation>Compruebe que la consulta recibió su historial al menos 48 horas (2 días) antes de la cita. Si no, la visita puede no servir de nada.</translation>
    </message>
    <message>
        <source>More good questions: “Are there choices without surgery?” “What are the long-term side effects of this medicine?” “Can medicines and changes in daily habits delay or avoid the procedure?” “Is now the right time, or can it wait?”</source>
        <translation>Más preguntas útiles: «¿Hay opciones sin cirugía?» «¿Qué efectos secundarios a largo plazo tiene este medicamento?» «¿Pueden los medicamentos y los cambios en los hábitos diarios retrasar o evitar el procedimiento?» «¿Es ahora el momento adecuado o se puede esperar?»</translation>
    </message>
    <message>
        <source>Appointment</source>
        <translation>Consulta</translation>
    </message>
    <message>
        <source>Capture what the doctor says</source>
        <translation>No pierda nada de lo que dice el médico</translation>
    </message>
    <message>
        <source>It is hard to take in complex medical news and take part in the talk at the same time.</source>
        <translation>Es difícil entender noticias médicas complicadas y participar en la conversación al mismo tiempo.</translation>
    </message>
    <message>
        <source>Bring a friend or family member you trust to take notes, so you can focus on the talk.</source>
        <translation>Vaya con un amigo o familiar de confianza que tome notas, para que usted pueda concentrarse en la conversación.</translation>
    </message>
    <message>
        <source>Ask the doctor if you may record the talk on your phone, to listen to it again later.</source>
        <translation>Pregunte al médico si puede grabar la conversación con su teléfono, para escucharla otra vez más tarde.</translation>
    </message>
    <message>
        <source>Make sure the doctor explains, in plain words, any differences between their opinion and the first one.</source>
        <translation>Asegúrese de que el médico le explique, con palabras sencillas, cualquier diferencia entre su opinión y la primera.</translation>
    </message>
    <message>
        <source>The visit is over and you have written notes or a recording of what the specialist advised.</source>
        <translation>La consulta ha terminado y tiene notas escritas o una grabación de lo que le aconsejó el especialista.</translation>
    </message>
    <message>
        <source>Comparison</source>
        <translation>Comparación</translation>
    </message>
    <message>
        <source>Compare the two opinions, then decide</source>
        <translation>Compare las dos opiniones y luego decida</translation>
    </message>
    <message>
        <source>If the two opinions differ, you need to understand why, so you can make the safest choice.</source>
        <translation>Si las dos opiniones son distintas, necesita entender por qué, para poder tomar la decisión más segura.</translation>
    </message>
    <message>
        <source>Make a simple T-chart: a chart with two columns, one for each doctor. Write down what each said about the diagnosis, the treatment plan, the risks and the recovery time.</source>
        <translation>Haga una tabla en T sencilla: una tabla con dos columnas, una para cada médico. Anote lo que dijo cada uno sobre el diagnóstico, el plan de tratamiento, los riesgos y el tiempo de recuperación.</translation>
    </message>
    <message>
        <source>Get a third, “tie-breaker” opinion only if the first two are very different and a lot is at stake. An example is surgery on a major organ.</source>
        <translation>Pida una tercera opinión, para «desempatar», solo si las dos primeras son muy distintas y hay mucho en juego. Un ejemplo es una operación en un órgano importante.</translation>
    </message>
    <message>
        <source>Set up a safe digital folder: encrypted storage, or an app made to keep your health records.</source>
        <translation>Prepare una carpeta digital segura: un almacenamiento cifrado o una aplicación hecha para guardar sus datos de salud.</translation>
    </message>
    <message>
        <source>Build the habit over 30 days. Every Sunday evening, take 10 minutes to scan and file the week&apos;s medical papers, receipts and notes.</source>
        <translation>Cree el hábito durante 30 días. Cada domingo por la tarde, dedique 10 minutos a escanear y archivar los papeles médicos, los recibos y las notas de la semana.</translation>
    </message>
    <message>
        <source>Your current medical history is on your computer, sorted into groups. You have done 4 weekly updates in a row.</source>
        <translation>Su historial médico actual está en su ordenador, ordenado en grupos. Ha hecho 4 actualizaciones semanales seguidas.</translation>
    </message>
    <message>
        <source>If they disagree a lot, make an appointment with your main doctor to talk about the difference.</source>
        <translation>Si sus opiniones son muy distintas, pida una cita con su médico de cabecera para hablar de la diferencia.</translation>
    </message>
    <message>
        <source>You have chosen a treatment path and told both medical teams about your decision.</source>
        <translation>Ha elegido un camino de tratamiento y ha comunicado su decisión a los dos equipos médicos.</translation>
    </message>
    <message>
        <source>Keep organized</source>
        <translation>Organización</translation>
    </message>
    <message>
        <source>Keep your records in order for next time</source>
        <translation>Mantenga su historial en orden para la próxima vez</translation>
    </message>
    <message>
        <source>Records that are always in order make future second opinions and emergency care much faster and safer.</source>
        <translation>Un historial siempre en orden hace que las próximas segundas opiniones y la atención de urgencia sean mucho más rápidas y seguras.</translation>
    </message>
    <message>
        <source>Sort everything into these groups: Imaging, Labs, Prescriptions and Doctor notes.</source>
        <translation>Ordene todo en estos grupos: Imágenes, Análisis, Recetas y Notas del médico.</translation>
    </message>
    <message>
        <source>Heart (cardiology)</source>
        <translation>Corazón (cardiología)</translation>
    </message>
    <message>
        <source>Cancer (oncology)</source>
        <translation>Cáncer (oncología)</translation>
    </message>
    <message>
        <source>Scans and X-rays (radiology, imaging)</source>
        <translation>Imágenes y radiografías (radiología, diagnóstico por imagen)</translation>
    </message>
    <message>
        <source>Lungs (pulmonology)</source>
        <translation>Pulmones (neumología)</translation>
    </message>
    <message>
        <source>Brain and nerves (neurology)</source>
        <translation>Cerebro y nervios (neurología)</translation>
    </message>
    <message>
        <source>Bones and joints (orthopedics)</source>
        <translation>Huesos y articulaciones (ortopedia)</translation>
    </message>
    <message>
        <source>Something else</source>
        <translation>Otra cosa</translation>
    </message>
    <message>
        <source>Your reasons (tick all that fit)</source>
        <translation>Sus motivos (marque todos los que correspondan)</translation>
    </message>
    <message>
        <source>The diagnosis is life-threatening (for example cancer).</source>
        <translation>El diagnóstico pone en peligro la vida (por ejemplo, un cáncer).</translation>
    </message>
    <message>
        <source>A surgery is planned that is not an emergency.</source>
        <translation>Está prevista una operación que no es de urgencia.</translation>
    </message>
    <message>
        <source>It is a rare disease.</source>
        <translation>Es una enfermedad rara.</translation>
    </message>
    <message>
        <source>The treatment has not worked in the time it should take.</source>
        <translation>El tratamiento no ha funcionado en el tiempo que debería.</translation>
    </message>
    <message>
        <source>The diagnosis is still not clear.</source>
        <translation>El diagnóstico todavía no está claro.</translation>
    </message>
    <message>
        <source>I have several long-term illnesses that make one treatment plan hard.</source>
        <translation>Tengo varias enfermedades de larga duración que hacen difícil un solo plan de tratamiento.</translation>
    </message>
    <message>
        <source>I feel unsure, or doctors have told me different things.</source>
        <translation>Me siento inseguro o insegura, o los médicos me han dicho cosas distintas.</translation>
    </message>
    <message>
        <source>Illness or diagnosis:</source>
        <translation>Enfermedad o diagnóstico:</translation>
    </message>
    <message>
        <source>Area of medicine:</source>
        <translation>Especialidad médica:</translation>
    </message>
    <message>
        <source>Another area involved, if there is one:</source>
        <translation>Otra especialidad implicada, si la hay:</translation>
    </message>
    <message>
        <source>Treatment your doctor proposes:</source>
        <translation>Tratamiento que propone su médico:</translation>
    </message>
    <message>
        <source>First doctor:</source>
        <translation>Primer médico o médica:</translation>
    </message>
    <message>
        <source>Their practice or hospital:</source>
        <translation>Consulta u hospital:</translation>
    </message>
    <message>
        <source>Heart and lung problems together: ask for a review by a heart doctor and a lung doctor together. Many large centers have a joint clinic for this.</source>
        <translation>Problemas de corazón y de pulmón a la vez: pida una revisión conjunta de un cardiólogo y un neumólogo. Muchos centros grandes tienen una consulta conjunta para esto.</translation>
    </message>
    <message>
        <source>Feeling unsure is a fair reason to ask. Also tick a clear reason if one fits, such as a serious diagnosis or a planned surgery.</source>
        <translation>Sentirse inseguro es un buen motivo para preguntar. Marque también un motivo claro si alguno encaja, como un diagnóstico grave o una operación prevista.</translation>
    </message>
    <message>
        <source>Tick at least one clear reason for a second opinion, such as a serious diagnosis or a planned surgery.</source>
        <translation>Marque al menos un motivo claro para una segunda opinión, como un diagnóstico grave o una operación prevista.</translation>
    </message>
    <message>
        <source>This cannot be saved here.</source>
        <translation>Esto no se puede guardar aquí.</translation>
    </message>
    <message>
        <source>This is too long; please keep it under {count} letters.</source>
        <translation>Es demasiado largo; use menos de {count} caracteres.</translation>
    </message>
    <message>
        <source>This is not a time of day. Type it like 9:30 or 14:00.</source>
        <translation>Esto no es una hora. Escríbala como 9:30 o 14:00.</translation>
    </message>
    <message>
        <source>Please choose a time zone from the list.</source>
        <translation>Elija una zona horaria de la lista.</translation>
    </message>
    <message>
        <source>This is not a date. Pick the day from the calendar, or type it again.</source>
        <translation>Esto no es una fecha. Elija el día en el calendario o escríbalo de nuevo.</translation>
    </message>
    <message>
        <source>Please check the year of this date.</source>
        <translation>Compruebe el año de esta fecha.</translation>
    </message>
    <message>
        <source>An amount cannot be below zero. Write 0 if you pay nothing.</source>
        <translation>Un importe no puede ser menor que cero. Escriba 0 si no paga nada.</translation>
    </message>
    <message>
        <source>Please write the amount as a number, like 150 or 80.50.</source>
        <translation>Escriba el importe como un número, por ejemplo 150 u 80,50.</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>I don&apos;t know yet</source>
        <translation>Todavía no lo sé</translation>
    </message>
    <message>
        <source>EUR (euro)</source>
        <translation>EUR (euro)</translation>
    </message>
    <message>
        <source>USD (US dollar)</source>
        <translation>USD (dólar estadounidense)</translation>
    </message>
    <message>
        <source>GBP (pound)</source>
        <translation>GBP (libra)</translation>
    </message>
    <message>
        <source>CHF (Swiss franc)</source>
        <translation>CHF (franco suizo)</translation>
    </message>
    <message>
        <source>CAD (Canadian dollar)</source>
        <translation>CAD (dólar canadiense)</translation>
    </message>
    <message>
        <source>MXN (Mexican peso)</source>
        <translation>MXN (peso mexicano)</translation>
    </message>
    <message>
        <source>Insurance company:</source>
        <translation>Compañía de seguros:</translation>
    </message>
    <message>
        <source>Plan or member number:</source>
        <translation>Número de póliza o de afiliado:</translation>
    </message>
    <message>
        <source>Phone number of the insurance:</source>
        <translation>Teléfono del seguro:</translation>
    </message>
    <message>
        <source>Do they pay for the second opinion?</source>
        <translation>¿Pagan la segunda opinión?</translation>
    </message>
    <message>
        <source>Yes, in full</source>
        <translation>Sí, entera</translation>
    </message>
    <message>
        <source>Partly</source>
        <translation>En parte</translation>
    </message>
    <message>
        <source>I will pay it myself</source>
        <translation>La pagaré yo</translation>
    </message>
    <message>
        <source>Only doctors in their network?</source>
        <translation>¿Solo médicos de su red?</translation>
    </message>
    <message>
        <source>Exception for a doctor outside the network:</source>
        <translation>Excepción para un médico fuera de la red:</translation>
    </message>
    <message>
        <source>Not needed</source>
        <translation>No hace falta</translation>
    </message>
    <message>
        <source>Asked for, no answer yet</source>
        <translation>Solicitada, aún sin respuesta</translation>
    </message>
    <message>
        <source>Granted</source>
        <translation>Concedida</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Denegada</translation>
    </message>
    <message>
        <source>Do they need a referral from your doctor?</source>
        <translation>¿Necesitan un volante de su médico?</translation>
    </message>
    <message>
        <source>Referral received on:</source>
        <translation>Volante recibido el:</translation>
    </message>
    <message>
        <source>What you will pay yourself:</source>
        <translation>Lo que pagará usted:</translation>
    </message>
    <message>
        <source>Currency:</source>
        <translation>Moneda:</translation>
    </message>
    <message>
        <source>Your calls to the insurance</source>
        <translation>Sus llamadas al seguro</translation>
    </message>
    <message>
        <source>Add a call</source>
        <translation>Añadir una llamada</translation>
    </message>
    <message>
        <source>Date of the call:</source>
        <translation>Fecha de la llamada:</translation>
    </message>
    <message>
        <source>Who answered:</source>
        <translation>Quién contestó:</translation>
    </message>
    <message>
        <source>Reference number:</source>
        <translation>Número de referencia:</translation>
    </message>
    <message>
        <source>What they said:</source>
        <translation>Qué le dijeron:</translation>
    </message>
    <message>
        <source>Write down what you will pay yourself (write 0 if it is nothing).</source>
        <translation>Anote lo que pagará usted (escriba 0 si no es nada).</translation>
    </message>
    <message>
        <source>Choose the currency of the amount.</source>
        <translation>Elija la moneda del importe.</translation>
    </message>
    <message>
        <source>Ask your insurance whether they need a referral.</source>
        <translation>Pregunte a su seguro si necesita un volante.</translation>
    </message>
    <message>
        <source>Get the referral from your main doctor, and write down the day you got it.</source>
        <translation>Pida el volante a su médico de cabecera y anote el día en que lo recibió.</translation>
    </message>
    <message>
        <source>The day you got the referral is in the future.</source>
        <translation>El día en que recibió el volante está en el futuro.</translation>
    </message>
    <message>
        <source>Your insurance refused an exception for a doctor outside its network. Ask them to explain in writing, or look for a specialist in the network.</source>
        <translation>Su seguro ha denegado una excepción para un médico fuera de su red. Pida que se lo expliquen por escrito o busque un especialista de la red.</translation>
    </message>
    <message>
        <source>Specialists you could see</source>
        <translation>Especialistas a los que podría ir</translation>
    </message>
    <message>
        <source>Add a specialist</source>
        <translation>Añadir un especialista</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nombre:</translation>
    </message>
    <message>
        <source>Special field:</source>
        <translation>Área especial:</translation>
    </message>
    <message>
        <source>Hospital or practice:</source>
        <translation>Hospital o consulta:</translation>
    </message>
    <message>
        <source>A university hospital or large teaching center?</source>
        <translation>¿Un hospital universitario o un gran centro docente?</translation>
    </message>
    <message>
        <source>I checked that this doctor is certified as a specialist.</source>
        <translation>He comprobado que este médico tiene el título de especialista.</translation>
    </message>
    <message>
        <source>Where I checked it:</source>
        <translation>Dónde lo comprobé:</translation>
    </message>
    <message>
        <source>How you found this doctor:</source>
        <translation>Cómo encontró a este médico:</translation>
    </message>
    <message>
        <source>My first doctor suggested them</source>
        <translation>Me lo recomendó mi primer médico</translation>
    </message>
    <message>
        <source>My own search</source>
        <translation>Mi propia búsqueda</translation>
    </message>
    <message>
        <source>My insurance</source>
        <translation>Mi seguro</translation>
    </message>
    <message>
        <source>Family, friends or a patient group</source>
        <translation>Familia, amigos o un grupo de pacientes</translation>
    </message>
    <message>
        <source>Some other way</source>
        <translation>De otra manera</translation>
    </message>
    <message>
        <source>Ties to your first doctor:</source>
        <translation>Vínculos con su primer médico:</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Ninguno</translation>
    </message>
    <message>
        <source>Same practice</source>
        <translation>La misma consulta</translation>
    </message>
    <message>
        <source>Same hospital</source>
        <translation>El mismo hospital</translation>
    </message>
    <message>
        <source>Other ties</source>
        <translation>Otros vínculos</translation>
    </message>
    <message>
        <source>Phone, e-mail or address:</source>
        <translation>Teléfono, correo electrónico o dirección:</translation>
    </message>
    <message>
        <source>Is a consultation from afar possible (by video, or with your records only)?</source>
        <translation>¿Es posible una consulta a distancia (por vídeo o solo con sus documentos)?</translation>
    </message>
    <message>
        <source>This is the one I choose.</source>
        <translation>Este es el que elijo.</translation>
    </message>
    <message>
        <source>this specialist</source>
        <translation>este especialista</translation>
    </message>
    <message>
        <source>Write down at least one specialist you could see.</source>
        <translation>Anote al menos un especialista al que podría ir.</translation>
    </message>
    <message>
        <source>Choose the specialist you want to see: tick “This is the one I choose.”</source>
        <translation>Elija el especialista al que quiere ir: marque «Este es el que elijo.»</translation>
    </message>
    <message>
        <source>You chose more than one specialist; keep the tick only on the one you will see.</source>
        <translation>Ha elegido más de un especialista; deje la marca solo en el que va a ver.</translation>
    </message>
    <message>
        <source>Write down how to contact {name}.</source>
        <translation>Anote cómo contactar con {name}.</translation>
    </message>
    <message>
        <source>Find out whether {name} works with your first doctor.</source>
        <translation>Averigüe si {name} trabaja con su primer médico.</translation>
    </message>
    <message>
        <source>{name} has ties to your first doctor. For an independent view, choose someone without ties.</source>
        <translation>{name} tiene vínculos con su primer médico. Para una opinión independiente, elija a alguien sin vínculos.</translation>
    </message>
    <message>
        <source>You found {name} only through your first doctor. It is wise to look for a specialist yourself as well.</source>
        <translation>Encontró a {name} solo a través de su primer médico. Es prudente buscar también un especialista por su cuenta.</translation>
    </message>
    <message>
        <source>Check that {name} is certified as a specialist (board certified).</source>
        <translation>Compruebe que {name} tiene el título de especialista.</translation>
    </message>
    <message>
        <source>Through their secure online portal</source>
        <translation>A través de su portal seguro en internet</translation>
    </message>
    <message>
        <source>By e-mail</source>
        <translation>Por correo electrónico</translation>
    </message>
    <message>
        <source>By fax</source>
        <translation>Por fax</translation>
    </message>
    <message>
        <source>By post</source>
        <translation>Por correo postal</translation>
    </message>
    <message>
        <source>On a disc (CD or DVD)</source>
        <translation>En un disco (CD o DVD)</translation>
    </message>
    <message>
        <source>I bring them to the office myself</source>
        <translation>Los llevo yo a la consulta en persona</translation>
    </message>
    <message>
        <source>Day of the appointment:</source>
        <translation>Día de la cita:</translation>
    </message>
    <message>
        <source>Time of the appointment:</source>
        <translation>Hora de la cita:</translation>
    </message>
    <message>
        <source>Time zone of the appointment:</source>
        <translation>Zona horaria de la cita:</translation>
    </message>
    <message>
        <source>Place or video link:</source>
        <translation>Lugar o enlace de vídeo:</translation>
    </message>
    <message>
        <source>Name of the doctor, if not the one you chose in step 4:</source>
        <translation>Nombre del médico, si no es el que eligió en el paso 4:</translation>
    </message>
    <message>
        <source>Did the office book it as a second opinion visit?</source>
        <translation>¿La consulta la registró como cita de segunda opinión?</translation>
    </message>
    <message>
        <source>How does the office want your records?</source>
        <translation>¿Cómo quiere la consulta recibir sus documentos?</translation>
    </message>
    <message>
        <source>Records sent on:</source>
        <translation>Documentos enviados el:</translation>
    </message>
    <message>
        <source>Day the office confirmed they have your records:</source>
        <translation>Día en que la consulta confirmó que tiene sus documentos:</translation>
    </message>
    <message>
        <source>Time they confirmed it, if you know it:</source>
        <translation>Hora en que lo confirmaron, si la sabe:</translation>
    </message>
    <message>
        <source>Who confirmed it:</source>
        <translation>Quién lo confirmó:</translation>
    </message>
    <message>
        <source>Write down the day and time of your appointment.</source>
        <translation>Anote el día y la hora de su cita.</translation>
    </message>
    <message>
        <source>Choose the time zone of the appointment.</source>
        <translation>Elija la zona horaria de la cita.</translation>
    </message>
    <message>
        <source>Ask the office to confirm they have your records, by {date} at {time}.</source>
        <translation>Pida a la consulta que le confirme que tiene sus documentos, a más tardar el {date} a las {time}.</translation>
    </message>
    <message>
        <source>Ask the office to confirm they have your records.</source>
        <translation>Pida a la consulta que le confirme que tiene sus documentos.</translation>
    </message>
    <message>
        <source>The office did not book it as a second opinion visit. Ask them to change that, so the doctor sets aside time to study your records.</source>
        <translation>La consulta no la registró como cita de segunda opinión. Pídales que lo cambien, para que el médico reserve tiempo para estudiar sus documentos.</translation>
    </message>
    <message>
        <source>Make sure the office booked it as a second opinion visit.</source>
        <translation>Asegúrese de que la consulta la registró como cita de segunda opinión.</translation>
    </message>
    <message>
        <source>The appointment day has passed and the office has not confirmed your records. Is the appointment date right?</source>
        <translation>El día de la cita ya pasó y la consulta no ha confirmado que tiene sus documentos. ¿Es correcta la fecha de la cita?</translation>
    </message>
    <message>
        <source>You sent your records after the appointment day. Please check the dates.</source>
        <translation>Envió sus documentos después del día de la cita. Compruebe las fechas, por favor.</translation>
    </message>
    <message>
        <source>The day the office confirmed your records is in the future.</source>
        <translation>El día en que la consulta confirmó sus documentos está en el futuro.</translation>
    </message>
    <message>
        <source>The receipt date is after the appointment. Please check it.</source>
        <translation>La fecha de recepción es posterior a la cita. Compruébela, por favor.</translation>
    </message>
    <message>
        <source>The office confirmed your records less than 48 hours before the appointment. Ask whether the doctor had time to read them.</source>
        <translation>La consulta confirmó sus documentos menos de 48 horas antes de la cita. Pregunte si el médico tuvo tiempo de leerlos.</translation>
    </message>
    <message>
        <source>HIPAA (United States)</source>
        <translation>HIPAA (Estados Unidos)</translation>
    </message>
    <message>
        <source>GDPR (European Union)</source>
        <translation>RGPD (Unión Europea)</translation>
    </message>
    <message>
        <source>Pathology reports (tissue tests)</source>
        <translation>Informes de anatomía patológica (análisis de tejidos)</translation>
    </message>
    <message>
        <source>Imaging: scans and X-rays, with their reports</source>
        <translation>Imágenes: escáneres y radiografías, con sus informes</translation>
    </message>
    <message>
        <source>Lab results (blood and other tests)</source>
        <translation>Resultados de laboratorio (análisis de sangre y otros)</translation>
    </message>
    <message>
        <source>Doctors&apos; notes from visits</source>
        <translation>Notas de los médicos de las consultas</translation>
    </message>
    <message>
        <source>Hospital discharge summaries</source>
        <translation>Informes de alta del hospital</translation>
    </message>
    <message>
        <source>List of my medicines</source>
        <translation>Lista de mis medicamentos</translation>
    </message>
    <message>
        <source>Heart tracings (ECG)</source>
        <translation>Trazados del corazón (electrocardiograma)</translation>
    </message>
    <message>
        <source>Heart ultrasound (echocardiogram)</source>
        <translation>Ecografía del corazón (ecocardiograma)</translation>
    </message>
    <message>
        <source>Heart stress test</source>
        <translation>Prueba de esfuerzo del corazón</translation>
    </message>
    <message>
        <source>Pictures of the heart&apos;s blood vessels (angiogram)</source>
        <translation>Imágenes de los vasos del corazón (angiografía)</translation>
    </message>
    <message>
        <source>The tissue slides themselves</source>
        <translation>Las propias muestras de tejido en portaobjetos</translation>
    </message>
    <message>
        <source>Cancer stage results (staging)</source>
        <translation>Resultados del estadio del cáncer (estadificación)</translation>
    </message>
    <message>
        <source>Breathing tests (lung function)</source>
        <translation>Pruebas de respiración (función pulmonar)</translation>
    </message>
    <message>
        <source>Chest CT scan</source>
        <translation>Tomografía del tórax</translation>
    </message>
    <message>
        <source>Brain scans (MRI or CT)</source>
        <translation>Imágenes del cerebro (resonancia o tomografía)</translation>
    </message>
    <message>
        <source>Something else (write its name below)</source>
        <translation>Otra cosa (escriba su nombre abajo)</translation>
    </message>
    <message>
        <source>Needed</source>
        <translation>Hace falta</translation>
    </message>
    <message>
        <source>Asked for</source>
        <translation>Solicitado</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Recibido</translation>
    </message>
    <message>
        <source>Not needed for me</source>
        <translation>No lo necesito</translation>
    </message>
    <message>
        <source>Patient&apos;s date of birth:</source>
        <translation>Fecha de nacimiento del paciente:</translation>
    </message>
    <message>
        <source>The original images (DICOM files, the format for medical images), not only reports</source>
        <translation>Las imágenes originales (archivos DICOM, el formato estándar de las imágenes médicas), no solo los informes</translation>
    </message>
    <message>
        <source>Patient&apos;s address:</source>
        <translation>Dirección del paciente:</translation>
    </message>
    <message>
        <source>Records from (date):</source>
        <translation>Documentos desde (fecha):</translation>
    </message>
    <message>
        <source>Records up to (date):</source>
        <translation>Documentos hasta (fecha):</translation>
    </message>
    <message>
        <source>A sentence of your own for the request letter:</source>
        <translation>Una frase propia para la carta de solicitud:</translation>
    </message>
    <message>
        <source>Your requests for records</source>
        <translation>Sus solicitudes de documentos</translation>
    </message>
    <message>
        <source>Add a request</source>
        <translation>Añadir una solicitud</translation>
    </message>
    <message>
        <source>Clinic or doctor asked:</source>
        <translation>Clínica o médico al que lo pidió:</translation>
    </message>
    <message>
        <source>Address of the clinic or doctor:</source>
        <translation>Dirección de la clínica o del médico:</translation>
    </message>
    <message>
        <source>Request sent on:</source>
        <translation>Solicitud enviada el:</translation>
    </message>
    <message>
        <source>The law you asked under:</source>
        <translation>Ley en la que se basó:</translation>
    </message>
    <message>
        <source>Answer received on:</source>
        <translation>Respuesta recibida el:</translation>
    </message>
    <message>
        <source>The records you need</source>
        <translation>Los documentos que necesita</translation>
    </message>
    <message>
        <source>Add a record</source>
        <translation>Añadir un documento</translation>
    </message>
    <message>
        <source>Kind of record:</source>
        <translation>Tipo de documento:</translation>
    </message>
    <message>
        <source>Name or details:</source>
        <translation>Nombre o detalles:</translation>
    </message>
    <message>
        <source>Where it stands:</source>
        <translation>Situación:</translation>
    </message>
    <message>
        <source>Date of the record:</source>
        <translation>Fecha del documento:</translation>
    </message>
    <message>
        <source>Add the records usually needed</source>
        <translation>Añadir los documentos que suelen necesitarse</translation>
    </message>
    <message>
        <source>a record without a kind</source>
        <translation>un documento sin tipo</translation>
    </message>
    <message>
        <source>List the records you need: press “Add the records usually needed”.</source>
        <translation>Anote los documentos que necesita: pulse «Añadir los documentos que suelen necesitarse».</translation>
    </message>
    <message>
        <source>Ask for {record}.</source>
        <translation>Pida: {record}.</translation>
    </message>
    <message>
        <source>Wait for {record}, or call to ask where it is.</source>
        <translation>Espere: {record}, o llame para preguntar dónde está.</translation>
    </message>
    <message>
        <source>The first day of the records you ask for is after the last day. Please check both dates.</source>
        <translation>El primer día de los documentos que pide es posterior al último. Compruebe ambas fechas.</translation>
    </message>
    <message>
        <source>A record&apos;s date is in the future. Please check it.</source>
        <translation>La fecha de un documento está en el futuro. Compruébela, por favor.</translation>
    </message>
    <message>
        <source>Write down the date of each record you received, so you can see that they are recent.</source>
        <translation>Anote la fecha de cada documento recibido, para ver si son recientes.</translation>
    </message>
    <message>
        <source>Your newest record is from {date}, more than 12 months ago. Ask for recent records too.</source>
        <translation>Su documento más reciente es del {date}, hace más de 12 meses. Pida también documentos recientes.</translation>
    </message>
    <message>
        <source>Some records you received have no date. Write their dates down.</source>
        <translation>Algunos documentos recibidos no tienen fecha. Anote sus fechas.</translation>
    </message>
    <message>
        <source>The answer from {clinic} is late: it was due on {date}. Call them and ask.</source>
        <translation>La respuesta de {clinic} se ha retrasado: vencía el {date}. Llame y pregunte.</translation>
    </message>
    <message>
        <source>Second opinion appointment</source>
        <translation>Cita de segunda opinión</translation>
    </message>
    <message>
        <source>The specialist&apos;s office should confirm they have your records</source>
        <translation>La consulta del especialista debe confirmarle que tiene sus documentos</translation>
    </message>
    <message>
        <source>the clinic</source>
        <translation>la clínica</translation>
    </message>
    <message>
        <source>Answer due from {clinic}</source>
        <translation>Vence la respuesta de {clinic}</translation>
    </message>
    <message>
        <source>Scan image (DICOM)</source>
        <translation>Imagen médica (DICOM)</translation>
    </message>
    <message>
        <source>PDF document</source>
        <translation>Documento PDF</translation>
    </message>
    <message>
        <source>Photo or picture</source>
        <translation>Foto o imagen</translation>
    </message>
    <message>
        <source>Sound recording</source>
        <translation>Grabación de audio</translation>
    </message>
    <message>
        <source>Imaging</source>
        <translation>Imágenes</translation>
    </message>
    <message>
        <source>Labs</source>
        <translation>Análisis</translation>
    </message>
    <message>
        <source>Prescriptions</source>
        <translation>Recetas</translation>
    </message>
    <message>
        <source>Doctor notes</source>
        <translation>Informes médicos</translation>
    </message>
    <message>
        <source>Receipts</source>
        <translation>Recibos</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Otros</translation>
    </message>
    <message>
        <source>CT scan</source>
        <translation>Tomografía computarizada (TC)</translation>
    </message>
    <message>
        <source>MRI scan</source>
        <translation>Resonancia magnética (RM)</translation>
    </message>
    <message>
        <source>Ultrasound</source>
        <translation>Ecografía</translation>
    </message>
    <message>
        <source>X-ray</source>
        <translation>Radiografía</translation>
    </message>
    <message>
        <source>X-ray video (fluoroscopy)</source>
        <translation>Vídeo de rayos X (fluoroscopia)</translation>
    </message>
    <message>
        <source>Blood vessel X-ray (angiogram)</source>
        <translation>Radiografía de los vasos sanguíneos (angiografía)</translation>
    </message>
    <message>
        <source>Mammogram</source>
        <translation>Mamografía</translation>
    </message>
    <message>
        <source>Nuclear medicine scan</source>
        <translation>Prueba de medicina nuclear</translation>
    </message>
    <message>
        <source>PET scan</source>
        <translation>Estudio PET</translation>
    </message>
    <message>
        <source>Heart tracing (ECG)</source>
        <translation>Electrocardiograma (ECG)</translation>
    </message>
    <message>
        <source>Tissue slide image</source>
        <translation>Imagen de una muestra de tejido</translation>
    </message>
    <message>
        <source>Other image</source>
        <translation>Otra imagen</translation>
    </message>
    <message>
        <source>Yes, it has happened</source>
        <translation>Sí, ya tuvo lugar</translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation>Todavía no</translation>
    </message>
    <message>
        <source>I have not asked yet</source>
        <translation>Todavía no lo he preguntado</translation>
    </message>
    <message>
        <source>Yes, the doctor allowed it</source>
        <translation>Sí, el médico lo permitió</translation>
    </message>
    <message>
        <source>No, the doctor said no</source>
        <translation>No, el médico dijo que no</translation>
    </message>
    <message>
        <source>Yes, in words I understood</source>
        <translation>Sí, con palabras que entendí</translation>
    </message>
    <message>
        <source>No, not clearly</source>
        <translation>No, no con claridad</translation>
    </message>
    <message>
        <source>There were no differences</source>
        <translation>No hubo diferencias</translation>
    </message>
    <message>
        <source>Has the visit happened?</source>
        <translation>¿Ya tuvo lugar la consulta?</translation>
    </message>
    <message>
        <source>Who came with you to take notes?</source>
        <translation>¿Quién le acompañó para tomar notas?</translation>
    </message>
    <message>
        <source>May you record the talk?</source>
        <translation>¿Puede grabar la conversación?</translation>
    </message>
    <message>
        <source>Your notes from the visit:</source>
        <translation>Sus notas de la consulta:</translation>
    </message>
    <message>
        <source>Did the doctor explain how their opinion differs from the first one?</source>
        <translation>¿Le explicó el médico en qué se diferencia su opinión de la primera?</translation>
    </message>
    <message>
        <source>After the visit, mark that it has happened.</source>
        <translation>Después de la consulta, marque que ya tuvo lugar.</translation>
    </message>
    <message>
        <source>Write down notes, or add the recording, of what the doctor said.</source>
        <translation>Anote lo que dijo el médico o añada la grabación de la conversación.</translation>
    </message>
    <message>
        <source>You added a recording, but not that the doctor allowed it. In many places a talk may only be recorded with permission.</source>
        <translation>Ha añadido una grabación, pero no ha indicado que el médico la permitiera. En muchos lugares, una conversación solo se puede grabar con permiso.</translation>
    </message>
    <message>
        <source>The visit is marked as done, but its day in step 5 is still to come. Please check the date.</source>
        <translation>La consulta está marcada como hecha, pero su día en el paso 5 todavía no ha llegado. Compruebe la fecha, por favor.</translation>
    </message>
    <message>
        <source>Ask the doctor to explain, in plain words, how their opinion differs from the first one. A phone call or a letter can do.</source>
        <translation>Pida al médico que le explique, con palabras sencillas, en qué se diferencia su opinión de la primera. Puede bastar con una llamada o una carta.</translation>
    </message>
    <message>
        <source>First opinion</source>
        <translation>Primera opinión</translation>
    </message>
    <message>
        <source>Second opinion</source>
        <translation>Segunda opinión</translation>
    </message>
    <message>
        <source>Third opinion</source>
        <translation>Tercera opinión</translation>
    </message>
    <message>
        <source>The same</source>
        <translation>Igual</translation>
    </message>
    <message>
        <source>Differs</source>
        <translation>Diferente</translation>
    </message>
    <message>
        <source>Differs a lot</source>
        <translation>Muy diferente</translation>
    </message>
    <message>
        <source>Diagnosis</source>
        <translation>Diagnóstico</translation>
    </message>
    <message>
        <source>Treatment plan</source>
        <translation>Plan de tratamiento</translation>
    </message>
    <message>
        <source>Risks</source>
        <translation>Riesgos</translation>
    </message>
    <message>
        <source>Recovery time</source>
        <translation>Tiempo de recuperación</translation>
    </message>
    <message>
        <source>I also have a third opinion</source>
        <translation>También tengo una tercera opinión</translation>
    </message>
    <message>
        <source>The treatment path I chose:</source>
        <translation>El camino de tratamiento que elegí:</translation>
    </message>
    <message>
        <source>Day I decided:</source>
        <translation>Día en que decidí:</translation>
    </message>
    <message>
        <source>Day I told the first medical team:</source>
        <translation>Día en que se lo comuniqué al primer equipo médico:</translation>
    </message>
    <message>
        <source>Day I told the second medical team:</source>
        <translation>Día en que se lo comuniqué al segundo equipo médico:</translation>
    </message>
    <message>
        <source>Your own rows</source>
        <translation>Sus propias filas</translation>
    </message>
    <message>
        <source>Add a row of my own</source>
        <translation>Añadir una fila propia</translation>
    </message>
    <message>
        <source>What this row compares:</source>
        <translation>Qué compara esta fila:</translation>
    </message>
    <message>
        <source>Do they agree?</source>
        <translation>¿Coinciden?</translation>
    </message>
    <message>
        <source>Write down the treatment path you chose.</source>
        <translation>Anote el camino de tratamiento que eligió.</translation>
    </message>
    <message>
        <source>Tell your first medical team what you decided, and write down when.</source>
        <translation>Comunique su decisión a su primer equipo médico y anote cuándo lo hizo.</translation>
    </message>
    <message>
        <source>Tell your second medical team what you decided, and write down when.</source>
        <translation>Comunique su decisión a su segundo equipo médico y anote cuándo lo hizo.</translation>
    </message>
    <message>
        <source>A day in your decision is still to come. Please check it.</source>
        <translation>Una de las fechas de su decisión está en el futuro. Compruébela, por favor.</translation>
    </message>
    <message>
        <source>The opinions differ a lot. Make an appointment with your main doctor to talk about the difference before you decide.</source>
        <translation>Las opiniones son muy distintas. Pida una cita con su médico de cabecera para hablar de la diferencia antes de decidir.</translation>
    </message>
    <message>
        <source>A lot is at stake for you (see step 1). A third, “tie-breaker” opinion can help you decide.</source>
        <translation>Para usted hay mucho en juego (vea el paso 1). Una tercera opinión, para «desempatar», puede ayudarle a decidir.</translation>
    </message>
    <message>
        <source>Weekly check-ins</source>
        <translation>Revisiones semanales</translation>
    </message>
    <message>
        <source>Nothing new this week</source>
        <translation>Nada nuevo esta semana</translation>
    </message>
    <message>
        <source>Day:</source>
        <translation>Día:</translation>
    </message>
    <message>
        <source>What you did:</source>
        <translation>Qué hizo:</translation>
    </message>
    <message>
        <source>Filed documents</source>
        <translation>Documentos archivados</translation>
    </message>
    <message>
        <source>Put each document in a group. Documents still to sort: {count}.</source>
        <translation>Ponga cada documento en un grupo. Documentos por ordenar: {count}.</translation>
    </message>
    <message>
        <source>Check in once a week, four weeks in a row. Weeks in a row now: {count}.</source>
        <translation>Haga la revisión una vez por semana, cuatro semanas seguidas. Semanas seguidas por ahora: {count}.</translation>
    </message>
    <message>
        <source>How did you reach this diagnosis?</source>
        <translation>¿Cómo llegó a este diagnóstico?</translation>
    </message>
    <message>
        <source>What are the other choices instead of the planned treatment?</source>
        <translation>¿Qué otras opciones hay en lugar del tratamiento previsto?</translation>
    </message>
    <message>
        <source>What happens if we do nothing for now?</source>
        <translation>¿Qué pasa si por ahora no hacemos nada?</translation>
    </message>
    <message>
        <source>How many patients with this exact condition have you treated in the last year?</source>
        <translation>¿Cuántos pacientes con esta misma enfermedad ha tratado en el último año?</translation>
    </message>
    <message>
        <source>Are there clinical trials that my first doctor did not mention?</source>
        <translation>¿Hay ensayos clínicos que mi primer médico no mencionó?</translation>
    </message>
    <message>
        <source>Are there choices without surgery?</source>
        <translation>¿Hay opciones sin cirugía?</translation>
    </message>
    <message>
        <source>What are the long-term side effects of this medicine?</source>
        <translation>¿Qué efectos secundarios a largo plazo tiene este medicamento?</translation>
    </message>
    <message>
        <source>Can medicines and changes in daily habits delay or avoid the procedure?</source>
        <translation>¿Pueden los medicamentos y los cambios en los hábitos diarios retrasar o evitar el procedimiento?</translation>
    </message>
    <message>
        <source>Is now the right time, or can it wait?</source>
        <translation>¿Es ahora el momento adecuado o se puede esperar?</translation>
    </message>
    <message>
        <source>Do you agree with the first diagnosis? Why or why not?</source>
        <translation>¿Está de acuerdo con el primer diagnóstico? ¿Por qué sí o por qué no?</translation>
    </message>
    <message>
        <source>Do I need more tests before we decide? Which ones, and why?</source>
        <translation>¿Necesito más pruebas antes de que decidamos? ¿Cuáles y por qué?</translation>
    </message>
    <message>
        <source>What are the risks of the treatment you suggest?</source>
        <translation>¿Qué riesgos tiene el tratamiento que me propone?</translation>
    </message>
    <message>
        <source>How often does this treatment work for people like me?</source>
        <translation>¿Con qué frecuencia funciona este tratamiento en personas como yo?</translation>
    </message>
    <message>
        <source>How long will recovery take, and what will daily life be like?</source>
        <translation>¿Cuánto tardaré en recuperarme y cómo será mi vida diaria?</translation>
    </message>
    <message>
        <source>When can I go back to work and my usual activities?</source>
        <translation>¿Cuándo podré volver al trabajo y a mis actividades habituales?</translation>
    </message>
    <message>
        <source>What will the treatment cost me, and what is covered?</source>
        <translation>¿Cuánto me costará el tratamiento y qué cubre el seguro?</translation>
    </message>
    <message>
        <source>What would you do if you were in my place?</source>
        <translation>¿Qué haría usted en mi lugar?</translation>
    </message>
    <message>
        <source>Which warning signs mean I should call you or get help at once?</source>
        <translation>¿Qué señales de aviso indican que debo llamarle o buscar ayuda de inmediato?</translation>
    </message>
    <message>
        <source>Who would do the treatment, and where?</source>
        <translation>¿Quién haría el tratamiento y dónde?</translation>
    </message>
    <message>
        <source>Will you send me and my first doctor a written report?</source>
        <translation>¿Nos enviará a mí y a mi primer médico un informe por escrito?</translation>
    </message>
    <message>
        <source>Did you have time to look at all my records and images?</source>
        <translation>¿Tuvo tiempo de revisar todo mi historial y todas mis imágenes?</translation>
    </message>
    <message>
        <source>Who do I ask if I have questions after today?</source>
        <translation>¿A quién puedo preguntar si tengo dudas después de hoy?</translation>
    </message>
    <message>
        <source>What do my heart tests (ECG, heart ultrasound, stress test) show, in plain words?</source>
        <translation>¿Qué muestran mis pruebas del corazón (ECG, ecografía del corazón, prueba de esfuerzo), con palabras sencillas?</translation>
    </message>
    <message>
        <source>Could a smaller procedure, such as a stent or a catheter, work instead?</source>
        <translation>¿Podría servir en su lugar un procedimiento más pequeño, como un stent o un catéter?</translation>
    </message>
    <message>
        <source>Could changes to my heart medicines be enough for now?</source>
        <translation>¿Podría bastar por ahora con cambiar mis medicamentos para el corazón?</translation>
    </message>
    <message>
        <source>Should a lung doctor look at my case together with you (a combined review)?</source>
        <translation>¿Debería un médico del pulmón revisar mi caso junto con usted (una revisión conjunta)?</translation>
    </message>
    <message>
        <source>What type of cancer is it exactly, and what stage?</source>
        <translation>¿Qué tipo de cáncer es exactamente y en qué estadio está?</translation>
    </message>
    <message>
        <source>Did a pathologist here look at my tissue slides again, not only the report?</source>
        <translation>¿Un patólogo de este centro volvió a examinar mis muestras de tejido, y no solo el informe?</translation>
    </message>
    <message>
        <source>Which mix of surgery, chemotherapy, radiation or other medicines do you suggest, and in what order?</source>
        <translation>¿Qué combinación de cirugía, quimioterapia, radioterapia u otros medicamentos me propone, y en qué orden?</translation>
    </message>
    <message>
        <source>Should my tumor be tested for targeted medicines or immunotherapy?</source>
        <translation>¿Deberían analizar mi tumor para saber si me pueden servir medicamentos dirigidos o la inmunoterapia?</translation>
    </message>
    <message>
        <source>Has a team of cancer experts (a tumor board) talked about my case?</source>
        <translation>¿Ha hablado de mi caso un equipo de expertos en cáncer (un comité de tumores)?</translation>
    </message>
    <message>
        <source>Did you look at the original images yourself, not only the written report?</source>
        <translation>¿Vio usted las imágenes originales, y no solo el informe escrito?</translation>
    </message>
    <message>
        <source>Was a radiologist who specializes in this part of the body asked to read them?</source>
        <translation>¿Se pidió a un radiólogo especializado en esta parte del cuerpo que leyera las imágenes?</translation>
    </message>
    <message>
        <source>Do I need another scan, or a different kind of scan?</source>
        <translation>¿Necesito otra prueba de imagen o un tipo distinto de prueba?</translation>
    </message>
    <message>
        <source>What do my breathing tests show, and how do they compare?</source>
        <translation>¿Qué muestran mis pruebas de respiración y cómo salen en comparación?</translation>
    </message>
    <message>
        <source>Does my chest CT show anything that changes the plan?</source>
        <translation>¿Muestra la tomografía de mi tórax algo que cambie el plan?</translation>
    </message>
    <message>
        <source>Will I need oxygen or breathing exercises?</source>
        <translation>¿Necesitaré oxígeno o ejercicios de respiración?</translation>
    </message>
    <message>
        <source>What else could cause my symptoms?</source>
        <translation>¿Qué otra cosa podría causar mis síntomas?</translation>
    </message>
    <message>
        <source>How is this likely to change over the next few years?</source>
        <translation>¿Cómo es probable que cambie esto en los próximos años?</translation>
    </message>
    <message>
        <source>Could therapy (physical, speech or occupational) help me instead of or after treatment?</source>
        <translation>¿Podría ayudarme una terapia (fisioterapia, logopedia o terapia ocupacional) en lugar del tratamiento o después de él?</translation>
    </message>
    <message>
        <source>Is surgery really needed, or could physical therapy help first?</source>
        <translation>¿De verdad hace falta operar, o podría ayudar primero la fisioterapia?</translation>
    </message>
    <message>
        <source>What happens if I wait a few months before surgery?</source>
        <translation>¿Qué pasa si espero unos meses antes de operarme?</translation>
    </message>
    <message>
        <source>Which implant or method would you use, and why?</source>
        <translation>¿Qué implante o qué método usaría y por qué?</translation>
    </message>
    <message>
        <source>Your questions</source>
        <translation>Sus preguntas</translation>
    </message>
    <message>
        <source>Add my own question</source>
        <translation>Añadir una pregunta propia</translation>
    </message>
    <message>
        <source>Question:</source>
        <translation>Pregunta:</translation>
    </message>
    <message>
        <source>Most important</source>
        <translation>Lo más importante</translation>
    </message>
    <message>
        <source>Answer:</source>
        <translation>Respuesta:</translation>
    </message>
    <message>
        <source>Question list last printed on:</source>
        <translation>Lista de preguntas impresa por última vez el:</translation>
    </message>
    <message>
        <source>Questions on the printed list:</source>
        <translation>Preguntas en la lista impresa:</translation>
    </message>
    <message>
        <source>Write down at least five questions (you have {count} so far).</source>
        <translation>Anote al menos cinco preguntas (por ahora tiene {count}).</translation>
    </message>
    <message>
        <source>Print your question list again, or save it as a PDF, once it has at least five questions.</source>
        <translation>Vuelva a imprimir su lista de preguntas, o guárdela como PDF, cuando tenga al menos cinco preguntas.</translation>
    </message>
    <message>
        <source>Print your question list, or save it as a PDF.</source>
        <translation>Imprima su lista de preguntas o guárdela como PDF.</translation>
    </message>
    <message>
        <source>{name} (no. {number}, born {date})</source>
        <translation>{name} (n.º {number}, fecha de nacimiento: {date})</translation>
    </message>
    <message>
        <source>{name} (no. {number})</source>
        <translation>{name} (n.º {number})</translation>
    </message>
    <message>
        <source>{label} (archived)</source>
        <translation>{label} (archivado)</translation>
    </message>
    <message>
        <source>All nine steps are done.</source>
        <translation>Los nueve pasos están hechos.</translation>
    </message>
    <message>
        <source>{done} of {total}</source>
        <translation>{done} de {total}</translation>
    </message>
    <message>
        <source>Step {number}: {action}</source>
        <translation>Paso {number}: {action}</translation>
    </message>
    <message>
        <source>{date}, {time}</source>
        <translation>{date}, a las {time}</translation>
    </message>
    <message>
        <source>{when} (late)</source>
        <translation>{when} (con retraso)</translation>
    </message>
    <message>
        <source>{when} (today)</source>
        <translation>{when} (hoy)</translation>
    </message>
</context>
<context>
    <name>Playback</name>
    <message>
        <source>&amp;Delete the copy now</source>
        <translation>&amp;Borrar la copia ahora</translation>
    </message>
    <message>
        <source>Play the recording</source>
        <translation>Reproducir la grabación</translation>
    </message>
    <message>
        <source>The program could not play this recording itself.</source>
        <translation>El programa no pudo reproducir esta grabación por sí mismo.</translation>
    </message>
    <message>
        <source>To play it, your computer&apos;s own player needs a plain, unlocked copy of the recording outside your locked data folder. The copy is deleted when you close this program, or sooner if you choose “Delete the copy now”.</source>
        <translation>Para reproducirla, el reproductor de su ordenador necesita una copia sin cifrar de la grabación fuera de su carpeta de datos cifrada. La copia se borra cuando cierre este programa, o antes si elige «Borrar la copia ahora».</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Continuar</translation>
    </message>
    <message>
        <source>No program on this computer could play the recording, so the plain copy was deleted again.</source>
        <translation>Ningún programa de este ordenador pudo reproducir la grabación, así que la copia sin cifrar se ha vuelto a borrar.</translation>
    </message>
    <message>
        <source>A plain copy of “{name}” is open in your computer&apos;s player. It is deleted when you close this program.</source>
        <translation>Una copia sin cifrar de «{name}» está abierta en el reproductor de su ordenador. Se borra cuando cierre este programa.</translation>
    </message>
</context>
<context>
    <name>QuestionCard</name>
    <message>
        <source>★ Most important</source>
        <translation>★ Lo más importante</translation>
    </message>
    <message>
        <source>Most important: print this question first</source>
        <translation>Lo más importante: imprimir esta pregunta primero</translation>
    </message>
    <message>
        <source>▲ Up</source>
        <translation>▲ Subir</translation>
    </message>
    <message>
        <source>Move this question up</source>
        <translation>Subir esta pregunta</translation>
    </message>
    <message>
        <source>Move this question up (Alt+Up)</source>
        <translation>Subir esta pregunta (Alt+Flecha arriba)</translation>
    </message>
    <message>
        <source>▼ Down</source>
        <translation>▼ Bajar</translation>
    </message>
    <message>
        <source>Move this question down</source>
        <translation>Bajar esta pregunta</translation>
    </message>
    <message>
        <source>Move this question down (Alt+Down)</source>
        <translation>Bajar esta pregunta (Alt+Flecha abajo)</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Remove this question</source>
        <translation>Quitar esta pregunta</translation>
    </message>
    <message>
        <source>Drag to move this question</source>
        <translation>Arrastre para mover esta pregunta</translation>
    </message>
    <message>
        <source>Question {number} of {count}</source>
        <translation>Pregunta {number} de {count}</translation>
    </message>
    <message>
        <source>Question {number}: {question}</source>
        <translation>Pregunta {number}: {question}</translation>
    </message>
</context>
<context>
    <name>QuestionLibrary</name>
    <message>
        <source>Suggested questions</source>
        <translation>Preguntas sugeridas</translation>
    </message>
    <message>
        <source>Questions that suit the area you chose in step 1 come first. Choose one and press Enter, double-click it, or use the Add button.</source>
        <translation>Primero aparecen las preguntas que encajan con el área que eligió en el paso 1. Elija una y pulse Intro, haga doble clic en ella o use el botón para añadirla.</translation>
    </message>
    <message>
        <source>Show all {count} questions, also those for other areas</source>
        <translation>Mostrar las {count} preguntas, también las de otras áreas</translation>
    </message>
    <message>
        <source>&amp;Add the chosen question</source>
        <translation>&amp;Añadir la pregunta elegida</translation>
    </message>
    <message>
        <source>On your list: {question}</source>
        <translation>En su lista: {question}</translation>
    </message>
</context>
<context>
    <name>QuestionList</name>
    <message>
        <source>Questions for the doctor</source>
        <translation>Preguntas para el médico</translation>
    </message>
    <message>
        <source>Patient: {name}</source>
        <translation>Paciente: {name}</translation>
    </message>
    <message>
        <source>Printed on: {date}</source>
        <translation>Fecha de impresión: {date}</translation>
    </message>
    <message>
        <source>Your list has no questions yet. Write them down in step 6 of the planner.</source>
        <translation>Su lista aún no tiene preguntas. Escríbalas en el paso 6 del planificador.</translation>
    </message>
    <message>
        <source>Ask the most important questions first. Write each answer on the lines below the question, or ask the person with you to write.</source>
        <translation>Haga primero las preguntas más importantes. Escriba cada respuesta en las líneas debajo de la pregunta, o pida a la persona que le acompaña que la escriba.</translation>
    </message>
    <message>
        <source>{star} Most important</source>
        <translation>{star} Lo más importante</translation>
    </message>
    <message>
        <source>More questions</source>
        <translation>Más preguntas</translation>
    </message>
    <message>
        <source>Appointment: {date} at {time}</source>
        <translation>Cita: {date} a las {time}</translation>
    </message>
    <message>
        <source>Appointment: {date}</source>
        <translation>Cita: {date}</translation>
    </message>
    <message>
        <source>Doctor: {name}</source>
        <translation>Médico: {name}</translation>
    </message>
    <message>
        <source>Answer written down at the visit:</source>
        <translation>Respuesta anotada en la consulta:</translation>
    </message>
    <message>
        <source>{name} · printed {date} · page {page} of {pages}</source>
        <translation>{name} · impreso el {date} · página {page} de {pages}</translation>
    </message>
</context>
<context>
    <name>QuestionsEditor</name>
    <message>
        <source>Tick “Most important” for the questions to ask first: they are printed at the top. To change the order, drag a question by its handle ⠿, use the Up and Down buttons, or press Alt+Up and Alt+Down.</source>
        <translation>Marque «Lo más importante» en las preguntas que quiere hacer primero: se imprimen arriba. Para cambiar el orden, arrastre una pregunta por su asa ⠿, use los botones Subir y Bajar, o pulse Alt+Flecha arriba y Alt+Flecha abajo.</translation>
    </message>
    <message>
        <source>Your list is empty. Write your own questions below, or add suggested ones.</source>
        <translation>Su lista está vacía. Escriba abajo sus propias preguntas o añada preguntas sugeridas.</translation>
    </message>
    <message>
        <source>Add &amp;my own question:</source>
        <translation>Añadir &amp;mi propia pregunta:</translation>
    </message>
    <message>
        <source>Type your question, then press Enter</source>
        <translation>Escriba su pregunta y pulse Intro</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Añadir</translation>
    </message>
    <message>
        <source>Add my own question</source>
        <translation>Añadir una pregunta propia</translation>
    </message>
    <message>
        <source>Print your list</source>
        <translation>Imprima su lista</translation>
    </message>
    <message>
        <source>Take the list to the appointment: there is room under each question to write the answer. The large print is easier to read.</source>
        <translation>Lleve la lista a la cita: debajo de cada pregunta hay espacio para escribir la respuesta. La letra grande se lee con más facilidad.</translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation>&amp;Guardar como PDF…</translation>
    </message>
    <message>
        <source>Save in &amp;large print…</source>
        <translation>Guardar en &amp;letra grande…</translation>
    </message>
    <message>
        <source>Pr&amp;int…</source>
        <translation>&amp;Imprimir…</translation>
    </message>
    <message>
        <source>Print the question list (Ctrl+P)</source>
        <translation>Imprimir la lista de preguntas (Ctrl+P)</translation>
    </message>
    <message>
        <source>Print in large p&amp;rint…</source>
        <translation>Imprimir en letra g&amp;rande…</translation>
    </message>
    <message>
        <source>Questions on your list: {count}. Five or more make a good list.</source>
        <translation>Preguntas en su lista: {count}. Cinco o más forman una buena lista.</translation>
    </message>
    <message>
        <source>Type your question in the box first, then press Add.</source>
        <translation>Escriba primero su pregunta en el cuadro y luego pulse Añadir.</translation>
    </message>
</context>
<context>
    <name>ReadingOptions</name>
    <message>
        <source>&amp;Text size</source>
        <translation>&amp;Tamaño del texto</translation>
    </message>
    <message>
        <source>{percent}%</source>
        <translation>{percent} %</translation>
    </message>
    <message>
        <source>&amp;Larger text</source>
        <translation>Texto más &amp;grande</translation>
    </message>
    <message>
        <source>&amp;Smaller text</source>
        <translation>Texto más &amp;pequeño</translation>
    </message>
    <message>
        <source>&amp;High contrast</source>
        <translation>&amp;Alto contraste</translation>
    </message>
    <message>
        <source>Large &amp;print for printouts</source>
        <translation>Letra &amp;grande para impresiones</translation>
    </message>
    <message>
        <source>The checklist, the T-chart and the request letter in large type</source>
        <translation>La lista de verificación, la tabla en T y la carta de solicitud en letra grande</translation>
    </message>
</context>
<context>
    <name>RecordingRow</name>
    <message>
        <source>{size}, added on {date}</source>
        <translation>{size}, añadida el {date}</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>Reproducir</translation>
    </message>
    <message>
        <source>Play {name}</source>
        <translation>Reproducir {name}</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>Quitar…</translation>
    </message>
    <message>
        <source>Remove {name}</source>
        <translation>Quitar {name}</translation>
    </message>
</context>
<context>
    <name>RecordingsSection</name>
    <message>
        <source>Recordings of the visit</source>
        <translation>Grabaciones de la consulta</translation>
    </message>
    <message>
        <source>If the doctor allowed it, add the sound recording of the talk (m4a, mp3, wav or ogg). It is locked (encrypted) in your data folder, like your other files.</source>
        <translation>Si el médico lo permitió, añada aquí la grabación de sonido de la conversación (m4a, mp3, wav u ogg). Se guarda cifrada en su carpeta de datos, como sus demás archivos.</translation>
    </message>
    <message>
        <source>No recordings added yet.</source>
        <translation>Todavía no ha añadido grabaciones.</translation>
    </message>
    <message>
        <source>Add a &amp;recording…</source>
        <translation>Añadir una &amp;grabación…</translation>
    </message>
    <message>
        <source>Adding…</source>
        <translation>Añadiendo…</translation>
    </message>
    <message>
        <source>Progress of adding the recording</source>
        <translation>Progreso al añadir la grabación</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Add a recording</source>
        <translation>Añadir una grabación</translation>
    </message>
    <message>
        <source>Recordings (*.m4a *.mp3 *.wav *.ogg);;All files (*)</source>
        <translation>Grabaciones (*.m4a *.mp3 *.wav *.ogg);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Adding “{name}”…</source>
        <translation>Añadiendo «{name}»…</translation>
    </message>
    <message>
        <source>Added and locked: {names}.</source>
        <translation>Añadida y cifrada: {names}.</translation>
    </message>
    <message>
        <source>“{name}” was already here, so it was not added again.</source>
        <translation>«{name}» ya estaba aquí, así que no se ha añadido otra vez.</translation>
    </message>
    <message>
        <source>Remove the recording “{name}” from this case? The locked copy in your data folder is deleted; your own file stays where it is.</source>
        <translation>¿Quitar la grabación «{name}» de este caso? Se borra la copia cifrada de su carpeta de datos; su propio archivo se queda donde está.</translation>
    </message>
    <message>
        <source>Remove recording</source>
        <translation>Quitar la grabación</translation>
    </message>
</context>
<context>
    <name>Records</name>
    <message>
        <source>Not a record this program keeps (such as a viewer program or a text file).</source>
        <translation>No es un tipo de documento que este programa guarde (por ejemplo, un programa visor o un archivo de texto).</translation>
    </message>
    <message>
        <source>A sound recording; add it on the appointment step.</source>
        <translation>Es una grabación de audio; añádala en el paso de la cita.</translation>
    </message>
    <message>
        <source>A disc&apos;s table of contents; it is not needed as a file of its own.</source>
        <translation>Es el índice de un disco; no hace falta como archivo aparte.</translation>
    </message>
    <message>
        <source>The computer could not read this file; the disc or drive may be damaged.</source>
        <translation>El ordenador no pudo leer este archivo; puede que el disco o la unidad estén dañados.</translation>
    </message>
    <message>
        <source>This file inside the zip file is damaged and cannot be read.</source>
        <translation>Este archivo dentro del archivo zip está dañado y no se puede leer.</translation>
    </message>
    <message>
        <source>This file is too large to keep (more than 512 MB).</source>
        <translation>Este archivo es demasiado grande para guardarlo (más de 512 MB).</translation>
    </message>
    <message>
        <source>The file&apos;s header is far too large.</source>
        <translation>El encabezado del archivo es demasiado grande.</translation>
    </message>
    <message>
        <source>This file is damaged and cannot be read.</source>
        <translation>Este archivo está dañado y no se puede leer.</translation>
    </message>
    <message>
        <source>This scan file is damaged and cannot be read.</source>
        <translation>Este archivo de imagen médica está dañado y no se puede leer.</translation>
    </message>
    <message>
        <source>The scan has no study or series number, so it cannot be filed.</source>
        <translation>La imagen no tiene número de estudio ni de serie, así que no se puede archivar.</translation>
    </message>
    <message>
        <source>The scan does not say what kind of image it is, so it cannot be filed.</source>
        <translation>La imagen no indica de qué tipo es, así que no se puede archivar.</translation>
    </message>
    <message>
        <source>The scan has no image number, so it cannot be filed.</source>
        <translation>La imagen no tiene número de imagen, así que no se puede archivar.</translation>
    </message>
    <message>
        <source>The picture data is missing.</source>
        <translation>Faltan los datos de la imagen.</translation>
    </message>
    <message>
        <source>The file ends too early; it was probably not copied completely.</source>
        <translation>El archivo termina antes de tiempo; probablemente no se copió completo.</translation>
    </message>
    <message>
        <source>This PDF is damaged and cannot be opened.</source>
        <translation>Este PDF está dañado y no se puede abrir.</translation>
    </message>
    <message>
        <source>This PDF is locked with a password; save an unlocked copy from the portal and add that.</source>
        <translation>Este PDF está protegido con contraseña; guarde desde el portal una copia sin contraseña y añada esa copia.</translation>
    </message>
    <message>
        <source>The picture is too large to be a photo of a page.</source>
        <translation>La imagen es demasiado grande para ser la foto de una página.</translation>
    </message>
    <message>
        <source>This picture is damaged and cannot be shown.</source>
        <translation>Esta imagen está dañada y no se puede mostrar.</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>El archivo está vacío.</translation>
    </message>
    <message>
        <source>This file or folder no longer exists.</source>
        <translation>Este archivo o carpeta ya no existe.</translation>
    </message>
    <message>
        <source>The computer did not allow this file to be read.</source>
        <translation>El ordenador no permitió leer este archivo.</translation>
    </message>
    <message>
        <source>The computer did not allow this folder to be opened.</source>
        <translation>El ordenador no permitió abrir esta carpeta.</translation>
    </message>
    <message>
        <source>This is not an ordinary file, so it was left alone.</source>
        <translation>No es un archivo normal, así que no se ha tocado.</translation>
    </message>
    <message>
        <source>This is a shortcut to a place outside the chosen folder, so it was not followed.</source>
        <translation>Es un acceso directo a un lugar fuera de la carpeta elegida, así que no se ha seguido.</translation>
    </message>
    <message>
        <source>This shortcut leads nowhere, so it was left out.</source>
        <translation>Este acceso directo no lleva a ninguna parte, así que se ha omitido.</translation>
    </message>
    <message>
        <source>This folder was already read.</source>
        <translation>Esta carpeta ya se había leído.</translation>
    </message>
    <message>
        <source>This file was already added.</source>
        <translation>Este archivo ya se había añadido.</translation>
    </message>
    <message>
        <source>The disc&apos;s table of contents; it was read, and is not needed as a file of its own.</source>
        <translation>Es el índice del disco; se ha leído y no hace falta como archivo aparte.</translation>
    </message>
    <message>
        <source>The disc&apos;s table of contents is damaged; the files on the disc are read one by one instead.</source>
        <translation>El índice del disco está dañado; en su lugar, los archivos del disco se leen uno por uno.</translation>
    </message>
    <message>
        <source>The disc&apos;s table of contents points to files outside the disc, so it was not used. The files on the disc are read one by one instead.</source>
        <translation>El índice del disco señala archivos que están fuera del disco, así que no se ha usado. En su lugar, los archivos del disco se leen uno por uno.</translation>
    </message>
    <message>
        <source>The disc&apos;s table of contents lists this file, but it is missing.</source>
        <translation>El índice del disco incluye este archivo, pero falta.</translation>
    </message>
    <message>
        <source>The zip file is damaged and cannot be opened.</source>
        <translation>El archivo zip está dañado y no se puede abrir.</translation>
    </message>
    <message>
        <source>The zip file holds more than 20,000 files, so it was not opened.</source>
        <translation>El archivo zip contiene más de 20.000 archivos, así que no se ha abierto.</translation>
    </message>
    <message>
        <source>The zip file would unpack to more than 8 GB, so it was not opened.</source>
        <translation>Descomprimido, el archivo zip ocuparía más de 8 GB, así que no se ha abierto.</translation>
    </message>
    <message>
        <source>This file inside the zip file would unpack to a huge size, so it was left out for safety.</source>
        <translation>Este archivo dentro del archivo zip ocuparía muchísimo al descomprimirlo, así que se ha omitido por seguridad.</translation>
    </message>
    <message>
        <source>This file inside the zip file is locked with a password, so it was left out.</source>
        <translation>Este archivo dentro del archivo zip está protegido con contraseña, así que se ha omitido.</translation>
    </message>
    <message>
        <source>This file inside the zip file has an unsafe name, so it was left out.</source>
        <translation>Este archivo dentro del archivo zip tiene un nombre poco seguro, así que se ha omitido.</translation>
    </message>
    <message>
        <source>This is a zip file inside a zip file; unpack the outer zip file, then add this one.</source>
        <translation>Es un archivo zip dentro de otro archivo zip; descomprima el archivo zip exterior y luego añada este.</translation>
    </message>
    <message>
        <source>The zip file holds two files with this name; only the first was added.</source>
        <translation>El archivo zip contiene dos archivos con este nombre; solo se ha añadido el primero.</translation>
    </message>
    <message>
        <source>This file took far too long to read, so it was left out; it may be damaged.</source>
        <translation>La lectura de este archivo tardó demasiado, así que se dejó fuera; puede estar dañado.</translation>
    </message>
    <message>
        <source>This file needed far too much memory to read, so it was left out.</source>
        <translation>Este archivo necesitaba demasiada memoria para leerlo, así que se dejó fuera.</translation>
    </message>
    <message>
        <source>Reading this file failed badly, so it was left out; it may be damaged.</source>
        <translation>La lectura de este archivo falló gravemente, así que se dejó fuera; puede estar dañado.</translation>
    </message>
    <message>
        <source>The file could not be read to the end; it may be damaged.</source>
        <translation>No se pudo leer el archivo hasta el final; puede estar dañado.</translation>
    </message>
    <message>
        <source>The file could not be read ({reason}); check that the disc or drive is still connected, then add it again.</source>
        <translation>No se pudo leer el archivo ({reason}); compruebe que el disco o la unidad siguen conectados y vuelva a añadirlo.</translation>
    </message>
</context>
<context>
    <name>RecordsPanel</name>
    <message>
        <source>Your files: scans and documents</source>
        <translation>Sus archivos: pruebas de imagen y documentos</translation>
    </message>
    <message>
        <source>Add the files from a hospital disc, a patient portal (a zip file) or your own photos of papers. They are copied into your data folder and locked (encrypted) there; the disc itself is not changed. You can also drag files and folders here.</source>
        <translation>Añada los archivos de un disco del hospital, de un portal del paciente (un archivo zip) o sus propias fotos de documentos en papel. Se copian en su carpeta de datos y allí se guardan cifrados; el disco no se modifica. También puede arrastrar archivos y carpetas hasta aquí.</translation>
    </message>
    <message>
        <source>Add &amp;files…</source>
        <translation>Añadir &amp;archivos…</translation>
    </message>
    <message>
        <source>Add a folder or &amp;disc…</source>
        <translation>Añadir una carpeta o un &amp;disco…</translation>
    </message>
    <message>
        <source>No files added yet.</source>
        <translation>Todavía no se han añadido archivos.</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Contenido</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Filed under</source>
        <translation>Archivado en</translation>
    </message>
    <message>
        <source>Your files</source>
        <translation>Sus archivos</translation>
    </message>
    <message>
        <source>Press Enter on a series of scans to see its picture larger.</source>
        <translation>Pulse Intro sobre una serie de imágenes para ver la imagen en grande.</translation>
    </message>
    <message>
        <source>File &amp;under:</source>
        <translation>Archivar e&amp;n:</translation>
    </message>
    <message>
        <source>Kind of rec&amp;ord:</source>
        <translation>&amp;Tipo de documento:</translation>
    </message>
    <message>
        <source>File under</source>
        <translation>Archivar en</translation>
    </message>
    <message>
        <source>Kind of record</source>
        <translation>Tipo de documento</translation>
    </message>
    <message>
        <source>For the files you chose in the list above</source>
        <translation>Para los archivos que eligió en la lista de arriba</translation>
    </message>
    <message>
        <source>&amp;Keep the proposed places</source>
        <translation>&amp;Mantener la clasificación propuesta</translation>
    </message>
    <message>
        <source>Show the &amp;picture</source>
        <translation>&amp;Ver la imagen</translation>
    </message>
    <message>
        <source>&amp;Remove from the case…</source>
        <translation>&amp;Quitar del caso…</translation>
    </message>
    <message>
        <source>Save the records &amp;package…</source>
        <translation>Guardar el &amp;paquete de documentos…</translation>
    </message>
    <message>
        <source>A zip file with every file by category and a list, for the specialist.</source>
        <translation>Un archivo zip con todos los archivos ordenados por categoría y una lista, para el médico especialista.</translation>
    </message>
    <message>
        <source>(not said)</source>
        <translation>(sin indicar)</translation>
    </message>
    <message>
        <source>{category} ({count})</source>
        <translation>{category} ({count})</translation>
    </message>
    <message>
        <source>To sort: check or choose the group ({count})</source>
        <translation>Por ordenar: revise o elija el grupo ({count})</translation>
    </message>
    <message>
        <source>not filed yet</source>
        <translation>sin archivar todavía</translation>
    </message>
    <message>
        <source>{category} (proposed)</source>
        <translation>{category} (propuesta)</translation>
    </message>
    <message>
        <source>{kinds}: {description} (images: {count})</source>
        <translation>{kinds}: {description} (imágenes: {count})</translation>
    </message>
    <message>
        <source>Scan</source>
        <translation>Prueba de imagen</translation>
    </message>
    <message>
        <source>no description</source>
        <translation>sin descripción</translation>
    </message>
    <message>
        <source>Series {number}</source>
        <translation>Serie {number}</translation>
    </message>
    <message>
        <source>{name} (images: {count})</source>
        <translation>{name} (imágenes: {count})</translation>
    </message>
    <message>
        <source>No picture: this kind of image cannot be shown here.</source>
        <translation>Sin imagen: este tipo de imagen no se puede mostrar aquí.</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>No guardado</translation>
    </message>
    <message>
        <source>Remove the files you chose from this case (number of files: {count})? The copies in your data folder are deleted; your original files and discs stay as they are.</source>
        <translation>¿Quitar de este caso los archivos que ha elegido (número de archivos: {count})? Se borrarán las copias de su carpeta de datos; sus archivos originales y sus discos no cambian.</translation>
    </message>
    <message>
        <source>Remove files</source>
        <translation>Quitar archivos</translation>
    </message>
    <message>
        <source>Add a folder or disc</source>
        <translation>Añadir una carpeta o un disco</translation>
    </message>
    <message>
        <source>Add files</source>
        <translation>Añadir archivos</translation>
    </message>
    <message>
        <source>Records {name}.zip</source>
        <translation>Documentos {name}.zip</translation>
    </message>
    <message>
        <source>Save the records package</source>
        <translation>Guardar el paquete de documentos</translation>
    </message>
    <message>
        <source>Zip files (*.zip)</source>
        <translation>Archivos zip (*.zip)</translation>
    </message>
    <message>
        <source>Saving the records package…</source>
        <translation>Guardando el paquete de documentos…</translation>
    </message>
    <message>
        <source>Records package saved: {path}</source>
        <translation>Paquete de documentos guardado: {path}</translation>
    </message>
</context>
<context>
    <name>RecoveryKeyDialog</name>
    <message>
        <source>{program}: your recovery key</source>
        <translation>{program}: su clave de recuperación</translation>
    </message>
    <message>
        <source>This is your recovery key. It opens your data if you forget your passphrase, or if the computer&apos;s keyring loses the key. It is shown only this once.</source>
        <translation>Esta es su clave de recuperación. Abre sus datos si olvida su frase de contraseña o si el llavero del ordenador pierde la clave. Solo se muestra esta vez.</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>Clave de recuperación</translation>
    </message>
    <message>
        <source>Print it or save it as a PDF, or write it down, and keep it in a safe place away from the computer. Anyone who has it and your computer can open your data. Without the passphrase and this key, no one can open your data.</source>
        <translation>Imprímala, guárdela como PDF o anótela, y guárdela en un lugar seguro lejos del ordenador. Quien la tenga junto con su ordenador puede abrir sus datos. Sin la frase de contraseña y esta clave, nadie puede abrir sus datos.</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimir…</translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation>&amp;Guardar como PDF…</translation>
    </message>
    <message>
        <source>I have kept it &amp;safe</source>
        <translation>La he guardado en un lugar &amp;seguro</translation>
    </message>
    <message>
        <source>Save the recovery sheet</source>
        <translation>Guardar la hoja de recuperación</translation>
    </message>
    <message>
        <source>recovery-key.pdf</source>
        <translation>clave-de-recuperacion.pdf</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>No guardado</translation>
    </message>
    <message>
        <source>Saved: {path}</source>
        <translation>Guardado: {path}</translation>
    </message>
    <message>
        <source>Print the recovery sheet</source>
        <translation>Imprimir la hoja de recuperación</translation>
    </message>
    <message>
        <source>Not printed</source>
        <translation>No impreso</translation>
    </message>
</context>
<context>
    <name>RecoverySheet</name>
    <message>
        <source>Second Opinion Planner: your recovery key</source>
        <translation>Second Opinion Planner: su clave de recuperación</translation>
    </message>
    <message>
        <source>Made on {date}.</source>
        <translation>Creada el {date}.</translation>
    </message>
    <message>
        <source>This key opens your data in Second Opinion Planner if you forget your passphrase, or if the computer&apos;s keyring loses the key. Type it where the program asks for the passphrase.</source>
        <translation>Esta clave abre sus datos en Second Opinion Planner si olvida su frase de contraseña o si el llavero del ordenador pierde la clave. Escríbala donde el programa le pide la frase de contraseña.</translation>
    </message>
    <message>
        <source>Keep this sheet in a safe place away from the computer, with your other important papers. Anyone who has this key and your computer can open your data.</source>
        <translation>Guarde esta hoja en un lugar seguro lejos del ordenador, con sus otros papeles importantes. Quien tenga esta clave y su ordenador puede abrir sus datos.</translation>
    </message>
    <message>
        <source>If you make a new recovery key, this one stops working: then destroy this sheet.</source>
        <translation>Si crea una nueva clave de recuperación, esta deja de funcionar: entonces destruya esta hoja.</translation>
    </message>
    <message>
        <source>Without the passphrase and without this key, no one can open your data, not even the makers of the program.</source>
        <translation>Sin la frase de contraseña y sin esta clave, nadie puede abrir sus datos, ni siquiera los creadores del programa.</translation>
    </message>
</context>
<context>
    <name>SaveState</name>
    <message>
        <source>{problem} Some of your changes are not saved yet. Close the window anyway and lose them?</source>
        <translation>{problem} Algunos de sus cambios aún no están guardados. ¿Desea cerrar la ventana de todos modos y perderlos?</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>No se guardó</translation>
    </message>
</context>
<context>
    <name>SavedNotice</name>
    <message>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <source>Show the file in your PDF viewer</source>
        <translation>Mostrar el archivo en su visor de PDF</translation>
    </message>
    <message>
        <source>Open the saved file</source>
        <translation>Abrir el archivo guardado</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Close this message</source>
        <translation>Cerrar este mensaje</translation>
    </message>
</context>
<context>
    <name>SecurityActions</name>
    <message>
        <source>&amp;Security</source>
        <translation>&amp;Seguridad</translation>
    </message>
    <message>
        <source>Make a new &amp;recovery key…</source>
        <translation>Crear una nueva clave de &amp;recuperación…</translation>
    </message>
    <message>
        <source>&amp;Change the passphrase…</source>
        <translation>&amp;Cambiar la frase de contraseña…</translation>
    </message>
    <message>
        <source>Use a &amp;passphrase instead of the keyring…</source>
        <translation>Usar una &amp;frase de contraseña en lugar del llavero…</translation>
    </message>
    <message>
        <source>Keep the key in the system &amp;keyring instead…</source>
        <translation>Guardar la clave en el &amp;llavero del sistema…</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>Seguridad</translation>
    </message>
    <message>
        <source>To change how your data is locked, first type your current passphrase (or your recovery key).</source>
        <translation>Para cambiar cómo se bloquean sus datos, escriba primero su frase de contraseña actual (o su clave de recuperación).</translation>
    </message>
    <message>
        <source>A new recovery key replaces the one you have: the old one stops working. Make a new one?</source>
        <translation>Una nueva clave de recuperación sustituye a la que tiene: la anterior deja de funcionar. ¿Crear una nueva?</translation>
    </message>
    <message>
        <source>Choose your new passphrase.</source>
        <translation>Elija su nueva frase de contraseña.</translation>
    </message>
    <message>
        <source>The passphrase was changed. Use the new one from now on.</source>
        <translation>Se cambió la frase de contraseña. Use la nueva a partir de ahora.</translation>
    </message>
    <message>
        <source>Your data will be locked with a passphrase instead of the system keyring. The key is then removed from the keyring.</source>
        <translation>Sus datos se bloquearán con una frase de contraseña en lugar del llavero del sistema. Después, la clave se quita del llavero.</translation>
    </message>
    <message>
        <source>Your data is now locked with your passphrase.</source>
        <translation>Sus datos están ahora bloqueados con su frase de contraseña.</translation>
    </message>
    <message>
        <source>The key is now kept in the system keyring; no passphrase is asked.</source>
        <translation>La clave se guarda ahora en el llavero del sistema; no se pide ninguna frase de contraseña.</translation>
    </message>
</context>
<context>
    <name>StepPage</name>
    <message>
        <source>Step {number} of {total}</source>
        <translation>Paso {number} de {total}</translation>
    </message>
    <message>
        <source>Why it matters</source>
        <translation>Por qué es importante</translation>
    </message>
    <message>
        <source>What to do (tick each item when it is done, or when it does not apply to you)</source>
        <translation>Qué hacer (marque cada punto cuando esté hecho o cuando no se aplique a su caso)</translation>
    </message>
    <message>
        <source>What to do (tick what you have done; your notes below show when the step is done)</source>
        <translation>Qué hacer (marque lo que ya hizo; sus datos de abajo muestran cuándo está hecho el paso)</translation>
    </message>
    <message>
        <source>Write down what you know</source>
        <translation>Anote lo que sabe</translation>
    </message>
    <message>
        <source>Save the &amp;request letter as PDF…</source>
        <translation>Guardar la carta de &amp;solicitud como PDF…</translation>
    </message>
    <message>
        <source>Done when</source>
        <translation>Está hecho cuando</translation>
    </message>
    <message>
        <source>Is this step done?</source>
        <translation>¿Está hecho este paso?</translation>
    </message>
    <message>
        <source>I have done this step my own way: mark it as done</source>
        <translation>He hecho este paso a mi manera: marcarlo como hecho</translation>
    </message>
    <message>
        <source>Good to know</source>
        <translation>Conviene saber</translation>
    </message>
    <message>
        <source>Status: {status}</source>
        <translation>Estado: {status}</translation>
    </message>
    <message>
        <source>You marked this step as done yourself. These items are not ticked:</source>
        <translation>Usted marcó este paso como hecho. Estas tareas no están marcadas:</translation>
    </message>
    <message>
        <source>You marked this step as done yourself. Still missing:</source>
        <translation>Usted marcó este paso como hecho. Todavía falta:</translation>
    </message>
</context>
<context>
    <name>TChart</name>
    <message>
        <source>Comparing the opinions (T-chart)</source>
        <translation>Comparación de las opiniones (tabla en T)</translation>
    </message>
    <message>
        <source>A T-chart puts the opinions side by side, one column each, so you can see where they agree and where they differ.</source>
        <translation>Una tabla en T pone las opiniones lado a lado, una en cada columna, para que usted vea en qué coinciden y en qué se diferencian.</translation>
    </message>
    <message>
        <source>Patient: {name}</source>
        <translation>Paciente: {name}</translation>
    </message>
    <message>
        <source>Printed on: {date}</source>
        <translation>Fecha de impresión: {date}</translation>
    </message>
    <message>
        <source>Good to know</source>
        <translation>Conviene saber</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>(a row without a name)</source>
        <translation>(una fila sin nombre)</translation>
    </message>
    <message>
        <source>{name} (continued)</source>
        <translation>{name} (continuación)</translation>
    </message>
    <message>
        <source>Your decision</source>
        <translation>Su decisión</translation>
    </message>
    <message>
        <source>{name} · printed {date} · page {page} of {pages}</source>
        <translation>{name} · impreso el {date} · página {page} de {pages}</translation>
    </message>
</context>
<context>
    <name>TChartEditor</name>
    <message>
        <source>The opinions side by side</source>
        <translation>Las opiniones lado a lado</translation>
    </message>
    <message>
        <source>For each row, write in a few words what each doctor said. Then choose whether they agree. Add rows of your own for anything else that matters to you.</source>
        <translation>En cada fila, escriba en pocas palabras lo que dijo cada médico. Luego elija si coinciden. Añada filas propias para cualquier otra cosa que le importe.</translation>
    </message>
</context>
<context>
    <name>TChartOutput</name>
    <message>
        <source>Print your T-chart</source>
        <translation>Imprima su tabla en T</translation>
    </message>
    <message>
        <source>The chart and your decision on landscape pages, to take to your main doctor or to keep with your papers.</source>
        <translation>La tabla y su decisión en páginas apaisadas, para llevarlas a su médico de cabecera o guardarlas con sus papeles.</translation>
    </message>
    <message>
        <source>Save the T-chart as &amp;PDF…</source>
        <translation>Guardar la tabla en T como &amp;PDF…</translation>
    </message>
    <message>
        <source>Pr&amp;int the T-chart…</source>
        <translation>&amp;Imprimir la tabla en T…</translation>
    </message>
    <message>
        <source>Print the T-chart (Ctrl+P)</source>
        <translation>Imprimir la tabla en T (Ctrl+P)</translation>
    </message>
</context>
</TS>
