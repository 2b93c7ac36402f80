<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About {app}</source>
        <translation>Über {app}</translation>
    </message>
    <message>
        <source>Version {version}</source>
        <translation>Version {version}</translation>
    </message>
    <message>
        <source>Nothing is ever sent anywhere. The program does not use the internet. What you type stays on this computer, locked with encryption. It only leaves the computer in a file you choose to save or print.</source>
        <translation>Es wird nie etwas irgendwohin gesendet. Das Programm nutzt das Internet nicht. Was Sie eingeben, bleibt verschlüsselt auf diesem Computer. Es verlässt den Computer nur in einer Datei, die Sie selbst speichern oder drucken.</translation>
    </message>
    <message>
        <source>The program helps you organize getting a second opinion. It does not give medical advice.</source>
        <translation>Das Programm hilft Ihnen, eine Zweitmeinung zu organisieren. Es gibt keinen medizinischen Rat.</translation>
    </message>
    <message>
        <source>Your data is kept in this folder: {folder}</source>
        <translation>Ihre Daten liegen in diesem Ordner: {folder}</translation>
    </message>
    <message>
        <source>Free software under the {licence} licence.</source>
        <translation>Freie Software unter der {licence}-Lizenz.</translation>
    </message>
</context>
<context>
    <name>AnswersSection</name>
    <message>
        <source>Answers to your questions</source>
        <translation>Antworten auf Ihre Fragen</translation>
    </message>
    <message>
        <source>Write down what the doctor said to each question on your list from step 6. The most important ones are marked with a star.</source>
        <translation>Schreiben Sie auf, was die Ärztin oder der Arzt zu jeder Frage Ihrer Liste aus Schritt 6 gesagt hat. Die wichtigsten sind mit einem Stern markiert.</translation>
    </message>
    <message>
        <source>There are no questions on your list yet. Step 6 helps you write them down before the visit.</source>
        <translation>Auf Ihrer Liste stehen noch keine Fragen. Schritt 6 hilft Ihnen, sie vor dem Termin aufzuschreiben.</translation>
    </message>
    <message>
        <source>Go to step 6: your &amp;questions</source>
        <translation>Zu Schritt 6: Ihre &amp;Fragen</translation>
    </message>
    <message>
        <source>Answer to: {question}</source>
        <translation>Antwort auf: {question}</translation>
    </message>
    <message>
        <source>{star} {question} (most important)</source>
        <translation>{star} {question} (am wichtigsten)</translation>
    </message>
</context>
<context>
    <name>AutoLock</name>
    <message>
        <source>&amp;Lock now</source>
        <translation>&amp;Jetzt sperren</translation>
    </message>
    <message>
        <source>Lock &amp;automatically</source>
        <translation>&amp;Automatisch sperren</translation>
    </message>
    <message>
        <source>&amp;Never</source>
        <translation>&amp;Nie</translation>
    </message>
    <message>
        <source>After {minutes} minutes without use</source>
        <translation>Nach {minutes} Minuten ohne Nutzung</translation>
    </message>
    <message>
        <source>The program will lock itself when the work in progress is done.</source>
        <translation>Das Programm sperrt sich, sobald die laufende Arbeit beendet ist.</translation>
    </message>
</context>
<context>
    <name>BackupsDialog</name>
    <message>
        <source>Backups</source>
        <translation>Sicherungen</translation>
    </message>
    <message>
        <source>The program keeps a copy of all your cases each day it is used, the newest {keep}. Restoring one brings back your cases as they were then. Your data as it is now is kept as a backup first, so you can go back.</source>
        <translation>Das Programm bewahrt an jedem Tag, an dem es benutzt wird, eine Kopie all Ihrer Fälle auf, die neuesten {keep}. Wenn Sie eine wiederherstellen, sind Ihre Fälle wieder so wie damals. Ihre jetzigen Daten werden vorher als Sicherung aufbewahrt, so dass Sie zurückkehren können.</translation>
    </message>
    <message>
        <source>There are no backups yet.</source>
        <translation>Es gibt noch keine Sicherungen.</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>What it holds</source>
        <translation>Inhalt</translation>
    </message>
    <message>
        <source>Backups, newest first</source>
        <translation>Sicherungen, die neueste zuerst</translation>
    </message>
    <message>
        <source>&amp;Restore this backup…</source>
        <translation>Diese Sicherung &amp;wiederherstellen…</translation>
    </message>
    <message>
        <source>damaged data, kept as it was</source>
        <translation>beschädigte Daten, unverändert aufbewahrt</translation>
    </message>
    <message>
        <source>cases: {count}</source>
        <translation>Fälle: {count}</translation>
    </message>
    <message>
        <source>Restore the backup from {date}? Your cases go back to how they were then. Your data as it is now is kept as the newest backup, so you can go back to it.</source>
        <translation>Die Sicherung vom {date} wiederherstellen? Ihre Fälle sind dann wieder so wie damals. Ihre jetzigen Daten werden als neueste Sicherung aufbewahrt, so dass Sie zu ihnen zurückkehren können.</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>Sicherung wiederherstellen</translation>
    </message>
    <message>
        <source>Not restored</source>
        <translation>Nicht wiederhergestellt</translation>
    </message>
    <message>
        <source>The backup from {date} is restored. Your data as it was before is kept as the newest backup (Case menu, Backups).</source>
        <translation>Die Sicherung vom {date} ist wiederhergestellt. Ihre Daten von vorher werden als neueste Sicherung aufbewahrt (Menü Fall, Sicherungen).</translation>
    </message>
</context>
<context>
    <name>BundleActions</name>
    <message>
        <source>Save the whole case, &amp;encrypted…</source>
        <translation>Ganzen Fall &amp;verschlüsselt speichern…</translation>
    </message>
    <message>
        <source>One file with the case and all its files, to move it to another computer</source>
        <translation>Eine Datei mit dem Fall und allen seinen Dateien, um ihn auf einen anderen Computer zu bringen</translation>
    </message>
    <message>
        <source>Open an encr&amp;ypted case…</source>
        <translation>Verschlüsselten Fall ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>Save the whole case, encrypted</source>
        <translation>Ganzen Fall verschlüsselt speichern</translation>
    </message>
    <message>
        <source>Open an encrypted case</source>
        <translation>Verschlüsselten Fall öffnen</translation>
    </message>
    <message>
        <source>Encrypted cases (*{suffix})</source>
        <translation>Verschlüsselte Fälle (*{suffix})</translation>
    </message>
    <message>
        <source>{name} (encrypted)</source>
        <translation>{name} (verschlüsselt)</translation>
    </message>
    <message>
        <source>“{name}” is saved with all its files, encrypted, in {path}. To open it on another computer, you need its passphrase.</source>
        <translation>„{name}“ ist mit allen seinen Dateien verschlüsselt gespeichert in {path}. Um den Fall auf einem anderen Computer zu öffnen, brauchen Sie sein Passwort.</translation>
    </message>
    <message>
        <source>Saving the encrypted case… {percent} %</source>
        <translation>Der verschlüsselte Fall wird gespeichert… {percent} %</translation>
    </message>
    <message>
        <source>Opening the encrypted case… {percent} %</source>
        <translation>Der verschlüsselte Fall wird geöffnet… {percent} %</translation>
    </message>
    <message>
        <source>“{name}” is opened as case number {number}, with all its files.</source>
        <translation>„{name}“ ist als Fall Nummer {number} geöffnet, mit allen seinen Dateien.</translation>
    </message>
</context>
<context>
    <name>BundlePassphraseDialog</name>
    <message>
        <source>Choose a passphrase for this file. You will need it to open the file on another computer. Nobody can open the file without it, not even you, so write it down and keep it apart from the file.</source>
        <translation>Wählen Sie ein Passwort für diese Datei. Sie brauchen es, um die Datei auf einem anderen Computer zu öffnen. Ohne das Passwort kann niemand die Datei öffnen, auch Sie nicht; schreiben Sie es deshalb auf und bewahren Sie es getrennt von der Datei auf.</translation>
    </message>
    <message>
        <source>Type the passphrase that was chosen when this file was saved.</source>
        <translation>Geben Sie das Passwort ein, das beim Speichern dieser Datei gewählt wurde.</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>Passphrase again</source>
        <translation>Passwort wiederholen</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <source>&amp;Again:</source>
        <translation>&amp;Noch einmal:</translation>
    </message>
    <message>
        <source>Please type the passphrase.</source>
        <translation>Bitte geben Sie das Passwort ein.</translation>
    </message>
    <message>
        <source>The two passphrases are not the same. Please type them again.</source>
        <translation>Die beiden Passwörter sind nicht gleich. Bitte geben Sie sie noch einmal ein.</translation>
    </message>
</context>
<context>
    <name>Calendar</name>
    <message>
        <source>Second opinion appointment for {name}</source>
        <translation>Termin für die Zweitmeinung: {name}</translation>
    </message>
    <message>
        <source>Second opinion appointment</source>
        <translation>Termin für die Zweitmeinung</translation>
    </message>
    <message>
        <source>Appointment with {doctor}. Bring your list of questions.</source>
        <translation>Termin bei {doctor}. Bringen Sie Ihre Fragenliste mit.</translation>
    </message>
    <message>
        <source>Bring your list of questions.</source>
        <translation>Bringen Sie Ihre Fragenliste mit.</translation>
    </message>
    <message>
        <source>Records due at the specialist&apos;s office</source>
        <translation>Frist: Ihre Unterlagen müssen in der Facharztpraxis sein</translation>
    </message>
    <message>
        <source>By now the specialist&apos;s office should have all your records, so the doctor has time to study them before the appointment. If they have not confirmed receipt, call them.</source>
        <translation>Jetzt sollte die Facharztpraxis alle Ihre Unterlagen haben, damit die Ärztin oder der Arzt sie vor dem Termin in Ruhe ansehen kann. Wenn die Praxis den Eingang noch nicht bestätigt hat, rufen Sie dort an.</translation>
    </message>
    <message>
        <source>Ask the specialist&apos;s office to confirm they have your records</source>
        <translation>Bitten Sie die Facharztpraxis um eine Bestätigung, dass Ihre Unterlagen angekommen sind</translation>
    </message>
    <message>
        <source>Records from {to_whom} are due</source>
        <translation>Die Unterlagen von {to_whom} sind fällig</translation>
    </message>
    <message>
        <source>Requested records are due</source>
        <translation>Die angeforderten Unterlagen sind fällig</translation>
    </message>
    <message>
        <source>Today is the last day for an answer to your records request. If nothing has arrived, call and ask.</source>
        <translation>Heute ist der letzte Tag für eine Antwort auf Ihre Anfrage nach Unterlagen. Wenn noch nichts angekommen ist, rufen Sie an und fragen Sie nach.</translation>
    </message>
    <message>
        <source>Weekly check-in</source>
        <translation>Wöchentliche Durchsicht</translation>
    </message>
    <message>
        <source>Take 10 minutes to scan and file this week&apos;s medical papers, receipts and notes in the planner. Or mark that nothing is new this week.</source>
        <translation>Nehmen Sie sich 10 Minuten Zeit: Scannen Sie die medizinischen Papiere, Quittungen und Notizen dieser Woche und legen Sie sie im Planer ab. Oder vermerken Sie, dass es diese Woche nichts Neues gibt.</translation>
    </message>
</context>
<context>
    <name>CaseActions</name>
    <message>
        <source>&amp;New case…</source>
        <translation>&amp;Neuer Fall…</translation>
    </message>
    <message>
        <source>&amp;All cases…</source>
        <translation>&amp;Alle Fälle…</translation>
    </message>
    <message>
        <source>&amp;Rename case…</source>
        <translation>Fall &amp;umbenennen…</translation>
    </message>
    <message>
        <source>&amp;Delete case…</source>
        <translation>Fall &amp;löschen…</translation>
    </message>
    <message>
        <source>&amp;Save the case file…</source>
        <translation>Fall&amp;datei speichern…</translation>
    </message>
    <message>
        <source>&amp;Import a case file…</source>
        <translation>Falldatei &amp;importieren…</translation>
    </message>
    <message>
        <source>Unarc&amp;hive case</source>
        <translation>Fall aus dem A&amp;rchiv holen</translation>
    </message>
    <message>
        <source>Arc&amp;hive case</source>
        <translation>Fall a&amp;rchivieren</translation>
    </message>
    <message>
        <source>&amp;Undo the delete of “{name}”</source>
        <translation>Löschen von „{name}“ rückgängig &amp;machen</translation>
    </message>
    <message>
        <source>&amp;Undo the delete</source>
        <translation>Löschen rückgängig &amp;machen</translation>
    </message>
    <message>
        <source>New case</source>
        <translation>Neuer Fall</translation>
    </message>
    <message>
        <source>Whose second opinion is this? Type the patient&apos;s name:</source>
        <translation>Für wen ist diese Zweitmeinung? Geben Sie den Namen der Patientin oder des Patienten ein:</translation>
    </message>
    <message>
        <source>Rename case</source>
        <translation>Fall umbenennen</translation>
    </message>
    <message>
        <source>New name:</source>
        <translation>Neuer Name:</translation>
    </message>
    <message>
        <source>There is already a case called “{name}”. Make another case with the same name? The two are told apart by their number and date of birth.</source>
        <translation>Es gibt schon einen Fall mit dem Namen „{name}“. Möchten Sie einen weiteren Fall mit demselben Namen anlegen? Die beiden werden an ihrer Nummer und am Geburtsdatum unterschieden.</translation>
    </message>
    <message>
        <source>Archive case</source>
        <translation>Fall archivieren</translation>
    </message>
    <message>
        <source>“{name}” is in the list of cases again.</source>
        <translation>„{name}“ steht wieder in der Liste der Fälle.</translation>
    </message>
    <message>
        <source>“{name}” is archived: it is kept, but no longer in the list of cases. Now showing “{shown}”.</source>
        <translation>„{name}“ ist archiviert: Der Fall bleibt erhalten, steht aber nicht mehr in der Liste der Fälle. Jetzt sehen Sie „{shown}“.</translation>
    </message>
    <message>
        <source>“{name}” is archived: it is kept, but no longer in the list of cases. No case is open now.</source>
        <translation>„{name}“ ist archiviert: Der Fall bleibt erhalten, steht aber nicht mehr in der Liste der Fälle. Jetzt ist kein Fall geöffnet.</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>Delete case</source>
        <translation>Fall löschen</translation>
    </message>
    <message>
        <source>Delete the case “{name}” and everything in it? You can undo this until you close the program.</source>
        <translation>Möchten Sie den Fall „{name}“ mit allem, was darin steht, löschen? Bis Sie das Programm schließen, können Sie das rückgängig machen.</translation>
    </message>
    <message>
        <source>“{name}” is deleted. Now showing “{shown}”.</source>
        <translation>„{name}“ ist gelöscht. Jetzt sehen Sie „{shown}“.</translation>
    </message>
    <message>
        <source>“{name}” is deleted. No case is open now.</source>
        <translation>„{name}“ ist gelöscht. Jetzt ist kein Fall geöffnet.</translation>
    </message>
    <message>
        <source>“{name}” is back.</source>
        <translation>„{name}“ ist wieder da.</translation>
    </message>
    <message>
        <source>Save the case file</source>
        <translation>Falldatei speichern</translation>
    </message>
    <message>
        <source>Case file {name}.json</source>
        <translation>Falldatei {name}.json</translation>
    </message>
    <message>
        <source>Case files (*.json)</source>
        <translation>Falldateien (*.json)</translation>
    </message>
    <message>
        <source>The case file is saved: {path}. It is not encrypted, so keep it as safe as a paper file.</source>
        <translation>Die Falldatei ist gespeichert: {path}. Sie ist nicht verschlüsselt; bewahren Sie sie so sicher auf wie eine Akte aus Papier.</translation>
    </message>
    <message>
        <source>Import a case file</source>
        <translation>Falldatei importieren</translation>
    </message>
    <message>
        <source>“{name}” is imported as case number {number}.</source>
        <translation>„{name}“ ist als Fall Nummer {number} importiert.</translation>
    </message>
    <message>
        <source>{count} cases are imported. Now showing “{name}”.</source>
        <translation>{count} Fälle sind importiert. Jetzt sehen Sie „{name}“.</translation>
    </message>
</context>
<context>
    <name>CaseloadDialog</name>
    <message>
        <source>All cases</source>
        <translation>Alle Fälle</translation>
    </message>
    <message>
        <source>Type part of a name or a case number to find a case. Click a case, or press Enter, to open it.</source>
        <translation>Geben Sie einen Teil des Namens oder die Fallnummer ein, um einen Fall zu finden. Klicken Sie auf einen Fall oder drücken Sie die Eingabetaste, um ihn zu öffnen.</translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation>&amp;Suchen:</translation>
    </message>
    <message>
        <source>Part of a name, or a case number</source>
        <translation>Teil eines Namens oder eine Fallnummer</translation>
    </message>
    <message>
        <source>Show &amp;archived cases</source>
        <translation>&amp;Archivierte Fälle zeigen</translation>
    </message>
    <message>
        <source>&amp;Sort by:</source>
        <translation>So&amp;rtieren nach:</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>Ö&amp;ffnen</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Fälle</translation>
    </message>
    <message>
        <source>No case matches “{text}”.</source>
        <translation>Kein Fall passt zu „{text}“.</translation>
    </message>
    <message>
        <source>{shown} of {total} cases</source>
        <translation>{shown} von {total} Fällen</translation>
    </message>
</context>
<context>
    <name>CaseloadModel</name>
    <message>
        <source>No.</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Steps done</source>
        <translation>Schritte erledigt</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Nächster Schritt</translation>
    </message>
    <message>
        <source>Next date</source>
        <translation>Nächster Termin</translation>
    </message>
    <message>
        <source>Last change</source>
        <translation>Letzte Änderung</translation>
    </message>
</context>
<context>
    <name>ChartRow</name>
    <message>
        <source>Your own row</source>
        <translation>Ihre eigene Zeile</translation>
    </message>
    <message>
        <source>Row:</source>
        <translation>Zeile:</translation>
    </message>
    <message>
        <source>What this row compares, for example Cost</source>
        <translation>Was diese Zeile vergleicht, zum Beispiel Kosten</translation>
    </message>
    <message>
        <source>Name of your own row</source>
        <translation>Name Ihrer eigenen Zeile</translation>
    </message>
    <message>
        <source>Remove this row…</source>
        <translation>Diese Zeile entfernen…</translation>
    </message>
    <message>
        <source>Remove the row {name}</source>
        <translation>Zeile {name} entfernen</translation>
    </message>
    <message>
        <source>{row}, {opinion}</source>
        <translation>{row}, {opinion}</translation>
    </message>
    <message>
        <source>Do they &amp;agree?</source>
        <translation>Stimmen sie &amp;überein?</translation>
    </message>
    <message>
        <source>{row}: do they agree?</source>
        <translation>{row}: Stimmen sie überein?</translation>
    </message>
</context>
<context>
    <name>CheckinsEditor</name>
    <message>
        <source>Your weekly check-in</source>
        <translation>Ihre wöchentliche Durchsicht</translation>
    </message>
    <message>
        <source>Every Sunday evening, take 10 minutes: add the week&apos;s papers, receipts and notes below and put each in its group. That counts as the week&apos;s check-in. If nothing came this week, say so with the button.</source>
        <translation>Nehmen Sie sich jeden Sonntagabend 10 Minuten Zeit: Fügen Sie unten die Papiere, Quittungen und Notizen der Woche hinzu und ordnen Sie jedes Dokument seiner Gruppe zu. Das zählt als Durchsicht dieser Woche. Ist diese Woche nichts Neues gekommen, bestätigen Sie das mit der Schaltfläche.</translation>
    </message>
    <message>
        <source>&amp;Nothing new this week</source>
        <translation>&amp;Nichts Neues diese Woche</translation>
    </message>
    <message>
        <source>Your check-ins so far:</source>
        <translation>Ihre bisherigen Durchsichten:</translation>
    </message>
    <message>
        <source>This week&apos;s check-in is done.</source>
        <translation>Die Durchsicht für diese Woche ist erledigt.</translation>
    </message>
    <message>
        <source>This week&apos;s check-in is still open, until Sunday, {date}.</source>
        <translation>Die Durchsicht für diese Woche ist noch offen. Sie haben Zeit bis Sonntag, {date}.</translation>
    </message>
    <message>
        <source>nothing new</source>
        <translation>nichts Neues</translation>
    </message>
    <message>
        <source>documents filed</source>
        <translation>Dokumente abgelegt</translation>
    </message>
    <message>
        <source>• Week of {monday}: {what}</source>
        <translation>• Woche vom {monday}: {what}</translation>
    </message>
    <message>
        <source>None yet.</source>
        <translation>Noch keine.</translation>
    </message>
    <message>
        <source>{count} weeks in a row. The habit is built: well done!</source>
        <translation>{count} Wochen hintereinander. Die Gewohnheit sitzt: gut gemacht!</translation>
    </message>
    <message>
        <source>You kept it up {longest} weeks in a row before; now: {count}. Keep going!</source>
        <translation>Sie haben schon einmal {longest} Wochen hintereinander durchgehalten; jetzt sind es {count}. Machen Sie weiter so!</translation>
    </message>
    <message>
        <source>No weeks in a row yet. Four in a row build the habit.</source>
        <translation>Noch keine Wochen hintereinander. Nach vier Wochen hintereinander ist es eine Gewohnheit.</translation>
    </message>
    <message>
        <source>{count} of 4 weeks in a row.</source>
        <translation>{count} von 4 Wochen hintereinander.</translation>
    </message>
</context>
<context>
    <name>Checklist</name>
    <message>
        <source>Second opinion checklist</source>
        <translation>Checkliste für die Zweitmeinung</translation>
    </message>
    <message>
        <source>Patient: {name}</source>
        <translation>Patient: {name}</translation>
    </message>
    <message>
        <source>Printed on: {date}</source>
        <translation>Gedruckt am: {date}</translation>
    </message>
    <message>
        <source>Progress: {done} of {total} steps done</source>
        <translation>Fortschritt: {done} von {total} Schritten erledigt</translation>
    </message>
    <message>
        <source>Step {number}: {title}</source>
        <translation>Schritt {number}: {title}</translation>
    </message>
    <message>
        <source>Why it matters</source>
        <translation>Warum das wichtig ist</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>Was zu tun ist</translation>
    </message>
    <message>
        <source>What you wrote down</source>
        <translation>Was Sie aufgeschrieben haben</translation>
    </message>
    <message>
        <source>Done when</source>
        <translation>Ziel dieses Schritts</translation>
    </message>
    <message>
        <source>Good to know</source>
        <translation>Gut zu wissen</translation>
    </message>
    <message>
        <source>{name} · printed {date} · page {page} of {pages}</source>
        <translation>{name} · gedruckt am {date} · Seite {page} von {pages}</translation>
    </message>
    <message>
        <source>Your questions: {count} (most important: {starred})</source>
        <translation>Ihre Fragen: {count} (am wichtigsten: {starred})</translation>
    </message>
    <message>
        <source>Last printed or saved as a PDF on {date}, with {count} questions.</source>
        <translation>Zuletzt gedruckt oder als PDF gespeichert am {date}, mit {count} Fragen.</translation>
    </message>
    <message>
        <source>The list has not been printed or saved yet.</source>
        <translation>Die Liste wurde noch nicht gedruckt oder gespeichert.</translation>
    </message>
    <message>
        <source>Recordings of the visit: {count}</source>
        <translation>Aufnahmen des Termins: {count}</translation>
    </message>
    <message>
        <source>Answers written down: {count} of {total}</source>
        <translation>Notierte Antworten: {count} von {total}</translation>
    </message>
    <message>
        <source>The T-chart, row by row:</source>
        <translation>Die T-Tabelle, Zeile für Zeile:</translation>
    </message>
    <message>
        <source>not compared yet</source>
        <translation>noch nicht verglichen</translation>
    </message>
    <message>
        <source>Documents in the safe folder: {count}. Still to sort: {unsorted}.</source>
        <translation>Dokumente im sicheren Ordner: {count}. Noch einzuordnen: {unsorted}.</translation>
    </message>
    <message>
        <source>Weekly check-ins: {count}. Weeks in a row now: {current}. Most weeks in a row: {longest}.</source>
        <translation>Wöchentliche Durchsichten: {count}. Wochen in Folge bis jetzt: {current}. Meiste Wochen in Folge: {longest}.</translation>
    </message>
    <message>
        <source>… and {count} earlier check-ins.</source>
        <translation>… und {count} frühere Durchsichten.</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>{name}: {done} of {total} steps done</source>
        <translation>{name}: {done} von {total} Schritten erledigt</translation>
    </message>
    <message>
        <source>Next, in step {number}: {action}</source>
        <translation>Als Nächstes, in Schritt {number}: {action}</translation>
    </message>
    <message>
        <source>Case {number} ({name}) is archived: it is kept, but no longer listed. To list it again: case unarchive {number}</source>
        <translation>Fall {number} ({name}) ist archiviert: Er bleibt erhalten, wird aber nicht mehr aufgeführt. Um ihn wieder aufzuführen: case unarchive {number}</translation>
    </message>
    <message>
        <source>Case {number} ({name}) is listed again.</source>
        <translation>Fall {number} ({name}) wird wieder aufgeführt.</translation>
    </message>
    <message>
        <source>Case {number} ({name}) is deleted.</source>
        <translation>Fall {number} ({name}) ist gelöscht.</translation>
    </message>
    <message>
        <source>No cases yet.</source>
        <translation>Noch keine Fälle.</translation>
    </message>
    <message>
        <source>{done} of {total} steps done</source>
        <translation>{done} von {total} Schritten erledigt</translation>
    </message>
    <message>
        <source>No dates yet</source>
        <translation>Noch keine Termine</translation>
    </message>
    <message>
        <source>Next date: {date}</source>
        <translation>Nächster Termin: {date}</translation>
    </message>
    <message>
        <source>Case {number}: {name}</source>
        <translation>Fall {number}: {name}</translation>
    </message>
    <message>
        <source>Imported: {imported}. Already in the case: {duplicates}. Not imported: {passed}.</source>
        <translation>Importiert: {imported}. Schon im Fall vorhanden: {duplicates}. Nicht importiert: {passed}.</translation>
    </message>
    <message>
        <source>No records in this case yet.</source>
        <translation>Dieser Fall enthält noch keine Unterlagen.</translation>
    </message>
    <message>
        <source>{date}  {modalities}  {description} ({count} images)</source>
        <translation>{date}  {modalities}  {description} ({count} Bilder)</translation>
    </message>
    <message>
        <source>Written: {path}</source>
        <translation>Gespeichert: {path}</translation>
    </message>
    <message>
        <source>The data folder is healthy. Cases: {count}.</source>
        <translation>Der Datenordner ist in Ordnung. Fälle: {count}.</translation>
    </message>
    <message>
        <source>There are no backups yet; open the wizard to make one, and check that the disk has free space.</source>
        <translation>Es gibt noch keine Sicherungen; öffnen Sie den Assistenten, um eine zu erstellen, und prüfen Sie, ob auf dem Datenträger Platz frei ist.</translation>
    </message>
    <message>
        <source>Backups: {count}, the newest from {date}, over 2 days old; open the wizard to make a new one and check the free disk space.</source>
        <translation>Sicherungen: {count}, die neueste vom {date}, älter als 2 Tage; öffnen Sie den Assistenten, um eine neue zu machen, und prüfen Sie den freien Speicherplatz.</translation>
    </message>
    <message>
        <source>Backups: {count}, the newest from {date}.</source>
        <translation>Sicherungen: {count}, die neueste vom {date}.</translation>
    </message>
    <message>
        <source>There are no backups of this data folder yet.</source>
        <translation>Von diesem Datenordner gibt es noch keine Sicherungskopien.</translation>
    </message>
    <message>
        <source>damaged data, kept as it was</source>
        <translation>beschädigte Daten, unverändert aufbewahrt</translation>
    </message>
    <message>
        <source>cases: {count}</source>
        <translation>Fälle: {count}</translation>
    </message>
    <message>
        <source>The backup from {date} is restored (cases: {count}). The data it replaced is kept as backup {number}; to go back to it: restore --from-backup {number}</source>
        <translation>Die Sicherungskopie vom {date} ist wiederhergestellt (Fälle: {count}). Die ersetzten Daten sind als Sicherungskopie {number} aufbewahrt; zurück zu ihnen mit: restore --from-backup {number}</translation>
    </message>
    <message>
        <source>Passphrase of the encrypted case file: </source>
        <translation>Passwort der verschlüsselten Falldatei: </translation>
    </message>
    <message>
        <source>Choose a passphrase for the encrypted case file: </source>
        <translation>Wählen Sie ein Passwort für die verschlüsselte Falldatei: </translation>
    </message>
    <message>
        <source>The same passphrase again: </source>
        <translation>Dasselbe Passwort noch einmal: </translation>
    </message>
    <message>
        <source>Saved, encrypted: {path} (the case {name}; files: {count}). It opens only with its passphrase, so keep that safe.</source>
        <translation>Verschlüsselt gespeichert: {path} (der Fall {name}; Dateien: {count}). Die Datei lässt sich nur mit ihrem Passwort öffnen; bewahren Sie es sicher auf.</translation>
    </message>
    <message>
        <source>The case {name} is restored as case {number}. Files: {count}.</source>
        <translation>Der Fall {name} ist als Fall {number} wiederhergestellt. Dateien: {count}.</translation>
    </message>
    <message>
        <source>Passphrase or recovery key:</source>
        <translation>Passphrase oder Wiederherstellungsschlüssel:</translation>
    </message>
    <message>
        <source>Recovery key:</source>
        <translation>Wiederherstellungsschlüssel:</translation>
    </message>
    <message>
        <source>New passphrase (at least 8 characters):</source>
        <translation>Neue Passphrase (mindestens 8 Zeichen):</translation>
    </message>
    <message>
        <source>The new passphrase again:</source>
        <translation>Die neue Passphrase noch einmal:</translation>
    </message>
    <message>
        <source>The data is locked with a key kept in the system keyring.</source>
        <translation>Die Daten sind mit einem Schlüssel gesperrt, der im Schlüsselbund des Systems liegt.</translation>
    </message>
    <message>
        <source>The data is locked with a passphrase.</source>
        <translation>Die Daten sind mit einer Passphrase gesperrt.</translation>
    </message>
    <message>
        <source>There is no recovery key yet; make one with: second-opinion key new-recovery</source>
        <translation>Es gibt noch keinen Wiederherstellungsschlüssel; erstellen Sie einen mit: second-opinion key new-recovery</translation>
    </message>
    <message>
        <source>Your recovery key, shown only this once: {key}
Write it down or print it and keep it in a safe place. It opens your data if the passphrase is forgotten or the keyring loses the key; any earlier recovery key no longer works.</source>
        <translation>Ihr Wiederherstellungsschlüssel, nur dieses eine Mal angezeigt: {key}
Schreiben Sie ihn auf oder drucken Sie ihn aus und bewahren Sie ihn an einem sicheren Ort auf. Er öffnet Ihre Daten, wenn die Passphrase vergessen ist oder der Schlüsselbund den Schlüssel verliert; ein früherer Wiederherstellungsschlüssel gilt nicht mehr.</translation>
    </message>
</context>
<context>
    <name>DamagedDialog</name>
    <message>
        <source>Your data is damaged — {app}</source>
        <translation>Ihre Daten sind beschädigt — {app}</translation>
    </message>
    <message>
        <source>Your data cannot be opened</source>
        <translation>Ihre Daten lassen sich nicht öffnen</translation>
    </message>
    <message>
        <source>The file that holds your cases is damaged, so the program cannot open it. Nothing was changed or deleted.</source>
        <translation>Die Datei mit Ihren Fällen ist beschädigt, darum kann das Programm sie nicht öffnen. Nichts wurde geändert oder gelöscht.</translation>
    </message>
    <message>
        <source>There is no good backup to restore. Keep the data folder as it is, and ask someone who knows computers for help. The data folder is:
{folder}</source>
        <translation>Es gibt keine intakte Sicherung, die sich wiederherstellen lässt. Lassen Sie den Datenordner, wie er ist, und bitten Sie jemanden, der sich mit Computern auskennt, um Hilfe. Der Datenordner ist:
{folder}</translation>
    </message>
    <message>
        <source>The newest good backup is from {date}. Restoring it brings back your cases as they were then; changes made after that are lost. The damaged file is kept aside as a backup first.</source>
        <translation>Die neueste intakte Sicherung ist vom {date}. Wenn Sie sie wiederherstellen, sind Ihre Fälle wieder so wie damals; spätere Änderungen gehen verloren. Die beschädigte Datei wird vorher als Sicherung aufbewahrt.</translation>
    </message>
    <message>
        <source>&amp;Restore the backup from {date}</source>
        <translation>Sicherung vom {date} &amp;wiederherstellen</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>The backup from {date} is restored. The damaged file is kept among the backups (Case menu, Backups).</source>
        <translation>Die Sicherung vom {date} ist wiederhergestellt. Die beschädigte Datei wird bei den Sicherungen aufbewahrt (Menü Fall, Sicherungen).</translation>
    </message>
</context>
<context>
    <name>DateEdit</name>
    <message>
        <source>Calendar…</source>
        <translation>Kalender …</translation>
    </message>
    <message>
        <source>Pick the date from a calendar</source>
        <translation>Datum aus einem Kalender wählen</translation>
    </message>
    <message>
        <source>for example {date}</source>
        <translation>zum Beispiel {date}</translation>
    </message>
    <message>
        <source>Pick a date</source>
        <translation>Datum wählen</translation>
    </message>
</context>
<context>
    <name>EntryList</name>
    <message>
        <source>Nothing written down yet.</source>
        <translation>Noch nichts eingetragen.</translation>
    </message>
    <message>
        <source>{list}: entry {number} of {count}</source>
        <translation>{list}: Eintrag {number} von {count}</translation>
    </message>
    <message>
        <source>Remove this entry</source>
        <translation>Diesen Eintrag entfernen</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>Could not write {path} ({reason}); choose a folder you can write to, with free space, and try again.</source>
        <translation>{path} konnte nicht gespeichert werden ({reason}); wählen Sie einen Ordner, in dem Sie speichern dürfen und in dem noch Platz frei ist, und versuchen Sie es noch einmal.</translation>
    </message>
    <message>
        <source>No system keyring is available to keep the key safe; set SECOND_OPINION_PASSPHRASE to a passphrase of your choice and try again.</source>
        <translation>Es gibt keinen Schlüsselbund des Systems, der den Schlüssel sicher aufbewahrt; setzen Sie SECOND_OPINION_PASSPHRASE auf ein Passwort Ihrer Wahl und versuchen Sie es noch einmal.</translation>
    </message>
    <message>
        <source>There is nothing at {path}; check the path.</source>
        <translation>Unter {path} ist nichts vorhanden; bitte prüfen Sie den Pfad.</translation>
    </message>
    <message>
        <source>The data folder has problems ({problems}); restore the newest good backup, from {date}, with this command: {command}.</source>
        <translation>Der Datenordner hat Probleme ({problems}); stellen Sie die neueste gute Sicherungskopie vom {date} mit diesem Befehl wieder her: {command}.</translation>
    </message>
    <message>
        <source>The data folder has problems ({problems}); restore a backup.</source>
        <translation>Mit dem Datenordner stimmt etwas nicht ({problems}); stellen Sie eine Sicherungskopie wieder her.</translation>
    </message>
    <message>
        <source>Stopped; nothing half-written was left behind.</source>
        <translation>Abgebrochen; es ist keine halb geschriebene Datei zurückgeblieben.</translation>
    </message>
    <message>
        <source>An unexpected problem stopped the command ({problem}); please report it.</source>
        <translation>Ein unerwartetes Problem hat den Befehl angehalten ({problem}); bitte melden Sie es.</translation>
    </message>
    <message>
        <source>The file {file} does not exist.</source>
        <translation>Die Datei {file} gibt es nicht.</translation>
    </message>
    <message>
        <source>The file {file} cannot be read ({reason}).</source>
        <translation>Die Datei {file} kann nicht gelesen werden ({reason}).</translation>
    </message>
    <message>
        <source>{file} is not a valid case file ({problem}); nothing was imported.</source>
        <translation>{file} ist keine gültige Falldatei ({problem}); es wurde nichts importiert.</translation>
    </message>
    <message>
        <source>There is no data in {path} yet; check the folder name, or create a case first with: case new NAME.</source>
        <translation>In {path} gibt es noch keine Daten; prüfen Sie den Ordnernamen oder legen Sie zuerst einen Fall an mit: case new NAME.</translation>
    </message>
    <message>
        <source>The database {file} is missing, but its key file is still there; put the database back from a backup of this folder (nothing was changed).</source>
        <translation>Die Datenbank {file} fehlt, ihre Schlüsseldatei ist aber noch da; legen Sie die Datenbank aus einer Sicherung dieses Ordners zurück (es wurde nichts verändert).</translation>
    </message>
    <message>
        <source>The data folder {path} cannot be created or used ({reason}); choose another one with --data-dir.</source>
        <translation>Der Datenordner {path} kann nicht angelegt oder benutzt werden ({reason}); wählen Sie mit --data-dir einen anderen.</translation>
    </message>
    <message>
        <source>Other people who use this computer may be able to read {path}; make your data folder private with this command: {command}.</source>
        <translation>Andere Personen, die diesen Computer benutzen, können {path} möglicherweise lesen; machen Sie Ihren Datenordner mit diesem Befehl privat: {command}.</translation>
    </message>
    <message>
        <source>The data in {path} is open in another window of Second Opinion Planner; use that window, or close it and try again.</source>
        <translation>Die Daten in {path} sind schon in einem anderen Fenster von Second Opinion Planner geöffnet; arbeiten Sie dort weiter, oder schließen Sie es und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Several cases are called {name}; use the case number instead.</source>
        <translation>Mehrere Fälle heißen {name}; verwenden Sie stattdessen die Fallnummer.</translation>
    </message>
    <message>
        <source>There is no case called {name}; see the list with: case list.</source>
        <translation>Es gibt keinen Fall mit dem Namen {name}; die Liste sehen Sie mit: case list.</translation>
    </message>
    <message>
        <source>That case no longer exists; choose another one.</source>
        <translation>Diesen Fall gibt es nicht mehr; wählen Sie einen anderen.</translation>
    </message>
    <message>
        <source>That entry no longer exists; it may have been removed elsewhere.</source>
        <translation>Diesen Eintrag gibt es nicht mehr; vielleicht wurde er an anderer Stelle entfernt.</translation>
    </message>
    <message>
        <source>Please type a name for the case.</source>
        <translation>Bitte geben Sie einen Namen für den Fall ein.</translation>
    </message>
    <message>
        <source>That name is too long; please use at most 200 letters.</source>
        <translation>Dieser Name ist zu lang; bitte verwenden Sie höchstens 200 Zeichen.</translation>
    </message>
    <message>
        <source>A passphrase of only spaces is easy to guess; please choose one with letters or numbers.</source>
        <translation>Ein Passwort nur aus Leerzeichen ist leicht zu erraten; bitte wählen Sie eines mit Buchstaben oder Ziffern.</translation>
    </message>
    <message>
        <source>Please choose a passphrase of at least {count} characters.</source>
        <translation>Bitte wählen Sie ein Passwort mit mindestens {count} Zeichen.</translation>
    </message>
    <message>
        <source>That passphrase is not right; check for typing mistakes (and Caps Lock), then try again.</source>
        <translation>Diese Passphrase stimmt nicht; prüfen Sie sie auf Tippfehler (und die Feststelltaste) und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>The key file {file} is damaged, so the data cannot be opened; restore it from a backup of this folder.</source>
        <translation>Die Schlüsseldatei {file} ist beschädigt, deshalb lassen sich die Daten nicht öffnen; stellen Sie sie aus einer Sicherungskopie dieses Ordners wieder her.</translation>
    </message>
    <message>
        <source>The key file {file} cannot be read ({reason}); check that this folder is yours and readable, then try again.</source>
        <translation>Die Schlüsseldatei {file} kann nicht gelesen werden ({reason}); prüfen Sie, ob dieser Ordner Ihnen gehört und lesbar ist, und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>The key file {file} is missing, so the data cannot be opened; put it back from a backup of this folder.</source>
        <translation>Die Schlüsseldatei {file} fehlt, daher lassen sich die Daten nicht öffnen; legen Sie sie aus einer Sicherungskopie dieses Ordners zurück.</translation>
    </message>
    <message>
        <source>This data folder is protected by a passphrase: enter it (or your recovery key), or set SECOND_OPINION_PASSPHRASE.</source>
        <translation>Dieser Datenordner ist durch eine Passphrase geschützt: Geben Sie sie (oder Ihren Wiederherstellungsschlüssel) ein, oder setzen Sie SECOND_OPINION_PASSPHRASE.</translation>
    </message>
    <message>
        <source>The keyring did not give the key (it may be locked); type your recovery key, or unlock the keyring and try again.</source>
        <translation>Der Schlüsselbund hat den Schlüssel nicht herausgegeben (er ist vielleicht gesperrt); geben Sie Ihren Wiederherstellungsschlüssel ein oder entsperren Sie den Schlüsselbund und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>No recovery key was made for this data, so only its passphrase opens it; type the passphrase.</source>
        <translation>Für diese Daten wurde kein Wiederherstellungsschlüssel erstellt, daher öffnet nur ihre Passphrase sie; geben Sie die Passphrase ein.</translation>
    </message>
    <message>
        <source>The key for this data folder could not be read from the system keyring; unlock your keyring and try again.</source>
        <translation>Der Schlüssel für diesen Datenordner konnte nicht aus dem Schlüsselbund des Systems gelesen werden; entsperren Sie Ihren Schlüsselbund und versuchen Sie es noch einmal.</translation>
    </message>
    <message>
        <source>The data in {path} comes from a newer version of Second Opinion Planner; open it with that version or a newer one (nothing was changed).</source>
        <translation>Die Daten in {path} stammen aus einer neueren Version von Second Opinion Planner; öffnen Sie sie mit dieser oder einer neueren Version (es wurde nichts geändert).</translation>
    </message>
    <message>
        <source>Cannot open the data in {path}: the key does not match or the file is damaged; check the passphrase or keyring, or restore a backup.</source>
        <translation>Die Daten in {path} lassen sich nicht öffnen: Der Schlüssel passt nicht oder die Datei ist beschädigt; prüfen Sie das Passwort oder den Schlüsselbund, oder stellen Sie eine Sicherungskopie wieder her.</translation>
    </message>
    <message>
        <source>The data in {path} is busy in another window or command; close it or wait a moment, then try again.</source>
        <translation>Die Daten in {path} werden gerade in einem anderen Fenster oder Befehl benutzt; schließen Sie es oder warten Sie einen Moment, und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>The disk that holds {path} is full; free some disk space, then try again.</source>
        <translation>Der Datenträger mit {path} ist voll; schaffen Sie etwas Speicherplatz frei und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>The data folder {path} cannot be used ({reason}); make it readable and writable for you, or choose another one with --data-dir.</source>
        <translation>Der Datenordner {path} kann nicht benutzt werden ({reason}); machen Sie ihn für sich lesbar und beschreibbar, oder wählen Sie mit --data-dir einen anderen.</translation>
    </message>
    <message>
        <source>The disk could not read or write {path}; check that the disk is connected and healthy, then try again.</source>
        <translation>Der Datenträger konnte {path} nicht lesen oder schreiben; prüfen Sie, ob er angeschlossen und in Ordnung ist, und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>Your last change could not be saved because another window or command is saving too; wait a moment, then try again.</source>
        <translation>Ihre letzte Änderung konnte nicht gespeichert werden, weil gerade ein anderes Fenster oder ein Befehl speichert; warten Sie einen Moment und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>Your last change could not be saved because the disk is full; free some disk space, then try again.</source>
        <translation>Ihre letzte Änderung konnte nicht gespeichert werden, weil der Datenträger voll ist; schaffen Sie etwas Speicherplatz frei und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>Your last change could not be saved because the data folder {path} cannot be written ({reason}); make it writable for you, then try again.</source>
        <translation>Ihre letzte Änderung konnte nicht gespeichert werden, weil in den Datenordner {path} nicht geschrieben werden kann ({reason}); machen Sie ihn für sich beschreibbar und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>Your last change could not be saved because the disk reported an error; check that the disk is connected and healthy, then try again.</source>
        <translation>Ihre letzte Änderung konnte nicht gespeichert werden, weil der Datenträger einen Fehler gemeldet hat; prüfen Sie, ob er angeschlossen und in Ordnung ist, und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>Your last change could not be saved because the data in {path} is damaged; restore a backup of this folder.</source>
        <translation>Ihre letzte Änderung konnte nicht gespeichert werden, weil die Daten in {path} beschädigt sind; stellen Sie eine Sicherung dieses Ordners wieder her.</translation>
    </message>
    <message>
        <source>The data in {path} is damaged; restore a backup of this folder, and keep the damaged file until you have.</source>
        <translation>Die Daten in {path} sind beschädigt; stellen Sie eine Sicherung dieses Ordners wieder her und bewahren Sie die beschädigte Datei auf, bis das geschehen ist.</translation>
    </message>
    <message>
        <source>{path} is inside the program&apos;s data folder {folder}; save the file somewhere else, such as your Documents folder.</source>
        <translation>{path} liegt im Datenordner des Programms ({folder}); speichern Sie die Datei an einem anderen Ort, zum Beispiel in Ihrem Ordner „Dokumente“.</translation>
    </message>
    <message>
        <source>{path} is a symbolic link; choose a new file name, or the file it points to.</source>
        <translation>{path} ist eine symbolische Verknüpfung; wählen Sie einen neuen Dateinamen oder die Datei, auf die sie zeigt.</translation>
    </message>
    <message>
        <source>{path} is a folder; choose a file name inside it.</source>
        <translation>{path} ist ein Ordner; wählen Sie einen Dateinamen darin.</translation>
    </message>
    <message>
        <source>{path} is not an ordinary file but a device, pipe or socket; choose a new file name.</source>
        <translation>{path} ist keine gewöhnliche Datei, sondern ein Gerät, eine Pipe oder ein Socket; wählen Sie einen neuen Dateinamen.</translation>
    </message>
    <message>
        <source>This case holds no records yet; add them in step 3 first.</source>
        <translation>Dieser Fall enthält noch keine Unterlagen; fügen Sie sie zuerst in Schritt 3 hinzu.</translation>
    </message>
    <message>
        <source>The import stopped because the disk is full; the files copied so far are kept. Free some disk space, then add the rest again.</source>
        <translation>Der Import wurde abgebrochen, weil der Speicherplatz voll ist; die bisher kopierten Dateien bleiben erhalten. Schaffen Sie etwas freien Speicherplatz und fügen Sie dann den Rest erneut hinzu.</translation>
    </message>
    <message>
        <source>The import stopped because the data folder {path} cannot be written; make it writable for you, then add the files again.</source>
        <translation>Der Import wurde abgebrochen, weil im Datenordner {path} nicht gespeichert werden kann; sorgen Sie dafür, dass Sie dort schreiben dürfen, und fügen Sie die Dateien dann erneut hinzu.</translation>
    </message>
    <message>
        <source>A stored file is missing or damaged in the data folder; restore a backup of the folder, or add the file again.</source>
        <translation>Eine gespeicherte Datei im Datenordner fehlt oder ist beschädigt; spielen Sie eine Sicherungskopie des Ordners zurück oder fügen Sie die Datei erneut hinzu.</translation>
    </message>
    <message>
        <source>That file is no longer in this case; it may have been removed.</source>
        <translation>Diese Datei ist nicht mehr in diesem Fall; vielleicht wurde sie entfernt.</translation>
    </message>
    <message>
        <source>Please type a name for the file.</source>
        <translation>Bitte geben Sie einen Namen für die Datei ein.</translation>
    </message>
    <message>
        <source>A case called {name} exists already (number {numbers}); add --same-name to have another case with this name.</source>
        <translation>Ein Fall mit dem Namen {name} existiert schon (Nummer {numbers}); fügen Sie --same-name hinzu, um einen weiteren Fall mit diesem Namen anzulegen.</translation>
    </message>
    <message>
        <source>Deleting case {number} ({name}) removes it and everything in it for good; add --yes to do so.</source>
        <translation>Das Löschen von Fall {number} ({name}) entfernt ihn mit allem, was darin steht, endgültig; fügen Sie --yes hinzu, um das zu tun.</translation>
    </message>
    <message>
        <source>The printout could not be prepared; please save it as a PDF and print that.</source>
        <translation>Der Ausdruck konnte nicht vorbereitet werden; bitte speichern Sie ihn als PDF und drucken Sie diese Datei.</translation>
    </message>
    <message>
        <source>The printer could not be started; check that it is switched on and try again, or save the PDF and print that.</source>
        <translation>Der Drucker konnte nicht gestartet werden; prüfen Sie, ob er eingeschaltet ist, und versuchen Sie es noch einmal, oder speichern Sie die PDF-Datei und drucken Sie diese.</translation>
    </message>
    <message>
        <source>The folder {path} is not private to you, so no plain copy is written there; remove it and try again.</source>
        <translation>Der Ordner {path} gehört nicht nur Ihnen, daher wird dort keine unverschlüsselte Kopie abgelegt; entfernen Sie ihn und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>“{name}” is not a sound recording the program can keep; please choose an m4a, mp3, wav or ogg file.</source>
        <translation>„{name}“ ist keine Tonaufnahme, die das Programm aufbewahren kann; bitte wählen Sie eine m4a-, mp3-, wav- oder ogg-Datei.</translation>
    </message>
    <message>
        <source>Could not read “{name}” ({reason}); check that the file is still there and try again.</source>
        <translation>„{name}“ konnte nicht gelesen werden ({reason}); prüfen Sie, ob die Datei noch da ist, und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>A backup of {path} could not be made before its update to this version ({reason}); free some disk space, then try again (nothing was changed).</source>
        <translation>Vor der Aktualisierung auf diese Version konnte keine Sicherungskopie von {path} erstellt werden ({reason}); schaffen Sie Platz auf dem Datenträger und versuchen Sie es dann erneut (es wurde nichts geändert).</translation>
    </message>
    <message>
        <source>Today&apos;s automatic backup could not be made ({reason}); your data is safe, but free some disk space so that backups can be made again.</source>
        <translation>Die heutige automatische Sicherung konnte nicht erstellt werden ({reason}); Ihre Daten sind sicher, aber schaffen Sie bitte Platz auf dem Datenträger, damit wieder Sicherungen erstellt werden können.</translation>
    </message>
    <message>
        <source>There is no backup number {number}; see the list with: backup --list.</source>
        <translation>Es gibt keine Sicherungskopie Nummer {number}; die Liste zeigt: backup --list.</translation>
    </message>
    <message>
        <source>Backup {number} is damaged or cannot be opened with this folder&apos;s key; choose another one from: backup --list (nothing was changed).</source>
        <translation>Die Sicherungskopie {number} ist beschädigt oder lässt sich mit dem Schlüssel dieses Ordners nicht öffnen; wählen Sie eine andere aus: backup --list (es wurde nichts geändert).</translation>
    </message>
    <message>
        <source>Backup {number} was made by a newer version of Second Opinion Planner; restore it with that version (nothing was changed).</source>
        <translation>Die Sicherungskopie {number} wurde von einer neueren Version von Second Opinion Planner erstellt; stellen Sie sie mit dieser Version wieder her (es wurde nichts geändert).</translation>
    </message>
    <message>
        <source>Backup {number} needs stored files that are no longer in the data folder ({count}); choose another one from: backup --list (nothing was changed).</source>
        <translation>Die Sicherungskopie {number} braucht gespeicherte Dateien, die nicht mehr im Datenordner sind ({count}); wählen Sie eine andere aus: backup --list (es wurde nichts geändert).</translation>
    </message>
    <message>
        <source>Backup {number} could not be restored ({reason}); free some disk space, then try again (your data was not changed).</source>
        <translation>Die Sicherungskopie {number} konnte nicht wiederhergestellt werden ({reason}); schaffen Sie Platz auf dem Datenträger und versuchen Sie es dann erneut (Ihre Daten wurden nicht geändert).</translation>
    </message>
    <message>
        <source>The data in {path} is damaged; restore the newest good backup, from {date}, with this command: {command} (it first keeps the damaged data).</source>
        <translation>Die Daten in {path} sind beschädigt; stellen Sie die neueste gute Sicherungskopie vom {date} mit diesem Befehl wieder her: {command} (die beschädigten Daten werden vorher aufbewahrt).</translation>
    </message>
    <message>
        <source>There is no terminal to ask for the passphrase of the encrypted case file; set SECOND_OPINION_BUNDLE_PASSPHRASE to it and try again.</source>
        <translation>Es gibt kein Terminal, in dem nach dem Passwort der verschlüsselten Falldatei gefragt werden kann; setzen Sie SECOND_OPINION_BUNDLE_PASSPHRASE auf dieses Passwort und versuchen Sie es noch einmal.</translation>
    </message>
    <message>
        <source>The two passphrases are not the same; nothing was saved, so please try again.</source>
        <translation>Die beiden Passwörter sind nicht gleich; es wurde nichts gespeichert, bitte versuchen Sie es noch einmal.</translation>
    </message>
    <message>
        <source>Run this command in a terminal to type the new passphrase, or set SECOND_OPINION_NEW_PASSPHRASE.</source>
        <translation>Führen Sie diesen Befehl in einem Terminal aus, um die neue Passphrase einzugeben, oder setzen Sie SECOND_OPINION_NEW_PASSPHRASE.</translation>
    </message>
    <message>
        <source>The two passphrases are not the same; nothing was changed.</source>
        <translation>Die beiden Passphrasen sind nicht gleich; es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>The translation for {language} could not be loaded; install the program again, or choose another language.</source>
        <translation>Die Übersetzung für {language} konnte nicht geladen werden; installieren Sie das Programm neu, oder wählen Sie eine andere Sprache.</translation>
    </message>
    <message>
        <source>The encrypted case file {file} is damaged or incomplete; copy it again from where it came from (nothing was changed).</source>
        <translation>Die verschlüsselte Falldatei {file} ist beschädigt oder unvollständig; kopieren Sie sie noch einmal von dort, woher sie kam (es wurde nichts geändert).</translation>
    </message>
    <message>
        <source>The passphrase is not right for the encrypted case file {file}; check it and try again (nothing was changed).</source>
        <translation>Das Passwort passt nicht zur verschlüsselten Falldatei {file}; prüfen Sie es und versuchen Sie es noch einmal (es wurde nichts geändert).</translation>
    </message>
    <message>
        <source>The encrypted case file {file} comes from a newer version of this program; open it with that version or a newer one (nothing was changed).</source>
        <translation>Die verschlüsselte Falldatei {file} stammt aus einer neueren Version dieses Programms; öffnen Sie sie mit dieser oder einer neueren Version (es wurde nichts geändert).</translation>
    </message>
    <message>
        <source>{file} is not an encrypted case file; choose a file saved as one (nothing was changed).</source>
        <translation>{file} ist keine verschlüsselte Falldatei; wählen Sie eine Datei, die als solche gespeichert wurde (es wurde nichts geändert).</translation>
    </message>
    <message>
        <source>The case could not be restored because the disk is full; free some disk space, then try again (nothing was changed).</source>
        <translation>Der Fall konnte nicht wiederhergestellt werden, weil der Datenträger voll ist; geben Sie etwas Speicherplatz frei und versuchen Sie es dann noch einmal (es wurde nichts geändert).</translation>
    </message>
    <message>
        <source>The case could not be restored because the data folder cannot be written ({reason}); make it writable for you, then try again (nothing was changed).</source>
        <translation>Der Fall konnte nicht wiederhergestellt werden, weil in den Datenordner nicht geschrieben werden kann ({reason}); machen Sie ihn für sich beschreibbar und versuchen Sie es dann noch einmal (es wurde nichts geändert).</translation>
    </message>
    <message>
        <source>No safe system keyring is available on this computer, so your data stays protected by its passphrase.</source>
        <translation>Auf diesem Computer gibt es keinen sicheren Schlüsselbund des Systems, daher bleiben Ihre Daten durch ihre Passphrase geschützt.</translation>
    </message>
    <message>
        <source>This data is protected by the system keyring, not by a passphrase; choose to use a passphrase instead.</source>
        <translation>Diese Daten sind durch den Schlüsselbund des Systems geschützt, nicht durch eine Passphrase; wählen Sie stattdessen, eine Passphrase zu verwenden.</translation>
    </message>
    <message>
        <source>This recovery key has a typing mistake; compare each group of letters and digits with your recovery sheet, then try again.</source>
        <translation>Dieser Wiederherstellungsschlüssel enthält einen Tippfehler; vergleichen Sie jede Gruppe aus Buchstaben und Ziffern mit Ihrem Wiederherstellungsblatt und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>This recovery key does not open this data; it may belong to another data folder, or it was replaced by a newer one.</source>
        <translation>Dieser Wiederherstellungsschlüssel öffnet diese Daten nicht; er gehört vielleicht zu einem anderen Datenordner, oder er wurde durch einen neueren ersetzt.</translation>
    </message>
    <message>
        <source>No graphical display was found, so the wizard cannot open; start it from your desktop, or type &apos;second-opinion status CASE&apos; (more in &apos;second-opinion --help&apos;).</source>
        <translation>Es wurde kein grafischer Bildschirm gefunden, daher kann sich das Programm nicht öffnen; starten Sie es von Ihrem Desktop aus oder geben Sie &apos;second-opinion status CASE&apos; ein (mehr dazu unter &apos;second-opinion --help&apos;).</translation>
    </message>
    <message>
        <source>--large-print is only for the PDF printouts; add --pdf OUT, or leave it out.</source>
        <translation>--large-print gilt nur für die PDF-Ausdrucke; geben Sie --pdf AUSGABE an oder lassen Sie es weg.</translation>
    </message>
</context>
<context>
    <name>FieldsForm</name>
    <message>
        <source>for example 14:30</source>
        <translation>zum Beispiel 14:30</translation>
    </message>
    <message>
        <source>(not chosen yet)</source>
        <translation>(noch nicht gewählt)</translation>
    </message>
</context>
<context>
    <name>Help</name>
    <message>
        <source>How this program helps you</source>
        <translation>Wie dieses Programm Ihnen hilft</translation>
    </message>
    <message>
        <source>A second opinion means another doctor looks at your illness and your treatment plan. This program walks you through getting one, in nine steps.</source>
        <translation>Eine Zweitmeinung bedeutet: Ein anderer Arzt oder eine andere Ärztin schaut sich Ihre Krankheit und Ihren Behandlungsplan an. Dieses Programm führt Sie in neun Schritten dorthin.</translation>
    </message>
    <message>
        <source>Each step says why it matters, what to do, and how you know it is done. You can do the steps in any order and come back to them at any time.</source>
        <translation>Jeder Schritt sagt, warum er wichtig ist, was zu tun ist und woran Sie merken, dass er erledigt ist. Sie können die Schritte in beliebiger Reihenfolge machen und jederzeit zu ihnen zurückkehren.</translation>
    </message>
    <message>
        <source>Everything you type is saved at once. It stays on this computer, locked with encryption. Nothing is sent over the internet.</source>
        <translation>Alles, was Sie eingeben, wird sofort gespeichert. Es bleibt verschlüsselt auf diesem Computer. Nichts wird über das Internet gesendet.</translation>
    </message>
    <message>
        <source>You can print a checklist of all steps to take with you. Use the Case menu, or the button on the overview.</source>
        <translation>Sie können eine Checkliste aller Schritte drucken und mitnehmen. Nutzen Sie dazu das Menü „Fall“ oder die Schaltfläche in der Übersicht.</translation>
    </message>
    <message>
        <source>This program helps you organize the process. It does not give medical advice. Talk about every decision with your doctors.</source>
        <translation>Dieses Programm hilft Ihnen, den Ablauf zu organisieren. Es gibt keinen medizinischen Rat. Besprechen Sie jede Entscheidung mit Ihren Ärztinnen und Ärzten.</translation>
    </message>
    <message>
        <source>Step 1: Do you need a second opinion?</source>
        <translation>Schritt 1: Brauchen Sie eine Zweitmeinung?</translation>
    </message>
    <message>
        <source>Studies at a large US teaching hospital found that about 1 in 5 people who asked got a different diagnosis. About 88 in 100 got a clearer or changed diagnosis or plan.</source>
        <translation>Studien an einer großen Universitätsklinik in den USA zeigten: Etwa 1 von 5 Menschen, die fragten, bekam eine andere Diagnose. Etwa 88 von 100 bekamen eine genauere oder geänderte Diagnose oder Behandlung.</translation>
    </message>
    <message>
        <source>This step is done when you have found at least one clear, real reason to go ahead.</source>
        <translation>Dieser Schritt ist erledigt, wenn Sie mindestens einen klaren, echten Grund gefunden haben, weiterzumachen.</translation>
    </message>
    <message>
        <source>Step 2: What does your insurance pay?</source>
        <translation>Schritt 2: Was zahlt Ihre Versicherung?</translation>
    </message>
    <message>
        <source>A surprise bill is the last thing you need now. Call your insurance before you book, and ask about second opinion cover for your diagnosis by name.</source>
        <translation>Eine überraschende Rechnung ist das Letzte, was Sie jetzt brauchen. Rufen Sie Ihre Versicherung an, bevor Sie einen Termin machen, und fragen Sie nach der Kostenübernahme für eine Zweitmeinung bei Ihrer Diagnose – nennen Sie sie beim Namen.</translation>
    </message>
    <message>
        <source>Not every health problem needs a second opinion. It matters most when a lot is at stake. Examples are a life-threatening illness such as cancer, a surgery that is not an emergency, or a rare disease.</source>
        <translation>Nicht jedes Gesundheitsproblem braucht eine Zweitmeinung. Am wichtigsten ist sie, wenn viel auf dem Spiel steht. Beispiele sind eine lebensbedrohliche Krankheit wie Krebs, eine Operation, die kein Notfall ist, oder eine seltene Krankheit.</translation>
    </message>
    <message>
        <source>It can also help when a treatment has not worked in the time it should, or when no one knows for sure what you have. If you live with several long-term illnesses, one doctor&apos;s plan may not fit them all.</source>
        <translation>Sie kann auch helfen, wenn eine Behandlung nicht in der erwarteten Zeit wirkt oder wenn niemand sicher weiß, was Sie haben. Wenn Sie mehrere chronische Krankheiten haben, passt der Plan eines einzelnen Arztes vielleicht nicht zu allen.</translation>
    </message>
    <message>
        <source>Asking is your right. Most doctors expect it and respect it. You can say you want to be fully informed. You can ask your doctor to suggest someone, or to refer you to a doctor you have in mind.</source>
        <translation>Danach zu fragen ist Ihr Recht. Die meisten Ärztinnen und Ärzte erwarten und respektieren das. Sie können sagen, dass Sie umfassend informiert sein möchten. Sie können um einen Vorschlag bitten oder um eine Überweisung zu einer Ärztin oder einem Arzt Ihrer Wahl.</translation>
    </message>
    <message>
        <source>Ask if you must stay with doctors in their network. If the right doctor is outside it, ask for a network gap exception. Then the insurance pays for a doctor outside its network, because no one inside can do the job. This can happen with a rare illness.</source>
        <translation>Fragen Sie, ob Sie bei Ärztinnen und Ärzten aus dem Netzwerk der Versicherung bleiben müssen. Ist die richtige Ärztin oder der richtige Arzt außerhalb, fragen Sie nach einer Ausnahme (in den USA „network gap exception“). Dann zahlt die Versicherung für jemanden außerhalb des Netzwerks, weil es innerhalb niemand kann. Das kommt bei seltenen Krankheiten vor.</translation>
    </message>
    <message>
        <source>Ask if you need a referral from your main doctor before they will pay.</source>
        <translation>Fragen Sie, ob Sie eine Überweisung von Ihrer Hausärztin oder Ihrem Hausarzt brauchen, damit die Versicherung zahlt.</translation>
    </message>
    <message>
        <source>Write down the day, the name of the person you spoke to, and what they said. It helps if there is a question about the bill later.</source>
        <translation>Schreiben Sie den Tag, den Namen Ihres Gesprächspartners und das Gesagte auf. Das hilft, wenn es später Fragen zur Rechnung gibt.</translation>
    </message>
    <message>
        <source>This step is done when the insurance has told you clearly what you will pay yourself and whether you need a referral.</source>
        <translation>Dieser Schritt ist erledigt, wenn die Versicherung Ihnen klar gesagt hat, was Sie selbst zahlen und ob Sie eine Überweisung brauchen.</translation>
    </message>
    <message>
        <source>Step 3: Gather your records</source>
        <translation>Schritt 3: Ihre Unterlagen sammeln</translation>
    </message>
    <message>
        <source>The second doctor needs the same facts the first doctor used. Only then can they judge your case fairly and fully.</source>
        <translation>Die zweite Ärztin oder der zweite Arzt braucht dieselben Unterlagen, die bei der ersten Meinung genutzt wurden. Nur so kann Ihr Fall fair und vollständig beurteilt werden.</translation>
    </message>
    <message>
        <source>You have a legal right to your records. In the US this right comes from a law called HIPAA. In the EU it comes from the GDPR, the data protection law. Send your clinic a written request; the program can write the letter.</source>
        <translation>Sie haben ein gesetzliches Recht auf Ihre Unterlagen. In der EU steht es in der DSGVO, der Datenschutz-Grundverordnung; in den USA in einem Gesetz namens HIPAA. Schicken Sie Ihrer Praxis eine schriftliche Anfrage – das Programm kann den Brief schreiben.</translation>
    </message>
    <message>
        <source>Ask for the pathology reports (the lab&apos;s findings on tissue or cells), your scans, lab results and your doctor&apos;s notes. Ask for a discharge summary if you were in hospital lately.</source>
        <translation>Fragen Sie nach den Pathologie-Befunden (was das Labor in Gewebe oder Zellen gefunden hat), Ihren Bildern, Laborwerten und den Notizen Ihres Arztes. Waren Sie kürzlich im Krankenhaus, fragen Sie nach dem Entlassungsbrief.</translation>
    </message>
    <message>
        <source>Ask for the scans themselves, not only the written report. Scans come as DICOM files, the standard format for medical images, on a disc or through a link. You can add a disc or a folder here; the files are kept locked.</source>
        <translation>Fragen Sie nach den Bildern selbst, nicht nur nach dem schriftlichen Befund. Bilder kommen als DICOM-Dateien, dem üblichen Format für medizinische Bilder, auf einer CD oder über einen Link. Sie können hier eine CD oder einen Ordner hinzufügen; die Dateien werden verschlüsselt aufbewahrt.</translation>
    </message>
    <message>
        <source>This step is done when you have all the records from the last 12 to 24 months, on paper or as files.</source>
        <translation>Dieser Schritt ist erledigt, wenn Sie alle Unterlagen der letzten 12 bis 24 Monate haben, auf Papier oder als Dateien.</translation>
    </message>
    <message>
        <source>Step 4: Choose an independent doctor</source>
        <translation>Schritt 4: Eine unabhängige Ärztin oder einen unabhängigen Arzt wählen</translation>
    </message>
    <message>
        <source>For an honest, fresh view, the second doctor should not work with your first doctor, in the same practice or the same circle.</source>
        <translation>Für einen ehrlichen, unvoreingenommenen Blick sollte die zweite Ärztin oder der zweite Arzt nicht mit Ihrem ersten Arzt zusammenarbeiten, weder in derselben Praxis noch im selben Kreis.</translation>
    </message>
    <message>
        <source>Good places to look are university hospitals and centers that treat many people with your illness. They often have the newest research and tools.</source>
        <translation>Gute Anlaufstellen sind Universitätskliniken und Zentren, die viele Menschen mit Ihrer Krankheit behandeln. Sie haben oft die neueste Forschung und Technik.</translation>
    </message>
    <message>
        <source>Check the doctor&apos;s board certification. This means a medical board has tested the doctor in their field. Board websites also show if they focus on your illness.</source>
        <translation>Prüfen Sie die Facharztanerkennung. Das heißt: Eine Ärztekammer hat die Ärztin oder den Arzt in ihrem Fachgebiet geprüft. Die Verzeichnisse der Kammern zeigen auch, ob sie sich auf Ihre Krankheit spezialisiert haben.</translation>
    </message>
    <message>
        <source>Be careful with a name that only your first doctor gave you. Patient groups for your illness can give you names that are independent.</source>
        <translation>Seien Sie vorsichtig mit einem Namen, den nur Ihr erster Arzt genannt hat. Patientengruppen für Ihre Krankheit können Ihnen unabhängige Namen nennen.</translation>
    </message>
    <message>
        <source>This step is done when you have the name and contact details of a doctor with no ties to your current doctor.</source>
        <translation>Dieser Schritt ist erledigt, wenn Sie Name und Kontaktdaten einer Ärztin oder eines Arztes haben, die oder der keine Verbindung zu Ihrem jetzigen Arzt hat.</translation>
    </message>
    <message>
        <source>Step 5: Book the visit</source>
        <translation>Schritt 5: Den Termin vereinbaren</translation>
    </message>
    <message>
        <source>A second opinion only helps if the doctor has read your records before you come. When you call, say clearly that the visit is for a second opinion.</source>
        <translation>Eine Zweitmeinung hilft nur, wenn die Ärztin oder der Arzt Ihre Unterlagen vor dem Termin gelesen hat. Sagen Sie am Telefon deutlich, dass es um eine Zweitmeinung geht.</translation>
    </message>
    <message>
        <source>Ask how they want your records: through a secure website, by mail, or brought by hand.</source>
        <translation>Fragen Sie, wie die Praxis Ihre Unterlagen haben möchte: über eine sichere Website, per Post oder persönlich gebracht.</translation>
    </message>
    <message>
        <source>Call again to check that the records arrived, at least 48 hours before the visit. Otherwise the visit may be wasted. Online second opinion services often send a written report 48 to 72 hours after they have your records.</source>
        <translation>Rufen Sie mindestens 48 Stunden vor dem Termin noch einmal an und fragen Sie, ob die Unterlagen angekommen sind. Sonst ist der Termin vielleicht umsonst. Online-Dienste für Zweitmeinungen schicken oft 48 bis 72 Stunden nach Eingang der Unterlagen einen schriftlichen Bericht.</translation>
    </message>
    <message>
        <source>This step is done when the visit is booked and the office has said it has your files.</source>
        <translation>Dieser Schritt ist erledigt, wenn der Termin steht und die Praxis bestätigt hat, dass Ihre Unterlagen da sind.</translation>
    </message>
    <message>
        <source>Step 6: Write down your questions</source>
        <translation>Schritt 6: Ihre Fragen aufschreiben</translation>
    </message>
    <message>
        <source>Worry makes it easy to forget what you wanted to ask. A written list makes sure nothing is missed.</source>
        <translation>Wer sich Sorgen macht, vergisst leicht, was er fragen wollte. Eine schriftliche Liste sorgt dafür, dass nichts fehlt.</translation>
    </message>
    <message>
        <source>Good questions: How did you arrive at this diagnosis? What else could we do instead of the surgery? What happens if we wait and do nothing?</source>
        <translation>Gute Fragen: Wie sind Sie zu dieser Diagnose gekommen? Was könnten wir statt der Operation tun? Was passiert, wenn wir abwarten und nichts tun?</translation>
    </message>
    <message>
        <source>Ask how many people with exactly this illness the doctor treated last year. Ask if there are studies of new treatments (clinical trials) your first doctor did not mention.</source>
        <translation>Fragen Sie, wie viele Menschen mit genau dieser Krankheit die Ärztin oder der Arzt im letzten Jahr behandelt hat. Fragen Sie nach Studien zu neuen Behandlungen (klinischen Studien), die Ihr erster Arzt nicht erwähnt hat.</translation>
    </message>
    <message>
        <source>Star the questions that matter most, so you ask them first. The program suggests more questions for your area of medicine.</source>
        <translation>Markieren Sie die wichtigsten Fragen mit einem Stern, damit Sie sie zuerst stellen. Das Programm schlägt weitere Fragen für Ihr Fachgebiet vor.</translation>
    </message>
    <message>
        <source>This step is done when you have printed a list of at least five questions.</source>
        <translation>Dieser Schritt ist erledigt, wenn Sie eine Liste mit mindestens fünf Fragen gedruckt haben.</translation>
    </message>
    <message>
        <source>Step 7: At the visit</source>
        <translation>Schritt 7: Beim Termin</translation>
    </message>
    <message>
        <source>It is hard to take in a lot of medical facts and talk at the same time. Bring someone you trust to take notes, so you can listen and ask.</source>
        <translation>Es ist schwer, viele medizinische Informationen aufzunehmen und gleichzeitig mitzureden. Nehmen Sie eine Vertrauensperson mit, die mitschreibt, damit Sie zuhören und fragen können.</translation>
    </message>
    <message>
        <source>Ask the doctor if you may record the talk on your phone. Then you can listen again at home. Always ask first.</source>
        <translation>Fragen Sie, ob Sie das Gespräch mit Ihrem Handy aufnehmen dürfen. Dann können Sie es zu Hause noch einmal anhören. Fragen Sie immer vorher.</translation>
    </message>
    <message>
        <source>If the doctor&apos;s view differs from the first one, ask them to explain the difference in plain words.</source>
        <translation>Wenn die Meinung von der ersten abweicht, bitten Sie darum, den Unterschied in einfachen Worten zu erklären.</translation>
    </message>
    <message>
        <source>This step is done when the visit is over and you have notes or a recording of what the doctor advised.</source>
        <translation>Dieser Schritt ist erledigt, wenn der Termin vorbei ist und Sie Notizen oder eine Aufnahme des ärztlichen Rats haben.</translation>
    </message>
    <message>
        <source>Step 8: Compare and decide</source>
        <translation>Schritt 8: Vergleichen und entscheiden</translation>
    </message>
    <message>
        <source>If the two opinions differ, you need to know why. Only then can you make the safest choice.</source>
        <translation>Wenn die beiden Meinungen voneinander abweichen, müssen Sie wissen, warum. Nur dann können Sie die sicherste Wahl treffen.</translation>
    </message>
    <message>
        <source>A T-chart helps: a table with one column for each doctor. Write what each said about the diagnosis, the treatment, the risks and the time to recover.</source>
        <translation>Eine T-Tabelle hilft: eine Tabelle mit einer Spalte für jede Ärztin oder jeden Arzt. Schreiben Sie auf, was jeweils zur Diagnose, zur Behandlung, zu den Risiken und zur Erholungszeit gesagt wurde.</translation>
    </message>
    <message>
        <source>If they differ a lot, make an appointment with your main doctor to talk about the difference.</source>
        <translation>Weichen sie stark voneinander ab, vereinbaren Sie einen Termin bei Ihrer Hausärztin oder Ihrem Hausarzt, um über den Unterschied zu sprechen.</translation>
    </message>
    <message>
        <source>A third opinion, as a tie-breaker, is only worth it when the first two are very different and a lot is at stake. An example is surgery on a major organ.</source>
        <translation>Eine dritte Meinung als Entscheidungshilfe lohnt sich nur, wenn die ersten beiden sehr verschieden sind und viel auf dem Spiel steht. Ein Beispiel ist eine Operation an einem wichtigen Organ.</translation>
    </message>
    <message>
        <source>This step is done when you have chosen a treatment and told both medical teams.</source>
        <translation>Dieser Schritt ist erledigt, wenn Sie sich für eine Behandlung entschieden und beide Behandlungsteams informiert haben.</translation>
    </message>
    <message>
        <source>Step 9: Keep your papers in order</source>
        <translation>Schritt 9: Ihre Unterlagen in Ordnung halten</translation>
    </message>
    <message>
        <source>Papers that are always in order make the next second opinion, or an emergency, much faster and safer.</source>
        <translation>Unterlagen, die immer geordnet sind, machen die nächste Zweitmeinung oder einen Notfall viel schneller und sicherer.</translation>
    </message>
    <message>
        <source>Keep them in a safe digital folder. This program&apos;s folder is locked with encryption; a health record app works too.</source>
        <translation>Bewahren Sie sie in einem sicheren digitalen Ordner auf. Der Ordner dieses Programms ist verschlüsselt; eine Gesundheitsakten-App geht auch.</translation>
    </message>
    <message>
        <source>Make it a habit over 30 days: every Sunday evening, spend 10 minutes. Scan and file the week&apos;s medical papers, receipts and notes.</source>
        <translation>Machen Sie es in 30 Tagen zur Gewohnheit: Nehmen Sie sich jeden Sonntagabend 10 Minuten. Scannen und ordnen Sie die medizinischen Papiere, Quittungen und Notizen der Woche.</translation>
    </message>
    <message>
        <source>Sort everything into groups: Imaging (scans and X-rays), Labs, Prescriptions and Doctor notes. Receipts and Other are there for the rest.</source>
        <translation>Ordnen Sie alles in Gruppen: Bildgebung (Aufnahmen und Röntgenbilder), Laborwerte, Rezepte und Arztberichte. Für den Rest gibt es Quittungen und Sonstiges.</translation>
    </message>
    <message>
        <source>This step is done when your papers are all filed in groups, and you have kept up the habit four weeks in a row.</source>
        <translation>Dieser Schritt ist erledigt, wenn alle Unterlagen in Gruppen geordnet sind und Sie die Gewohnheit vier Wochen hintereinander durchgehalten haben.</translation>
    </message>
</context>
<context>
    <name>HelpActions</name>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;Help for this page</source>
        <translation>&amp;Hilfe zu dieser Seite</translation>
    </message>
    <message>
        <source>&amp;About {app}</source>
        <translation>Ü&amp;ber {app}</translation>
    </message>
</context>
<context>
    <name>HelpDialog</name>
    <message>
        <source>Help: {app}</source>
        <translation>Hilfe: {app}</translation>
    </message>
    <message>
        <source>&amp;Help about:</source>
        <translation>&amp;Hilfe zu:</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Adding records</source>
        <translation>Unterlagen werden hinzugefügt</translation>
    </message>
    <message>
        <source>Progress of the import</source>
        <translation>Fortschritt des Imports</translation>
    </message>
    <message>
        <source>Files that were not added, and why</source>
        <translation>Nicht hinzugefügte Dateien und die Gründe dafür</translation>
    </message>
    <message>
        <source>Looking at the files…</source>
        <translation>Die Dateien werden geprüft…</translation>
    </message>
    <message>
        <source>Stopping after the file in hand…</source>
        <translation>Wird nach der aktuellen Datei beendet…</translation>
    </message>
    <message>
        <source>Copying file {done} of {total} into your locked folder…</source>
        <translation>Datei {done} von {total} wird in Ihren verschlüsselten Ordner kopiert…</translation>
    </message>
    <message>
        <source>Making small pictures of the scans…</source>
        <translation>Vorschaubilder der Aufnahmen werden erstellt…</translation>
    </message>
    <message>
        <source>You stopped the import. The files added before you stopped are kept.</source>
        <translation>Sie haben den Import abgebrochen. Die bis dahin hinzugefügten Dateien bleiben erhalten.</translation>
    </message>
    <message>
        <source>Files added: {count}.</source>
        <translation>Hinzugefügte Dateien: {count}.</translation>
    </message>
    <message>
        <source>Files already in this case, so not added again: {count}.</source>
        <translation>Dateien, die schon in diesem Fall waren und daher nicht erneut hinzugefügt wurden: {count}.</translation>
    </message>
    <message>
        <source>Files not added: {count}. Here is why:</source>
        <translation>Nicht hinzugefügte Dateien: {count}. Die Gründe:</translation>
    </message>
    <message>
        <source>Done.</source>
        <translation>Fertig.</translation>
    </message>
    <message>
        <source>An unexpected problem stopped the import ({problem}); the files added before it are kept. Please report it.</source>
        <translation>Ein unerwartetes Problem hat den Import abgebrochen ({problem}); die bis dahin hinzugefügten Dateien bleiben erhalten. Bitte melden Sie das Problem.</translation>
    </message>
    <message>
        <source>The import stopped.</source>
        <translation>Der Import wurde abgebrochen.</translation>
    </message>
</context>
<context>
    <name>InAppPlayer</name>
    <message>
        <source>&amp;Stop</source>
        <translation>&amp;Stopp</translation>
    </message>
    <message>
        <source>Position in the recording</source>
        <translation>Stelle in der Aufnahme</translation>
    </message>
    <message>
        <source>No loudspeaker or headphones were found on this computer; connect them to hear the recording.</source>
        <translation>Auf diesem Computer wurden keine Lautsprecher oder Kopfhörer gefunden; schließen Sie welche an, um die Aufnahme zu hören.</translation>
    </message>
    <message>
        <source>Playing “{name}”</source>
        <translation>Es läuft: „{name}“</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Pause</translation>
    </message>
    <message>
        <source>P&amp;lay</source>
        <translation>&amp;Abspielen</translation>
    </message>
</context>
<context>
    <name>Letter</name>
    <message>
        <source>Request for a copy of my medical records under HIPAA (45 CFR 164.524)</source>
        <translation>Antrag auf eine Kopie meiner medizinischen Unterlagen nach HIPAA (45 CFR 164.524)</translation>
    </message>
    <message>
        <source>Request for access to my personal data under Article 15 GDPR</source>
        <translation>Antrag auf Auskunft über meine personenbezogenen Daten nach Art. 15 DSGVO</translation>
    </message>
    <message>
        <source>I am writing to request a copy of my medical records under my HIPAA right of access (45 CFR 164.524). Please include the following records:</source>
        <translation>hiermit beantrage ich nach meinem Recht auf Zugang gemäß HIPAA (45 CFR 164.524) eine Kopie meiner medizinischen Unterlagen. Bitte stellen Sie mir die folgenden Unterlagen zur Verfügung:</translation>
    </message>
    <message>
        <source>Please give me the copy in a commonly used electronic form, for example as PDF files (Article 15(3) GDPR).</source>
        <translation>Bitte stellen Sie mir die Kopie in einem gängigen elektronischen Format zur Verfügung, zum Beispiel als PDF-Dateien (Art. 15 Abs. 3 DSGVO).</translation>
    </message>
    <message>
        <source>I also ask you to send an electronic copy of these records directly to the doctor who will give me a second opinion. HIPAA gives me the right to have a copy sent to a person I name (45 CFR 164.524(c)(3)(ii)). Please send it to:</source>
        <translation>Außerdem bitte ich Sie, eine elektronische Kopie dieser Unterlagen direkt an die Ärztin oder den Arzt für meine Zweitmeinung zu senden. Nach HIPAA habe ich das Recht, eine Kopie an eine von mir benannte Person senden zu lassen (45 CFR 164.524(c)(3)(ii)). Bitte senden Sie die Kopie an:</translation>
    </message>
    <message>
        <source>With my consent, please also send a copy of these records directly to the doctor who will give me a second opinion. Please send it to:</source>
        <translation>Mit meiner Einwilligung senden Sie bitte außerdem eine Kopie dieser Unterlagen direkt an die Ärztin oder den Arzt für meine Zweitmeinung. Bitte senden Sie die Kopie an:</translation>
    </message>
    <message>
        <source>Under 45 CFR 164.524(b)(2), you must act on this request no later than 30 calendar days after you receive it. Counting from the date of this letter, please respond by {due}.</source>
        <translation>Nach 45 CFR 164.524(b)(2) müssen Sie diesen Antrag spätestens 30 Kalendertage nach seinem Eingang bearbeiten. Gerechnet ab dem Datum dieses Schreibens bitte ich daher um Ihre Antwort bis zum {due}.</translation>
    </message>
    <message>
        <source>Under Article 12(3) GDPR, you must respond without undue delay and at the latest within one month of receiving this request. Counting from the date of this letter, please respond by {due}.</source>
        <translation>Nach Art. 12 Abs. 3 DSGVO müssen Sie unverzüglich, spätestens aber innerhalb eines Monats nach Eingang dieses Antrags antworten. Gerechnet ab dem Datum dieses Schreibens bitte ich daher um Ihre Antwort bis zum {due}.</translation>
    </message>
    <message>
        <source>I am writing to request access to my personal data. This is my right under Article 15 of the General Data Protection Regulation (GDPR). My request includes a copy of my medical records. Please include these records:</source>
        <translation>hiermit mache ich mein Auskunftsrecht nach Art. 15 der Datenschutz-Grundverordnung (DSGVO) geltend. Ich bitte um Auskunft über meine personenbezogenen Daten und um eine Kopie meiner medizinischen Unterlagen. Bitte stellen Sie mir insbesondere die folgenden Unterlagen zur Verfügung:</translation>
    </message>
    <message>
        <source>Please give me the copy in electronic form, for example as PDF files. HIPAA requires you to provide records kept electronically in the electronic form and format I ask for if it is readily producible (45 CFR 164.524(c)(2)).</source>
        <translation>Bitte stellen Sie mir die Kopie in elektronischer Form zur Verfügung, zum Beispiel als PDF-Dateien. Unterlagen, die Sie elektronisch führen, müssen Sie nach HIPAA in der von mir gewünschten elektronischen Form und im gewünschten Format bereitstellen, wenn dies ohne Weiteres möglich ist (45 CFR 164.524(c)(2)).</translation>
    </message>
    <message>
        <source>If you cannot meet this deadline, you may extend it only once, by no more than 30 days. To do so, you must tell me in writing within the first 30 days why you need more time and when you will respond.</source>
        <translation>Wenn Sie diese Frist nicht einhalten können, dürfen Sie sie nur einmal um höchstens 30 Tage verlängern. Dazu müssen Sie mir innerhalb der ersten 30 Tage schriftlich mitteilen, warum Sie mehr Zeit benötigen und bis wann Sie antworten werden.</translation>
    </message>
    <message>
        <source>This period may be extended by two further months only where necessary, given the complexity and number of requests. If you extend it, you must tell me within the first month and give the reasons for the delay.</source>
        <translation>Diese Frist kann nur dann um weitere zwei Monate verlängert werden, wenn dies unter Berücksichtigung der Komplexität und der Anzahl von Anträgen erforderlich ist. In diesem Fall müssen Sie mich innerhalb des ersten Monats darüber unterrichten und die Gründe für die Verzögerung nennen.</translation>
    </message>
    <message>
        <source>HIPAA allows only a reasonable, cost-based fee for a copy (45 CFR 164.524(c)(4)). If you will charge a fee, please tell me the amount before you make the copy.</source>
        <translation>Nach HIPAA darf für eine Kopie nur eine angemessene, kostenbasierte Gebühr erhoben werden (45 CFR 164.524(c)(4)). Falls Sie eine Gebühr verlangen, teilen Sie mir bitte den Betrag mit, bevor Sie die Kopie anfertigen.</translation>
    </message>
    <message>
        <source>Under Article 15(3) GDPR, the first copy must be provided free of charge.</source>
        <translation>Nach Art. 15 Abs. 3 DSGVO ist die erste Kopie unentgeltlich zur Verfügung zu stellen.</translation>
    </message>
    <message>
        <source>Please include all records from {start} to {end}.</source>
        <translation>Bitte berücksichtigen Sie alle Unterlagen vom {start} bis zum {end}.</translation>
    </message>
    <message>
        <source>Please include all records from {start} to today.</source>
        <translation>Bitte berücksichtigen Sie alle Unterlagen vom {start} bis heute.</translation>
    </message>
    <message>
        <source>Please include all records up to {end}.</source>
        <translation>Bitte berücksichtigen Sie alle Unterlagen bis zum {end}.</translation>
    </message>
    <message>
        <source>Medical records department</source>
        <translation>Abteilung Patientenakten</translation>
    </message>
    <message>
        <source>Patient: {name}, date of birth: {birth}</source>
        <translation>Name: {name}, geboren am {birth}</translation>
    </message>
    <message>
        <source>Dear Sir or Madam,</source>
        <translation>Sehr geehrte Damen und Herren,</translation>
    </message>
    <message>
        <source>Please give me the copy on paper.</source>
        <translation>Bitte stellen Sie mir die Kopie in Papierform zur Verfügung.</translation>
    </message>
    <message>
        <source>For imaging studies (such as CT, MRI, X-ray or ultrasound), please include the original images in DICOM format, not only the written reports. You may send them on a CD/DVD or by secure download.</source>
        <translation>Von bildgebenden Untersuchungen (zum Beispiel CT, MRT, Röntgen oder Ultraschall) benötige ich die Originalbilder im DICOM-Format, nicht nur die schriftlichen Befunde. Sie können mir die Bilder auf CD/DVD oder per sicherem Download zukommen lassen.</translation>
    </message>
    <message>
        <source>Please send my copy to me at the address above.</source>
        <translation>Bitte senden Sie meine Kopie an meine oben genannte Adresse.</translation>
    </message>
    <message>
        <source>Please confirm in writing that you have received this letter, and tell me the date you received it.</source>
        <translation>Bitte bestätigen Sie mir schriftlich den Eingang dieses Schreibens und teilen Sie mir mit, an welchem Tag es bei Ihnen eingegangen ist.</translation>
    </message>
    <message>
        <source>If you need anything else from me to find my records or to confirm who I am, please contact me at the address above.</source>
        <translation>Falls Sie weitere Angaben von mir benötigen, um meine Unterlagen zu finden oder meine Identität zu prüfen, schreiben Sie mir bitte an die oben genannte Adresse.</translation>
    </message>
    <message>
        <source>Thank you for your help.</source>
        <translation>Vielen Dank für Ihre Unterstützung.</translation>
    </message>
    <message>
        <source>Sincerely,</source>
        <translation>Mit freundlichen Grüßen</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Unterschrift</translation>
    </message>
    <message>
        <source>Name in capital letters</source>
        <translation>Name in Druckbuchstaben</translation>
    </message>
    <message>
        <source>{name} · {date} · page {page} of {pages}</source>
        <translation>{name} · {date} · Seite {page} von {pages}</translation>
    </message>
    <message>
        <source>{date} · page {page} of {pages}</source>
        <translation>{date} · Seite {page} von {pages}</translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <source>Your data is locked</source>
        <translation>Ihre Daten sind gesperrt</translation>
    </message>
    <message>
        <source>The program hid your cases and locked your data. Nothing you entered is lost. To go on, choose Unlock and type your passphrase.</source>
        <translation>Das Programm hat Ihre Fälle ausgeblendet und Ihre Daten gesperrt. Nichts, was Sie eingegeben haben, geht verloren. Um fortzufahren, wählen Sie „Entsperren“ und geben Sie Ihr Passwort ein.</translation>
    </message>
    <message>
        <source>The program hid your cases and locked your data. Nothing you entered is lost. To go on, choose Unlock. Anyone who uses this computer account can unlock it, so lock the computer too when you leave it.</source>
        <translation>Das Programm hat Ihre Fälle ausgeblendet und Ihre Daten gesperrt. Nichts, was Sie eingegeben haben, geht verloren. Um fortzufahren, wählen Sie „Entsperren“. Jeder, der dieses Benutzerkonto des Computers nutzt, kann sie entsperren; sperren Sie daher auch den Computer, wenn Sie ihn verlassen.</translation>
    </message>
    <message>
        <source>&amp;Unlock…</source>
        <translation>&amp;Entsperren…</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Entsperren</translation>
    </message>
    <message>
        <source>Unlock your data</source>
        <translation>Ihre Daten entsperren</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>&amp;Patient:</source>
        <translation>&amp;Patient:</translation>
    </message>
    <message>
        <source>New case…</source>
        <translation>Neuer Fall…</translation>
    </message>
    <message>
        <source>All cases…</source>
        <translation>Alle Fälle…</translation>
    </message>
    <message>
        <source>Find a case and open it (Ctrl+O)</source>
        <translation>Einen Fall finden und öffnen (Strg+O)</translation>
    </message>
    <message>
        <source>No case yet</source>
        <translation>Noch kein Fall</translation>
    </message>
    <message>
        <source>← &amp;Back</source>
        <translation>← &amp;Zurück</translation>
    </message>
    <message>
        <source>&amp;Next →</source>
        <translation>&amp;Weiter →</translation>
    </message>
    <message>
        <source>Previous step (Ctrl+Page Up)</source>
        <translation>Vorheriger Schritt (Strg+Bild auf)</translation>
    </message>
    <message>
        <source>Next step (Ctrl+Page Down)</source>
        <translation>Nächster Schritt (Strg+Bild ab)</translation>
    </message>
    <message>
        <source>&amp;Case</source>
        <translation>&amp;Fall</translation>
    </message>
    <message>
        <source>Save the &amp;checklist as PDF…</source>
        <translation>&amp;Checkliste als PDF speichern…</translation>
    </message>
    <message>
        <source>&amp;Print the checklist…</source>
        <translation>Checkliste &amp;drucken…</translation>
    </message>
    <message>
        <source>&amp;Backups…</source>
        <translation>&amp;Sicherungen…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Schritte</translation>
    </message>
    <message>
        <source>Open case</source>
        <translation>Fall öffnen</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Nicht gespeichert</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Gespeichert.</translation>
    </message>
    <message>
        <source>Everything usually needed is on the list.</source>
        <translation>Alles, was meist gebraucht wird, steht schon auf der Liste.</translation>
    </message>
    <message>
        <source>Remove this entry and everything written in it?</source>
        <translation>Diesen Eintrag und alles, was darin steht, entfernen?</translation>
    </message>
    <message>
        <source>Remove entry</source>
        <translation>Eintrag entfernen</translation>
    </message>
    <message>
        <source>Checklist {name}.pdf</source>
        <translation>Checkliste {name}.pdf</translation>
    </message>
    <message>
        <source>Save the checklist as PDF</source>
        <translation>Checkliste als PDF speichern</translation>
    </message>
    <message>
        <source>Save the request letter as PDF</source>
        <translation>Das Anforderungsschreiben als PDF speichern</translation>
    </message>
    <message>
        <source>Records request {name}.pdf</source>
        <translation>Anforderung Unterlagen {name}.pdf</translation>
    </message>
    <message>
        <source>Request letter saved: {path}</source>
        <translation>Anforderungsschreiben gespeichert: {path}</translation>
    </message>
    <message>
        <source>{file} already exists. Replace it?</source>
        <translation>{file} gibt es schon. Möchten Sie die Datei ersetzen?</translation>
    </message>
    <message>
        <source>Checklist saved: {path}</source>
        <translation>Checkliste gespeichert: {path}</translation>
    </message>
    <message>
        <source>Patient: {name}</source>
        <translation>Patient/in: {name}</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Übersicht</translation>
    </message>
</context>
<context>
    <name>NotSavedBar</name>
    <message>
        <source>Not saved</source>
        <translation>Nicht gespeichert</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>&amp;Erneut versuchen</translation>
    </message>
    <message>
        <source>Save the waiting changes now</source>
        <translation>Die wartenden Änderungen jetzt speichern</translation>
    </message>
    <message>
        <source>{problem} What you changed stays on screen. It is saved when you click Try again or make your next change.</source>
        <translation>{problem} Ihre Änderungen bleiben auf dem Bildschirm. Sie werden gespeichert, wenn Sie auf „Erneut versuchen“ klicken oder die nächste Änderung machen.</translation>
    </message>
</context>
<context>
    <name>NoticeBar</name>
    <message>
        <source>Close this message</source>
        <translation>Diese Meldung schließen</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <source>Create a case…</source>
        <translation>Einen Fall anlegen…</translation>
    </message>
    <message>
        <source>What to do next</source>
        <translation>Was als Nächstes zu tun ist</translation>
    </message>
    <message>
        <source>Dates that matter</source>
        <translation>Wichtige Termine und Fristen</translation>
    </message>
    <message>
        <source>No dates yet. They appear here when you write down your appointment and your records requests.</source>
        <translation>Noch keine Termine. Sie erscheinen hier, sobald Sie Ihren Termin und Ihre Anforderungen von Unterlagen eintragen.</translation>
    </message>
    <message>
        <source>&amp;Printouts for this case are in:</source>
        <translation>&amp;Sprache der Ausdrucke für diesen Fall:</translation>
    </message>
    <message>
        <source>Save the checklist as PDF…</source>
        <translation>Checkliste als PDF speichern…</translation>
    </message>
    <message>
        <source>Everything you type stays on this computer. It is locked with encryption and saved as soon as you make a change.</source>
        <translation>Alles, was Sie eingeben, bleibt auf diesem Computer. Es ist durch Verschlüsselung geschützt und wird gespeichert, sobald Sie etwas ändern.</translation>
    </message>
    <message>
        <source>Welcome to Second Opinion Planner</source>
        <translation>Willkommen beim Second Opinion Planner</translation>
    </message>
    <message>
        <source>This program guides you, one step at a time, through getting a second opinion from another doctor. Start by creating a case for the person who needs the second opinion.</source>
        <translation>Dieses Programm führt Sie Schritt für Schritt zu einer Zweitmeinung, also zur Meinung einer anderen Ärztin oder eines anderen Arztes. Legen Sie zuerst einen Fall für die Person an, die die Zweitmeinung braucht.</translation>
    </message>
    <message>
        <source>Second opinion plan for {name}</source>
        <translation>Plan für die Zweitmeinung: {name}</translation>
    </message>
    <message>
        <source>Here you see how far you are. Choose a step on the left, or go straight to the next thing to do.</source>
        <translation>Hier sehen Sie, wie weit Sie schon sind. Wählen Sie links einen Schritt, oder gehen Sie direkt zur nächsten Aufgabe.</translation>
    </message>
    <message>
        <source>{done} of {total} steps done</source>
        <translation>{done} von {total} Schritten erledigt</translation>
    </message>
    <message>
        <source>All nine steps are done. Well done.</source>
        <translation>Alle neun Schritte sind erledigt. Gut gemacht.</translation>
    </message>
    <message>
        <source>Keep filing new papers each week so your records stay ready.</source>
        <translation>Legen Sie weiter jede Woche neue Papiere ab, damit Ihre Unterlagen immer bereit sind.</translation>
    </message>
    <message>
        <source>Step {number}: {title}</source>
        <translation>Schritt {number}: {title}</translation>
    </message>
    <message>
        <source>&amp;Go to step {number}</source>
        <translation>Zu Schritt {number} &amp;gehen</translation>
    </message>
    <message>
        <source>{date}, {time}</source>
        <translation>{date}, {time} Uhr</translation>
    </message>
    <message>
        <source>Today: {when} — {what}</source>
        <translation>Heute: {when} — {what}</translation>
    </message>
    <message>
        <source>Late: {when} — {what}</source>
        <translation>Überfällig: {when} — {what}</translation>
    </message>
    <message>
        <source>Done: {when} — {what}</source>
        <translation>Erledigt: {when} — {what}</translation>
    </message>
</context>
<context>
    <name>Package</name>
    <message>
        <source>Index</source>
        <translation>Verzeichnis</translation>
    </message>
    <message>
        <source>Records for a second opinion</source>
        <translation>Unterlagen für eine Zweitmeinung</translation>
    </message>
    <message>
        <source>{name} · put together {date} · page {page} of {pages}</source>
        <translation>{name} · zusammengestellt am {date} · Seite {page} von {pages}</translation>
    </message>
    <message>
        <source>Patient: {name}</source>
        <translation>Patient/in: {name}</translation>
    </message>
    <message>
        <source>Put together on: {date}</source>
        <translation>Zusammengestellt am: {date}</translation>
    </message>
    <message>
        <source>The records are sorted into folders by kind.</source>
        <translation>Die Unterlagen sind nach Art in Ordner sortiert.</translation>
    </message>
    <message>
        <source>The scans are in the folder DICOM: open the file DICOMDIR with a DICOM viewer to see them.</source>
        <translation>Die Aufnahmen liegen im Ordner DICOM: Öffnen Sie die Datei DICOMDIR mit einem DICOM-Viewer, um sie anzusehen.</translation>
    </message>
    <message>
        <source>This package holds no records.</source>
        <translation>Dieses Paket enthält keine Unterlagen.</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Series</source>
        <translation>Serien</translation>
    </message>
    <message>
        <source>Images</source>
        <translation>Bilder</translation>
    </message>
    <message>
        <source>Scans (folder DICOM)</source>
        <translation>Aufnahmen (Ordner DICOM)</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <source>This computer has no safe system keyring to keep the key to your data, so please choose a passphrase.</source>
        <translation>Dieser Computer hat keinen sicheren Schlüsselbund des Systems für den Schlüssel zu Ihren Daten, bitte wählen Sie daher eine Passphrase.</translation>
    </message>
    <message>
        <source>You opened your data with the recovery key. Choose a new passphrase now, so that you can open your data with it next time. The recovery key keeps working.</source>
        <translation>Sie haben Ihre Daten mit dem Wiederherstellungsschlüssel geöffnet. Wählen Sie jetzt eine neue Passphrase, damit Sie Ihre Daten beim nächsten Mal damit öffnen können. Der Wiederherstellungsschlüssel gilt weiter.</translation>
    </message>
    <message>
        <source>{program}: choose a passphrase</source>
        <translation>{program}: Passphrase wählen</translation>
    </message>
    <message>
        <source>{program} locks your data so that only you can open it. Choose a passphrase to lock it. You will type it each time you open the program.</source>
        <translation>{program} sperrt Ihre Daten, damit nur Sie sie öffnen können. Wählen Sie eine Passphrase, um sie zu sperren. Sie geben sie bei jedem Öffnen des Programms ein.</translation>
    </message>
    <message>
        <source>The rules: at least {count} characters. A few words that you can remember, with spaces between them, work well.</source>
        <translation>Die Regeln: mindestens {count} Zeichen. Einige Wörter, die Sie sich merken können, mit Leerzeichen dazwischen, eignen sich gut.</translation>
    </message>
    <message>
        <source>If you forget the passphrase, only your recovery key can open the data. You get the recovery key next: print it or write it down. Without the passphrase and the recovery key, no one can open your data, not even the makers of the program.</source>
        <translation>Wenn Sie die Passphrase vergessen, kann nur Ihr Wiederherstellungsschlüssel die Daten öffnen. Den Wiederherstellungsschlüssel erhalten Sie als Nächstes: Drucken Sie ihn aus oder schreiben Sie ihn auf. Ohne die Passphrase und den Wiederherstellungsschlüssel kann niemand Ihre Daten öffnen, auch nicht die Hersteller des Programms.</translation>
    </message>
    <message>
        <source>If you forget the passphrase, only your recovery key can open the data. Without the passphrase and the recovery key, no one can open your data, not even the makers of the program.</source>
        <translation>Wenn Sie die Passphrase vergessen, kann nur Ihr Wiederherstellungsschlüssel die Daten öffnen. Ohne die Passphrase und den Wiederherstellungsschlüssel kann niemand Ihre Daten öffnen, auch nicht die Hersteller des Programms.</translation>
    </message>
    <message>
        <source>New &amp;passphrase:</source>
        <translation>Neue &amp;Passphrase:</translation>
    </message>
    <message>
        <source>Type it &amp;again:</source>
        <translation>&amp;Noch einmal eingeben:</translation>
    </message>
    <message>
        <source>{program}: open your data</source>
        <translation>{program}: Ihre Daten öffnen</translation>
    </message>
    <message>
        <source>{program} keeps your data locked with a passphrase. Type your passphrase to open it.</source>
        <translation>{program} hält Ihre Daten mit einer Passphrase gesperrt. Geben Sie Ihre Passphrase ein, um sie zu öffnen.</translation>
    </message>
    <message>
        <source>Forgot the passphrase? Type the recovery key from your recovery sheet instead. Without either of them, no one can open the data.</source>
        <translation>Passphrase vergessen? Geben Sie stattdessen den Wiederherstellungsschlüssel von Ihrem Wiederherstellungsblatt ein. Ohne eines von beiden kann niemand die Daten öffnen.</translation>
    </message>
    <message>
        <source>&amp;Passphrase or recovery key:</source>
        <translation>&amp;Passphrase oder Wiederherstellungsschlüssel:</translation>
    </message>
    <message>
        <source>The system keyring did not give the key to your data: it may be locked, or it did not answer in time. Type the recovery key from your recovery sheet to open your data, or cancel, unlock your keyring and start {program} again.</source>
        <translation>Der Schlüsselbund des Systems hat den Schlüssel zu Ihren Daten nicht herausgegeben: Er ist vielleicht gesperrt, oder er hat nicht rechtzeitig geantwortet. Geben Sie den Wiederherstellungsschlüssel von Ihrem Wiederherstellungsblatt ein, um Ihre Daten zu öffnen, oder brechen Sie ab, entsperren Sie Ihren Schlüsselbund und starten Sie {program} erneut.</translation>
    </message>
    <message>
        <source>The recovery key is 7 groups of 4 letters and digits.</source>
        <translation>Der Wiederherstellungsschlüssel besteht aus 7 Gruppen mit je 4 Buchstaben und Ziffern.</translation>
    </message>
    <message>
        <source>&amp;Recovery key:</source>
        <translation>&amp;Wiederherstellungsschlüssel:</translation>
    </message>
    <message>
        <source>Please type your recovery key.</source>
        <translation>Bitte geben Sie Ihren Wiederherstellungsschlüssel ein.</translation>
    </message>
    <message>
        <source>Please type your passphrase.</source>
        <translation>Bitte geben Sie Ihr Passwort ein.</translation>
    </message>
    <message>
        <source>The second passphrase is not the same as the first. Please type it again in the second field.</source>
        <translation>Die zweite Passphrase stimmt nicht mit der ersten überein. Bitte geben Sie sie im zweiten Feld erneut ein.</translation>
    </message>
</context>
<context>
    <name>PdfOutput</name>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-Dateien (*.pdf)</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Nicht gespeichert</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <source>No program to show PDF files opened it; open {file} from your file manager.</source>
        <translation>Kein Programm zum Anzeigen von PDF-Dateien hat sie geöffnet; öffnen Sie {file} bitte über Ihre Dateiverwaltung.</translation>
    </message>
    <message>
        <source>Not printed</source>
        <translation>Nicht gedruckt</translation>
    </message>
    <message>
        <source>Print the checklist</source>
        <translation>Checkliste drucken</translation>
    </message>
    <message>
        <source>The checklist was sent to the printer.</source>
        <translation>Die Checkliste wurde an den Drucker geschickt.</translation>
    </message>
    <message>
        <source>Save the T-chart as PDF</source>
        <translation>T-Tabelle als PDF speichern</translation>
    </message>
    <message>
        <source>T-chart {name}.pdf</source>
        <translation>T-Tabelle {name}.pdf</translation>
    </message>
    <message>
        <source>T-chart saved: {path}</source>
        <translation>T-Tabelle gespeichert: {path}</translation>
    </message>
    <message>
        <source>Save the question list in large print</source>
        <translation>Fragenliste in großer Schrift speichern</translation>
    </message>
    <message>
        <source>Questions in large print {name}.pdf</source>
        <translation>Fragen in großer Schrift {name}.pdf</translation>
    </message>
    <message>
        <source>Large-print question list saved: {path}</source>
        <translation>Fragenliste in großer Schrift gespeichert: {path}</translation>
    </message>
    <message>
        <source>Save the question list as PDF</source>
        <translation>Fragenliste als PDF speichern</translation>
    </message>
    <message>
        <source>Questions {name}.pdf</source>
        <translation>Fragen {name}.pdf</translation>
    </message>
    <message>
        <source>Question list saved: {path}</source>
        <translation>Fragenliste gespeichert: {path}</translation>
    </message>
    <message>
        <source>Print the T-chart</source>
        <translation>T-Tabelle drucken</translation>
    </message>
    <message>
        <source>The T-chart was sent to the printer.</source>
        <translation>Die T-Tabelle wurde an den Drucker geschickt.</translation>
    </message>
    <message>
        <source>Print the question list in large print</source>
        <translation>Fragenliste in großer Schrift drucken</translation>
    </message>
    <message>
        <source>Print the question list</source>
        <translation>Fragenliste drucken</translation>
    </message>
    <message>
        <source>The question list was sent to the printer.</source>
        <translation>Die Fragenliste wurde an den Drucker geschickt.</translation>
    </message>
</context>
<context>
    <name>PictureDialog</name>
    <message>
        <source>Preparing the picture…</source>
        <translation>Das Bild wird vorbereitet…</translation>
    </message>
    <message>
        <source>This picture cannot be shown here (the kind of image compression it uses is not supported). The file itself is kept and goes into the records package.</source>
        <translation>Dieses Bild kann hier nicht angezeigt werden (seine Art der Bildkomprimierung wird nicht unterstützt). Die Datei selbst bleibt erhalten und kommt in das Unterlagenpaket.</translation>
    </message>
</context>
<context>
    <name>Plan</name>
    <message>
        <source>Not started</source>
        <translation>Noch nicht begonnen</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>In Arbeit</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>Done (your own word)</source>
        <translation>Erledigt (laut Ihrer Angabe)</translation>
    </message>
    <message>
        <source>Done.</source>
        <translation>Erledigt.</translation>
    </message>
    <message>
        <source>Done by your own word on {date}.</source>
        <translation>Am {date} von Ihnen selbst als erledigt markiert.</translation>
    </message>
    <message>
        <source>Not done yet. Still missing: {count}.</source>
        <translation>Noch nicht erledigt. Fehlende Angaben: {count}.</translation>
    </message>
    <message>
        <source>Not done yet. Still missing: {count} of {total}.</source>
        <translation>Noch nicht erledigt. Es fehlen noch {count} von {total}.</translation>
    </message>
    <message>
        <source>Still to do: {item}</source>
        <translation>Noch zu tun: {item}</translation>
    </message>
    <message>
        <source>Need</source>
        <translation>Bedarf</translation>
    </message>
    <message>
        <source>Decide if you need a second opinion</source>
        <translation>Entscheiden Sie, ob Sie eine Zweitmeinung brauchen</translation>
    </message>
    <message>
        <source>Not every health problem needs a second opinion. But when a lot is at stake, another doctor&apos;s view can keep you safe.</source>
        <translation>Nicht jedes Gesundheitsproblem braucht eine Zweitmeinung. Aber wenn viel auf dem Spiel steht, kann der Blick einer anderen Ärztin oder eines anderen Arztes Sie schützen.</translation>
    </message>
    <message>
        <source>Check if this is about a life-threatening illness (for example cancer), a planned surgery that is not an emergency, or a rare disease.</source>
        <translation>Prüfen Sie, ob es um eine lebensbedrohliche Krankheit (zum Beispiel Krebs), um eine geplante Operation, die kein Notfall ist, oder um eine seltene Krankheit geht.</translation>
    </message>
    <message>
        <source>Ask for another view if the treatment has not helped after the time it should take, or if the diagnosis is still not clear.</source>
        <translation>Holen Sie eine weitere Meinung ein, wenn die Behandlung nach der erwarteten Zeit nicht geholfen hat oder wenn die Diagnose noch immer nicht klar ist.</translation>
    </message>
    <message>
        <source>Think about one if you have several long-term illnesses that make one single treatment plan hard.</source>
        <translation>Denken Sie an eine Zweitmeinung, wenn Sie mehrere lang andauernde Krankheiten haben, die einen gemeinsamen Behandlungsplan schwierig machen.</translation>
    </message>
    <message>
        <source>You have found at least one clear, real reason to go ahead.</source>
        <translation>Sie haben mindestens einen klaren, echten Grund gefunden, weiterzumachen.</translation>
    </message>
    <message>
        <source>Insurance</source>
        <translation>Versicherung</translation>
    </message>
    <message>
        <source>Find out what your insurance pays</source>
        <translation>Klären Sie, was Ihre Versicherung bezahlt</translation>
    </message>
    <message>
        <source>Surprise bills add stress at an already hard time. Knowing what your plan covers helps you avoid them.</source>
        <translation>Unerwartete Rechnungen machen eine ohnehin schwere Zeit noch belastender. Wenn Sie wissen, was Ihre Versicherung übernimmt, können Sie solche Rechnungen vermeiden.</translation>
    </message>
    <message>
        <source>Call your insurance company. Ask if they pay for a “second opinion” for this diagnosis.</source>
        <translation>Rufen Sie Ihre Krankenversicherung an. Fragen Sie, ob sie für diese Diagnose eine „Zweitmeinung“ bezahlt.</translation>
    </message>
    <message>
        <source>Ask if they need a written referral from your main doctor before they pay.</source>
        <translation>Fragen Sie, ob die Versicherung eine schriftliche Überweisung von Ihrer Hausärztin oder Ihrem Hausarzt braucht, bevor sie bezahlt.</translation>
    </message>
    <message>
        <source>Your insurance has told you clearly what you will pay yourself and whether you need a referral.</source>
        <translation>Ihre Versicherung hat Ihnen klar gesagt, was Sie selbst bezahlen müssen und ob Sie eine Überweisung brauchen.</translation>
    </message>
    <message>
        <source>When you call, write down the date, the name of the person you spoke with and any reference number they give you.</source>
        <translation>Schreiben Sie bei jedem Anruf das Datum auf, den Namen der Person, mit der Sie gesprochen haben, und jede Vorgangsnummer, die man Ihnen nennt.</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Unterlagen</translation>
    </message>
    <message>
        <source>Get copies of your medical records</source>
        <translation>Besorgen Sie Kopien Ihrer medizinischen Unterlagen</translation>
    </message>
    <message>
        <source>The new doctor needs the same test results the first doctor used. Only then can they check everything fairly and fully.</source>
        <translation>Die neue Ärztin oder der neue Arzt braucht dieselben Untersuchungsergebnisse, die auch beim ersten Mal benutzt wurden. Nur dann kann alles fair und vollständig geprüft werden.</translation>
    </message>
    <message>
        <source>For a review of scans: get the original DICOM images (MRI, CT, PET, X-ray, ultrasound), not only the written report. A radiologist who specializes in this kind of scan will read them.</source>
        <translation>Wenn Bildaufnahmen neu beurteilt werden sollen: Besorgen Sie die originalen DICOM-Bilder (MRT, CT, PET, Röntgen, Ultraschall), nicht nur den schriftlichen Befund. Eine Radiologin oder ein Radiologe mit Erfahrung in genau dieser Art von Aufnahme wird sie auswerten.</translation>
    </message>
    <message>
        <source>Specialist</source>
        <translation>Facharzt</translation>
    </message>
    <message>
        <source>Choose an independent doctor</source>
        <translation>Wählen Sie eine unabhängige Ärztin oder einen unabhängigen Arzt</translation>
    </message>
    <message>
        <source>For a truly fair view, the second doctor should not work in the same practice or close circle as the first doctor.</source>
        <translation>Damit die zweite Meinung wirklich fair ist, sollte die zweite Ärztin oder der zweite Arzt nicht in derselben Praxis oder im engen Umfeld der ersten arbeiten.</translation>
    </message>
    <message>
        <source>In studies at a large US teaching hospital, about 1 in 5 people who asked for a second opinion got a different diagnosis. Counting everyone who asked, about 88 in 100 got a clearer or changed diagnosis or treatment plan.</source>
        <translation>In Studien an einer großen Universitätsklinik in den USA bekam etwa 1 von 5 Menschen, die um eine Zweitmeinung baten, eine andere Diagnose. Zählt man alle, die gefragt haben, bekamen etwa 88 von 100 eine klarere oder geänderte Diagnose oder einen geänderten Behandlungsplan.</translation>
    </message>
    <message>
        <source>You have the name and contact details of a specialist who has no work ties to your current doctor.</source>
        <translation>Sie haben Namen und Kontaktdaten einer Fachärztin oder eines Facharztes ohne berufliche Verbindung zu Ihrer jetzigen Ärztin oder Ihrem jetzigen Arzt.</translation>
    </message>
    <message>
        <source>If you have heart and lung problems together, ask for a combined review by a heart doctor (cardiologist) and a lung doctor (pulmonologist).</source>
        <translation>Wenn Sie gleichzeitig Probleme mit Herz und Lunge haben, bitten Sie um eine gemeinsame Beurteilung durch Fachleute für das Herz (Kardiologie) und für die Lunge (Pneumologie).</translation>
    </message>
    <message>
        <source>Booking</source>
        <translation>Terminbuchung</translation>
    </message>
    <message>
        <source>Book the visit and make sure your records arrive</source>
        <translation>Vereinbaren Sie den Termin und sorgen Sie dafür, dass Ihre Unterlagen ankommen</translation>
    </message>
    <message>
        <source>Book the appointment and say clearly that it is for a second opinion.</source>
        <translation>Vereinbaren Sie den Termin und sagen Sie deutlich, dass es um eine Zweitmeinung geht.</translation>
    </message>
    <message>
        <source>Ask the office how they want to get your records: a secure online portal, mail, or dropping them off in person.</source>
        <translation>Fragen Sie in der Praxis, wie man Ihre Unterlagen bekommen möchte: über ein sicheres Online-Portal, per Post oder indem Sie sie persönlich vorbeibringen.</translation>
    </message>
    <message>
        <source>Your appointment is confirmed and the specialist&apos;s office has told you they got your files.</source>
        <translation>Ihr Termin ist bestätigt, und die Facharztpraxis hat Ihnen gesagt, dass Ihre Unterlagen angekommen sind.</translation>
    </message>
    <message>
        <source>Online second-opinion services usually send a written report 48 to 72 hours (2 to 3 days) after they have your records.</source>
        <translation>Online-Dienste für Zweitmeinungen schicken meist 48 bis 72 Stunden (2 bis 3 Tage) nach Erhalt Ihrer Unterlagen einen schriftlichen Bericht.</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>Fragen</translation>
    </message>
    <message>
        <source>Write down your questions</source>
        <translation>Schreiben Sie Ihre Fragen auf</translation>
    </message>
    <message>
        <source>Stress at a doctor&apos;s visit makes people forget important things. A written list makes sure you ask everything.</source>
        <translation>Durch Stress beim Arzttermin vergisst man leicht wichtige Dinge. Mit einer geschriebenen Liste denken Sie an alle Fragen.</translation>
    </message>
    <message>
        <source>Include: “How did you reach this diagnosis?”, “What are the other choices instead of the planned surgery?” and “What happens if we do nothing?”</source>
        <translation>Nehmen Sie diese Fragen auf: „Wie sind Sie zu dieser Diagnose gekommen?“, „Welche anderen Möglichkeiten gibt es statt der geplanten Operation?“ und „Was passiert, wenn wir nichts tun?“</translation>
    </message>
    <message>
        <source>Ask: “How many patients with this exact condition have you treated in the last year?” The answer tells you about the doctor&apos;s experience.</source>
        <translation>Fragen Sie: „Wie viele Patientinnen und Patienten mit genau dieser Erkrankung haben Sie im letzten Jahr behandelt?“ Die Antwort zeigt Ihnen, wie viel Erfahrung die Ärztin oder der Arzt hat.</translation>
    </message>
    <message>
        <source>Add: “Are there clinical trials that my first doctor did not mention?”</source>
        <translation>Fragen Sie auch: „Gibt es klinische Studien, die mein erster Arzt oder meine erste Ärztin nicht erwähnt hat?“</translation>
    </message>
    <message>
        <source>You have a printed list of at least five clear questions, ready for the visit.</source>
        <translation>Sie haben eine ausgedruckte Liste mit mindestens fünf klaren Fragen, bereit für den Termin.</translation>
    </message>
    <message>
        <source>A second opinion is your right. Most doctors expect it and respect it. You can tell your doctor you want to be fully informed. You can also ask them to suggest someone, or to refer you to a doctor you have in mind.</source>
        <translation>Eine Zweitmeinung ist Ihr Recht. Die meisten Ärztinnen und Ärzte rechnen damit und respektieren das. Sie können Ihrer Ärztin oder Ihrem Arzt sagen, dass Sie vollständig informiert sein möchten. Sie können auch um einen Vorschlag bitten, zu wem Sie gehen könnten, oder um eine Überweisung zu einer Ärztin oder einem Arzt Ihrer Wahl.</translation>
    </message>
    <message>
        <source>Ask if you must use doctors in their network. Ask too about a “network gap exception”: then they pay for a doctor outside the network, for example for a rare illness.</source>
        <translation>Fragen Sie, ob Sie nur Ärztinnen und Ärzte aus dem Netzwerk der Versicherung nehmen dürfen. Fragen Sie auch nach einer „network gap exception“ (Ausnahme bei einer Versorgungslücke): Dann zahlt die Versicherung auch eine Ärztin oder einen Arzt außerhalb des Netzwerks, zum Beispiel bei einer seltenen Krankheit.</translation>
    </message>
    <message>
        <source>Send your current clinic a written request for your records. The law gives you this right: HIPAA in the US, the GDPR in the EU.</source>
        <translation>Schicken Sie Ihrer jetzigen Praxis oder Klinik eine schriftliche Anfrage nach Ihren Unterlagen. Das Gesetz gibt Ihnen dieses Recht: in den USA HIPAA, in der EU die DSGVO (Datenschutz-Grundverordnung).</translation>
    </message>
    <message>
        <source>Make sure you get the pathology reports (tests of tissue), the lab results and your doctor&apos;s notes. Get the scans as DICOM files, the usual format for medical images, on a disc or by a download link.</source>
        <translation>Achten Sie darauf, dass Sie die Pathologie-Befunde (Untersuchungen von Gewebe), die Laborwerte und die Notizen Ihrer Ärztin oder Ihres Arztes bekommen. Lassen Sie sich die Bildaufnahmen als DICOM-Dateien geben, im üblichen Format für medizinische Bilder, auf einer CD oder über einen Download-Link.</translation>
    </message>
    <message>
        <source>If you were in hospital recently, also ask for the discharge summary. That is the letter written when you left.</source>
        <translation>Wenn Sie vor Kurzem im Krankenhaus waren, fragen Sie auch nach dem Entlassungsbrief. Das ist der Brief, der bei Ihrer Entlassung geschrieben wurde.</translation>
    </message>
    <message>
        <source>You have a folder, on paper or on your computer. It holds all the test results about this illness from the last 12 to 24 months.</source>
        <translation>Sie haben einen Ordner, auf Papier oder auf Ihrem Computer. Darin liegen alle Untersuchungsergebnisse zu dieser Krankheit aus den letzten 12 bis 24 Monaten.</translation>
    </message>
    <message>
        <source>For a heart review, doctors usually want these tests: ECG, echocardiogram (heart ultrasound), stress test and blood tests. They want CT, MRI or angiogram images too. They also want your current treatment plan and prescriptions. And they want notes on past surgeries or procedures, your daily habits and your symptoms.</source>
        <translation>Geht es um das Herz, möchten Ärztinnen und Ärzte meist diese Untersuchungen sehen: EKG, Echokardiogramm (Ultraschall des Herzens), Belastungstest und Blutwerte. Dazu kommen Bilder aus CT, MRT oder Angiografie (Darstellung der Blutgefäße). Außerdem brauchen sie Ihren aktuellen Behandlungsplan und Ihre verschriebenen Medikamente. Und sie möchten Angaben zu früheren Operationen oder Eingriffen, zu Ihren täglichen Gewohnheiten und zu Ihren Beschwerden.</translation>
    </message>
    <message>
        <source>For cancer, doctors want the biopsy (pathology) report and, if possible, the tissue slides themselves. They also want the stage and type of the cancer, and the planned mix of surgery, chemotherapy, radiation, immunotherapy or targeted therapy.</source>
        <translation>Bei Krebs möchten Ärztinnen und Ärzte den Befund der Gewebeprobe (Biopsie, Pathologie) und wenn möglich die Gewebeschnitte selbst. Außerdem brauchen sie das Stadium und die Art des Krebses sowie die geplante Kombination aus Operation, Chemotherapie, Bestrahlung, Immuntherapie oder zielgerichteter Therapie.</translation>
    </message>
    <message>
        <source>Look for specialists at university hospitals or at top centers for your illness. These often have the newest research and tools.</source>
        <translation>Suchen Sie nach Fachärztinnen und Fachärzten an Universitätskliniken oder an führenden Zentren für Ihre Krankheit. Dort gibt es oft die neueste Forschung und die modernsten Geräte.</translation>
    </message>
    <message>
        <source>Use a board-certification database to check the doctor. Are they trained for your exact illness, and do they specialize in it? Board certification means a board of experts tested the doctor in that field.</source>
        <translation>Prüfen Sie die Ärztin oder den Arzt in einem offiziellen Verzeichnis der Facharztanerkennungen (in den USA „board certification“). Ist sie oder er für genau Ihre Krankheit ausgebildet und darauf spezialisiert? Eine Facharztanerkennung bedeutet, dass die Ärztin oder der Arzt in diesem Fach eine Prüfung vor der Ärztekammer bestanden hat.</translation>
    </message>
    <message>
        <source>Be careful with doctors that only your first doctor suggests, if you fear a conflict of interest. Patient groups can name independent doctors.</source>
        <translation>Seien Sie vorsichtig bei Empfehlungen, die nur von Ihrer ersten Ärztin oder Ihrem ersten Arzt kommen, wenn Sie einen Interessenkonflikt befürchten. Patientenorganisationen können Ihnen unabhängige Ärztinnen und Ärzte nennen.</translation>
    </message>
    <message>
        <source>A second opinion only helps if the doctor has time to look at your records before the visit.</source>
        <translation>Eine Zweitmeinung hilft nur, wenn die Ärztin oder der Arzt vor dem Termin Zeit hat, Ihre Unterlagen anzusehen.</translation>
    </message>
    <message>
        <source>Check that the office got your records at least 48 hours (2 days) before the visit. Otherwise the visit may be wasted.</source>
        <translation>Prüfen Sie, ob die Praxis Ihre Unterlagen mindestens 48 Stunden (2 Tage) vor dem Termin bekommen hat. Sonst ist der Termin womöglich umsonst.</translation>
    </message>
    <message>
        <source>More good questions: “Are there choices without surgery?” “What are the long-term side effects of this medicine?” “Can medicines and changes in daily habits delay or avoid the procedure?” “Is now the right time, or can it wait?”</source>
        <translation>Weitere gute Fragen: „Gibt es Möglichkeiten ohne Operation?“ „Welche Nebenwirkungen hat dieses Medikament auf lange Sicht?“ „Können Medikamente und Änderungen im Alltag den Eingriff hinauszögern oder vermeiden?“ „Ist jetzt der richtige Zeitpunkt, oder kann es warten?“</translation>
    </message>
    <message>
        <source>Appointment</source>
        <translation>Arztbesuch</translation>
    </message>
    <message>
        <source>Capture what the doctor says</source>
        <translation>Halten Sie fest, was die Ärztin oder der Arzt sagt</translation>
    </message>
    <message>
        <source>It is hard to take in complex medical news and take part in the talk at the same time.</source>
        <translation>Es ist schwer, komplizierte medizinische Nachrichten aufzunehmen und gleichzeitig beim Gespräch mitzureden.</translation>
    </message>
    <message>
        <source>Bring a friend or family member you trust to take notes, so you can focus on the talk.</source>
        <translation>Nehmen Sie eine Person aus Familie oder Freundeskreis mit, der Sie vertrauen, und lassen Sie sie mitschreiben. So können Sie sich auf das Gespräch konzentrieren.</translation>
    </message>
    <message>
        <source>Ask the doctor if you may record the talk on your phone, to listen to it again later.</source>
        <translation>Fragen Sie die Ärztin oder den Arzt, ob Sie das Gespräch mit Ihrem Handy aufnehmen dürfen, um es später noch einmal anzuhören.</translation>
    </message>
    <message>
        <source>Make sure the doctor explains, in plain words, any differences between their opinion and the first one.</source>
        <translation>Achten Sie darauf, dass die Ärztin oder der Arzt in einfachen Worten erklärt, worin sich die neue Meinung von der ersten unterscheidet.</translation>
    </message>
    <message>
        <source>The visit is over and you have written notes or a recording of what the specialist advised.</source>
        <translation>Der Termin ist vorbei, und Sie haben schriftliche Notizen oder eine Aufnahme von dem, was die Fachärztin oder der Facharzt geraten hat.</translation>
    </message>
    <message>
        <source>Comparison</source>
        <translation>Vergleich</translation>
    </message>
    <message>
        <source>Compare the two opinions, then decide</source>
        <translation>Vergleichen Sie die beiden Meinungen und entscheiden Sie dann</translation>
    </message>
    <message>
        <source>If the two opinions differ, you need to understand why, so you can make the safest choice.</source>
        <translation>Wenn die beiden Meinungen verschieden sind, müssen Sie verstehen, warum. Nur so können Sie die sicherste Entscheidung treffen.</translation>
    </message>
    <message>
        <source>Make a simple T-chart: a chart with two columns, one for each doctor. Write down what each said about the diagnosis, the treatment plan, the risks and the recovery time.</source>
        <translation>Machen Sie eine einfache T-Tabelle: eine Tabelle mit zwei Spalten, eine für jede Ärztin oder jeden Arzt. Schreiben Sie auf, was jede Seite zur Diagnose, zum Behandlungsplan, zu den Risiken und zur Dauer der Genesung gesagt hat.</translation>
    </message>
    <message>
        <source>Get a third, “tie-breaker” opinion only if the first two are very different and a lot is at stake. An example is surgery on a major organ.</source>
        <translation>Holen Sie eine dritte, „ausschlaggebende“ Meinung nur dann ein, wenn die ersten beiden sehr verschieden sind und viel auf dem Spiel steht. Ein Beispiel ist eine Operation an einem wichtigen Organ.</translation>
    </message>
    <message>
        <source>Set up a safe digital folder: encrypted storage, or an app made to keep your health records.</source>
        <translation>Richten Sie einen sicheren digitalen Ordner ein: einen verschlüsselten Speicher oder eine App für Ihre Gesundheitsunterlagen.</translation>
    </message>
    <message>
        <source>Build the habit over 30 days. Every Sunday evening, take 10 minutes to scan and file the week&apos;s medical papers, receipts and notes.</source>
        <translation>Machen Sie es sich über 30 Tage zur Gewohnheit. Nehmen Sie sich jeden Sonntagabend 10 Minuten Zeit, um die medizinischen Papiere, Quittungen und Notizen der Woche einzuscannen und abzulegen.</translation>
    </message>
    <message>
        <source>Your current medical history is on your computer, sorted into groups. You have done 4 weekly updates in a row.</source>
        <translation>Ihre aktuelle Krankengeschichte ist nach Gruppen sortiert auf Ihrem Computer. Sie haben Ihre Unterlagen 4 Wochen hintereinander jede Woche auf den neuesten Stand gebracht.</translation>
    </message>
    <message>
        <source>If they disagree a lot, make an appointment with your main doctor to talk about the difference.</source>
        <translation>Wenn die Meinungen stark voneinander abweichen, vereinbaren Sie einen Termin bei Ihrer Hausärztin oder Ihrem Hausarzt, um über den Unterschied zu sprechen.</translation>
    </message>
    <message>
        <source>You have chosen a treatment path and told both medical teams about your decision.</source>
        <translation>Sie haben sich für einen Behandlungsweg entschieden und beiden Behandlungsteams Ihre Entscheidung mitgeteilt.</translation>
    </message>
    <message>
        <source>Keep organized</source>
        <translation>Ordnung halten</translation>
    </message>
    <message>
        <source>Keep your records in order for next time</source>
        <translation>Halten Sie Ihre Unterlagen für das nächste Mal in Ordnung</translation>
    </message>
    <message>
        <source>Records that are always in order make future second opinions and emergency care much faster and safer.</source>
        <translation>Wenn Ihre Unterlagen immer geordnet sind, gehen spätere Zweitmeinungen und die Behandlung im Notfall viel schneller und sicherer.</translation>
    </message>
    <message>
        <source>Sort everything into these groups: Imaging, Labs, Prescriptions and Doctor notes.</source>
        <translation>Sortieren Sie alles in diese Gruppen: Bilder, Laborwerte, Rezepte und Arztnotizen.</translation>
    </message>
    <message>
        <source>Heart (cardiology)</source>
        <translation>Herz (Kardiologie)</translation>
    </message>
    <message>
        <source>Cancer (oncology)</source>
        <translation>Krebs (Onkologie)</translation>
    </message>
    <message>
        <source>Scans and X-rays (radiology, imaging)</source>
        <translation>Bilder und Röntgen (Radiologie, Bildgebung)</translation>
    </message>
    <message>
        <source>Lungs (pulmonology)</source>
        <translation>Lunge (Pneumologie)</translation>
    </message>
    <message>
        <source>Brain and nerves (neurology)</source>
        <translation>Gehirn und Nerven (Neurologie)</translation>
    </message>
    <message>
        <source>Bones and joints (orthopedics)</source>
        <translation>Knochen und Gelenke (Orthopädie)</translation>
    </message>
    <message>
        <source>Something else</source>
        <translation>Etwas anderes</translation>
    </message>
    <message>
        <source>Your reasons (tick all that fit)</source>
        <translation>Ihre Gründe (kreuzen Sie alle an, die passen)</translation>
    </message>
    <message>
        <source>The diagnosis is life-threatening (for example cancer).</source>
        <translation>Die Diagnose ist lebensbedrohlich (zum Beispiel Krebs).</translation>
    </message>
    <message>
        <source>A surgery is planned that is not an emergency.</source>
        <translation>Eine Operation ist geplant, die kein Notfall ist.</translation>
    </message>
    <message>
        <source>It is a rare disease.</source>
        <translation>Es ist eine seltene Krankheit.</translation>
    </message>
    <message>
        <source>The treatment has not worked in the time it should take.</source>
        <translation>Die Behandlung hat in der Zeit, die sie dauern sollte, nicht geholfen.</translation>
    </message>
    <message>
        <source>The diagnosis is still not clear.</source>
        <translation>Die Diagnose ist noch nicht klar.</translation>
    </message>
    <message>
        <source>I have several long-term illnesses that make one treatment plan hard.</source>
        <translation>Ich habe mehrere dauerhafte Krankheiten, die einen einzigen Behandlungsplan schwierig machen.</translation>
    </message>
    <message>
        <source>I feel unsure, or doctors have told me different things.</source>
        <translation>Ich bin unsicher, oder Ärzte haben mir Verschiedenes gesagt.</translation>
    </message>
    <message>
        <source>Illness or diagnosis:</source>
        <translation>Krankheit oder Diagnose:</translation>
    </message>
    <message>
        <source>Area of medicine:</source>
        <translation>Fachgebiet:</translation>
    </message>
    <message>
        <source>Another area involved, if there is one:</source>
        <translation>Ein weiteres betroffenes Fachgebiet, falls es eines gibt:</translation>
    </message>
    <message>
        <source>Treatment your doctor proposes:</source>
        <translation>Behandlung, die Ihr Arzt vorschlägt:</translation>
    </message>
    <message>
        <source>First doctor:</source>
        <translation>Erster Arzt oder erste Ärztin:</translation>
    </message>
    <message>
        <source>Their practice or hospital:</source>
        <translation>Praxis oder Krankenhaus:</translation>
    </message>
    <message>
        <source>Heart and lung problems together: ask for a review by a heart doctor and a lung doctor together. Many large centers have a joint clinic for this.</source>
        <translation>Herz- und Lungenprobleme zusammen: Bitten Sie um eine gemeinsame Beurteilung durch eine Herz- und eine Lungenfachärztin oder einen Herz- und einen Lungenfacharzt. Viele große Zentren haben dafür eine gemeinsame Sprechstunde.</translation>
    </message>
    <message>
        <source>Feeling unsure is a fair reason to ask. Also tick a clear reason if one fits, such as a serious diagnosis or a planned surgery.</source>
        <translation>Unsicherheit ist ein guter Grund zu fragen. Kreuzen Sie zusätzlich einen klaren Grund an, wenn einer passt, zum Beispiel eine ernste Diagnose oder eine geplante Operation.</translation>
    </message>
    <message>
        <source>Tick at least one clear reason for a second opinion, such as a serious diagnosis or a planned surgery.</source>
        <translation>Kreuzen Sie mindestens einen klaren Grund für eine Zweitmeinung an, zum Beispiel eine ernste Diagnose oder eine geplante Operation.</translation>
    </message>
    <message>
        <source>This cannot be saved here.</source>
        <translation>Das kann hier nicht gespeichert werden.</translation>
    </message>
    <message>
        <source>This is too long; please keep it under {count} letters.</source>
        <translation>Das ist zu lang; bitte bleiben Sie unter {count} Zeichen.</translation>
    </message>
    <message>
        <source>This is not a time of day. Type it like 9:30 or 14:00.</source>
        <translation>Das ist keine Uhrzeit. Schreiben Sie sie etwa als 9:30 oder 14:00.</translation>
    </message>
    <message>
        <source>Please choose a time zone from the list.</source>
        <translation>Bitte wählen Sie eine Zeitzone aus der Liste.</translation>
    </message>
    <message>
        <source>This is not a date. Pick the day from the calendar, or type it again.</source>
        <translation>Das ist kein Datum. Wählen Sie den Tag im Kalender, oder geben Sie ihn noch einmal ein.</translation>
    </message>
    <message>
        <source>Please check the year of this date.</source>
        <translation>Bitte prüfen Sie das Jahr dieses Datums.</translation>
    </message>
    <message>
        <source>An amount cannot be below zero. Write 0 if you pay nothing.</source>
        <translation>Ein Betrag kann nicht unter null liegen. Schreiben Sie 0, wenn Sie nichts zahlen.</translation>
    </message>
    <message>
        <source>Please write the amount as a number, like 150 or 80.50.</source>
        <translation>Bitte schreiben Sie den Betrag als Zahl, etwa 150 oder 80,50.</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <source>I don&apos;t know yet</source>
        <translation>Weiß ich noch nicht</translation>
    </message>
    <message>
        <source>EUR (euro)</source>
        <translation>EUR (Euro)</translation>
    </message>
    <message>
        <source>USD (US dollar)</source>
        <translation>USD (US-Dollar)</translation>
    </message>
    <message>
        <source>GBP (pound)</source>
        <translation>GBP (Pfund)</translation>
    </message>
    <message>
        <source>CHF (Swiss franc)</source>
        <translation>CHF (Schweizer Franken)</translation>
    </message>
    <message>
        <source>CAD (Canadian dollar)</source>
        <translation>CAD (Kanadischer Dollar)</translation>
    </message>
    <message>
        <source>MXN (Mexican peso)</source>
        <translation>MXN (Mexikanischer Peso)</translation>
    </message>
    <message>
        <source>Insurance company:</source>
        <translation>Krankenversicherung:</translation>
    </message>
    <message>
        <source>Plan or member number:</source>
        <translation>Versicherten- oder Mitgliedsnummer:</translation>
    </message>
    <message>
        <source>Phone number of the insurance:</source>
        <translation>Telefonnummer der Versicherung:</translation>
    </message>
    <message>
        <source>Do they pay for the second opinion?</source>
        <translation>Zahlt sie die Zweitmeinung?</translation>
    </message>
    <message>
        <source>Yes, in full</source>
        <translation>Ja, ganz</translation>
    </message>
    <message>
        <source>Partly</source>
        <translation>Zum Teil</translation>
    </message>
    <message>
        <source>I will pay it myself</source>
        <translation>Ich zahle sie selbst</translation>
    </message>
    <message>
        <source>Only doctors in their network?</source>
        <translation>Nur Ärztinnen und Ärzte aus ihrem Netz?</translation>
    </message>
    <message>
        <source>Exception for a doctor outside the network:</source>
        <translation>Ausnahme für eine Ärztin oder einen Arzt außerhalb des Netzes:</translation>
    </message>
    <message>
        <source>Not needed</source>
        <translation>Nicht nötig</translation>
    </message>
    <message>
        <source>Asked for, no answer yet</source>
        <translation>Beantragt, noch keine Antwort</translation>
    </message>
    <message>
        <source>Granted</source>
        <translation>Bewilligt</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <source>Do they need a referral from your doctor?</source>
        <translation>Braucht sie eine Überweisung von Ihrer Ärztin oder Ihrem Arzt?</translation>
    </message>
    <message>
        <source>Referral received on:</source>
        <translation>Überweisung erhalten am:</translation>
    </message>
    <message>
        <source>What you will pay yourself:</source>
        <translation>Was Sie selbst zahlen:</translation>
    </message>
    <message>
        <source>Currency:</source>
        <translation>Währung:</translation>
    </message>
    <message>
        <source>Your calls to the insurance</source>
        <translation>Ihre Anrufe bei der Versicherung</translation>
    </message>
    <message>
        <source>Add a call</source>
        <translation>Anruf hinzufügen</translation>
    </message>
    <message>
        <source>Date of the call:</source>
        <translation>Datum des Anrufs:</translation>
    </message>
    <message>
        <source>Who answered:</source>
        <translation>Wer hat geantwortet:</translation>
    </message>
    <message>
        <source>Reference number:</source>
        <translation>Aktenzeichen oder Vorgangsnummer:</translation>
    </message>
    <message>
        <source>What they said:</source>
        <translation>Was gesagt wurde:</translation>
    </message>
    <message>
        <source>Write down what you will pay yourself (write 0 if it is nothing).</source>
        <translation>Schreiben Sie auf, was Sie selbst zahlen (0, wenn es nichts ist).</translation>
    </message>
    <message>
        <source>Choose the currency of the amount.</source>
        <translation>Wählen Sie die Währung des Betrags.</translation>
    </message>
    <message>
        <source>Ask your insurance whether they need a referral.</source>
        <translation>Fragen Sie Ihre Versicherung, ob sie eine Überweisung braucht.</translation>
    </message>
    <message>
        <source>Get the referral from your main doctor, and write down the day you got it.</source>
        <translation>Holen Sie die Überweisung bei Ihrer Hausärztin oder Ihrem Hausarzt, und schreiben Sie auf, wann Sie sie bekommen haben.</translation>
    </message>
    <message>
        <source>The day you got the referral is in the future.</source>
        <translation>Der Tag, an dem Sie die Überweisung bekommen haben, liegt in der Zukunft.</translation>
    </message>
    <message>
        <source>Your insurance refused an exception for a doctor outside its network. Ask them to explain in writing, or look for a specialist in the network.</source>
        <translation>Ihre Versicherung hat eine Ausnahme für eine Ärztin oder einen Arzt außerhalb ihres Netzes abgelehnt. Bitten Sie um eine schriftliche Begründung, oder suchen Sie eine Fachärztin oder einen Facharzt im Netz.</translation>
    </message>
    <message>
        <source>Specialists you could see</source>
        <translation>Fachärztinnen und Fachärzte, die infrage kommen</translation>
    </message>
    <message>
        <source>Add a specialist</source>
        <translation>Fachärztin oder Facharzt hinzufügen</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>Special field:</source>
        <translation>Spezialgebiet:</translation>
    </message>
    <message>
        <source>Hospital or practice:</source>
        <translation>Krankenhaus oder Praxis:</translation>
    </message>
    <message>
        <source>A university hospital or large teaching center?</source>
        <translation>Eine Universitätsklinik oder ein großes Lehrkrankenhaus?</translation>
    </message>
    <message>
        <source>I checked that this doctor is certified as a specialist.</source>
        <translation>Ich habe geprüft, dass diese Ärztin oder dieser Arzt als Facharzt anerkannt ist.</translation>
    </message>
    <message>
        <source>Where I checked it:</source>
        <translation>Wo ich es geprüft habe:</translation>
    </message>
    <message>
        <source>How you found this doctor:</source>
        <translation>Wie Sie diese Ärztin oder diesen Arzt gefunden haben:</translation>
    </message>
    <message>
        <source>My first doctor suggested them</source>
        <translation>Meine erste Ärztin oder mein erster Arzt hat sie oder ihn empfohlen</translation>
    </message>
    <message>
        <source>My own search</source>
        <translation>Meine eigene Suche</translation>
    </message>
    <message>
        <source>My insurance</source>
        <translation>Meine Versicherung</translation>
    </message>
    <message>
        <source>Family, friends or a patient group</source>
        <translation>Familie, Freunde oder eine Patientengruppe</translation>
    </message>
    <message>
        <source>Some other way</source>
        <translation>Auf andere Weise</translation>
    </message>
    <message>
        <source>Ties to your first doctor:</source>
        <translation>Verbindungen zu Ihrer ersten Ärztin oder Ihrem ersten Arzt:</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <source>Same practice</source>
        <translation>Dieselbe Praxis</translation>
    </message>
    <message>
        <source>Same hospital</source>
        <translation>Dasselbe Krankenhaus</translation>
    </message>
    <message>
        <source>Other ties</source>
        <translation>Andere Verbindungen</translation>
    </message>
    <message>
        <source>Phone, e-mail or address:</source>
        <translation>Telefon, E-Mail oder Adresse:</translation>
    </message>
    <message>
        <source>Is a consultation from afar possible (by video, or with your records only)?</source>
        <translation>Ist eine Beratung aus der Ferne möglich (per Video oder nur mit Ihren Unterlagen)?</translation>
    </message>
    <message>
        <source>This is the one I choose.</source>
        <translation>Diese Person wähle ich.</translation>
    </message>
    <message>
        <source>this specialist</source>
        <translation>diese Fachperson</translation>
    </message>
    <message>
        <source>Write down at least one specialist you could see.</source>
        <translation>Schreiben Sie mindestens eine Fachärztin oder einen Facharzt auf, die infrage kommen.</translation>
    </message>
    <message>
        <source>Choose the specialist you want to see: tick “This is the one I choose.”</source>
        <translation>Wählen Sie aus, zu wem Sie gehen möchten: Kreuzen Sie „Diese Person wähle ich.“ an.</translation>
    </message>
    <message>
        <source>You chose more than one specialist; keep the tick only on the one you will see.</source>
        <translation>Sie haben mehr als eine Person gewählt; lassen Sie das Kreuz nur bei der, zu der Sie gehen.</translation>
    </message>
    <message>
        <source>Write down how to contact {name}.</source>
        <translation>Schreiben Sie auf, wie Sie {name} erreichen.</translation>
    </message>
    <message>
        <source>Find out whether {name} works with your first doctor.</source>
        <translation>Finden Sie heraus, ob {name} mit Ihrer ersten Ärztin oder Ihrem ersten Arzt zusammenarbeitet.</translation>
    </message>
    <message>
        <source>{name} has ties to your first doctor. For an independent view, choose someone without ties.</source>
        <translation>{name} hat Verbindungen zu Ihrer ersten Ärztin oder Ihrem ersten Arzt. Für einen unabhängigen Blick wählen Sie jemanden ohne solche Verbindungen.</translation>
    </message>
    <message>
        <source>You found {name} only through your first doctor. It is wise to look for a specialist yourself as well.</source>
        <translation>Sie haben {name} nur über Ihre erste Ärztin oder Ihren ersten Arzt gefunden. Es ist klug, auch selbst nach einer Fachperson zu suchen.</translation>
    </message>
    <message>
        <source>Check that {name} is certified as a specialist (board certified).</source>
        <translation>Prüfen Sie, ob {name} als Facharzt anerkannt ist.</translation>
    </message>
    <message>
        <source>Through their secure online portal</source>
        <translation>Über ihr sicheres Online-Portal</translation>
    </message>
    <message>
        <source>By e-mail</source>
        <translation>Per E-Mail</translation>
    </message>
    <message>
        <source>By fax</source>
        <translation>Per Fax</translation>
    </message>
    <message>
        <source>By post</source>
        <translation>Per Post</translation>
    </message>
    <message>
        <source>On a disc (CD or DVD)</source>
        <translation>Auf einem Datenträger (CD oder DVD)</translation>
    </message>
    <message>
        <source>I bring them to the office myself</source>
        <translation>Ich bringe sie selbst in die Praxis</translation>
    </message>
    <message>
        <source>Day of the appointment:</source>
        <translation>Tag des Termins:</translation>
    </message>
    <message>
        <source>Time of the appointment:</source>
        <translation>Uhrzeit des Termins:</translation>
    </message>
    <message>
        <source>Time zone of the appointment:</source>
        <translation>Zeitzone des Termins:</translation>
    </message>
    <message>
        <source>Place or video link:</source>
        <translation>Ort oder Videolink:</translation>
    </message>
    <message>
        <source>Name of the doctor, if not the one you chose in step 4:</source>
        <translation>Name der Ärztin oder des Arztes, falls nicht die Person aus Schritt 4:</translation>
    </message>
    <message>
        <source>Did the office book it as a second opinion visit?</source>
        <translation>Hat die Praxis den Termin als Zweitmeinung eingetragen?</translation>
    </message>
    <message>
        <source>How does the office want your records?</source>
        <translation>Wie möchte die Praxis Ihre Unterlagen bekommen?</translation>
    </message>
    <message>
        <source>Records sent on:</source>
        <translation>Unterlagen geschickt am:</translation>
    </message>
    <message>
        <source>Day the office confirmed they have your records:</source>
        <translation>Tag, an dem die Praxis den Eingang Ihrer Unterlagen bestätigt hat:</translation>
    </message>
    <message>
        <source>Time they confirmed it, if you know it:</source>
        <translation>Uhrzeit der Bestätigung, falls Sie sie wissen:</translation>
    </message>
    <message>
        <source>Who confirmed it:</source>
        <translation>Wer es bestätigt hat:</translation>
    </message>
    <message>
        <source>Write down the day and time of your appointment.</source>
        <translation>Schreiben Sie Tag und Uhrzeit Ihres Termins auf.</translation>
    </message>
    <message>
        <source>Choose the time zone of the appointment.</source>
        <translation>Wählen Sie die Zeitzone des Termins.</translation>
    </message>
    <message>
        <source>Ask the office to confirm they have your records, by {date} at {time}.</source>
        <translation>Bitten Sie die Praxis, bis zum {date} um {time} Uhr zu bestätigen, dass Ihre Unterlagen angekommen sind.</translation>
    </message>
    <message>
        <source>Ask the office to confirm they have your records.</source>
        <translation>Bitten Sie die Praxis zu bestätigen, dass Ihre Unterlagen angekommen sind.</translation>
    </message>
    <message>
        <source>The office did not book it as a second opinion visit. Ask them to change that, so the doctor sets aside time to study your records.</source>
        <translation>Die Praxis hat den Termin nicht als Zweitmeinung eingetragen. Bitten Sie darum, das zu ändern, damit sich die Ärztin oder der Arzt Zeit nimmt, Ihre Unterlagen zu studieren.</translation>
    </message>
    <message>
        <source>Make sure the office booked it as a second opinion visit.</source>
        <translation>Vergewissern Sie sich, dass die Praxis den Termin als Zweitmeinung eingetragen hat.</translation>
    </message>
    <message>
        <source>The appointment day has passed and the office has not confirmed your records. Is the appointment date right?</source>
        <translation>Der Tag des Termins ist vorbei, und die Praxis hat den Eingang Ihrer Unterlagen nicht bestätigt. Stimmt das Datum des Termins?</translation>
    </message>
    <message>
        <source>You sent your records after the appointment day. Please check the dates.</source>
        <translation>Sie haben Ihre Unterlagen nach dem Tag des Termins geschickt. Bitte prüfen Sie die Datumsangaben.</translation>
    </message>
    <message>
        <source>The day the office confirmed your records is in the future.</source>
        <translation>Der Tag, an dem die Praxis den Eingang Ihrer Unterlagen bestätigt hat, liegt in der Zukunft.</translation>
    </message>
    <message>
        <source>The receipt date is after the appointment. Please check it.</source>
        <translation>Das Datum des Eingangs liegt nach dem Termin. Bitte prüfen Sie es.</translation>
    </message>
    <message>
        <source>The office confirmed your records less than 48 hours before the appointment. Ask whether the doctor had time to read them.</source>
        <translation>Die Praxis hat den Eingang Ihrer Unterlagen weniger als 48 Stunden vor dem Termin bestätigt. Fragen Sie, ob die Ärztin oder der Arzt Zeit hatte, sie zu lesen.</translation>
    </message>
    <message>
        <source>HIPAA (United States)</source>
        <translation>HIPAA (USA)</translation>
    </message>
    <message>
        <source>GDPR (European Union)</source>
        <translation>DSGVO (Europäische Union)</translation>
    </message>
    <message>
        <source>Pathology reports (tissue tests)</source>
        <translation>Pathologiebefunde (Gewebeuntersuchungen)</translation>
    </message>
    <message>
        <source>Imaging: scans and X-rays, with their reports</source>
        <translation>Bildgebung: Aufnahmen und Röntgenbilder mit ihren Befunden</translation>
    </message>
    <message>
        <source>Lab results (blood and other tests)</source>
        <translation>Laborwerte (Blut- und andere Tests)</translation>
    </message>
    <message>
        <source>Doctors&apos; notes from visits</source>
        <translation>Arztberichte von Besuchen</translation>
    </message>
    <message>
        <source>Hospital discharge summaries</source>
        <translation>Entlassungsberichte aus dem Krankenhaus</translation>
    </message>
    <message>
        <source>List of my medicines</source>
        <translation>Liste meiner Medikamente</translation>
    </message>
    <message>
        <source>Heart tracings (ECG)</source>
        <translation>Herzstromkurven (EKG)</translation>
    </message>
    <message>
        <source>Heart ultrasound (echocardiogram)</source>
        <translation>Herzultraschall (Echokardiografie)</translation>
    </message>
    <message>
        <source>Heart stress test</source>
        <translation>Belastungstest des Herzens</translation>
    </message>
    <message>
        <source>Pictures of the heart&apos;s blood vessels (angiogram)</source>
        <translation>Bilder der Herzkranzgefäße (Angiografie)</translation>
    </message>
    <message>
        <source>The tissue slides themselves</source>
        <translation>Die Gewebeschnitte selbst</translation>
    </message>
    <message>
        <source>Cancer stage results (staging)</source>
        <translation>Ergebnisse zum Krebsstadium (Staging)</translation>
    </message>
    <message>
        <source>Breathing tests (lung function)</source>
        <translation>Atemtests (Lungenfunktion)</translation>
    </message>
    <message>
        <source>Chest CT scan</source>
        <translation>CT des Brustkorbs</translation>
    </message>
    <message>
        <source>Brain scans (MRI or CT)</source>
        <translation>Aufnahmen des Gehirns (MRT oder CT)</translation>
    </message>
    <message>
        <source>Something else (write its name below)</source>
        <translation>Etwas anderes (Namen unten eintragen)</translation>
    </message>
    <message>
        <source>Needed</source>
        <translation>Wird gebraucht</translation>
    </message>
    <message>
        <source>Asked for</source>
        <translation>Angefordert</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Erhalten</translation>
    </message>
    <message>
        <source>Not needed for me</source>
        <translation>Brauche ich nicht</translation>
    </message>
    <message>
        <source>Patient&apos;s date of birth:</source>
        <translation>Geburtsdatum der Patientin oder des Patienten:</translation>
    </message>
    <message>
        <source>The original images (DICOM files, the format for medical images), not only reports</source>
        <translation>Die Originalbilder (DICOM-Dateien, das Format für medizinische Bilder), nicht nur die Befunde</translation>
    </message>
    <message>
        <source>Patient&apos;s address:</source>
        <translation>Adresse der Patientin oder des Patienten:</translation>
    </message>
    <message>
        <source>Records from (date):</source>
        <translation>Unterlagen ab (Datum):</translation>
    </message>
    <message>
        <source>Records up to (date):</source>
        <translation>Unterlagen bis (Datum):</translation>
    </message>
    <message>
        <source>A sentence of your own for the request letter:</source>
        <translation>Ein eigener Satz für das Anforderungsschreiben:</translation>
    </message>
    <message>
        <source>Your requests for records</source>
        <translation>Ihre Anforderungen von Unterlagen</translation>
    </message>
    <message>
        <source>Add a request</source>
        <translation>Anforderung hinzufügen</translation>
    </message>
    <message>
        <source>Clinic or doctor asked:</source>
        <translation>Angefragte Klinik oder Praxis:</translation>
    </message>
    <message>
        <source>Address of the clinic or doctor:</source>
        <translation>Adresse der Klinik oder Praxis:</translation>
    </message>
    <message>
        <source>Request sent on:</source>
        <translation>Anforderung geschickt am:</translation>
    </message>
    <message>
        <source>The law you asked under:</source>
        <translation>Gesetz, auf das Sie sich berufen:</translation>
    </message>
    <message>
        <source>Answer received on:</source>
        <translation>Antwort erhalten am:</translation>
    </message>
    <message>
        <source>The records you need</source>
        <translation>Die Unterlagen, die Sie brauchen</translation>
    </message>
    <message>
        <source>Add a record</source>
        <translation>Unterlage hinzufügen</translation>
    </message>
    <message>
        <source>Kind of record:</source>
        <translation>Art der Unterlage:</translation>
    </message>
    <message>
        <source>Name or details:</source>
        <translation>Name oder Einzelheiten:</translation>
    </message>
    <message>
        <source>Where it stands:</source>
        <translation>Stand:</translation>
    </message>
    <message>
        <source>Date of the record:</source>
        <translation>Datum der Unterlage:</translation>
    </message>
    <message>
        <source>Add the records usually needed</source>
        <translation>Die meist gebrauchten Unterlagen hinzufügen</translation>
    </message>
    <message>
        <source>a record without a kind</source>
        <translation>eine Unterlage ohne Art</translation>
    </message>
    <message>
        <source>List the records you need: press “Add the records usually needed”.</source>
        <translation>Listen Sie die Unterlagen auf, die Sie brauchen: Drücken Sie „Die meist gebrauchten Unterlagen hinzufügen“.</translation>
    </message>
    <message>
        <source>Ask for {record}.</source>
        <translation>Fordern Sie an: {record}.</translation>
    </message>
    <message>
        <source>Wait for {record}, or call to ask where it is.</source>
        <translation>Warten Sie auf: {record} – oder rufen Sie an und fragen Sie nach.</translation>
    </message>
    <message>
        <source>The first day of the records you ask for is after the last day. Please check both dates.</source>
        <translation>Der erste Tag der angeforderten Unterlagen liegt nach dem letzten Tag. Bitte prüfen Sie beide Daten.</translation>
    </message>
    <message>
        <source>A record&apos;s date is in the future. Please check it.</source>
        <translation>Das Datum einer Unterlage liegt in der Zukunft. Bitte prüfen Sie es.</translation>
    </message>
    <message>
        <source>Write down the date of each record you received, so you can see that they are recent.</source>
        <translation>Schreiben Sie zu jeder erhaltenen Unterlage das Datum auf, damit Sie sehen, ob sie aktuell ist.</translation>
    </message>
    <message>
        <source>Your newest record is from {date}, more than 12 months ago. Ask for recent records too.</source>
        <translation>Ihre neueste Unterlage ist vom {date}, also mehr als 12 Monate alt. Fordern Sie auch aktuelle Unterlagen an.</translation>
    </message>
    <message>
        <source>Some records you received have no date. Write their dates down.</source>
        <translation>Einige erhaltene Unterlagen haben kein Datum. Schreiben Sie ihr Datum auf.</translation>
    </message>
    <message>
        <source>The answer from {clinic} is late: it was due on {date}. Call them and ask.</source>
        <translation>Die Antwort von {clinic} ist überfällig: Sie war bis zum {date} fällig. Rufen Sie dort an und fragen Sie nach.</translation>
    </message>
    <message>
        <source>Second opinion appointment</source>
        <translation>Termin für die Zweitmeinung</translation>
    </message>
    <message>
        <source>The specialist&apos;s office should confirm they have your records</source>
        <translation>Die Facharztpraxis sollte bestätigen, dass Ihre Unterlagen angekommen sind</translation>
    </message>
    <message>
        <source>the clinic</source>
        <translation>der Klinik</translation>
    </message>
    <message>
        <source>Answer due from {clinic}</source>
        <translation>Antwort von {clinic} fällig</translation>
    </message>
    <message>
        <source>Scan image (DICOM)</source>
        <translation>Aufnahme (DICOM)</translation>
    </message>
    <message>
        <source>PDF document</source>
        <translation>PDF-Dokument</translation>
    </message>
    <message>
        <source>Photo or picture</source>
        <translation>Foto oder Bild</translation>
    </message>
    <message>
        <source>Sound recording</source>
        <translation>Tonaufnahme</translation>
    </message>
    <message>
        <source>Imaging</source>
        <translation>Bildgebung</translation>
    </message>
    <message>
        <source>Labs</source>
        <translation>Laborwerte</translation>
    </message>
    <message>
        <source>Prescriptions</source>
        <translation>Rezepte</translation>
    </message>
    <message>
        <source>Doctor notes</source>
        <translation>Arztberichte</translation>
    </message>
    <message>
        <source>Receipts</source>
        <translation>Quittungen</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Sonstiges</translation>
    </message>
    <message>
        <source>CT scan</source>
        <translation>CT-Aufnahme</translation>
    </message>
    <message>
        <source>MRI scan</source>
        <translation>MRT-Aufnahme</translation>
    </message>
    <message>
        <source>Ultrasound</source>
        <translation>Ultraschall</translation>
    </message>
    <message>
        <source>X-ray</source>
        <translation>Röntgenbild</translation>
    </message>
    <message>
        <source>X-ray video (fluoroscopy)</source>
        <translation>Röntgenvideo (Durchleuchtung)</translation>
    </message>
    <message>
        <source>Blood vessel X-ray (angiogram)</source>
        <translation>Röntgenbild der Blutgefäße (Angiografie)</translation>
    </message>
    <message>
        <source>Mammogram</source>
        <translation>Mammografie</translation>
    </message>
    <message>
        <source>Nuclear medicine scan</source>
        <translation>Nuklearmedizinische Aufnahme</translation>
    </message>
    <message>
        <source>PET scan</source>
        <translation>PET-Aufnahme</translation>
    </message>
    <message>
        <source>Heart tracing (ECG)</source>
        <translation>Herzkurve (EKG)</translation>
    </message>
    <message>
        <source>Tissue slide image</source>
        <translation>Bild eines Gewebeschnitts</translation>
    </message>
    <message>
        <source>Other image</source>
        <translation>Anderes Bild</translation>
    </message>
    <message>
        <source>Yes, it has happened</source>
        <translation>Ja, er hat stattgefunden</translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation>Noch nicht</translation>
    </message>
    <message>
        <source>I have not asked yet</source>
        <translation>Ich habe noch nicht gefragt</translation>
    </message>
    <message>
        <source>Yes, the doctor allowed it</source>
        <translation>Ja, die Ärztin oder der Arzt hat es erlaubt</translation>
    </message>
    <message>
        <source>No, the doctor said no</source>
        <translation>Nein, die Ärztin oder der Arzt hat es abgelehnt</translation>
    </message>
    <message>
        <source>Yes, in words I understood</source>
        <translation>Ja, in Worten, die ich verstanden habe</translation>
    </message>
    <message>
        <source>No, not clearly</source>
        <translation>Nein, nicht klar</translation>
    </message>
    <message>
        <source>There were no differences</source>
        <translation>Es gab keine Unterschiede</translation>
    </message>
    <message>
        <source>Has the visit happened?</source>
        <translation>Hat der Termin stattgefunden?</translation>
    </message>
    <message>
        <source>Who came with you to take notes?</source>
        <translation>Wer hat Sie begleitet und mitgeschrieben?</translation>
    </message>
    <message>
        <source>May you record the talk?</source>
        <translation>Dürfen Sie das Gespräch aufnehmen?</translation>
    </message>
    <message>
        <source>Your notes from the visit:</source>
        <translation>Ihre Notizen vom Termin:</translation>
    </message>
    <message>
        <source>Did the doctor explain how their opinion differs from the first one?</source>
        <translation>Hat die Ärztin oder der Arzt erklärt, worin sich die neue Meinung von der ersten unterscheidet?</translation>
    </message>
    <message>
        <source>After the visit, mark that it has happened.</source>
        <translation>Markieren Sie nach dem Termin, dass er stattgefunden hat.</translation>
    </message>
    <message>
        <source>Write down notes, or add the recording, of what the doctor said.</source>
        <translation>Schreiben Sie auf, was die Ärztin oder der Arzt gesagt hat, oder fügen Sie die Aufnahme des Gesprächs hinzu.</translation>
    </message>
    <message>
        <source>You added a recording, but not that the doctor allowed it. In many places a talk may only be recorded with permission.</source>
        <translation>Sie haben eine Aufnahme hinzugefügt, aber nicht angegeben, dass die Ärztin oder der Arzt sie erlaubt hat. Vielerorts darf ein Gespräch nur mit Erlaubnis aufgenommen werden.</translation>
    </message>
    <message>
        <source>The visit is marked as done, but its day in step 5 is still to come. Please check the date.</source>
        <translation>Der Termin ist als erledigt markiert, aber sein Tag in Schritt 5 liegt noch in der Zukunft. Bitte prüfen Sie das Datum.</translation>
    </message>
    <message>
        <source>Ask the doctor to explain, in plain words, how their opinion differs from the first one. A phone call or a letter can do.</source>
        <translation>Bitten Sie die Ärztin oder den Arzt, in einfachen Worten zu erklären, worin sich die neue Meinung von der ersten unterscheidet. Dafür reicht auch ein Anruf oder ein Brief.</translation>
    </message>
    <message>
        <source>First opinion</source>
        <translation>Erstmeinung</translation>
    </message>
    <message>
        <source>Second opinion</source>
        <translation>Zweitmeinung</translation>
    </message>
    <message>
        <source>Third opinion</source>
        <translation>Drittmeinung</translation>
    </message>
    <message>
        <source>The same</source>
        <translation>Gleich</translation>
    </message>
    <message>
        <source>Differs</source>
        <translation>Unterschiedlich</translation>
    </message>
    <message>
        <source>Differs a lot</source>
        <translation>Sehr unterschiedlich</translation>
    </message>
    <message>
        <source>Diagnosis</source>
        <translation>Diagnose</translation>
    </message>
    <message>
        <source>Treatment plan</source>
        <translation>Behandlungsplan</translation>
    </message>
    <message>
        <source>Risks</source>
        <translation>Risiken</translation>
    </message>
    <message>
        <source>Recovery time</source>
        <translation>Dauer der Genesung</translation>
    </message>
    <message>
        <source>I also have a third opinion</source>
        <translation>Ich habe auch eine Drittmeinung</translation>
    </message>
    <message>
        <source>The treatment path I chose:</source>
        <translation>Der Behandlungsweg, für den ich mich entschieden habe:</translation>
    </message>
    <message>
        <source>Day I decided:</source>
        <translation>Tag meiner Entscheidung:</translation>
    </message>
    <message>
        <source>Day I told the first medical team:</source>
        <translation>Dem ersten Behandlungsteam mitgeteilt am:</translation>
    </message>
    <message>
        <source>Day I told the second medical team:</source>
        <translation>Dem zweiten Behandlungsteam mitgeteilt am:</translation>
    </message>
    <message>
        <source>Your own rows</source>
        <translation>Ihre eigenen Zeilen</translation>
    </message>
    <message>
        <source>Add a row of my own</source>
        <translation>Eigene Zeile hinzufügen</translation>
    </message>
    <message>
        <source>What this row compares:</source>
        <translation>Was diese Zeile vergleicht:</translation>
    </message>
    <message>
        <source>Do they agree?</source>
        <translation>Stimmen sie überein?</translation>
    </message>
    <message>
        <source>Write down the treatment path you chose.</source>
        <translation>Schreiben Sie auf, für welchen Behandlungsweg Sie sich entschieden haben.</translation>
    </message>
    <message>
        <source>Tell your first medical team what you decided, and write down when.</source>
        <translation>Teilen Sie Ihrem ersten Behandlungsteam Ihre Entscheidung mit, und schreiben Sie auf, wann Sie das getan haben.</translation>
    </message>
    <message>
        <source>Tell your second medical team what you decided, and write down when.</source>
        <translation>Teilen Sie Ihrem zweiten Behandlungsteam Ihre Entscheidung mit, und schreiben Sie auf, wann Sie das getan haben.</translation>
    </message>
    <message>
        <source>A day in your decision is still to come. Please check it.</source>
        <translation>Ein Datum bei Ihrer Entscheidung liegt in der Zukunft. Bitte prüfen Sie es.</translation>
    </message>
    <message>
        <source>The opinions differ a lot. Make an appointment with your main doctor to talk about the difference before you decide.</source>
        <translation>Die Meinungen weichen stark voneinander ab. Vereinbaren Sie einen Termin bei Ihrer Hausärztin oder Ihrem Hausarzt, um vor Ihrer Entscheidung über den Unterschied zu sprechen.</translation>
    </message>
    <message>
        <source>A lot is at stake for you (see step 1). A third, “tie-breaker” opinion can help you decide.</source>
        <translation>Für Sie steht viel auf dem Spiel (siehe Schritt 1). Eine dritte, „ausschlaggebende“ Meinung kann Ihnen bei der Entscheidung helfen.</translation>
    </message>
    <message>
        <source>Weekly check-ins</source>
        <translation>Wöchentliche Durchsichten</translation>
    </message>
    <message>
        <source>Nothing new this week</source>
        <translation>Nichts Neues diese Woche</translation>
    </message>
    <message>
        <source>Day:</source>
        <translation>Tag:</translation>
    </message>
    <message>
        <source>What you did:</source>
        <translation>Was Sie getan haben:</translation>
    </message>
    <message>
        <source>Filed documents</source>
        <translation>Dokumente abgelegt</translation>
    </message>
    <message>
        <source>Put each document in a group. Documents still to sort: {count}.</source>
        <translation>Ordnen Sie jedes Dokument einer Gruppe zu. Noch nicht sortierte Dokumente: {count}.</translation>
    </message>
    <message>
        <source>Check in once a week, four weeks in a row. Weeks in a row now: {count}.</source>
        <translation>Machen Sie vier Wochen hintereinander einmal pro Woche Ihre Durchsicht. Wochen hintereinander bisher: {count}.</translation>
    </message>
    <message>
        <source>How did you reach this diagnosis?</source>
        <translation>Wie sind Sie zu dieser Diagnose gekommen?</translation>
    </message>
    <message>
        <source>What are the other choices instead of the planned treatment?</source>
        <translation>Welche anderen Möglichkeiten gibt es statt der geplanten Behandlung?</translation>
    </message>
    <message>
        <source>What happens if we do nothing for now?</source>
        <translation>Was passiert, wenn wir vorerst nichts tun?</translation>
    </message>
    <message>
        <source>How many patients with this exact condition have you treated in the last year?</source>
        <translation>Wie viele Patientinnen und Patienten mit genau dieser Erkrankung haben Sie im letzten Jahr behandelt?</translation>
    </message>
    <message>
        <source>Are there clinical trials that my first doctor did not mention?</source>
        <translation>Gibt es klinische Studien, die mein erster Arzt oder meine erste Ärztin nicht erwähnt hat?</translation>
    </message>
    <message>
        <source>Are there choices without surgery?</source>
        <translation>Gibt es Möglichkeiten ohne Operation?</translation>
    </message>
    <message>
        <source>What are the long-term side effects of this medicine?</source>
        <translation>Welche Nebenwirkungen hat dieses Medikament auf lange Sicht?</translation>
    </message>
    <message>
        <source>Can medicines and changes in daily habits delay or avoid the procedure?</source>
        <translation>Können Medikamente und Änderungen im Alltag den Eingriff hinauszögern oder vermeiden?</translation>
    </message>
    <message>
        <source>Is now the right time, or can it wait?</source>
        <translation>Ist jetzt der richtige Zeitpunkt, oder kann es warten?</translation>
    </message>
    <message>
        <source>Do you agree with the first diagnosis? Why or why not?</source>
        <translation>Stimmen Sie der ersten Diagnose zu? Warum oder warum nicht?</translation>
    </message>
    <message>
        <source>Do I need more tests before we decide? Which ones, and why?</source>
        <translation>Brauche ich vor der Entscheidung noch weitere Untersuchungen? Welche, und warum?</translation>
    </message>
    <message>
        <source>What are the risks of the treatment you suggest?</source>
        <translation>Welche Risiken hat die Behandlung, die Sie vorschlagen?</translation>
    </message>
    <message>
        <source>How often does this treatment work for people like me?</source>
        <translation>Wie oft hilft diese Behandlung Menschen in meiner Lage?</translation>
    </message>
    <message>
        <source>How long will recovery take, and what will daily life be like?</source>
        <translation>Wie lange dauert die Genesung, und wie wird mein Alltag in dieser Zeit aussehen?</translation>
    </message>
    <message>
        <source>When can I go back to work and my usual activities?</source>
        <translation>Wann kann ich wieder arbeiten gehen und meinen gewohnten Tätigkeiten nachgehen?</translation>
    </message>
    <message>
        <source>What will the treatment cost me, and what is covered?</source>
        <translation>Was kostet mich die Behandlung, und was übernimmt die Versicherung?</translation>
    </message>
    <message>
        <source>What would you do if you were in my place?</source>
        <translation>Was würden Sie an meiner Stelle tun?</translation>
    </message>
    <message>
        <source>Which warning signs mean I should call you or get help at once?</source>
        <translation>Bei welchen Warnzeichen sollte ich Sie anrufen oder sofort Hilfe holen?</translation>
    </message>
    <message>
        <source>Who would do the treatment, and where?</source>
        <translation>Wer würde die Behandlung durchführen, und wo?</translation>
    </message>
    <message>
        <source>Will you send me and my first doctor a written report?</source>
        <translation>Schicken Sie mir und meiner ersten Ärztin oder meinem ersten Arzt einen schriftlichen Bericht?</translation>
    </message>
    <message>
        <source>Did you have time to look at all my records and images?</source>
        <translation>Hatten Sie Zeit, sich alle meine Unterlagen und Bilder anzusehen?</translation>
    </message>
    <message>
        <source>Who do I ask if I have questions after today?</source>
        <translation>An wen kann ich mich wenden, wenn ich nach dem heutigen Termin noch Fragen habe?</translation>
    </message>
    <message>
        <source>What do my heart tests (ECG, heart ultrasound, stress test) show, in plain words?</source>
        <translation>Was zeigen meine Herzuntersuchungen (EKG, Herzultraschall, Belastungstest), in einfachen Worten?</translation>
    </message>
    <message>
        <source>Could a smaller procedure, such as a stent or a catheter, work instead?</source>
        <translation>Könnte stattdessen ein kleinerer Eingriff helfen, zum Beispiel ein Stent oder ein Katheter?</translation>
    </message>
    <message>
        <source>Could changes to my heart medicines be enough for now?</source>
        <translation>Könnte es vorerst reichen, meine Herzmedikamente anzupassen?</translation>
    </message>
    <message>
        <source>Should a lung doctor look at my case together with you (a combined review)?</source>
        <translation>Sollte sich eine Lungenfachärztin oder ein Lungenfacharzt meinen Fall gemeinsam mit Ihnen ansehen (eine gemeinsame Beurteilung)?</translation>
    </message>
    <message>
        <source>What type of cancer is it exactly, and what stage?</source>
        <translation>Um welche Krebsart handelt es sich genau, und in welchem Stadium ist der Krebs?</translation>
    </message>
    <message>
        <source>Did a pathologist here look at my tissue slides again, not only the report?</source>
        <translation>Hat sich hier eine Pathologin oder ein Pathologe meine Gewebeschnitte selbst noch einmal angesehen, nicht nur den Befund?</translation>
    </message>
    <message>
        <source>Which mix of surgery, chemotherapy, radiation or other medicines do you suggest, and in what order?</source>
        <translation>Welche Kombination aus Operation, Chemotherapie, Bestrahlung oder anderen Medikamenten schlagen Sie vor, und in welcher Reihenfolge?</translation>
    </message>
    <message>
        <source>Should my tumor be tested for targeted medicines or immunotherapy?</source>
        <translation>Sollte mein Tumor daraufhin getestet werden, ob zielgerichtete Medikamente oder eine Immuntherapie infrage kommen?</translation>
    </message>
    <message>
        <source>Has a team of cancer experts (a tumor board) talked about my case?</source>
        <translation>Hat ein Team aus Krebsfachleuten (eine Tumorkonferenz) über meinen Fall gesprochen?</translation>
    </message>
    <message>
        <source>Did you look at the original images yourself, not only the written report?</source>
        <translation>Haben Sie sich die Originalbilder selbst angesehen, nicht nur den schriftlichen Befund?</translation>
    </message>
    <message>
        <source>Was a radiologist who specializes in this part of the body asked to read them?</source>
        <translation>Wurde eine Radiologin oder ein Radiologe mit Schwerpunkt auf diesem Körperbereich gebeten, die Bilder zu beurteilen?</translation>
    </message>
    <message>
        <source>Do I need another scan, or a different kind of scan?</source>
        <translation>Brauche ich eine weitere Aufnahme oder eine andere Art von Aufnahme?</translation>
    </message>
    <message>
        <source>What do my breathing tests show, and how do they compare?</source>
        <translation>Was zeigen meine Atemtests, und wie sehen die Werte im Vergleich aus?</translation>
    </message>
    <message>
        <source>Does my chest CT show anything that changes the plan?</source>
        <translation>Zeigt das CT meines Brustkorbs etwas, das den Plan ändert?</translation>
    </message>
    <message>
        <source>Will I need oxygen or breathing exercises?</source>
        <translation>Werde ich Sauerstoff oder Atemübungen brauchen?</translation>
    </message>
    <message>
        <source>What else could cause my symptoms?</source>
        <translation>Was könnte meine Beschwerden sonst noch verursachen?</translation>
    </message>
    <message>
        <source>How is this likely to change over the next few years?</source>
        <translation>Wie wird sich das in den nächsten Jahren voraussichtlich entwickeln?</translation>
    </message>
    <message>
        <source>Could therapy (physical, speech or occupational) help me instead of or after treatment?</source>
        <translation>Könnte mir eine Therapie (Physiotherapie, Logopädie oder Ergotherapie) statt der Behandlung oder danach helfen?</translation>
    </message>
    <message>
        <source>Is surgery really needed, or could physical therapy help first?</source>
        <translation>Ist eine Operation wirklich nötig, oder könnte zuerst Physiotherapie helfen?</translation>
    </message>
    <message>
        <source>What happens if I wait a few months before surgery?</source>
        <translation>Was passiert, wenn ich mit der Operation ein paar Monate warte?</translation>
    </message>
    <message>
        <source>Which implant or method would you use, and why?</source>
        <translation>Welches Implantat oder welche Methode würden Sie verwenden, und warum?</translation>
    </message>
    <message>
        <source>Your questions</source>
        <translation>Ihre Fragen</translation>
    </message>
    <message>
        <source>Add my own question</source>
        <translation>Eigene Frage hinzufügen</translation>
    </message>
    <message>
        <source>Question:</source>
        <translation>Frage:</translation>
    </message>
    <message>
        <source>Most important</source>
        <translation>Am wichtigsten</translation>
    </message>
    <message>
        <source>Answer:</source>
        <translation>Antwort:</translation>
    </message>
    <message>
        <source>Question list last printed on:</source>
        <translation>Fragenliste zuletzt gedruckt am:</translation>
    </message>
    <message>
        <source>Questions on the printed list:</source>
        <translation>Fragen auf der gedruckten Liste:</translation>
    </message>
    <message>
        <source>Write down at least five questions (you have {count} so far).</source>
        <translation>Schreiben Sie mindestens fünf Fragen auf (bisher sind es {count}).</translation>
    </message>
    <message>
        <source>Print your question list again, or save it as a PDF, once it has at least five questions.</source>
        <translation>Drucken Sie Ihre Fragenliste noch einmal aus oder speichern Sie sie als PDF, sobald sie mindestens fünf Fragen enthält.</translation>
    </message>
    <message>
        <source>Print your question list, or save it as a PDF.</source>
        <translation>Drucken Sie Ihre Fragenliste aus oder speichern Sie sie als PDF.</translation>
    </message>
    <message>
        <source>{name} (no. {number}, born {date})</source>
        <translation>{name} (Nr. {number}, geb. {date})</translation>
    </message>
    <message>
        <source>{name} (no. {number})</source>
        <translation>{name} (Nr. {number})</translation>
    </message>
    <message>
        <source>{label} (archived)</source>
        <translation>{label} (archiviert)</translation>
    </message>
    <message>
        <source>All nine steps are done.</source>
        <translation>Alle neun Schritte sind erledigt.</translation>
    </message>
    <message>
        <source>{done} of {total}</source>
        <translation>{done} von {total}</translation>
    </message>
    <message>
        <source>Step {number}: {action}</source>
        <translation>Schritt {number}: {action}</translation>
    </message>
    <message>
        <source>{date}, {time}</source>
        <translation>{date}, {time} Uhr</translation>
    </message>
    <message>
        <source>{when} (late)</source>
        <translation>{when} (überfällig)</translation>
    </message>
    <message>
        <source>{when} (today)</source>
        <translation>{when} (heute)</translation>
    </message>
</context>
<context>
    <name>Playback</name>
    <message>
        <source>&amp;Delete the copy now</source>
        <translation>Kopie jetzt &amp;löschen</translation>
    </message>
    <message>
        <source>Play the recording</source>
        <translation>Aufnahme abspielen</translation>
    </message>
    <message>
        <source>The program could not play this recording itself.</source>
        <translation>Das Programm konnte diese Aufnahme nicht selbst abspielen.</translation>
    </message>
    <message>
        <source>To play it, your computer&apos;s own player needs a plain, unlocked copy of the recording outside your locked data folder. The copy is deleted when you close this program, or sooner if you choose “Delete the copy now”.</source>
        <translation>Zum Abspielen braucht das Wiedergabeprogramm Ihres Computers eine unverschlüsselte Kopie der Aufnahme außerhalb Ihres verschlüsselten Datenordners. Die Kopie wird gelöscht, wenn Sie dieses Programm schließen, oder schon früher, wenn Sie „Kopie jetzt löschen“ wählen.</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <source>No program on this computer could play the recording, so the plain copy was deleted again.</source>
        <translation>Kein Programm auf diesem Computer konnte die Aufnahme abspielen, daher wurde die unverschlüsselte Kopie wieder gelöscht.</translation>
    </message>
    <message>
        <source>A plain copy of “{name}” is open in your computer&apos;s player. It is deleted when you close this program.</source>
        <translation>Eine unverschlüsselte Kopie von „{name}“ ist im Wiedergabeprogramm Ihres Computers geöffnet. Sie wird gelöscht, wenn Sie dieses Programm schließen.</translation>
    </message>
</context>
<context>
    <name>QuestionCard</name>
    <message>
        <source>★ Most important</source>
        <translation>★ Am wichtigsten</translation>
    </message>
    <message>
        <source>Most important: print this question first</source>
        <translation>Am wichtigsten: diese Frage zuerst drucken</translation>
    </message>
    <message>
        <source>▲ Up</source>
        <translation>▲ Hoch</translation>
    </message>
    <message>
        <source>Move this question up</source>
        <translation>Diese Frage nach oben schieben</translation>
    </message>
    <message>
        <source>Move this question up (Alt+Up)</source>
        <translation>Diese Frage nach oben schieben (Alt+Pfeil hoch)</translation>
    </message>
    <message>
        <source>▼ Down</source>
        <translation>▼ Runter</translation>
    </message>
    <message>
        <source>Move this question down</source>
        <translation>Diese Frage nach unten schieben</translation>
    </message>
    <message>
        <source>Move this question down (Alt+Down)</source>
        <translation>Diese Frage nach unten schieben (Alt+Pfeil runter)</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Remove this question</source>
        <translation>Diese Frage entfernen</translation>
    </message>
    <message>
        <source>Drag to move this question</source>
        <translation>Ziehen, um diese Frage zu verschieben</translation>
    </message>
    <message>
        <source>Question {number} of {count}</source>
        <translation>Frage {number} von {count}</translation>
    </message>
    <message>
        <source>Question {number}: {question}</source>
        <translation>Frage {number}: {question}</translation>
    </message>
</context>
<context>
    <name>QuestionLibrary</name>
    <message>
        <source>Suggested questions</source>
        <translation>Vorgeschlagene Fragen</translation>
    </message>
    <message>
        <source>Questions that suit the area you chose in step 1 come first. Choose one and press Enter, double-click it, or use the Add button.</source>
        <translation>Fragen, die zu dem Fachgebiet aus Schritt 1 passen, stehen oben. Wählen Sie eine aus und drücken Sie die Eingabetaste, doppelklicken Sie darauf oder nutzen Sie die Schaltfläche zum Hinzufügen.</translation>
    </message>
    <message>
        <source>Show all {count} questions, also those for other areas</source>
        <translation>Alle {count} Fragen zeigen, auch die für andere Fachgebiete</translation>
    </message>
    <message>
        <source>&amp;Add the chosen question</source>
        <translation>Gewählte Frage &amp;hinzufügen</translation>
    </message>
    <message>
        <source>On your list: {question}</source>
        <translation>Auf Ihrer Liste: {question}</translation>
    </message>
</context>
<context>
    <name>QuestionList</name>
    <message>
        <source>Questions for the doctor</source>
        <translation>Fragen an die Ärztin oder den Arzt</translation>
    </message>
    <message>
        <source>Patient: {name}</source>
        <translation>Patient: {name}</translation>
    </message>
    <message>
        <source>Printed on: {date}</source>
        <translation>Gedruckt am: {date}</translation>
    </message>
    <message>
        <source>Your list has no questions yet. Write them down in step 6 of the planner.</source>
        <translation>Ihre Liste enthält noch keine Fragen. Schreiben Sie sie in Schritt 6 des Planers auf.</translation>
    </message>
    <message>
        <source>Ask the most important questions first. Write each answer on the lines below the question, or ask the person with you to write.</source>
        <translation>Stellen Sie die wichtigsten Fragen zuerst. Schreiben Sie jede Antwort auf die Linien unter der Frage, oder bitten Sie Ihre Begleitperson, mitzuschreiben.</translation>
    </message>
    <message>
        <source>{star} Most important</source>
        <translation>{star} Am wichtigsten</translation>
    </message>
    <message>
        <source>More questions</source>
        <translation>Weitere Fragen</translation>
    </message>
    <message>
        <source>Appointment: {date} at {time}</source>
        <translation>Termin: {date} um {time} Uhr</translation>
    </message>
    <message>
        <source>Appointment: {date}</source>
        <translation>Termin: {date}</translation>
    </message>
    <message>
        <source>Doctor: {name}</source>
        <translation>Ärztin/Arzt: {name}</translation>
    </message>
    <message>
        <source>Answer written down at the visit:</source>
        <translation>Beim Termin notierte Antwort:</translation>
    </message>
    <message>
        <source>{name} · printed {date} · page {page} of {pages}</source>
        <translation>{name} · gedruckt am {date} · Seite {page} von {pages}</translation>
    </message>
</context>
<context>
    <name>QuestionsEditor</name>
    <message>
        <source>Tick “Most important” for the questions to ask first: they are printed at the top. To change the order, drag a question by its handle ⠿, use the Up and Down buttons, or press Alt+Up and Alt+Down.</source>
        <translation>Haken Sie „Am wichtigsten“ bei den Fragen an, die Sie zuerst stellen möchten: Sie stehen im Ausdruck oben. Um die Reihenfolge zu ändern, ziehen Sie eine Frage an ihrem Griff ⠿, nutzen Sie die Schaltflächen Hoch und Runter, oder drücken Sie Alt+Pfeil hoch und Alt+Pfeil runter.</translation>
    </message>
    <message>
        <source>Your list is empty. Write your own questions below, or add suggested ones.</source>
        <translation>Ihre Liste ist leer. Schreiben Sie unten eigene Fragen auf, oder fügen Sie vorgeschlagene hinzu.</translation>
    </message>
    <message>
        <source>Add &amp;my own question:</source>
        <translation>&amp;Meine eigene Frage hinzufügen:</translation>
    </message>
    <message>
        <source>Type your question, then press Enter</source>
        <translation>Frage eintippen, dann die Eingabetaste drücken</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Add my own question</source>
        <translation>Eigene Frage hinzufügen</translation>
    </message>
    <message>
        <source>Print your list</source>
        <translation>Ihre Liste drucken</translation>
    </message>
    <message>
        <source>Take the list to the appointment: there is room under each question to write the answer. The large print is easier to read.</source>
        <translation>Nehmen Sie die Liste zum Termin mit: Unter jeder Frage ist Platz für die Antwort. Die große Schrift ist leichter zu lesen.</translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation>Als PDF &amp;speichern…</translation>
    </message>
    <message>
        <source>Save in &amp;large print…</source>
        <translation>In &amp;großer Schrift speichern…</translation>
    </message>
    <message>
        <source>Pr&amp;int…</source>
        <translation>&amp;Drucken…</translation>
    </message>
    <message>
        <source>Print the question list (Ctrl+P)</source>
        <translation>Fragenliste drucken (Strg+P)</translation>
    </message>
    <message>
        <source>Print in large p&amp;rint…</source>
        <translation>In großer Schrift d&amp;rucken…</translation>
    </message>
    <message>
        <source>Questions on your list: {count}. Five or more make a good list.</source>
        <translation>Fragen auf Ihrer Liste: {count}. Fünf oder mehr ergeben eine gute Liste.</translation>
    </message>
    <message>
        <source>Type your question in the box first, then press Add.</source>
        <translation>Tippen Sie Ihre Frage zuerst in das Feld, dann klicken Sie auf Hinzufügen.</translation>
    </message>
</context>
<context>
    <name>ReadingOptions</name>
    <message>
        <source>&amp;Text size</source>
        <translation>&amp;Textgröße</translation>
    </message>
    <message>
        <source>{percent}%</source>
        <translation>{percent} %</translation>
    </message>
    <message>
        <source>&amp;Larger text</source>
        <translation>&amp;Größerer Text</translation>
    </message>
    <message>
        <source>&amp;Smaller text</source>
        <translation>&amp;Kleinerer Text</translation>
    </message>
    <message>
        <source>&amp;High contrast</source>
        <translation>&amp;Hoher Kontrast</translation>
    </message>
    <message>
        <source>Large &amp;print for printouts</source>
        <translation>&amp;Großdruck für Ausdrucke</translation>
    </message>
    <message>
        <source>The checklist, the T-chart and the request letter in large type</source>
        <translation>Die Checkliste, die T-Tabelle und das Anforderungsschreiben in großer Schrift</translation>
    </message>
</context>
<context>
    <name>RecordingRow</name>
    <message>
        <source>{size}, added on {date}</source>
        <translation>{size}, hinzugefügt am {date}</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>Abspielen</translation>
    </message>
    <message>
        <source>Play {name}</source>
        <translation>{name} abspielen</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>Entfernen…</translation>
    </message>
    <message>
        <source>Remove {name}</source>
        <translation>{name} entfernen</translation>
    </message>
</context>
<context>
    <name>RecordingsSection</name>
    <message>
        <source>Recordings of the visit</source>
        <translation>Aufnahmen des Termins</translation>
    </message>
    <message>
        <source>If the doctor allowed it, add the sound recording of the talk (m4a, mp3, wav or ogg). It is locked (encrypted) in your data folder, like your other files.</source>
        <translation>Wenn die Ärztin oder der Arzt es erlaubt hat, fügen Sie hier die Tonaufnahme des Gesprächs hinzu (m4a, mp3, wav oder ogg). Sie wird wie Ihre anderen Dateien verschlüsselt in Ihrem Datenordner aufbewahrt.</translation>
    </message>
    <message>
        <source>No recordings added yet.</source>
        <translation>Noch keine Aufnahmen hinzugefügt.</translation>
    </message>
    <message>
        <source>Add a &amp;recording…</source>
        <translation>&amp;Aufnahme hinzufügen…</translation>
    </message>
    <message>
        <source>Adding…</source>
        <translation>Wird hinzugefügt…</translation>
    </message>
    <message>
        <source>Progress of adding the recording</source>
        <translation>Fortschritt beim Hinzufügen der Aufnahme</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Add a recording</source>
        <translation>Aufnahme hinzufügen</translation>
    </message>
    <message>
        <source>Recordings (*.m4a *.mp3 *.wav *.ogg);;All files (*)</source>
        <translation>Aufnahmen (*.m4a *.mp3 *.wav *.ogg);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Adding “{name}”…</source>
        <translation>„{name}“ wird hinzugefügt…</translation>
    </message>
    <message>
        <source>Added and locked: {names}.</source>
        <translation>Hinzugefügt und verschlüsselt: {names}.</translation>
    </message>
    <message>
        <source>“{name}” was already here, so it was not added again.</source>
        <translation>„{name}“ war schon hier und wurde daher nicht noch einmal hinzugefügt.</translation>
    </message>
    <message>
        <source>Remove the recording “{name}” from this case? The locked copy in your data folder is deleted; your own file stays where it is.</source>
        <translation>Die Aufnahme „{name}“ aus diesem Fall entfernen? Die verschlüsselte Kopie in Ihrem Datenordner wird gelöscht; Ihre eigene Datei bleibt, wo sie ist.</translation>
    </message>
    <message>
        <source>Remove recording</source>
        <translation>Aufnahme entfernen</translation>
    </message>
</context>
<context>
    <name>Records</name>
    <message>
        <source>Not a record this program keeps (such as a viewer program or a text file).</source>
        <translation>Diese Art von Datei bewahrt das Programm nicht auf (zum Beispiel ein Anzeigeprogramm oder eine Textdatei).</translation>
    </message>
    <message>
        <source>A sound recording; add it on the appointment step.</source>
        <translation>Eine Tonaufnahme; fügen Sie sie im Schritt zum Termin hinzu.</translation>
    </message>
    <message>
        <source>A disc&apos;s table of contents; it is not needed as a file of its own.</source>
        <translation>Das Inhaltsverzeichnis einer CD; es wird nicht als eigene Datei benötigt.</translation>
    </message>
    <message>
        <source>The computer could not read this file; the disc or drive may be damaged.</source>
        <translation>Der Computer konnte diese Datei nicht lesen; vielleicht ist die CD oder das Laufwerk beschädigt.</translation>
    </message>
    <message>
        <source>This file inside the zip file is damaged and cannot be read.</source>
        <translation>Diese Datei in der zip-Datei ist beschädigt und kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>This file is too large to keep (more than 512 MB).</source>
        <translation>Diese Datei ist zu groß zum Aufbewahren (mehr als 512 MB).</translation>
    </message>
    <message>
        <source>The file&apos;s header is far too large.</source>
        <translation>Der Dateikopf ist viel zu groß.</translation>
    </message>
    <message>
        <source>This file is damaged and cannot be read.</source>
        <translation>Diese Datei ist beschädigt und kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>This scan file is damaged and cannot be read.</source>
        <translation>Diese Aufnahmedatei ist beschädigt und kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The scan has no study or series number, so it cannot be filed.</source>
        <translation>Die Aufnahme hat keine Untersuchungs- oder Seriennummer und kann daher nicht eingeordnet werden.</translation>
    </message>
    <message>
        <source>The scan does not say what kind of image it is, so it cannot be filed.</source>
        <translation>Bei der Aufnahme ist nicht angegeben, um welche Art von Bild es sich handelt; daher kann sie nicht eingeordnet werden.</translation>
    </message>
    <message>
        <source>The scan has no image number, so it cannot be filed.</source>
        <translation>Die Aufnahme hat keine Bildnummer und kann daher nicht eingeordnet werden.</translation>
    </message>
    <message>
        <source>The picture data is missing.</source>
        <translation>Die Bilddaten fehlen.</translation>
    </message>
    <message>
        <source>The file ends too early; it was probably not copied completely.</source>
        <translation>Die Datei endet zu früh; sie wurde wahrscheinlich nicht vollständig kopiert.</translation>
    </message>
    <message>
        <source>This PDF is damaged and cannot be opened.</source>
        <translation>Diese PDF-Datei ist beschädigt und kann nicht geöffnet werden.</translation>
    </message>
    <message>
        <source>This PDF is locked with a password; save an unlocked copy from the portal and add that.</source>
        <translation>Diese PDF-Datei ist mit einem Passwort geschützt; speichern Sie aus dem Portal eine Kopie ohne Passwort und fügen Sie diese hinzu.</translation>
    </message>
    <message>
        <source>The picture is too large to be a photo of a page.</source>
        <translation>Das Bild ist zu groß für das Foto einer Seite.</translation>
    </message>
    <message>
        <source>This picture is damaged and cannot be shown.</source>
        <translation>Dieses Bild ist beschädigt und kann nicht angezeigt werden.</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>Die Datei ist leer.</translation>
    </message>
    <message>
        <source>This file or folder no longer exists.</source>
        <translation>Diese Datei oder dieser Ordner existiert nicht mehr.</translation>
    </message>
    <message>
        <source>The computer did not allow this file to be read.</source>
        <translation>Der Computer hat das Lesen dieser Datei nicht erlaubt.</translation>
    </message>
    <message>
        <source>The computer did not allow this folder to be opened.</source>
        <translation>Der Computer hat das Öffnen dieses Ordners nicht erlaubt.</translation>
    </message>
    <message>
        <source>This is not an ordinary file, so it was left alone.</source>
        <translation>Dies ist keine normale Datei; sie wurde deshalb nicht angerührt.</translation>
    </message>
    <message>
        <source>This is a shortcut to a place outside the chosen folder, so it was not followed.</source>
        <translation>Dies ist eine Verknüpfung zu einem Ort außerhalb des gewählten Ordners; ihr wurde deshalb nicht gefolgt.</translation>
    </message>
    <message>
        <source>This shortcut leads nowhere, so it was left out.</source>
        <translation>Diese Verknüpfung führt ins Leere und wurde deshalb ausgelassen.</translation>
    </message>
    <message>
        <source>This folder was already read.</source>
        <translation>Dieser Ordner wurde bereits gelesen.</translation>
    </message>
    <message>
        <source>This file was already added.</source>
        <translation>Diese Datei wurde bereits hinzugefügt.</translation>
    </message>
    <message>
        <source>The disc&apos;s table of contents; it was read, and is not needed as a file of its own.</source>
        <translation>Das Inhaltsverzeichnis der CD; es wurde gelesen und wird nicht als eigene Datei benötigt.</translation>
    </message>
    <message>
        <source>The disc&apos;s table of contents is damaged; the files on the disc are read one by one instead.</source>
        <translation>Das Inhaltsverzeichnis der CD ist beschädigt; die Dateien auf der CD werden stattdessen einzeln gelesen.</translation>
    </message>
    <message>
        <source>The disc&apos;s table of contents points to files outside the disc, so it was not used. The files on the disc are read one by one instead.</source>
        <translation>Das Inhaltsverzeichnis der CD verweist auf Dateien außerhalb der CD und wurde deshalb nicht verwendet. Die Dateien auf der CD werden stattdessen einzeln gelesen.</translation>
    </message>
    <message>
        <source>The disc&apos;s table of contents lists this file, but it is missing.</source>
        <translation>Das Inhaltsverzeichnis der CD nennt diese Datei, aber sie fehlt.</translation>
    </message>
    <message>
        <source>The zip file is damaged and cannot be opened.</source>
        <translation>Die zip-Datei ist beschädigt und kann nicht geöffnet werden.</translation>
    </message>
    <message>
        <source>The zip file holds more than 20,000 files, so it was not opened.</source>
        <translation>Die zip-Datei enthält mehr als 20.000 Dateien und wurde deshalb nicht geöffnet.</translation>
    </message>
    <message>
        <source>The zip file would unpack to more than 8 GB, so it was not opened.</source>
        <translation>Entpackt wäre die zip-Datei größer als 8 GB; sie wurde deshalb nicht geöffnet.</translation>
    </message>
    <message>
        <source>This file inside the zip file would unpack to a huge size, so it was left out for safety.</source>
        <translation>Diese Datei in der zip-Datei wäre entpackt riesig groß; sie wurde zur Sicherheit ausgelassen.</translation>
    </message>
    <message>
        <source>This file inside the zip file is locked with a password, so it was left out.</source>
        <translation>Diese Datei in der zip-Datei ist mit einem Passwort geschützt und wurde deshalb ausgelassen.</translation>
    </message>
    <message>
        <source>This file inside the zip file has an unsafe name, so it was left out.</source>
        <translation>Diese Datei in der zip-Datei hat einen unsicheren Namen und wurde deshalb ausgelassen.</translation>
    </message>
    <message>
        <source>This is a zip file inside a zip file; unpack the outer zip file, then add this one.</source>
        <translation>Dies ist eine zip-Datei in einer zip-Datei; entpacken Sie die äußere zip-Datei und fügen Sie dann diese hier hinzu.</translation>
    </message>
    <message>
        <source>The zip file holds two files with this name; only the first was added.</source>
        <translation>Die zip-Datei enthält zwei Dateien mit diesem Namen; nur die erste wurde hinzugefügt.</translation>
    </message>
    <message>
        <source>This file took far too long to read, so it was left out; it may be damaged.</source>
        <translation>Das Lesen dieser Datei hat viel zu lange gedauert, deshalb wurde sie ausgelassen; sie ist möglicherweise beschädigt.</translation>
    </message>
    <message>
        <source>This file needed far too much memory to read, so it was left out.</source>
        <translation>Diese Datei brauchte zum Lesen viel zu viel Speicher, deshalb wurde sie ausgelassen.</translation>
    </message>
    <message>
        <source>Reading this file failed badly, so it was left out; it may be damaged.</source>
        <translation>Beim Lesen dieser Datei ist ein schwerer Fehler aufgetreten, deshalb wurde sie ausgelassen; sie ist möglicherweise beschädigt.</translation>
    </message>
    <message>
        <source>The file could not be read to the end; it may be damaged.</source>
        <translation>Die Datei konnte nicht bis zum Ende gelesen werden; sie ist möglicherweise beschädigt.</translation>
    </message>
    <message>
        <source>The file could not be read ({reason}); check that the disc or drive is still connected, then add it again.</source>
        <translation>Die Datei konnte nicht gelesen werden ({reason}); prüfen Sie, ob die CD oder das Laufwerk noch angeschlossen ist, und fügen Sie sie dann erneut hinzu.</translation>
    </message>
</context>
<context>
    <name>RecordsPanel</name>
    <message>
        <source>Your files: scans and documents</source>
        <translation>Ihre Dateien: Aufnahmen und Dokumente</translation>
    </message>
    <message>
        <source>Add the files from a hospital disc, a patient portal (a zip file) or your own photos of papers. They are copied into your data folder and locked (encrypted) there; the disc itself is not changed. You can also drag files and folders here.</source>
        <translation>Fügen Sie Dateien hinzu: von einer CD aus dem Krankenhaus, aus einem Patientenportal (als zip-Datei) oder Ihre eigenen Fotos von Papierunterlagen. Sie werden in Ihren Datenordner kopiert und dort verschlüsselt; die CD selbst wird nicht verändert. Sie können Dateien und Ordner auch hierher ziehen.</translation>
    </message>
    <message>
        <source>Add &amp;files…</source>
        <translation>&amp;Dateien hinzufügen…</translation>
    </message>
    <message>
        <source>Add a folder or &amp;disc…</source>
        <translation>&amp;Ordner oder CD hinzufügen…</translation>
    </message>
    <message>
        <source>No files added yet.</source>
        <translation>Noch keine Dateien hinzugefügt.</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Inhalt</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Filed under</source>
        <translation>Abgelegt unter</translation>
    </message>
    <message>
        <source>Your files</source>
        <translation>Ihre Dateien</translation>
    </message>
    <message>
        <source>Press Enter on a series of scans to see its picture larger.</source>
        <translation>Drücken Sie bei einer Aufnahmeserie die Eingabetaste, um das Bild größer zu sehen.</translation>
    </message>
    <message>
        <source>File &amp;under:</source>
        <translation>Ablegen &amp;unter:</translation>
    </message>
    <message>
        <source>Kind of rec&amp;ord:</source>
        <translation>&amp;Art der Unterlage:</translation>
    </message>
    <message>
        <source>File under</source>
        <translation>Ablegen unter</translation>
    </message>
    <message>
        <source>Kind of record</source>
        <translation>Art der Unterlage</translation>
    </message>
    <message>
        <source>For the files you chose in the list above</source>
        <translation>Für die Dateien, die Sie oben in der Liste gewählt haben</translation>
    </message>
    <message>
        <source>&amp;Keep the proposed places</source>
        <translation>Vorgeschlagene Ablage &amp;behalten</translation>
    </message>
    <message>
        <source>Show the &amp;picture</source>
        <translation>Bild an&amp;zeigen</translation>
    </message>
    <message>
        <source>&amp;Remove from the case…</source>
        <translation>Aus dem Fall &amp;entfernen…</translation>
    </message>
    <message>
        <source>Save the records &amp;package…</source>
        <translation>Unterlagen&amp;paket speichern…</translation>
    </message>
    <message>
        <source>A zip file with every file by category and a list, for the specialist.</source>
        <translation>Eine zip-Datei mit allen Dateien nach Kategorien und einer Übersicht, für die Fachärztin oder den Facharzt.</translation>
    </message>
    <message>
        <source>(not said)</source>
        <translation>(keine Angabe)</translation>
    </message>
    <message>
        <source>{category} ({count})</source>
        <translation>{category} ({count})</translation>
    </message>
    <message>
        <source>To sort: check or choose the group ({count})</source>
        <translation>Zu sortieren: Gruppe prüfen oder wählen ({count})</translation>
    </message>
    <message>
        <source>not filed yet</source>
        <translation>noch nicht abgelegt</translation>
    </message>
    <message>
        <source>{category} (proposed)</source>
        <translation>{category} (Vorschlag)</translation>
    </message>
    <message>
        <source>{kinds}: {description} (images: {count})</source>
        <translation>{kinds}: {description} (Bilder: {count})</translation>
    </message>
    <message>
        <source>Scan</source>
        <translation>Aufnahme</translation>
    </message>
    <message>
        <source>no description</source>
        <translation>keine Beschreibung</translation>
    </message>
    <message>
        <source>Series {number}</source>
        <translation>Serie {number}</translation>
    </message>
    <message>
        <source>{name} (images: {count})</source>
        <translation>{name} (Bilder: {count})</translation>
    </message>
    <message>
        <source>No picture: this kind of image cannot be shown here.</source>
        <translation>Kein Bild: Diese Art von Bild kann hier nicht angezeigt werden.</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Nicht gespeichert</translation>
    </message>
    <message>
        <source>Remove the files you chose from this case (number of files: {count})? The copies in your data folder are deleted; your original files and discs stay as they are.</source>
        <translation>Die ausgewählten Dateien aus diesem Fall entfernen (Anzahl der Dateien: {count})? Die Kopien in Ihrem Datenordner werden gelöscht; Ihre Originaldateien und CDs bleiben unverändert.</translation>
    </message>
    <message>
        <source>Remove files</source>
        <translation>Dateien entfernen</translation>
    </message>
    <message>
        <source>Add a folder or disc</source>
        <translation>Ordner oder CD hinzufügen</translation>
    </message>
    <message>
        <source>Add files</source>
        <translation>Dateien hinzufügen</translation>
    </message>
    <message>
        <source>Records {name}.zip</source>
        <translation>Unterlagen {name}.zip</translation>
    </message>
    <message>
        <source>Save the records package</source>
        <translation>Unterlagenpaket speichern</translation>
    </message>
    <message>
        <source>Zip files (*.zip)</source>
        <translation>Zip-Dateien (*.zip)</translation>
    </message>
    <message>
        <source>Saving the records package…</source>
        <translation>Das Unterlagenpaket wird gespeichert…</translation>
    </message>
    <message>
        <source>Records package saved: {path}</source>
        <translation>Unterlagenpaket gespeichert: {path}</translation>
    </message>
</context>
<context>
    <name>RecoveryKeyDialog</name>
    <message>
        <source>{program}: your recovery key</source>
        <translation>{program}: Ihr Wiederherstellungsschlüssel</translation>
    </message>
    <message>
        <source>This is your recovery key. It opens your data if you forget your passphrase, or if the computer&apos;s keyring loses the key. It is shown only this once.</source>
        <translation>Das ist Ihr Wiederherstellungsschlüssel. Er öffnet Ihre Daten, wenn Sie Ihre Passphrase vergessen oder der Schlüsselbund des Computers den Schlüssel verliert. Er wird nur dieses eine Mal angezeigt.</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>Wiederherstellungsschlüssel</translation>
    </message>
    <message>
        <source>Print it or save it as a PDF, or write it down, and keep it in a safe place away from the computer. Anyone who has it and your computer can open your data. Without the passphrase and this key, no one can open your data.</source>
        <translation>Drucken Sie ihn aus, speichern Sie ihn als PDF oder schreiben Sie ihn auf, und bewahren Sie ihn an einem sicheren Ort fern vom Computer auf. Wer ihn und Ihren Computer hat, kann Ihre Daten öffnen. Ohne die Passphrase und diesen Schlüssel kann niemand Ihre Daten öffnen.</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Drucken…</translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation>Als PDF &amp;speichern…</translation>
    </message>
    <message>
        <source>I have kept it &amp;safe</source>
        <translation>Ich habe ihn &amp;sicher aufbewahrt</translation>
    </message>
    <message>
        <source>Save the recovery sheet</source>
        <translation>Wiederherstellungsblatt speichern</translation>
    </message>
    <message>
        <source>recovery-key.pdf</source>
        <translation>wiederherstellungsschluessel.pdf</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-Dateien (*.pdf)</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Nicht gespeichert</translation>
    </message>
    <message>
        <source>Saved: {path}</source>
        <translation>Gespeichert: {path}</translation>
    </message>
    <message>
        <source>Print the recovery sheet</source>
        <translation>Wiederherstellungsblatt drucken</translation>
    </message>
    <message>
        <source>Not printed</source>
        <translation>Nicht gedruckt</translation>
    </message>
</context>
<context>
    <name>RecoverySheet</name>
    <message>
        <source>Second Opinion Planner: your recovery key</source>
        <translation>Second Opinion Planner: Ihr Wiederherstellungsschlüssel</translation>
    </message>
    <message>
        <source>Made on {date}.</source>
        <translation>Erstellt am {date}.</translation>
    </message>
    <message>
        <source>This key opens your data in Second Opinion Planner if you forget your passphrase, or if the computer&apos;s keyring loses the key. Type it where the program asks for the passphrase.</source>
        <translation>Dieser Schlüssel öffnet Ihre Daten in Second Opinion Planner, wenn Sie Ihre Passphrase vergessen oder der Schlüsselbund des Computers den Schlüssel verliert. Geben Sie ihn dort ein, wo das Programm nach der Passphrase fragt.</translation>
    </message>
    <message>
        <source>Keep this sheet in a safe place away from the computer, with your other important papers. Anyone who has this key and your computer can open your data.</source>
        <translation>Bewahren Sie dieses Blatt an einem sicheren Ort fern vom Computer auf, bei Ihren anderen wichtigen Unterlagen. Wer diesen Schlüssel und Ihren Computer hat, kann Ihre Daten öffnen.</translation>
    </message>
    <message>
        <source>If you make a new recovery key, this one stops working: then destroy this sheet.</source>
        <translation>Wenn Sie einen neuen Wiederherstellungsschlüssel erstellen, gilt dieser nicht mehr: Vernichten Sie dann dieses Blatt.</translation>
    </message>
    <message>
        <source>Without the passphrase and without this key, no one can open your data, not even the makers of the program.</source>
        <translation>Ohne die Passphrase und ohne diesen Schlüssel kann niemand Ihre Daten öffnen, auch nicht die Hersteller des Programms.</translation>
    </message>
</context>
<context>
    <name>SaveState</name>
    <message>
        <source>{problem} Some of your changes are not saved yet. Close the window anyway and lose them?</source>
        <translation>{problem} Einige Ihrer Änderungen sind noch nicht gespeichert. Möchten Sie das Fenster trotzdem schließen und sie verlieren?</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Nicht gespeichert</translation>
    </message>
</context>
<context>
    <name>SavedNotice</name>
    <message>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <source>Show the file in your PDF viewer</source>
        <translation>Die Datei in Ihrem PDF-Programm anzeigen</translation>
    </message>
    <message>
        <source>Open the saved file</source>
        <translation>Die gespeicherte Datei öffnen</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Close this message</source>
        <translation>Diese Meldung schließen</translation>
    </message>
</context>
<context>
    <name>SecurityActions</name>
    <message>
        <source>&amp;Security</source>
        <translation>&amp;Sicherheit</translation>
    </message>
    <message>
        <source>Make a new &amp;recovery key…</source>
        <translation>Neuen &amp;Wiederherstellungsschlüssel erstellen…</translation>
    </message>
    <message>
        <source>&amp;Change the passphrase…</source>
        <translation>Passphrase &amp;ändern…</translation>
    </message>
    <message>
        <source>Use a &amp;passphrase instead of the keyring…</source>
        <translation>&amp;Passphrase statt Schlüsselbund verwenden…</translation>
    </message>
    <message>
        <source>Keep the key in the system &amp;keyring instead…</source>
        <translation>Schlüssel stattdessen im &amp;Schlüsselbund des Systems aufbewahren…</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>Sicherheit</translation>
    </message>
    <message>
        <source>To change how your data is locked, first type your current passphrase (or your recovery key).</source>
        <translation>Um zu ändern, wie Ihre Daten gesperrt sind, geben Sie zuerst Ihre jetzige Passphrase (oder Ihren Wiederherstellungsschlüssel) ein.</translation>
    </message>
    <message>
        <source>A new recovery key replaces the one you have: the old one stops working. Make a new one?</source>
        <translation>Ein neuer Wiederherstellungsschlüssel ersetzt Ihren jetzigen: Der alte gilt dann nicht mehr. Einen neuen erstellen?</translation>
    </message>
    <message>
        <source>Choose your new passphrase.</source>
        <translation>Wählen Sie Ihre neue Passphrase.</translation>
    </message>
    <message>
        <source>The passphrase was changed. Use the new one from now on.</source>
        <translation>Die Passphrase wurde geändert. Verwenden Sie ab jetzt die neue.</translation>
    </message>
    <message>
        <source>Your data will be locked with a passphrase instead of the system keyring. The key is then removed from the keyring.</source>
        <translation>Ihre Daten werden mit einer Passphrase statt mit dem Schlüsselbund des Systems gesperrt. Der Schlüssel wird dann aus dem Schlüsselbund entfernt.</translation>
    </message>
    <message>
        <source>Your data is now locked with your passphrase.</source>
        <translation>Ihre Daten sind jetzt mit Ihrer Passphrase gesperrt.</translation>
    </message>
    <message>
        <source>The key is now kept in the system keyring; no passphrase is asked.</source>
        <translation>Der Schlüssel liegt jetzt im Schlüsselbund des Systems; es wird keine Passphrase mehr abgefragt.</translation>
    </message>
</context>
<context>
    <name>StepPage</name>
    <message>
        <source>Step {number} of {total}</source>
        <translation>Schritt {number} von {total}</translation>
    </message>
    <message>
        <source>Why it matters</source>
        <translation>Warum das wichtig ist</translation>
    </message>
    <message>
        <source>What to do (tick each item when it is done, or when it does not apply to you)</source>
        <translation>Was zu tun ist (haken Sie jeden Punkt ab, wenn er erledigt ist oder für Sie nicht zutrifft)</translation>
    </message>
    <message>
        <source>What to do (tick what you have done; your notes below show when the step is done)</source>
        <translation>Was zu tun ist (haken Sie ab, was Sie erledigt haben; Ihre Angaben unten zeigen, wann der Schritt erledigt ist)</translation>
    </message>
    <message>
        <source>Write down what you know</source>
        <translation>Schreiben Sie auf, was Sie wissen</translation>
    </message>
    <message>
        <source>Save the &amp;request letter as PDF…</source>
        <translation>&amp;Anforderungsschreiben als PDF speichern …</translation>
    </message>
    <message>
        <source>Done when</source>
        <translation>Ziel dieses Schritts</translation>
    </message>
    <message>
        <source>Is this step done?</source>
        <translation>Ist dieser Schritt erledigt?</translation>
    </message>
    <message>
        <source>I have done this step my own way: mark it as done</source>
        <translation>Ich habe diesen Schritt auf meine eigene Art erledigt: als erledigt markieren</translation>
    </message>
    <message>
        <source>Good to know</source>
        <translation>Gut zu wissen</translation>
    </message>
    <message>
        <source>Status: {status}</source>
        <translation>Stand: {status}</translation>
    </message>
    <message>
        <source>You marked this step as done yourself. These items are not ticked:</source>
        <translation>Sie haben diesen Schritt selbst als erledigt markiert. Diese Punkte sind nicht abgehakt:</translation>
    </message>
    <message>
        <source>You marked this step as done yourself. Still missing:</source>
        <translation>Sie haben diesen Schritt selbst als erledigt markiert. Es fehlt noch:</translation>
    </message>
</context>
<context>
    <name>TChart</name>
    <message>
        <source>Comparing the opinions (T-chart)</source>
        <translation>Die Meinungen im Vergleich (T-Tabelle)</translation>
    </message>
    <message>
        <source>A T-chart puts the opinions side by side, one column each, so you can see where they agree and where they differ.</source>
        <translation>Eine T-Tabelle stellt die Meinungen nebeneinander, jede in einer eigenen Spalte, damit Sie sehen, wo sie übereinstimmen und wo sie sich unterscheiden.</translation>
    </message>
    <message>
        <source>Patient: {name}</source>
        <translation>Patient: {name}</translation>
    </message>
    <message>
        <source>Printed on: {date}</source>
        <translation>Gedruckt am: {date}</translation>
    </message>
    <message>
        <source>Good to know</source>
        <translation>Gut zu wissen</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Thema</translation>
    </message>
    <message>
        <source>(a row without a name)</source>
        <translation>(eine Zeile ohne Namen)</translation>
    </message>
    <message>
        <source>{name} (continued)</source>
        <translation>{name} (Fortsetzung)</translation>
    </message>
    <message>
        <source>Your decision</source>
        <translation>Ihre Entscheidung</translation>
    </message>
    <message>
        <source>{name} · printed {date} · page {page} of {pages}</source>
        <translation>{name} · gedruckt am {date} · Seite {page} von {pages}</translation>
    </message>
</context>
<context>
    <name>TChartEditor</name>
    <message>
        <source>The opinions side by side</source>
        <translation>Die Meinungen nebeneinander</translation>
    </message>
    <message>
        <source>For each row, write in a few words what each doctor said. Then choose whether they agree. Add rows of your own for anything else that matters to you.</source>
        <translation>Schreiben Sie in jeder Zeile in wenigen Worten auf, was jede Ärztin oder jeder Arzt gesagt hat. Wählen Sie dann, ob sie übereinstimmen. Fügen Sie eigene Zeilen für alles hinzu, was Ihnen sonst wichtig ist.</translation>
    </message>
</context>
<context>
    <name>TChartOutput</name>
    <message>
        <source>Print your T-chart</source>
        <translation>Ihre T-Tabelle drucken</translation>
    </message>
    <message>
        <source>The chart and your decision on landscape pages, to take to your main doctor or to keep with your papers.</source>
        <translation>Die Tabelle und Ihre Entscheidung im Querformat – zum Mitnehmen zu Ihrer Hausärztin oder Ihrem Hausarzt oder zum Aufbewahren bei Ihren Unterlagen.</translation>
    </message>
    <message>
        <source>Save the T-chart as &amp;PDF…</source>
        <translation>T-Tabelle als &amp;PDF speichern…</translation>
    </message>
    <message>
        <source>Pr&amp;int the T-chart…</source>
        <translation>T-Tabelle &amp;drucken…</translation>
    </message>
    <message>
        <source>Print the T-chart (Ctrl+P)</source>
        <translation>T-Tabelle drucken (Strg+P)</translation>
    </message>
</context>
</TS>
