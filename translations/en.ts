<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About {app}</source>
        <translation>About {app}</translation>
    </message>
    <message>
        <source>Version {version}</source>
        <translation>Version {version}</translation>
    </message>
    <message>
        <source>Nothing is ever sent anywhere. The program does not use the internet. What you type stays on this computer, locked with encryption. It only leaves the computer in a file you choose to save or print.</source>
        <translation>Nothing is ever sent anywhere. The program does not use the internet. What you type stays on this computer, locked with encryption. It only leaves the computer in a file you choose to save or print.</translation>
    </message>
    <message>
        <source>The program helps you organize getting a second opinion. It does not give medical advice.</source>
        <translation>The program helps you organize getting a second opinion. It does not give medical advice.</translation>
    </message>
    <message>
        <source>Your data is kept in this folder: {folder}</source>
        <translation>Your data is kept in this folder: {folder}</translation>
    </message>
    <message>
        <source>Free software under the {licence} licence.</source>
        <translation>Free software under the {licence} licence.</translation>
    </message>
</context>
<context>
    <name>AnswersSection</name>
    <message>
        <source>Answers to your questions</source>
        <translation>Answers to your questions</translation>
    </message>
    <message>
        <source>Write down what the doctor said to each question on your list from step 6. The most important ones are marked with a star.</source>
        <translation>Write down what the doctor said to each question on your list from step 6. The most important ones are marked with a star.</translation>
    </message>
    <message>
        <source>There are no questions on your list yet. Step 6 helps you write them down before the visit.</source>
        <translation>There are no questions on your list yet. Step 6 helps you write them down before the visit.</translation>
    </message>
    <message>
        <source>Go to step 6: your &amp;questions</source>
        <translation>Go to step 6: your &amp;questions</translation>
    </message>
    <message>
        <source>Answer to: {question}</source>
        <translation>Answer to: {question}</translation>
    </message>
    <message>
        <source>{star} {question} (most important)</source>
        <translation>{star} {question} (most important)</translation>
    </message>
</context>
<context>
    <name>AutoLock</name>
    <message>
        <source>&amp;Lock now</source>
        <translation>&amp;Lock now</translation>
    </message>
    <message>
        <source>Lock &amp;automatically</source>
        <translation>Lock &amp;automatically</translation>
    </message>
    <message>
        <source>&amp;Never</source>
        <translation>&amp;Never</translation>
    </message>
    <message>
        <source>After {minutes} minutes without use</source>
        <translation>After {minutes} minutes without use</translation>
    </message>
    <message>
        <source>The program will lock itself when the work in progress is done.</source>
        <translation>The program will lock itself when the work in progress is done.</translation>
    </message>
</context>
<context>
    <name>BackupsDialog</name>
    <message>
        <source>Backups</source>
        <translation>Backups</translation>
    </message>
    <message>
        <source>The program keeps a copy of all your cases each day it is used, the newest {keep}. Restoring one brings back your cases as they were then. Your data as it is now is kept as a backup first, so you can go back.</source>
        <translation>The program keeps a copy of all your cases each day it is used, the newest {keep}. Restoring one brings back your cases as they were then. Your data as it is now is kept as a backup first, so you can go back.</translation>
    </message>
    <message>
        <source>There are no backups yet.</source>
        <translation>There are no backups yet.</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>Made</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Size</translation>
    </message>
    <message>
        <source>What it holds</source>
        <translation>What it holds</translation>
    </message>
    <message>
        <source>Backups, newest first</source>
        <translation>Backups, newest first</translation>
    </message>
    <message>
        <source>&amp;Restore this backup…</source>
        <translation>&amp;Restore this backup…</translation>
    </message>
    <message>
        <source>damaged data, kept as it was</source>
        <translation>damaged data, kept as it was</translation>
    </message>
    <message>
        <source>cases: {count}</source>
        <translation>cases: {count}</translation>
    </message>
    <message>
        <source>Restore the backup from {date}? Your cases go back to how they were then. Your data as it is now is kept as the newest backup, so you can go back to it.</source>
        <translation>Restore the backup from {date}? Your cases go back to how they were then. Your data as it is now is kept as the newest backup, so you can go back to it.</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>Restore a backup</translation>
    </message>
    <message>
        <source>Not restored</source>
        <translation>Not restored</translation>
    </message>
    <message>
        <source>The backup from {date} is restored. Your data as it was before is kept as the newest backup (Case menu, Backups).</source>
        <translation>The backup from {date} is restored. Your data as it was before is kept as the newest backup (Case menu, Backups).</translation>
    </message>
</context>
<context>
    <name>BundleActions</name>
    <message>
        <source>Save the whole case, &amp;encrypted…</source>
        <translation>Save the whole case, &amp;encrypted…</translation>
    </message>
    <message>
        <source>One file with the case and all its files, to move it to another computer</source>
        <translation>One file with the case and all its files, to move it to another computer</translation>
    </message>
    <message>
        <source>Open an encr&amp;ypted case…</source>
        <translation>Open an encr&amp;ypted case…</translation>
    </message>
    <message>
        <source>Save the whole case, encrypted</source>
        <translation>Save the whole case, encrypted</translation>
    </message>
    <message>
        <source>Open an encrypted case</source>
        <translation>Open an encrypted case</translation>
    </message>
    <message>
        <source>Encrypted cases (*{suffix})</source>
        <translation>Encrypted cases (*{suffix})</translation>
    </message>
    <message>
        <source>{name} (encrypted)</source>
        <translation>{name} (encrypted)</translation>
    </message>
    <message>
        <source>“{name}” is saved with all its files, encrypted, in {path}. To open it on another computer, you need its passphrase.</source>
        <translation>“{name}” is saved with all its files, encrypted, in {path}. To open it on another computer, you need its passphrase.</translation>
    </message>
    <message>
        <source>Saving the encrypted case… {percent} %</source>
        <translation>Saving the encrypted case… {percent} %</translation>
    </message>
    <message>
        <source>Opening the encrypted case… {percent} %</source>
        <translation>Opening the encrypted case… {percent} %</translation>
    </message>
    <message>
        <source>“{name}” is opened as case number {number}, with all its files.</source>
        <translation>“{name}” is opened as case number {number}, with all its files.</translation>
    </message>
</context>
<context>
    <name>BundlePassphraseDialog</name>
    <message>
        <source>Choose a passphrase for this file. You will need it to open the file on another computer. Nobody can open the file without it, not even you, so write it down and keep it apart from the file.</source>
        <translation>Choose a passphrase for this file. You will need it to open the file on another computer. Nobody can open the file without it, not even you, so write it down and keep it apart from the file.</translation>
    </message>
    <message>
        <source>Type the passphrase that was chosen when this file was saved.</source>
        <translation>Type the passphrase that was chosen when this file was saved.</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <source>Passphrase again</source>
        <translation>Passphrase again</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Passphrase:</translation>
    </message>
    <message>
        <source>&amp;Again:</source>
        <translation>&amp;Again:</translation>
    </message>
    <message>
        <source>Please type the passphrase.</source>
        <translation>Please type the passphrase.</translation>
    </message>
    <message>
        <source>The two passphrases are not the same. Please type them again.</source>
        <translation>The two passphrases are not the same. Please type them again.</translation>
    </message>
</context>
<context>
    <name>Calendar</name>
    <message>
        <source>Second opinion appointment for {name}</source>
        <translation>Second opinion appointment for {name}</translation>
    </message>
    <message>
        <source>Second opinion appointment</source>
        <translation>Second opinion appointment</translation>
    </message>
    <message>
        <source>Appointment with {doctor}. Bring your list of questions.</source>
        <translation>Appointment with {doctor}. Bring your list of questions.</translation>
    </message>
    <message>
        <source>Bring your list of questions.</source>
        <translation>Bring your list of questions.</translation>
    </message>
    <message>
        <source>Records due at the specialist's office</source>
        <translation>Records due at the specialist's office</translation>
    </message>
    <message>
        <source>By now the specialist's office should have all your records, so the doctor has time to study them before the appointment. If they have not confirmed receipt, call them.</source>
        <translation>By now the specialist's office should have all your records, so the doctor has time to study them before the appointment. If they have not confirmed receipt, call them.</translation>
    </message>
    <message>
        <source>Ask the specialist's office to confirm they have your records</source>
        <translation>Ask the specialist's office to confirm they have your records</translation>
    </message>
    <message>
        <source>Records from {to_whom} are due</source>
        <translation>Records from {to_whom} are due</translation>
    </message>
    <message>
        <source>Requested records are due</source>
        <translation>Requested records are due</translation>
    </message>
    <message>
        <source>Today is the last day for an answer to your records request. If nothing has arrived, call and ask.</source>
        <translation>Today is the last day for an answer to your records request. If nothing has arrived, call and ask.</translation>
    </message>
    <message>
        <source>Weekly check-in</source>
        <translation>Weekly check-in</translation>
    </message>
    <message>
        <source>Take 10 minutes to scan and file this week's medical papers, receipts and notes in the planner. Or mark that nothing is new this week.</source>
        <translation>Take 10 minutes to scan and file this week's medical papers, receipts and notes in the planner. Or mark that nothing is new this week.</translation>
    </message>
</context>
<context>
    <name>CaseActions</name>
    <message>
        <source>&amp;New case…</source>
        <translation>&amp;New case…</translation>
    </message>
    <message>
        <source>&amp;All cases…</source>
        <translation>&amp;All cases…</translation>
    </message>
    <message>
        <source>&amp;Rename case…</source>
        <translation>&amp;Rename case…</translation>
    </message>
    <message>
        <source>&amp;Delete case…</source>
        <translation>&amp;Delete case…</translation>
    </message>
    <message>
        <source>&amp;Save the case file…</source>
        <translation>&amp;Save the case file…</translation>
    </message>
    <message>
        <source>&amp;Import a case file…</source>
        <translation>&amp;Import a case file…</translation>
    </message>
    <message>
        <source>Unarc&amp;hive case</source>
        <translation>Unarc&amp;hive case</translation>
    </message>
    <message>
        <source>Arc&amp;hive case</source>
        <translation>Arc&amp;hive case</translation>
    </message>
    <message>
        <source>&amp;Undo the delete of “{name}”</source>
        <translation>&amp;Undo the delete of “{name}”</translation>
    </message>
    <message>
        <source>&amp;Undo the delete</source>
        <translation>&amp;Undo the delete</translation>
    </message>
    <message>
        <source>New case</source>
        <translation>New case</translation>
    </message>
    <message>
        <source>Whose second opinion is this? Type the patient's name:</source>
        <translation>Whose second opinion is this? Type the patient's name:</translation>
    </message>
    <message>
        <source>Rename case</source>
        <translation>Rename case</translation>
    </message>
    <message>
        <source>New name:</source>
        <translation>New name:</translation>
    </message>
    <message>
        <source>There is already a case called “{name}”. Make another case with the same name? The two are told apart by their number and date of birth.</source>
        <translation>There is already a case called “{name}”. Make another case with the same name? The two are told apart by their number and date of birth.</translation>
    </message>
    <message>
        <source>Archive case</source>
        <translation>Archive case</translation>
    </message>
    <message>
        <source>“{name}” is in the list of cases again.</source>
        <translation>“{name}” is in the list of cases again.</translation>
    </message>
    <message>
        <source>“{name}” is archived: it is kept, but no longer in the list of cases. Now showing “{shown}”.</source>
        <translation>“{name}” is archived: it is kept, but no longer in the list of cases. Now showing “{shown}”.</translation>
    </message>
    <message>
        <source>“{name}” is archived: it is kept, but no longer in the list of cases. No case is open now.</source>
        <translation>“{name}” is archived: it is kept, but no longer in the list of cases. No case is open now.</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <source>Delete case</source>
        <translation>Delete case</translation>
    </message>
    <message>
        <source>Delete the case “{name}” and everything in it? You can undo this until you close the program.</source>
        <translation>Delete the case “{name}” and everything in it? You can undo this until you close the program.</translation>
    </message>
    <message>
        <source>“{name}” is deleted. Now showing “{shown}”.</source>
        <translation>“{name}” is deleted. Now showing “{shown}”.</translation>
    </message>
    <message>
        <source>“{name}” is deleted. No case is open now.</source>
        <translation>“{name}” is deleted. No case is open now.</translation>
    </message>
    <message>
        <source>“{name}” is back.</source>
        <translation>“{name}” is back.</translation>
    </message>
    <message>
        <source>Save the case file</source>
        <translation>Save the case file</translation>
    </message>
    <message>
        <source>Case file {name}.json</source>
        <translation>Case file {name}.json</translation>
    </message>
    <message>
        <source>Case files (*.json)</source>
        <translation>Case files (*.json)</translation>
    </message>
    <message>
        <source>The case file is saved: {path}. It is not encrypted, so keep it as safe as a paper file.</source>
        <translation>The case file is saved: {path}. It is not encrypted, so keep it as safe as a paper file.</translation>
    </message>
    <message>
        <source>Import a case file</source>
        <translation>Import a case file</translation>
    </message>
    <message>
        <source>“{name}” is imported as case number {number}.</source>
        <translation>“{name}” is imported as case number {number}.</translation>
    </message>
    <message>
        <source>{count} cases are imported. Now showing “{name}”.</source>
        <translation>{count} cases are imported. Now showing “{name}”.</translation>
    </message>
</context>
<context>
    <name>CaseloadDialog</name>
    <message>
        <source>All cases</source>
        <translation>All cases</translation>
    </message>
    <message>
        <source>Type part of a name or a case number to find a case. Click a case, or press Enter, to open it.</source>
        <translation>Type part of a name or a case number to find a case. Click a case, or press Enter, to open it.</translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation>&amp;Find:</translation>
    </message>
    <message>
        <source>Part of a name, or a case number</source>
        <translation>Part of a name, or a case number</translation>
    </message>
    <message>
        <source>Show &amp;archived cases</source>
        <translation>Show &amp;archived cases</translation>
    </message>
    <message>
        <source>&amp;Sort by:</source>
        <translation>&amp;Sort by:</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Open</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Cases</translation>
    </message>
    <message>
        <source>No case matches “{text}”.</source>
        <translation>No case matches “{text}”.</translation>
    </message>
    <message>
        <source>{shown} of {total} cases</source>
        <translation>{shown} of {total} cases</translation>
    </message>
</context>
<context>
    <name>CaseloadModel</name>
    <message>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Steps done</source>
        <translation>Steps done</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Next step</translation>
    </message>
    <message>
        <source>Next date</source>
        <translation>Next date</translation>
    </message>
    <message>
        <source>Last change</source>
        <translation>Last change</translation>
    </message>
</context>
<context>
    <name>ChartRow</name>
    <message>
        <source>Your own row</source>
        <translation>Your own row</translation>
    </message>
    <message>
        <source>Row:</source>
        <translation>Row:</translation>
    </message>
    <message>
        <source>What this row compares, for example Cost</source>
        <translation>What this row compares, for example Cost</translation>
    </message>
    <message>
        <source>Name of your own row</source>
        <translation>Name of your own row</translation>
    </message>
    <message>
        <source>Remove this row…</source>
        <translation>Remove this row…</translation>
    </message>
    <message>
        <source>Remove the row {name}</source>
        <translation>Remove the row {name}</translation>
    </message>
    <message>
        <source>{row}, {opinion}</source>
        <translation>{row}, {opinion}</translation>
    </message>
    <message>
        <source>Do they &amp;agree?</source>
        <translation>Do they &amp;agree?</translation>
    </message>
    <message>
        <source>{row}: do they agree?</source>
        <translation>{row}: do they agree?</translation>
    </message>
</context>
<context>
    <name>CheckinsEditor</name>
    <message>
        <source>Your weekly check-in</source>
        <translation>Your weekly check-in</translation>
    </message>
    <message>
        <source>Every Sunday evening, take 10 minutes: add the week's papers, receipts and notes below and put each in its group. That counts as the week's check-in. If nothing came this week, say so with the button.</source>
        <translation>Every Sunday evening, take 10 minutes: add the week's papers, receipts and notes below and put each in its group. That counts as the week's check-in. If nothing came this week, say so with the button.</translation>
    </message>
    <message>
        <source>&amp;Nothing new this week</source>
        <translation>&amp;Nothing new this week</translation>
    </message>
    <message>
        <source>Your check-ins so far:</source>
        <translation>Your check-ins so far:</translation>
    </message>
    <message>
        <source>This week's check-in is done.</source>
        <translation>This week's check-in is done.</translation>
    </message>
    <message>
        <source>This week's check-in is still open, until Sunday, {date}.</source>
        <translation>This week's check-in is still open, until Sunday, {date}.</translation>
    </message>
    <message>
        <source>nothing new</source>
        <translation>nothing new</translation>
    </message>
    <message>
        <source>documents filed</source>
        <translation>documents filed</translation>
    </message>
    <message>
        <source>• Week of {monday}: {what}</source>
        <translation>• Week of {monday}: {what}</translation>
    </message>
    <message>
        <source>None yet.</source>
        <translation>None yet.</translation>
    </message>
    <message>
        <source>{count} weeks in a row. The habit is built: well done!</source>
        <translation>{count} weeks in a row. The habit is built: well done!</translation>
    </message>
    <message>
        <source>You kept it up {longest} weeks in a row before; now: {count}. Keep going!</source>
        <translation>You kept it up {longest} weeks in a row before; now: {count}. Keep going!</translation>
    </message>
    <message>
        <source>No weeks in a row yet. Four in a row build the habit.</source>
        <translation>No weeks in a row yet. Four in a row build the habit.</translation>
    </message>
    <message>
        <source>{count} of 4 weeks in a row.</source>
        <translation>{count} of 4 weeks in a row.</translation>
    </message>
</context>
<context>
    <name>Checklist</name>
    <message>
        <source>Second opinion checklist</source>
        <translation>Second opinion checklist</translation>
    </message>
    <message>
        <source>Patient: {name}</source>
        <translation>Patient: {name}</translation>
    </message>
    <message>
        <source>Printed on: {date}</source>
        <translation>Printed on: {date}</translation>
    </message>
    <message>
        <source>Progress: {done} of {total} steps done</source>
        <translation>Progress: {done} of {total} steps done</translation>
    </message>
    <message>
        <source>Step {number}: {title}</source>
        <translation>Step {number}: {title}</translation>
    </message>
    <message>
        <source>Why it matters</source>
        <translation>Why it matters</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>What to do</translation>
    </message>
    <message>
        <source>What you wrote down</source>
        <translation>What you wrote down</translation>
    </message>
    <message>
        <source>Done when</source>
        <translation>Done when</translation>
    </message>
    <message>
        <source>Good to know</source>
        <translation>Good to know</translation>
    </message>
    <message>
        <source>{name} · printed {date} · page {page} of {pages}</source>
        <translation>{name} · printed {date} · page {page} of {pages}</translation>
    </message>
    <message>
        <source>Your questions: {count} (most important: {starred})</source>
        <translation>Your questions: {count} (most important: {starred})</translation>
    </message>
    <message>
        <source>Last printed or saved as a PDF on {date}, with {count} questions.</source>
        <translation>Last printed or saved as a PDF on {date}, with {count} questions.</translation>
    </message>
    <message>
        <source>The list has not been printed or saved yet.</source>
        <translation>The list has not been printed or saved yet.</translation>
    </message>
    <message>
        <source>Recordings of the visit: {count}</source>
        <translation>Recordings of the visit: {count}</translation>
    </message>
    <message>
        <source>Answers written down: {count} of {total}</source>
        <translation>Answers written down: {count} of {total}</translation>
    </message>
    <message>
        <source>The T-chart, row by row:</source>
        <translation>The T-chart, row by row:</translation>
    </message>
    <message>
        <source>not compared yet</source>
        <translation>not compared yet</translation>
    </message>
    <message>
        <source>Documents in the safe folder: {count}. Still to sort: {unsorted}.</source>
        <translation>Documents in the safe folder: {count}. Still to sort: {unsorted}.</translation>
    </message>
    <message>
        <source>Weekly check-ins: {count}. Weeks in a row now: {current}. Most weeks in a row: {longest}.</source>
        <translation>Weekly check-ins: {count}. Weeks in a row now: {current}. Most weeks in a row: {longest}.</translation>
    </message>
    <message>
        <source>… and {count} earlier check-ins.</source>
        <translation>… and {count} earlier check-ins.</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>{name}: {done} of {total} steps done</source>
        <translation>{name}: {done} of {total} steps done</translation>
    </message>
    <message>
        <source>Next, in step {number}: {action}</source>
        <translation>Next, in step {number}: {action}</translation>
    </message>
    <message>
        <source>Case {number} ({name}) is archived: it is kept, but no longer listed. To list it again: case unarchive {number}</source>
        <translation>Case {number} ({name}) is archived: it is kept, but no longer listed. To list it again: case unarchive {number}</translation>
    </message>
    <message>
        <source>Case {number} ({name}) is listed again.</source>
        <translation>Case {number} ({name}) is listed again.</translation>
    </message>
    <message>
        <source>Case {number} ({name}) is deleted.</source>
        <translation>Case {number} ({name}) is deleted.</translation>
    </message>
    <message>
        <source>No cases yet.</source>
        <translation>No cases yet.</translation>
    </message>
    <message>
        <source>{done} of {total} steps done</source>
        <translation>{done} of {total} steps done</translation>
    </message>
    <message>
        <source>No dates yet</source>
        <translation>No dates yet</translation>
    </message>
    <message>
        <source>Next date: {date}</source>
        <translation>Next date: {date}</translation>
    </message>
    <message>
        <source>Case {number}: {name}</source>
        <translation>Case {number}: {name}</translation>
    </message>
    <message>
        <source>Imported: {imported}. Already in the case: {duplicates}. Not imported: {passed}.</source>
        <translation>Imported: {imported}. Already in the case: {duplicates}. Not imported: {passed}.</translation>
    </message>
    <message>
        <source>No records in this case yet.</source>
        <translation>No records in this case yet.</translation>
    </message>
    <message>
        <source>{date}  {modalities}  {description} ({count} images)</source>
        <translation>{date}  {modalities}  {description} ({count} images)</translation>
    </message>
    <message>
        <source>Written: {path}</source>
        <translation>Written: {path}</translation>
    </message>
    <message>
        <source>The data folder is healthy. Cases: {count}.</source>
        <translation>The data folder is healthy. Cases: {count}.</translation>
    </message>
    <message>
        <source>There are no backups yet; open the wizard to make one, and check that the disk has free space.</source>
        <translation>There are no backups yet; open the wizard to make one, and check that the disk has free space.</translation>
    </message>
    <message>
        <source>Backups: {count}, the newest from {date}, over 2 days old; open the wizard to make a new one and check the free disk space.</source>
        <translation>Backups: {count}, the newest from {date}, over 2 days old; open the wizard to make a new one and check the free disk space.</translation>
    </message>
    <message>
        <source>Backups: {count}, the newest from {date}.</source>
        <translation>Backups: {count}, the newest from {date}.</translation>
    </message>
    <message>
        <source>There are no backups of this data folder yet.</source>
        <translation>There are no backups of this data folder yet.</translation>
    </message>
    <message>
        <source>damaged data, kept as it was</source>
        <translation>damaged data, kept as it was</translation>
    </message>
    <message>
        <source>cases: {count}</source>
        <translation>cases: {count}</translation>
    </message>
    <message>
        <source>The backup from {date} is restored (cases: {count}). The data it replaced is kept as backup {number}; to go back to it: restore --from-backup {number}</source>
        <translation>The backup from {date} is restored (cases: {count}). The data it replaced is kept as backup {number}; to go back to it: restore --from-backup {number}</translation>
    </message>
    <message>
        <source>Passphrase of the encrypted case file: </source>
        <translation>Passphrase of the encrypted case file: </translation>
    </message>
    <message>
        <source>Choose a passphrase for the encrypted case file: </source>
        <translation>Choose a passphrase for the encrypted case file: </translation>
    </message>
    <message>
        <source>The same passphrase again: </source>
        <translation>The same passphrase again: </translation>
    </message>
    <message>
        <source>Saved, encrypted: {path} (the case {name}; files: {count}). It opens only with its passphrase, so keep that safe.</source>
        <translation>Saved, encrypted: {path} (the case {name}; files: {count}). It opens only with its passphrase, so keep that safe.</translation>
    </message>
    <message>
        <source>The case {name} is restored as case {number}. Files: {count}.</source>
        <translation>The case {name} is restored as case {number}. Files: {count}.</translation>
    </message>
    <message>
        <source>Passphrase or recovery key:</source>
        <translation>Passphrase or recovery key:</translation>
    </message>
    <message>
        <source>Recovery key:</source>
        <translation>Recovery key:</translation>
    </message>
    <message>
        <source>New passphrase (at least 8 characters):</source>
        <translation>New passphrase (at least 8 characters):</translation>
    </message>
    <message>
        <source>The new passphrase again:</source>
        <translation>The new passphrase again:</translation>
    </message>
    <message>
        <source>The data is locked with a key kept in the system keyring.</source>
        <translation>The data is locked with a key kept in the system keyring.</translation>
    </message>
    <message>
        <source>The data is locked with a passphrase.</source>
        <translation>The data is locked with a passphrase.</translation>
    </message>
    <message>
        <source>There is no recovery key yet; make one with: second-opinion key new-recovery</source>
        <translation>There is no recovery key yet; make one with: second-opinion key new-recovery</translation>
    </message>
    <message>
        <source>Your recovery key, shown only this once: {key}
Write it down or print it and keep it in a safe place. It opens your data if the passphrase is forgotten or the keyring loses the key; any earlier recovery key no longer works.</source>
        <translation>Your recovery key, shown only this once: {key}
Write it down or print it and keep it in a safe place. It opens your data if the passphrase is forgotten or the keyring loses the key; any earlier recovery key no longer works.</translation>
    </message>
</context>
<context>
    <name>DamagedDialog</name>
    <message>
        <source>Your data is damaged — {app}</source>
        <translation>Your data is damaged — {app}</translation>
    </message>
    <message>
        <source>Your data cannot be opened</source>
        <translation>Your data cannot be opened</translation>
    </message>
    <message>
        <source>The file that holds your cases is damaged, so the program cannot open it. Nothing was changed or deleted.</source>
        <translation>The file that holds your cases is damaged, so the program cannot open it. Nothing was changed or deleted.</translation>
    </message>
    <message>
        <source>There is no good backup to restore. Keep the data folder as it is, and ask someone who knows computers for help. The data folder is:
{folder}</source>
        <translation>There is no good backup to restore. Keep the data folder as it is, and ask someone who knows computers for help. The data folder is:
{folder}</translation>
    </message>
    <message>
        <source>The newest good backup is from {date}. Restoring it brings back your cases as they were then; changes made after that are lost. The damaged file is kept aside as a backup first.</source>
        <translation>The newest good backup is from {date}. Restoring it brings back your cases as they were then; changes made after that are lost. The damaged file is kept aside as a backup first.</translation>
    </message>
    <message>
        <source>&amp;Restore the backup from {date}</source>
        <translation>&amp;Restore the backup from {date}</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>The backup from {date} is restored. The damaged file is kept among the backups (Case menu, Backups).</source>
        <translation>The backup from {date} is restored. The damaged file is kept among the backups (Case menu, Backups).</translation>
    </message>
</context>
<context>
    <name>DateEdit</name>
    <message>
        <source>Calendar…</source>
        <translation>Calendar…</translation>
    </message>
    <message>
        <source>Pick the date from a calendar</source>
        <translation>Pick the date from a calendar</translation>
    </message>
    <message>
        <source>for example {date}</source>
        <translation>for example {date}</translation>
    </message>
    <message>
        <source>Pick a date</source>
        <translation>Pick a date</translation>
    </message>
</context>
<context>
    <name>EntryList</name>
    <message>
        <source>Nothing written down yet.</source>
        <translation>Nothing written down yet.</translation>
    </message>
    <message>
        <source>{list}: entry {number} of {count}</source>
        <translation>{list}: entry {number} of {count}</translation>
    </message>
    <message>
        <source>Remove this entry</source>
        <translation>Remove this entry</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>Could not write {path} ({reason}); choose a folder you can write to, with free space, and try again.</source>
        <translation>Could not write {path} ({reason}); choose a folder you can write to, with free space, and try again.</translation>
    </message>
    <message>
        <source>No system keyring is available to keep the key safe; set SECOND_OPINION_PASSPHRASE to a passphrase of your choice and try again.</source>
        <translation>No system keyring is available to keep the key safe; set SECOND_OPINION_PASSPHRASE to a passphrase of your choice and try again.</translation>
    </message>
    <message>
        <source>There is nothing at {path}; check the path.</source>
        <translation>There is nothing at {path}; check the path.</translation>
    </message>
    <message>
        <source>The data folder has problems ({problems}); restore the newest good backup, from {date}, with this command: {command}.</source>
        <translation>The data folder has problems ({problems}); restore the newest good backup, from {date}, with this command: {command}.</translation>
    </message>
    <message>
        <source>The data folder has problems ({problems}); restore a backup.</source>
        <translation>The data folder has problems ({problems}); restore a backup.</translation>
    </message>
    <message>
        <source>Stopped; nothing half-written was left behind.</source>
        <translation>Stopped; nothing half-written was left behind.</translation>
    </message>
    <message>
        <source>An unexpected problem stopped the command ({problem}); please report it.</source>
        <translation>An unexpected problem stopped the command ({problem}); please report it.</translation>
    </message>
    <message>
        <source>The file {file} does not exist.</source>
        <translation>The file {file} does not exist.</translation>
    </message>
    <message>
        <source>The file {file} cannot be read ({reason}).</source>
        <translation>The file {file} cannot be read ({reason}).</translation>
    </message>
    <message>
        <source>{file} is not a valid case file ({problem}); nothing was imported.</source>
        <translation>{file} is not a valid case file ({problem}); nothing was imported.</translation>
    </message>
    <message>
        <source>There is no data in {path} yet; check the folder name, or create a case first with: case new NAME.</source>
        <translation>There is no data in {path} yet; check the folder name, or create a case first with: case new NAME.</translation>
    </message>
    <message>
        <source>The database {file} is missing, but its key file is still there; put the database back from a backup of this folder (nothing was changed).</source>
        <translation>The database {file} is missing, but its key file is still there; put the database back from a backup of this folder (nothing was changed).</translation>
    </message>
    <message>
        <source>The data folder {path} cannot be created or used ({reason}); choose another one with --data-dir.</source>
        <translation>The data folder {path} cannot be created or used ({reason}); choose another one with --data-dir.</translation>
    </message>
    <message>
        <source>Other people who use this computer may be able to read {path}; make your data folder private with this command: {command}.</source>
        <translation>Other people who use this computer may be able to read {path}; make your data folder private with this command: {command}.</translation>
    </message>
    <message>
        <source>The data in {path} is open in another window of Second Opinion Planner; use that window, or close it and try again.</source>
        <translation>The data in {path} is open in another window of Second Opinion Planner; use that window, or close it and try again.</translation>
    </message>
    <message>
        <source>Several cases are called {name}; use the case number instead.</source>
        <translation>Several cases are called {name}; use the case number instead.</translation>
    </message>
    <message>
        <source>There is no case called {name}; see the list with: case list.</source>
        <translation>There is no case called {name}; see the list with: case list.</translation>
    </message>
    <message>
        <source>That case no longer exists; choose another one.</source>
        <translation>That case no longer exists; choose another one.</translation>
    </message>
    <message>
        <source>That entry no longer exists; it may have been removed elsewhere.</source>
        <translation>That entry no longer exists; it may have been removed elsewhere.</translation>
    </message>
    <message>
        <source>Please type a name for the case.</source>
        <translation>Please type a name for the case.</translation>
    </message>
    <message>
        <source>That name is too long; please use at most 200 letters.</source>
        <translation>That name is too long; please use at most 200 letters.</translation>
    </message>
    <message>
        <source>A passphrase of only spaces is easy to guess; please choose one with letters or numbers.</source>
        <translation>A passphrase of only spaces is easy to guess; please choose one with letters or numbers.</translation>
    </message>
    <message>
        <source>Please choose a passphrase of at least {count} characters.</source>
        <translation>Please choose a passphrase of at least {count} characters.</translation>
    </message>
    <message>
        <source>That passphrase is not right; check for typing mistakes (and Caps Lock), then try again.</source>
        <translation>That passphrase is not right; check for typing mistakes (and Caps Lock), then try again.</translation>
    </message>
    <message>
        <source>The key file {file} is damaged, so the data cannot be opened; restore it from a backup of this folder.</source>
        <translation>The key file {file} is damaged, so the data cannot be opened; restore it from a backup of this folder.</translation>
    </message>
    <message>
        <source>The key file {file} cannot be read ({reason}); check that this folder is yours and readable, then try again.</source>
        <translation>The key file {file} cannot be read ({reason}); check that this folder is yours and readable, then try again.</translation>
    </message>
    <message>
        <source>The key file {file} is missing, so the data cannot be opened; put it back from a backup of this folder.</source>
        <translation>The key file {file} is missing, so the data cannot be opened; put it back from a backup of this folder.</translation>
    </message>
    <message>
        <source>This data folder is protected by a passphrase: enter it (or your recovery key), or set SECOND_OPINION_PASSPHRASE.</source>
        <translation>This data folder is protected by a passphrase: enter it (or your recovery key), or set SECOND_OPINION_PASSPHRASE.</translation>
    </message>
    <message>
        <source>The keyring did not give the key (it may be locked); type your recovery key, or unlock the keyring and try again.</source>
        <translation>The keyring did not give the key (it may be locked); type your recovery key, or unlock the keyring and try again.</translation>
    </message>
    <message>
        <source>No recovery key was made for this data, so only its passphrase opens it; type the passphrase.</source>
        <translation>No recovery key was made for this data, so only its passphrase opens it; type the passphrase.</translation>
    </message>
    <message>
        <source>The key for this data folder could not be read from the system keyring; unlock your keyring and try again.</source>
        <translation>The key for this data folder could not be read from the system keyring; unlock your keyring and try again.</translation>
    </message>
    <message>
        <source>The data in {path} comes from a newer version of Second Opinion Planner; open it with that version or a newer one (nothing was changed).</source>
        <translation>The data in {path} comes from a newer version of Second Opinion Planner; open it with that version or a newer one (nothing was changed).</translation>
    </message>
    <message>
        <source>Cannot open the data in {path}: the key does not match or the file is damaged; check the passphrase or keyring, or restore a backup.</source>
        <translation>Cannot open the data in {path}: the key does not match or the file is damaged; check the passphrase or keyring, or restore a backup.</translation>
    </message>
    <message>
        <source>The data in {path} is busy in another window or command; close it or wait a moment, then try again.</source>
        <translation>The data in {path} is busy in another window or command; close it or wait a moment, then try again.</translation>
    </message>
    <message>
        <source>The disk that holds {path} is full; free some disk space, then try again.</source>
        <translation>The disk that holds {path} is full; free some disk space, then try again.</translation>
    </message>
    <message>
        <source>The data folder {path} cannot be used ({reason}); make it readable and writable for you, or choose another one with --data-dir.</source>
        <translation>The data folder {path} cannot be used ({reason}); make it readable and writable for you, or choose another one with --data-dir.</translation>
    </message>
    <message>
        <source>The disk could not read or write {path}; check that the disk is connected and healthy, then try again.</source>
        <translation>The disk could not read or write {path}; check that the disk is connected and healthy, then try again.</translation>
    </message>
    <message>
        <source>Your last change could not be saved because another window or command is saving too; wait a moment, then try again.</source>
        <translation>Your last change could not be saved because another window or command is saving too; wait a moment, then try again.</translation>
    </message>
    <message>
        <source>Your last change could not be saved because the disk is full; free some disk space, then try again.</source>
        <translation>Your last change could not be saved because the disk is full; free some disk space, then try again.</translation>
    </message>
    <message>
        <source>Your last change could not be saved because the data folder {path} cannot be written ({reason}); make it writable for you, then try again.</source>
        <translation>Your last change could not be saved because the data folder {path} cannot be written ({reason}); make it writable for you, then try again.</translation>
    </message>
    <message>
        <source>Your last change could not be saved because the disk reported an error; check that the disk is connected and healthy, then try again.</source>
        <translation>Your last change could not be saved because the disk reported an error; check that the disk is connected and healthy, then try again.</translation>
    </message>
    <message>
        <source>Your last change could not be saved because the data in {path} is damaged; restore a backup of this folder.</source>
        <translation>Your last change could not be saved because the data in {path} is damaged; restore a backup of this folder.</translation>
    </message>
    <message>
        <source>The data in {path} is damaged; restore a backup of this folder, and keep the damaged file until you have.</source>
        <translation>The data in {path} is damaged; restore a backup of this folder, and keep the damaged file until you have.</translation>
    </message>
    <message>
        <source>{path} is inside the program's data folder {folder}; save the file somewhere else, such as your Documents folder.</source>
        <translation>{path} is inside the program's data folder {folder}; save the file somewhere else, such as your Documents folder.</translation>
    </message>
    <message>
        <source>{path} is a symbolic link; choose a new file name, or the file it points to.</source>
        <translation>{path} is a symbolic link; choose a new file name, or the file it points to.</translation>
    </message>
    <message>
        <source>{path} is a folder; choose a file name inside it.</source>
        <translation>{path} is a folder; choose a file name inside it.</translation>
    </message>
    <message>
        <source>{path} is not an ordinary file but a device, pipe or socket; choose a new file name.</source>
        <translation>{path} is not an ordinary file but a device, pipe or socket; choose a new file name.</translation>
    </message>
    <message>
        <source>This case holds no records yet; add them in step 3 first.</source>
        <translation>This case holds no records yet; add them in step 3 first.</translation>
    </message>
    <message>
        <source>The import stopped because the disk is full; the files copied so far are kept. Free some disk space, then add the rest again.</source>
        <translation>The import stopped because the disk is full; the files copied so far are kept. Free some disk space, then add the rest again.</translation>
    </message>
    <message>
        <source>The import stopped because the data folder {path} cannot be written; make it writable for you, then add the files again.</source>
        <translation>The import stopped because the data folder {path} cannot be written; make it writable for you, then add the files again.</translation>
    </message>
    <message>
        <source>A stored file is missing or damaged in the data folder; restore a backup of the folder, or add the file again.</source>
        <translation>A stored file is missing or damaged in the data folder; restore a backup of the folder, or add the file again.</translation>
    </message>
    <message>
        <source>That file is no longer in this case; it may have been removed.</source>
        <translation>That file is no longer in this case; it may have been removed.</translation>
    </message>
    <message>
        <source>Please type a name for the file.</source>
        <translation>Please type a name for the file.</translation>
    </message>
    <message>
        <source>A case called {name} exists already (number {numbers}); add --same-name to have another case with this name.</source>
        <translation>A case called {name} exists already (number {numbers}); add --same-name to have another case with this name.</translation>
    </message>
    <message>
        <source>Deleting case {number} ({name}) removes it and everything in it for good; add --yes to do so.</source>
        <translation>Deleting case {number} ({name}) removes it and everything in it for good; add --yes to do so.</translation>
    </message>
    <message>
        <source>The printout could not be prepared; please save it as a PDF and print that.</source>
        <translation>The printout could not be prepared; please save it as a PDF and print that.</translation>
    </message>
    <message>
        <source>The printer could not be started; check that it is switched on and try again, or save the PDF and print that.</source>
        <translation>The printer could not be started; check that it is switched on and try again, or save the PDF and print that.</translation>
    </message>
    <message>
        <source>The folder {path} is not private to you, so no plain copy is written there; remove it and try again.</source>
        <translation>The folder {path} is not private to you, so no plain copy is written there; remove it and try again.</translation>
    </message>
    <message>
        <source>“{name}” is not a sound recording the program can keep; please choose an m4a, mp3, wav or ogg file.</source>
        <translation>“{name}” is not a sound recording the program can keep; please choose an m4a, mp3, wav or ogg file.</translation>
    </message>
    <message>
        <source>Could not read “{name}” ({reason}); check that the file is still there and try again.</source>
        <translation>Could not read “{name}” ({reason}); check that the file is still there and try again.</translation>
    </message>
    <message>
        <source>A backup of {path} could not be made before its update to this version ({reason}); free some disk space, then try again (nothing was changed).</source>
        <translation>A backup of {path} could not be made before its update to this version ({reason}); free some disk space, then try again (nothing was changed).</translation>
    </message>
    <message>
        <source>Today's automatic backup could not be made ({reason}); your data is safe, but free some disk space so that backups can be made again.</source>
        <translation>Today's automatic backup could not be made ({reason}); your data is safe, but free some disk space so that backups can be made again.</translation>
    </message>
    <message>
        <source>There is no backup number {number}; see the list with: backup --list.</source>
        <translation>There is no backup number {number}; see the list with: backup --list.</translation>
    </message>
    <message>
        <source>Backup {number} is damaged or cannot be opened with this folder's key; choose another one from: backup --list (nothing was changed).</source>
        <translation>Backup {number} is damaged or cannot be opened with this folder's key; choose another one from: backup --list (nothing was changed).</translation>
    </message>
    <message>
        <source>Backup {number} was made by a newer version of Second Opinion Planner; restore it with that version (nothing was changed).</source>
        <translation>Backup {number} was made by a newer version of Second Opinion Planner; restore it with that version (nothing was changed).</translation>
    </message>
    <message>
        <source>Backup {number} needs stored files that are no longer in the data folder ({count}); choose another one from: backup --list (nothing was changed).</source>
        <translation>Backup {number} needs stored files that are no longer in the data folder ({count}); choose another one from: backup --list (nothing was changed).</translation>
    </message>
    <message>
        <source>Backup {number} could not be restored ({reason}); free some disk space, then try again (your data was not changed).</source>
        <translation>Backup {number} could not be restored ({reason}); free some disk space, then try again (your data was not changed).</translation>
    </message>
    <message>
        <source>The data in {path} is damaged; restore the newest good backup, from {date}, with this command: {command} (it first keeps the damaged data).</source>
        <translation>The data in {path} is damaged; restore the newest good backup, from {date}, with this command: {command} (it first keeps the damaged data).</translation>
    </message>
    <message>
        <source>There is no terminal to ask for the passphrase of the encrypted case file; set SECOND_OPINION_BUNDLE_PASSPHRASE to it and try again.</source>
        <translation>There is no terminal to ask for the passphrase of the encrypted case file; set SECOND_OPINION_BUNDLE_PASSPHRASE to it and try again.</translation>
    </message>
    <message>
        <source>The two passphrases are not the same; nothing was saved, so please try again.</source>
        <translation>The two passphrases are not the same; nothing was saved, so please try again.</translation>
    </message>
    <message>
        <source>Run this command in a terminal to type the new passphrase, or set SECOND_OPINION_NEW_PASSPHRASE.</source>
        <translation>Run this command in a terminal to type the new passphrase, or set SECOND_OPINION_NEW_PASSPHRASE.</translation>
    </message>
    <message>
        <source>The two passphrases are not the same; nothing was changed.</source>
        <translation>The two passphrases are not the same; nothing was changed.</translation>
    </message>
    <message>
        <source>The translation for {language} could not be loaded; install the program again, or choose another language.</source>
        <translation>The translation for {language} could not be loaded; install the program again, or choose another language.</translation>
    </message>
    <message>
        <source>The encrypted case file {file} is damaged or incomplete; copy it again from where it came from (nothing was changed).</source>
        <translation>The encrypted case file {file} is damaged or incomplete; copy it again from where it came from (nothing was changed).</translation>
    </message>
    <message>
        <source>The passphrase is not right for the encrypted case file {file}; check it and try again (nothing was changed).</source>
        <translation>The passphrase is not right for the encrypted case file {file}; check it and try again (nothing was changed).</translation>
    </message>
    <message>
        <source>The encrypted case file {file} comes from a newer version of this program; open it with that version or a newer one (nothing was changed).</source>
        <translation>The encrypted case file {file} comes from a newer version of this program; open it with that version or a newer one (nothing was changed).</translation>
    </message>
    <message>
        <source>{file} is not an encrypted case file; choose a file saved as one (nothing was changed).</source>
        <translation>{file} is not an encrypted case file; choose a file saved as one (nothing was changed).</translation>
    </message>
    <message>
        <source>The case could not be restored because the disk is full; free some disk space, then try again (nothing was changed).</source>
        <translation>The case could not be restored because the disk is full; free some disk space, then try again (nothing was changed).</translation>
    </message>
    <message>
        <source>The case could not be restored because the data folder cannot be written ({reason}); make it writable for you, then try again (nothing was changed).</source>
        <translation>The case could not be restored because the data folder cannot be written ({reason}); make it writable for you, then try again (nothing was changed).</translation>
    </message>
    <message>
        <source>No safe system keyring is available on this computer, so your data stays protected by its passphrase.</source>
        <translation>No safe system keyring is available on this computer, so your data stays protected by its passphrase.</translation>
    </message>
    <message>
        <source>This data is protected by the system keyring, not by a passphrase; choose to use a passphrase instead.</source>
        <translation>This data is protected by the system keyring, not by a passphrase; choose to use a passphrase instead.</translation>
    </message>
    <message>
        <source>This recovery key has a typing mistake; compare each group of letters and digits with your recovery sheet, then try again.</source>
        <translation>This recovery key has a typing mistake; compare each group of letters and digits with your recovery sheet, then try again.</translation>
    </message>
    <message>
        <source>This recovery key does not open this data; it may belong to another data folder, or it was replaced by a newer one.</source>
        <translation>This recovery key does not open this data; it may belong to another data folder, or it was replaced by a newer one.</translation>
    </message>
    <message>
        <source>No graphical display was found, so the wizard cannot open; start it from your desktop, or type 'second-opinion status CASE' (more in 'second-opinion --help').</source>
        <translation>No graphical display was found, so the wizard cannot open; start it from your desktop, or type 'second-opinion status CASE' (more in 'second-opinion --help').</translation>
    </message>
    <message>
        <source>--large-print is only for the PDF printouts; add --pdf OUT, or leave it out.</source>
        <translation>--large-print is only for the PDF printouts; add --pdf OUT, or leave it out.</translation>
    </message>
</context>
<context>
    <name>FieldsForm</name>
    <message>
        <source>for example 14:30</source>
        <translation>for example 14:30</translation>
    </message>
    <message>
        <source>(not chosen yet)</source>
        <translation>(not chosen yet)</translation>
    </message>
</context>
<context>
    <name>Help</name>
    <message>
        <source>How this program helps you</source>
        <translation>How this program helps you</translation>
    </message>
    <message>
        <source>A second opinion means another doctor looks at your illness and your treatment plan. This program walks you through getting one, in nine steps.</source>
        <translation>A second opinion means another doctor looks at your illness and your treatment plan. This program walks you through getting one, in nine steps.</translation>
    </message>
    <message>
        <source>Each step says why it matters, what to do, and how you know it is done. You can do the steps in any order and come back to them at any time.</source>
        <translation>Each step says why it matters, what to do, and how you know it is done. You can do the steps in any order and come back to them at any time.</translation>
    </message>
    <message>
        <source>Everything you type is saved at once. It stays on this computer, locked with encryption. Nothing is sent over the internet.</source>
        <translation>Everything you type is saved at once. It stays on this computer, locked with encryption. Nothing is sent over the internet.</translation>
    </message>
    <message>
        <source>You can print a checklist of all steps to take with you. Use the Case menu, or the button on the overview.</source>
        <translation>You can print a checklist of all steps to take with you. Use the Case menu, or the button on the overview.</translation>
    </message>
    <message>
        <source>This program helps you organize the process. It does not give medical advice. Talk about every decision with your doctors.</source>
        <translation>This program helps you organize the process. It does not give medical advice. Talk about every decision with your doctors.</translation>
    </message>
    <message>
        <source>Step 1: Do you need a second opinion?</source>
        <translation>Step 1: Do you need a second opinion?</translation>
    </message>
    <message>
        <source>Studies at a large US teaching hospital found that about 1 in 5 people who asked got a different diagnosis. About 88 in 100 got a clearer or changed diagnosis or plan.</source>
        <translation>Studies at a large US teaching hospital found that about 1 in 5 people who asked got a different diagnosis. About 88 in 100 got a clearer or changed diagnosis or plan.</translation>
    </message>
    <message>
        <source>This step is done when you have found at least one clear, real reason to go ahead.</source>
        <translation>This step is done when you have found at least one clear, real reason to go ahead.</translation>
    </message>
    <message>
        <source>Step 2: What does your insurance pay?</source>
        <translation>Step 2: What does your insurance pay?</translation>
    </message>
    <message>
        <source>A surprise bill is the last thing you need now. Call your insurance before you book, and ask about second opinion cover for your diagnosis by name.</source>
        <translation>A surprise bill is the last thing you need now. Call your insurance before you book, and ask about second opinion cover for your diagnosis by name.</translation>
    </message>
    <message>
        <source>Not every health problem needs a second opinion. It matters most when a lot is at stake. Examples are a life-threatening illness such as cancer, a surgery that is not an emergency, or a rare disease.</source>
        <translation>Not every health problem needs a second opinion. It matters most when a lot is at stake. Examples are a life-threatening illness such as cancer, a surgery that is not an emergency, or a rare disease.</translation>
    </message>
    <message>
        <source>It can also help when a treatment has not worked in the time it should, or when no one knows for sure what you have. If you live with several long-term illnesses, one doctor's plan may not fit them all.</source>
        <translation>It can also help when a treatment has not worked in the time it should, or when no one knows for sure what you have. If you live with several long-term illnesses, one doctor's plan may not fit them all.</translation>
    </message>
    <message>
        <source>Asking is your right. Most doctors expect it and respect it. You can say you want to be fully informed. You can ask your doctor to suggest someone, or to refer you to a doctor you have in mind.</source>
        <translation>Asking is your right. Most doctors expect it and respect it. You can say you want to be fully informed. You can ask your doctor to suggest someone, or to refer you to a doctor you have in mind.</translation>
    </message>
    <message>
        <source>Ask if you must stay with doctors in their network. If the right doctor is outside it, ask for a network gap exception. Then the insurance pays for a doctor outside its network, because no one inside can do the job. This can happen with a rare illness.</source>
        <translation>Ask if you must stay with doctors in their network. If the right doctor is outside it, ask for a network gap exception. Then the insurance pays for a doctor outside its network, because no one inside can do the job. This can happen with a rare illness.</translation>
    </message>
    <message>
        <source>Ask if you need a referral from your main doctor before they will pay.</source>
        <translation>Ask if you need a referral from your main doctor before they will pay.</translation>
    </message>
    <message>
        <source>Write down the day, the name of the person you spoke to, and what they said. It helps if there is a question about the bill later.</source>
        <translation>Write down the day, the name of the person you spoke to, and what they said. It helps if there is a question about the bill later.</translation>
    </message>
    <message>
        <source>This step is done when the insurance has told you clearly what you will pay yourself and whether you need a referral.</source>
        <translation>This step is done when the insurance has told you clearly what you will pay yourself and whether you need a referral.</translation>
    </message>
    <message>
        <source>Step 3: Gather your records</source>
        <translation>Step 3: Gather your records</translation>
    </message>
    <message>
        <source>The second doctor needs the same facts the first doctor used. Only then can they judge your case fairly and fully.</source>
        <translation>The second doctor needs the same facts the first doctor used. Only then can they judge your case fairly and fully.</translation>
    </message>
    <message>
        <source>You have a legal right to your records. In the US this right comes from a law called HIPAA. In the EU it comes from the GDPR, the data protection law. Send your clinic a written request; the program can write the letter.</source>
        <translation>You have a legal right to your records. In the US this right comes from a law called HIPAA. In the EU it comes from the GDPR, the data protection law. Send your clinic a written request; the program can write the letter.</translation>
    </message>
    <message>
        <source>Ask for the pathology reports (the lab's findings on tissue or cells), your scans, lab results and your doctor's notes. Ask for a discharge summary if you were in hospital lately.</source>
        <translation>Ask for the pathology reports (the lab's findings on tissue or cells), your scans, lab results and your doctor's notes. Ask for a discharge summary if you were in hospital lately.</translation>
    </message>
    <message>
        <source>Ask for the scans themselves, not only the written report. Scans come as DICOM files, the standard format for medical images, on a disc or through a link. You can add a disc or a folder here; the files are kept locked.</source>
        <translation>Ask for the scans themselves, not only the written report. Scans come as DICOM files, the standard format for medical images, on a disc or through a link. You can add a disc or a folder here; the files are kept locked.</translation>
    </message>
    <message>
        <source>This step is done when you have all the records from the last 12 to 24 months, on paper or as files.</source>
        <translation>This step is done when you have all the records from the last 12 to 24 months, on paper or as files.</translation>
    </message>
    <message>
        <source>Step 4: Choose an independent doctor</source>
        <translation>Step 4: Choose an independent doctor</translation>
    </message>
    <message>
        <source>For an honest, fresh view, the second doctor should not work with your first doctor, in the same practice or the same circle.</source>
        <translation>For an honest, fresh view, the second doctor should not work with your first doctor, in the same practice or the same circle.</translation>
    </message>
    <message>
        <source>Good places to look are university hospitals and centers that treat many people with your illness. They often have the newest research and tools.</source>
        <translation>Good places to look are university hospitals and centers that treat many people with your illness. They often have the newest research and tools.</translation>
    </message>
    <message>
        <source>Check the doctor's board certification. This means a medical board has tested the doctor in their field. Board websites also show if they focus on your illness.</source>
        <translation>Check the doctor's board certification. This means a medical board has tested the doctor in their field. Board websites also show if they focus on your illness.</translation>
    </message>
    <message>
        <source>Be careful with a name that only your first doctor gave you. Patient groups for your illness can give you names that are independent.</source>
        <translation>Be careful with a name that only your first doctor gave you. Patient groups for your illness can give you names that are independent.</translation>
    </message>
    <message>
        <source>This step is done when you have the name and contact details of a doctor with no ties to your current doctor.</source>
        <translation>This step is done when you have the name and contact details of a doctor with no ties to your current doctor.</translation>
    </message>
    <message>
        <source>Step 5: Book the visit</source>
        <translation>Step 5: Book the visit</translation>
    </message>
    <message>
        <source>A second opinion only helps if the doctor has read your records before you come. When you call, say clearly that the visit is for a second opinion.</source>
        <translation>A second opinion only helps if the doctor has read your records before you come. When you call, say clearly that the visit is for a second opinion.</translation>
    </message>
    <message>
        <source>Ask how they want your records: through a secure website, by mail, or brought by hand.</source>
        <translation>Ask how they want your records: through a secure website, by mail, or brought by hand.</translation>
    </message>
    <message>
        <source>Call again to check that the records arrived, at least 48 hours before the visit. Otherwise the visit may be wasted. Online second opinion services often send a written report 48 to 72 hours after they have your records.</source>
        <translation>Call again to check that the records arrived, at least 48 hours before the visit. Otherwise the visit may be wasted. Online second opinion services often send a written report 48 to 72 hours after they have your records.</translation>
    </message>
    <message>
        <source>This step is done when the visit is booked and the office has said it has your files.</source>
        <translation>This step is done when the visit is booked and the office has said it has your files.</translation>
    </message>
    <message>
        <source>Step 6: Write down your questions</source>
        <translation>Step 6: Write down your questions</translation>
    </message>
    <message>
        <source>Worry makes it easy to forget what you wanted to ask. A written list makes sure nothing is missed.</source>
        <translation>Worry makes it easy to forget what you wanted to ask. A written list makes sure nothing is missed.</translation>
    </message>
    <message>
        <source>Good questions: How did you arrive at this diagnosis? What else could we do instead of the surgery? What happens if we wait and do nothing?</source>
        <translation>Good questions: How did you arrive at this diagnosis? What else could we do instead of the surgery? What happens if we wait and do nothing?</translation>
    </message>
    <message>
        <source>Ask how many people with exactly this illness the doctor treated last year. Ask if there are studies of new treatments (clinical trials) your first doctor did not mention.</source>
        <translation>Ask how many people with exactly this illness the doctor treated last year. Ask if there are studies of new treatments (clinical trials) your first doctor did not mention.</translation>
    </message>
    <message>
        <source>Star the questions that matter most, so you ask them first. The program suggests more questions for your area of medicine.</source>
        <translation>Star the questions that matter most, so you ask them first. The program suggests more questions for your area of medicine.</translation>
    </message>
    <message>
        <source>This step is done when you have printed a list of at least five questions.</source>
        <translation>This step is done when you have printed a list of at least five questions.</translation>
    </message>
    <message>
        <source>Step 7: At the visit</source>
        <translation>Step 7: At the visit</translation>
    </message>
    <message>
        <source>It is hard to take in a lot of medical facts and talk at the same time. Bring someone you trust to take notes, so you can listen and ask.</source>
        <translation>It is hard to take in a lot of medical facts and talk at the same time. Bring someone you trust to take notes, so you can listen and ask.</translation>
    </message>
    <message>
        <source>Ask the doctor if you may record the talk on your phone. Then you can listen again at home. Always ask first.</source>
        <translation>Ask the doctor if you may record the talk on your phone. Then you can listen again at home. Always ask first.</translation>
    </message>
    <message>
        <source>If the doctor's view differs from the first one, ask them to explain the difference in plain words.</source>
        <translation>If the doctor's view differs from the first one, ask them to explain the difference in plain words.</translation>
    </message>
    <message>
        <source>This step is done when the visit is over and you have notes or a recording of what the doctor advised.</source>
        <translation>This step is done when the visit is over and you have notes or a recording of what the doctor advised.</translation>
    </message>
    <message>
        <source>Step 8: Compare and decide</source>
        <translation>Step 8: Compare and decide</translation>
    </message>
    <message>
        <source>If the two opinions differ, you need to know why. Only then can you make the safest choice.</source>
        <translation>If the two opinions differ, you need to know why. Only then can you make the safest choice.</translation>
    </message>
    <message>
        <source>A T-chart helps: a table with one column for each doctor. Write what each said about the diagnosis, the treatment, the risks and the time to recover.</source>
        <translation>A T-chart helps: a table with one column for each doctor. Write what each said about the diagnosis, the treatment, the risks and the time to recover.</translation>
    </message>
    <message>
        <source>If they differ a lot, make an appointment with your main doctor to talk about the difference.</source>
        <translation>If they differ a lot, make an appointment with your main doctor to talk about the difference.</translation>
    </message>
    <message>
        <source>A third opinion, as a tie-breaker, is only worth it when the first two are very different and a lot is at stake. An example is surgery on a major organ.</source>
        <translation>A third opinion, as a tie-breaker, is only worth it when the first two are very different and a lot is at stake. An example is surgery on a major organ.</translation>
    </message>
    <message>
        <source>This step is done when you have chosen a treatment and told both medical teams.</source>
        <translation>This step is done when you have chosen a treatment and told both medical teams.</translation>
    </message>
    <message>
        <source>Step 9: Keep your papers in order</source>
        <translation>Step 9: Keep your papers in order</translation>
    </message>
    <message>
        <source>Papers that are always in order make the next second opinion, or an emergency, much faster and safer.</source>
        <translation>Papers that are always in order make the next second opinion, or an emergency, much faster and safer.</translation>
    </message>
    <message>
        <source>Keep them in a safe digital folder. This program's folder is locked with encryption; a health record app works too.</source>
        <translation>Keep them in a safe digital folder. This program's folder is locked with encryption; a health record app works too.</translation>
    </message>
    <message>
        <source>Make it a habit over 30 days: every Sunday evening, spend 10 minutes. Scan and file the week's medical papers, receipts and notes.</source>
        <translation>Make it a habit over 30 days: every Sunday evening, spend 10 minutes. Scan and file the week's medical papers, receipts and notes.</translation>
    </message>
    <message>
        <source>Sort everything into groups: Imaging (scans and X-rays), Labs, Prescriptions and Doctor notes. Receipts and Other are there for the rest.</source>
        <translation>Sort everything into groups: Imaging (scans and X-rays), Labs, Prescriptions and Doctor notes. Receipts and Other are there for the rest.</translation>
    </message>
    <message>
        <source>This step is done when your papers are all filed in groups, and you have kept up the habit four weeks in a row.</source>
        <translation>This step is done when your papers are all filed in groups, and you have kept up the habit four weeks in a row.</translation>
    </message>
</context>
<context>
    <name>HelpActions</name>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;Help for this page</source>
        <translation>&amp;Help for this page</translation>
    </message>
    <message>
        <source>&amp;About {app}</source>
        <translation>&amp;About {app}</translation>
    </message>
</context>
<context>
    <name>HelpDialog</name>
    <message>
        <source>Help: {app}</source>
        <translation>Help: {app}</translation>
    </message>
    <message>
        <source>&amp;Help about:</source>
        <translation>&amp;Help about:</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Adding records</source>
        <translation>Adding records</translation>
    </message>
    <message>
        <source>Progress of the import</source>
        <translation>Progress of the import</translation>
    </message>
    <message>
        <source>Files that were not added, and why</source>
        <translation>Files that were not added, and why</translation>
    </message>
    <message>
        <source>Looking at the files…</source>
        <translation>Looking at the files…</translation>
    </message>
    <message>
        <source>Stopping after the file in hand…</source>
        <translation>Stopping after the file in hand…</translation>
    </message>
    <message>
        <source>Copying file {done} of {total} into your locked folder…</source>
        <translation>Copying file {done} of {total} into your locked folder…</translation>
    </message>
    <message>
        <source>Making small pictures of the scans…</source>
        <translation>Making small pictures of the scans…</translation>
    </message>
    <message>
        <source>You stopped the import. The files added before you stopped are kept.</source>
        <translation>You stopped the import. The files added before you stopped are kept.</translation>
    </message>
    <message>
        <source>Files added: {count}.</source>
        <translation>Files added: {count}.</translation>
    </message>
    <message>
        <source>Files already in this case, so not added again: {count}.</source>
        <translation>Files already in this case, so not added again: {count}.</translation>
    </message>
    <message>
        <source>Files not added: {count}. Here is why:</source>
        <translation>Files not added: {count}. Here is why:</translation>
    </message>
    <message>
        <source>Done.</source>
        <translation>Done.</translation>
    </message>
    <message>
        <source>An unexpected problem stopped the import ({problem}); the files added before it are kept. Please report it.</source>
        <translation>An unexpected problem stopped the import ({problem}); the files added before it are kept. Please report it.</translation>
    </message>
    <message>
        <source>The import stopped.</source>
        <translation>The import stopped.</translation>
    </message>
</context>
<context>
    <name>InAppPlayer</name>
    <message>
        <source>&amp;Stop</source>
        <translation>&amp;Stop</translation>
    </message>
    <message>
        <source>Position in the recording</source>
        <translation>Position in the recording</translation>
    </message>
    <message>
        <source>No loudspeaker or headphones were found on this computer; connect them to hear the recording.</source>
        <translation>No loudspeaker or headphones were found on this computer; connect them to hear the recording.</translation>
    </message>
    <message>
        <source>Playing “{name}”</source>
        <translation>Playing “{name}”</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Pause</translation>
    </message>
    <message>
        <source>P&amp;lay</source>
        <translation>P&amp;lay</translation>
    </message>
</context>
<context>
    <name>Letter</name>
    <message>
        <source>Request for a copy of my medical records under HIPAA (45 CFR 164.524)</source>
        <translation>Request for a copy of my medical records under HIPAA (45 CFR 164.524)</translation>
    </message>
    <message>
        <source>Request for access to my personal data under Article 15 GDPR</source>
        <translation>Request for access to my personal data under Article 15 GDPR</translation>
    </message>
    <message>
        <source>I am writing to request a copy of my medical records under my HIPAA right of access (45 CFR 164.524). Please include the following records:</source>
        <translation>I am writing to request a copy of my medical records under my HIPAA right of access (45 CFR 164.524). Please include the following records:</translation>
    </message>
    <message>
        <source>Please give me the copy in a commonly used electronic form, for example as PDF files (Article 15(3) GDPR).</source>
        <translation>Please give me the copy in a commonly used electronic form, for example as PDF files (Article 15(3) GDPR).</translation>
    </message>
    <message>
        <source>I also ask you to send an electronic copy of these records directly to the doctor who will give me a second opinion. HIPAA gives me the right to have a copy sent to a person I name (45 CFR 164.524(c)(3)(ii)). Please send it to:</source>
        <translation>I also ask you to send an electronic copy of these records directly to the doctor who will give me a second opinion. HIPAA gives me the right to have a copy sent to a person I name (45 CFR 164.524(c)(3)(ii)). Please send it to:</translation>
    </message>
    <message>
        <source>With my consent, please also send a copy of these records directly to the doctor who will give me a second opinion. Please send it to:</source>
        <translation>With my consent, please also send a copy of these records directly to the doctor who will give me a second opinion. Please send it to:</translation>
    </message>
    <message>
        <source>Under 45 CFR 164.524(b)(2), you must act on this request no later than 30 calendar days after you receive it. Counting from the date of this letter, please respond by {due}.</source>
        <translation>Under 45 CFR 164.524(b)(2), you must act on this request no later than 30 calendar days after you receive it. Counting from the date of this letter, please respond by {due}.</translation>
    </message>
    <message>
        <source>Under Article 12(3) GDPR, you must respond without undue delay and at the latest within one month of receiving this request. Counting from the date of this letter, please respond by {due}.</source>
        <translation>Under Article 12(3) GDPR, you must respond without undue delay and at the latest within one month of receiving this request. Counting from the date of this letter, please respond by {due}.</translation>
    </message>
    <message>
        <source>I am writing to request access to my personal data. This is my right under Article 15 of the General Data Protection Regulation (GDPR). My request includes a copy of my medical records. Please include these records:</source>
        <translation>I am writing to request access to my personal data. This is my right under Article 15 of the General Data Protection Regulation (GDPR). My request includes a copy of my medical records. Please include these records:</translation>
    </message>
    <message>
        <source>Please give me the copy in electronic form, for example as PDF files. HIPAA requires you to provide records kept electronically in the electronic form and format I ask for if it is readily producible (45 CFR 164.524(c)(2)).</source>
        <translation>Please give me the copy in electronic form, for example as PDF files. HIPAA requires you to provide records kept electronically in the electronic form and format I ask for if it is readily producible (45 CFR 164.524(c)(2)).</translation>
    </message>
    <message>
        <source>If you cannot meet this deadline, you may extend it only once, by no more than 30 days. To do so, you must tell me in writing within the first 30 days why you need more time and when you will respond.</source>
        <translation>If you cannot meet this deadline, you may extend it only once, by no more than 30 days. To do so, you must tell me in writing within the first 30 days why you need more time and when you will respond.</translation>
    </message>
    <message>
        <source>This period may be extended by two further months only where necessary, given the complexity and number of requests. If you extend it, you must tell me within the first month and give the reasons for the delay.</source>
        <translation>This period may be extended by two further months only where necessary, given the complexity and number of requests. If you extend it, you must tell me within the first month and give the reasons for the delay.</translation>
    </message>
    <message>
        <source>HIPAA allows only a reasonable, cost-based fee for a copy (45 CFR 164.524(c)(4)). If you will charge a fee, please tell me the amount before you make the copy.</source>
        <translation>HIPAA allows only a reasonable, cost-based fee for a copy (45 CFR 164.524(c)(4)). If you will charge a fee, please tell me the amount before you make the copy.</translation>
    </message>
    <message>
        <source>Under Article 15(3) GDPR, the first copy must be provided free of charge.</source>
        <translation>Under Article 15(3) GDPR, the first copy must be provided free of charge.</translation>
    </message>
    <message>
        <source>Please include all records from {start} to {end}.</source>
        <translation>Please include all records from {start} to {end}.</translation>
    </message>
    <message>
        <source>Please include all records from {start} to today.</source>
        <translation>Please include all records from {start} to today.</translation>
    </message>
    <message>
        <source>Please include all records up to {end}.</source>
        <translation>Please include all records up to {end}.</translation>
    </message>
    <message>
        <source>Medical records department</source>
        <translation>Medical records department</translation>
    </message>
    <message>
        <source>Patient: {name}, date of birth: {birth}</source>
        <translation>Patient: {name}, date of birth: {birth}</translation>
    </message>
    <message>
        <source>Dear Sir or Madam,</source>
        <translation>Dear Sir or Madam,</translation>
    </message>
    <message>
        <source>Please give me the copy on paper.</source>
        <translation>Please give me the copy on paper.</translation>
    </message>
    <message>
        <source>For imaging studies (such as CT, MRI, X-ray or ultrasound), please include the original images in DICOM format, not only the written reports. You may send them on a CD/DVD or by secure download.</source>
        <translation>For imaging studies (such as CT, MRI, X-ray or ultrasound), please include the original images in DICOM format, not only the written reports. You may send them on a CD/DVD or by secure download.</translation>
    </message>
    <message>
        <source>Please send my copy to me at the address above.</source>
        <translation>Please send my copy to me at the address above.</translation>
    </message>
    <message>
        <source>Please confirm in writing that you have received this letter, and tell me the date you received it.</source>
        <translation>Please confirm in writing that you have received this letter, and tell me the date you received it.</translation>
    </message>
    <message>
        <source>If you need anything else from me to find my records or to confirm who I am, please contact me at the address above.</source>
        <translation>If you need anything else from me to find my records or to confirm who I am, please contact me at the address above.</translation>
    </message>
    <message>
        <source>Thank you for your help.</source>
        <translation>Thank you for your help.</translation>
    </message>
    <message>
        <source>Sincerely,</source>
        <translation>Sincerely,</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Signature</translation>
    </message>
    <message>
        <source>Name in capital letters</source>
        <translation>Name in capital letters</translation>
    </message>
    <message>
        <source>{name} · {date} · page {page} of {pages}</source>
        <translation>{name} · {date} · page {page} of {pages}</translation>
    </message>
    <message>
        <source>{date} · page {page} of {pages}</source>
        <translation>{date} · page {page} of {pages}</translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <source>Your data is locked</source>
        <translation>Your data is locked</translation>
    </message>
    <message>
        <source>The program hid your cases and locked your data. Nothing you entered is lost. To go on, choose Unlock and type your passphrase.</source>
        <translation>The program hid your cases and locked your data. Nothing you entered is lost. To go on, choose Unlock and type your passphrase.</translation>
    </message>
    <message>
        <source>The program hid your cases and locked your data. Nothing you entered is lost. To go on, choose Unlock. Anyone who uses this computer account can unlock it, so lock the computer too when you leave it.</source>
        <translation>The program hid your cases and locked your data. Nothing you entered is lost. To go on, choose Unlock. Anyone who uses this computer account can unlock it, so lock the computer too when you leave it.</translation>
    </message>
    <message>
        <source>&amp;Unlock…</source>
        <translation>&amp;Unlock…</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Unlock</translation>
    </message>
    <message>
        <source>Unlock your data</source>
        <translation>Unlock your data</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>&amp;Patient:</source>
        <translation>&amp;Patient:</translation>
    </message>
    <message>
        <source>New case…</source>
        <translation>New case…</translation>
    </message>
    <message>
        <source>All cases…</source>
        <translation>All cases…</translation>
    </message>
    <message>
        <source>Find a case and open it (Ctrl+O)</source>
        <translation>Find a case and open it (Ctrl+O)</translation>
    </message>
    <message>
        <source>No case yet</source>
        <translation>No case yet</translation>
    </message>
    <message>
        <source>← &amp;Back</source>
        <translation>← &amp;Back</translation>
    </message>
    <message>
        <source>&amp;Next →</source>
        <translation>&amp;Next →</translation>
    </message>
    <message>
        <source>Previous step (Ctrl+Page Up)</source>
        <translation>Previous step (Ctrl+Page Up)</translation>
    </message>
    <message>
        <source>Next step (Ctrl+Page Down)</source>
        <translation>Next step (Ctrl+Page Down)</translation>
    </message>
    <message>
        <source>&amp;Case</source>
        <translation>&amp;Case</translation>
    </message>
    <message>
        <source>Save the &amp;checklist as PDF…</source>
        <translation>Save the &amp;checklist as PDF…</translation>
    </message>
    <message>
        <source>&amp;Print the checklist…</source>
        <translation>&amp;Print the checklist…</translation>
    </message>
    <message>
        <source>&amp;Backups…</source>
        <translation>&amp;Backups…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Steps</translation>
    </message>
    <message>
        <source>Open case</source>
        <translation>Open case</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Not saved</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Saved.</translation>
    </message>
    <message>
        <source>Everything usually needed is on the list.</source>
        <translation>Everything usually needed is on the list.</translation>
    </message>
    <message>
        <source>Remove this entry and everything written in it?</source>
        <translation>Remove this entry and everything written in it?</translation>
    </message>
    <message>
        <source>Remove entry</source>
        <translation>Remove entry</translation>
    </message>
    <message>
        <source>Checklist {name}.pdf</source>
        <translation>Checklist {name}.pdf</translation>
    </message>
    <message>
        <source>Save the checklist as PDF</source>
        <translation>Save the checklist as PDF</translation>
    </message>
    <message>
        <source>Save the request letter as PDF</source>
        <translation>Save the request letter as PDF</translation>
    </message>
    <message>
        <source>Records request {name}.pdf</source>
        <translation>Records request {name}.pdf</translation>
    </message>
    <message>
        <source>Request letter saved: {path}</source>
        <translation>Request letter saved: {path}</translation>
    </message>
    <message>
        <source>{file} already exists. Replace it?</source>
        <translation>{file} already exists. Replace it?</translation>
    </message>
    <message>
        <source>Checklist saved: {path}</source>
        <translation>Checklist saved: {path}</translation>
    </message>
    <message>
        <source>Patient: {name}</source>
        <translation>Patient: {name}</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Overview</translation>
    </message>
</context>
<context>
    <name>NotSavedBar</name>
    <message>
        <source>Not saved</source>
        <translation>Not saved</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>&amp;Try again</translation>
    </message>
    <message>
        <source>Save the waiting changes now</source>
        <translation>Save the waiting changes now</translation>
    </message>
    <message>
        <source>{problem} What you changed stays on screen. It is saved when you click Try again or make your next change.</source>
        <translation>{problem} What you changed stays on screen. It is saved when you click Try again or make your next change.</translation>
    </message>
</context>
<context>
    <name>NoticeBar</name>
    <message>
        <source>Close this message</source>
        <translation>Close this message</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <source>Create a case…</source>
        <translation>Create a case…</translation>
    </message>
    <message>
        <source>What to do next</source>
        <translation>What to do next</translation>
    </message>
    <message>
        <source>Dates that matter</source>
        <translation>Dates that matter</translation>
    </message>
    <message>
        <source>No dates yet. They appear here when you write down your appointment and your records requests.</source>
        <translation>No dates yet. They appear here when you write down your appointment and your records requests.</translation>
    </message>
    <message>
        <source>&amp;Printouts for this case are in:</source>
        <translation>&amp;Printouts for this case are in:</translation>
    </message>
    <message>
        <source>Save the checklist as PDF…</source>
        <translation>Save the checklist as PDF…</translation>
    </message>
    <message>
        <source>Everything you type stays on this computer. It is locked with encryption and saved as soon as you make a change.</source>
        <translation>Everything you type stays on this computer. It is locked with encryption and saved as soon as you make a change.</translation>
    </message>
    <message>
        <source>Welcome to Second Opinion Planner</source>
        <translation>Welcome to Second Opinion Planner</translation>
    </message>
    <message>
        <source>This program guides you, one step at a time, through getting a second opinion from another doctor. Start by creating a case for the person who needs the second opinion.</source>
        <translation>This program guides you, one step at a time, through getting a second opinion from another doctor. Start by creating a case for the person who needs the second opinion.</translation>
    </message>
    <message>
        <source>Second opinion plan for {name}</source>
        <translation>Second opinion plan for {name}</translation>
    </message>
    <message>
        <source>Here you see how far you are. Choose a step on the left, or go straight to the next thing to do.</source>
        <translation>Here you see how far you are. Choose a step on the left, or go straight to the next thing to do.</translation>
    </message>
    <message>
        <source>{done} of {total} steps done</source>
        <translation>{done} of {total} steps done</translation>
    </message>
    <message>
        <source>All nine steps are done. Well done.</source>
        <translation>All nine steps are done. Well done.</translation>
    </message>
    <message>
        <source>Keep filing new papers each week so your records stay ready.</source>
        <translation>Keep filing new papers each week so your records stay ready.</translation>
    </message>
    <message>
        <source>Step {number}: {title}</source>
        <translation>Step {number}: {title}</translation>
    </message>
    <message>
        <source>&amp;Go to step {number}</source>
        <translation>&amp;Go to step {number}</translation>
    </message>
    <message>
        <source>{date}, {time}</source>
        <translation>{date}, {time}</translation>
    </message>
    <message>
        <source>Today: {when} — {what}</source>
        <translation>Today: {when} — {what}</translation>
    </message>
    <message>
        <source>Late: {when} — {what}</source>
        <translation>Late: {when} — {what}</translation>
    </message>
    <message>
        <source>Done: {when} — {what}</source>
        <translation>Done: {when} — {what}</translation>
    </message>
</context>
<context>
    <name>Package</name>
    <message>
        <source>Index</source>
        <translation>Index</translation>
    </message>
    <message>
        <source>Records for a second opinion</source>
        <translation>Records for a second opinion</translation>
    </message>
    <message>
        <source>{name} · put together {date} · page {page} of {pages}</source>
        <translation>{name} · put together {date} · page {page} of {pages}</translation>
    </message>
    <message>
        <source>Patient: {name}</source>
        <translation>Patient: {name}</translation>
    </message>
    <message>
        <source>Put together on: {date}</source>
        <translation>Put together on: {date}</translation>
    </message>
    <message>
        <source>The records are sorted into folders by kind.</source>
        <translation>The records are sorted into folders by kind.</translation>
    </message>
    <message>
        <source>The scans are in the folder DICOM: open the file DICOMDIR with a DICOM viewer to see them.</source>
        <translation>The scans are in the folder DICOM: open the file DICOMDIR with a DICOM viewer to see them.</translation>
    </message>
    <message>
        <source>This package holds no records.</source>
        <translation>This package holds no records.</translation>
    </message>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Series</source>
        <translation>Series</translation>
    </message>
    <message>
        <source>Images</source>
        <translation>Images</translation>
    </message>
    <message>
        <source>Scans (folder DICOM)</source>
        <translation>Scans (folder DICOM)</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <source>This computer has no safe system keyring to keep the key to your data, so please choose a passphrase.</source>
        <translation>This computer has no safe system keyring to keep the key to your data, so please choose a passphrase.</translation>
    </message>
    <message>
        <source>You opened your data with the recovery key. Choose a new passphrase now, so that you can open your data with it next time. The recovery key keeps working.</source>
        <translation>You opened your data with the recovery key. Choose a new passphrase now, so that you can open your data with it next time. The recovery key keeps working.</translation>
    </message>
    <message>
        <source>{program}: choose a passphrase</source>
        <translation>{program}: choose a passphrase</translation>
    </message>
    <message>
        <source>{program} locks your data so that only you can open it. Choose a passphrase to lock it. You will type it each time you open the program.</source>
        <translation>{program} locks your data so that only you can open it. Choose a passphrase to lock it. You will type it each time you open the program.</translation>
    </message>
    <message>
        <source>The rules: at least {count} characters. A few words that you can remember, with spaces between them, work well.</source>
        <translation>The rules: at least {count} characters. A few words that you can remember, with spaces between them, work well.</translation>
    </message>
    <message>
        <source>If you forget the passphrase, only your recovery key can open the data. You get the recovery key next: print it or write it down. Without the passphrase and the recovery key, no one can open your data, not even the makers of the program.</source>
        <translation>If you forget the passphrase, only your recovery key can open the data. You get the recovery key next: print it or write it down. Without the passphrase and the recovery key, no one can open your data, not even the makers of the program.</translation>
    </message>
    <message>
        <source>If you forget the passphrase, only your recovery key can open the data. Without the passphrase and the recovery key, no one can open your data, not even the makers of the program.</source>
        <translation>If you forget the passphrase, only your recovery key can open the data. Without the passphrase and the recovery key, no one can open your data, not even the makers of the program.</translation>
    </message>
    <message>
        <source>New &amp;passphrase:</source>
        <translation>New &amp;passphrase:</translation>
    </message>
    <message>
        <source>Type it &amp;again:</source>
        <translation>Type it &amp;again:</translation>
    </message>
    <message>
        <source>{program}: open your data</source>
        <translation>{program}: open your data</translation>
    </message>
    <message>
        <source>{program} keeps your data locked with a passphrase. Type your passphrase to open it.</source>
        <translation>{program} keeps your data locked with a passphrase. Type your passphrase to open it.</translation>
    </message>
    <message>
        <source>Forgot the passphrase? Type the recovery key from your recovery sheet instead. Without either of them, no one can open the data.</source>
        <translation>Forgot the passphrase? Type the recovery key from your recovery sheet instead. Without either of them, no one can open the data.</translation>
    </message>
    <message>
        <source>&amp;Passphrase or recovery key:</source>
        <translation>&amp;Passphrase or recovery key:</translation>
    </message>
    <message>
        <source>The system keyring did not give the key to your data: it may be locked, or it did not answer in time. Type the recovery key from your recovery sheet to open your data, or cancel, unlock your keyring and start {program} again.</source>
        <translation>The system keyring did not give the key to your data: it may be locked, or it did not answer in time. Type the recovery key from your recovery sheet to open your data, or cancel, unlock your keyring and start {program} again.</translation>
    </message>
    <message>
        <source>The recovery key is 7 groups of 4 letters and digits.</source>
        <translation>The recovery key is 7 groups of 4 letters and digits.</translation>
    </message>
    <message>
        <source>&amp;Recovery key:</source>
        <translation>&amp;Recovery key:</translation>
    </message>
    <message>
        <source>Please type your recovery key.</source>
        <translation>Please type your recovery key.</translation>
    </message>
    <message>
        <source>Please type your passphrase.</source>
        <translation>Please type your passphrase.</translation>
    </message>
    <message>
        <source>The second passphrase is not the same as the first. Please type it again in the second field.</source>
        <translation>The second passphrase is not the same as the first. Please type it again in the second field.</translation>
    </message>
</context>
<context>
    <name>PdfOutput</name>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Not saved</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>No program to show PDF files opened it; open {file} from your file manager.</source>
        <translation>No program to show PDF files opened it; open {file} from your file manager.</translation>
    </message>
    <message>
        <source>Not printed</source>
        <translation>Not printed</translation>
    </message>
    <message>
        <source>Print the checklist</source>
        <translation>Print the checklist</translation>
    </message>
    <message>
        <source>The checklist was sent to the printer.</source>
        <translation>The checklist was sent to the printer.</translation>
    </message>
    <message>
        <source>Save the T-chart as PDF</source>
        <translation>Save the T-chart as PDF</translation>
    </message>
    <message>
        <source>T-chart {name}.pdf</source>
        <translation>T-chart {name}.pdf</translation>
    </message>
    <message>
        <source>T-chart saved: {path}</source>
        <translation>T-chart saved: {path}</translation>
    </message>
    <message>
        <source>Save the question list in large print</source>
        <translation>Save the question list in large print</translation>
    </message>
    <message>
        <source>Questions in large print {name}.pdf</source>
        <translation>Questions in large print {name}.pdf</translation>
    </message>
    <message>
        <source>Large-print question list saved: {path}</source>
        <translation>Large-print question list saved: {path}</translation>
    </message>
    <message>
        <source>Save the question list as PDF</source>
        <translation>Save the question list as PDF</translation>
    </message>
    <message>
        <source>Questions {name}.pdf</source>
        <translation>Questions {name}.pdf</translation>
    </message>
    <message>
        <source>Question list saved: {path}</source>
        <translation>Question list saved: {path}</translation>
    </message>
    <message>
        <source>Print the T-chart</source>
        <translation>Print the T-chart</translation>
    </message>
    <message>
        <source>The T-chart was sent to the printer.</source>
        <translation>The T-chart was sent to the printer.</translation>
    </message>
    <message>
        <source>Print the question list in large print</source>
        <translation>Print the question list in large print</translation>
    </message>
    <message>
        <source>Print the question list</source>
        <translation>Print the question list</translation>
    </message>
    <message>
        <source>The question list was sent to the printer.</source>
        <translation>The question list was sent to the printer.</translation>
    </message>
</context>
<context>
    <name>PictureDialog</name>
    <message>
        <source>Preparing the picture…</source>
        <translation>Preparing the picture…</translation>
    </message>
    <message>
        <source>This picture cannot be shown here (the kind of image compression it uses is not supported). The file itself is kept and goes into the records package.</source>
        <translation>This picture cannot be shown here (the kind of image compression it uses is not supported). The file itself is kept and goes into the records package.</translation>
    </message>
</context>
<context>
    <name>Plan</name>
    <message>
        <source>Not started</source>
        <translation>Not started</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>In progress</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>Done (your own word)</source>
        <translation>Done (your own word)</translation>
    </message>
    <message>
        <source>Done.</source>
        <translation>Done.</translation>
    </message>
    <message>
        <source>Done by your own word on {date}.</source>
        <translation>Done by your own word on {date}.</translation>
    </message>
    <message>
        <source>Not done yet. Still missing: {count}.</source>
        <translation>Not done yet. Still missing: {count}.</translation>
    </message>
    <message>
        <source>Not done yet. Still missing: {count} of {total}.</source>
        <translation>Not done yet. Still missing: {count} of {total}.</translation>
    </message>
    <message>
        <source>Still to do: {item}</source>
        <translation>Still to do: {item}</translation>
    </message>
    <message>
        <source>Need</source>
        <translation>Need</translation>
    </message>
    <message>
        <source>Decide if you need a second opinion</source>
        <translation>Decide if you need a second opinion</translation>
    </message>
    <message>
        <source>Not every health problem needs a second opinion. But when a lot is at stake, another doctor's view can keep you safe.</source>
        <translation>Not every health problem needs a second opinion. But when a lot is at stake, another doctor's view can keep you safe.</translation>
    </message>
    <message>
        <source>Check if this is about a life-threatening illness (for example cancer), a planned surgery that is not an emergency, or a rare disease.</source>
        <translation>Check if this is about a life-threatening illness (for example cancer), a planned surgery that is not an emergency, or a rare disease.</translation>
    </message>
    <message>
        <source>Ask for another view if the treatment has not helped after the time it should take, or if the diagnosis is still not clear.</source>
        <translation>Ask for another view if the treatment has not helped after the time it should take, or if the diagnosis is still not clear.</translation>
    </message>
    <message>
        <source>Think about one if you have several long-term illnesses that make one single treatment plan hard.</source>
        <translation>Think about one if you have several long-term illnesses that make one single treatment plan hard.</translation>
    </message>
    <message>
        <source>You have found at least one clear, real reason to go ahead.</source>
        <translation>You have found at least one clear, real reason to go ahead.</translation>
    </message>
    <message>
        <source>Insurance</source>
        <translation>Insurance</translation>
    </message>
    <message>
        <source>Find out what your insurance pays</source>
        <translation>Find out what your insurance pays</translation>
    </message>
    <message>
        <source>Surprise bills add stress at an already hard time. Knowing what your plan covers helps you avoid them.</source>
        <translation>Surprise bills add stress at an already hard time. Knowing what your plan covers helps you avoid them.</translation>
    </message>
    <message>
        <source>Call your insurance company. Ask if they pay for a “second opinion” for this diagnosis.</source>
        <translation>Call your insurance company. Ask if they pay for a “second opinion” for this diagnosis.</translation>
    </message>
    <message>
        <source>Ask if they need a written referral from your main doctor before they pay.</source>
        <translation>Ask if they need a written referral from your main doctor before they pay.</translation>
    </message>
    <message>
        <source>Your insurance has told you clearly what you will pay yourself and whether you need a referral.</source>
        <translation>Your insurance has told you clearly what you will pay yourself and whether you need a referral.</translation>
    </message>
    <message>
        <source>When you call, write down the date, the name of the person you spoke with and any reference number they give you.</source>
        <translation>When you call, write down the date, the name of the person you spoke with and any reference number they give you.</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Records</translation>
    </message>
    <message>
        <source>Get copies of your medical records</source>
        <translation>Get copies of your medical records</translation>
    </message>
    <message>
        <source>The new doctor needs the same test results the first doctor used. Only then can they check everything fairly and fully.</source>
        <translation>The new doctor needs the same test results the first doctor used. Only then can they check everything fairly and fully.</translation>
    </message>
    <message>
        <source>For a review of scans: get the original DICOM images (MRI, CT, PET, X-ray, ultrasound), not only the written report. A radiologist who specializes in this kind of scan will read them.</source>
        <translation>For a review of scans: get the original DICOM images (MRI, CT, PET, X-ray, ultrasound), not only the written report. A radiologist who specializes in this kind of scan will read them.</translation>
    </message>
    <message>
        <source>Specialist</source>
        <translation>Specialist</translation>
    </message>
    <message>
        <source>Choose an independent doctor</source>
        <translation>Choose an independent doctor</translation>
    </message>
    <message>
        <source>For a truly fair view, the second doctor should not work in the same practice or close circle as the first doctor.</source>
        <translation>For a truly fair view, the second doctor should not work in the same practice or close circle as the first doctor.</translation>
    </message>
    <message>
        <source>In studies at a large US teaching hospital, about 1 in 5 people who asked for a second opinion got a different diagnosis. Counting everyone who asked, about 88 in 100 got a clearer or changed diagnosis or treatment plan.</source>
        <translation>In studies at a large US teaching hospital, about 1 in 5 people who asked for a second opinion got a different diagnosis. Counting everyone who asked, about 88 in 100 got a clearer or changed diagnosis or treatment plan.</translation>
    </message>
    <message>
        <source>You have the name and contact details of a specialist who has no work ties to your current doctor.</source>
        <translation>You have the name and contact details of a specialist who has no work ties to your current doctor.</translation>
    </message>
    <message>
        <source>If you have heart and lung problems together, ask for a combined review by a heart doctor (cardiologist) and a lung doctor (pulmonologist).</source>
        <translation>If you have heart and lung problems together, ask for a combined review by a heart doctor (cardiologist) and a lung doctor (pulmonologist).</translation>
    </message>
    <message>
        <source>Booking</source>
        <translation>Booking</translation>
    </message>
    <message>
        <source>Book the visit and make sure your records arrive</source>
        <translation>Book the visit and make sure your records arrive</translation>
    </message>
    <message>
        <source>Book the appointment and say clearly that it is for a second opinion.</source>
        <translation>Book the appointment and say clearly that it is for a second opinion.</translation>
    </message>
    <message>
        <source>Ask the office how they want to get your records: a secure online portal, mail, or dropping them off in person.</source>
        <translation>Ask the office how they want to get your records: a secure online portal, mail, or dropping them off in person.</translation>
    </message>
    <message>
        <source>Your appointment is confirmed and the specialist's office has told you they got your files.</source>
        <translation>Your appointment is confirmed and the specialist's office has told you they got your files.</translation>
    </message>
    <message>
        <source>Online second-opinion services usually send a written report 48 to 72 hours (2 to 3 days) after they have your records.</source>
        <translation>Online second-opinion services usually send a written report 48 to 72 hours (2 to 3 days) after they have your records.</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>Questions</translation>
    </message>
    <message>
        <source>Write down your questions</source>
        <translation>Write down your questions</translation>
    </message>
    <message>
        <source>Stress at a doctor's visit makes people forget important things. A written list makes sure you ask everything.</source>
        <translation>Stress at a doctor's visit makes people forget important things. A written list makes sure you ask everything.</translation>
    </message>
    <message>
        <source>Include: “How did you reach this diagnosis?”, “What are the other choices instead of the planned surgery?” and “What happens if we do nothing?”</source>
        <translation>Include: “How did you reach this diagnosis?”, “What are the other choices instead of the planned surgery?” and “What happens if we do nothing?”</translation>
    </message>
    <message>
        <source>Ask: “How many patients with this exact condition have you treated in the last year?” The answer tells you about the doctor's experience.</source>
        <translation>Ask: “How many patients with this exact condition have you treated in the last year?” The answer tells you about the doctor's experience.</translation>
    </message>
    <message>
        <source>Add: “Are there clinical trials that my first doctor did not mention?”</source>
        <translation>Add: “Are there clinical trials that my first doctor did not mention?”</translation>
    </message>
    <message>
        <source>You have a printed list of at least five clear questions, ready for the visit.</source>
        <translation>You have a printed list of at least five clear questions, ready for the visit.</translation>
    </message>
    <message>
        <source>A second opinion is your right. Most doctors expect it and respect it. You can tell your doctor you want to be fully informed. You can also ask them to suggest someone, or to refer you to a doctor you have in mind.</source>
        <translation>A second opinion is your right. Most doctors expect it and respect it. You can tell your doctor you want to be fully informed. You can also ask them to suggest someone, or to refer you to a doctor you have in mind.</translation>
    </message>
    <message>
        <source>Ask if you must use doctors in their network. Ask too about a “network gap exception”: then they pay for a doctor outside the network, for example for a rare illness.</source>
        <translation>Ask if you must use doctors in their network. Ask too about a “network gap exception”: then they pay for a doctor outside the network, for example for a rare illness.</translation>
    </message>
    <message>
        <source>Send your current clinic a written request for your records. The law gives you this right: HIPAA in the US, the GDPR in the EU.</source>
        <translation>Send your current clinic a written request for your records. The law gives you this right: HIPAA in the US, the GDPR in the EU.</translation>
    </message>
    <message>
        <source>Make sure you get the pathology reports (tests of tissue), the lab results and your doctor's notes. Get the scans as DICOM files, the usual format for medical images, on a disc or by a download link.</source>
        <translation>Make sure you get the pathology reports (tests of tissue), the lab results and your doctor's notes. Get the scans as DICOM files, the usual format for medical images, on a disc or by a download link.</translation>
    </message>
    <message>
        <source>If you were in hospital recently, also ask for the discharge summary. That is the letter written when you left.</source>
        <translation>If you were in hospital recently, also ask for the discharge summary. That is the letter written when you left.</translation>
    </message>
    <message>
        <source>You have a folder, on paper or on your computer. It holds all the test results about this illness from the last 12 to 24 months.</source>
        <translation>You have a folder, on paper or on your computer. It holds all the test results about this illness from the last 12 to 24 months.</translation>
    </message>
    <message>
        <source>For a heart review, doctors usually want these tests: ECG, echocardiogram (heart ultrasound), stress test and blood tests. They want CT, MRI or angiogram images too. They also want your current treatment plan and prescriptions. And they want notes on past surgeries or procedures, your daily habits and your symptoms.</source>
        <translation>For a heart review, doctors usually want these tests: ECG, echocardiogram (heart ultrasound), stress test and blood tests. They want CT, MRI or angiogram images too. They also want your current treatment plan and prescriptions. And they want notes on past surgeries or procedures, your daily habits and your symptoms.</translation>
    </message>
    <message>
        <source>For cancer, doctors want the biopsy (pathology) report and, if possible, the tissue slides themselves. They also want the stage and type of the cancer, and the planned mix of surgery, chemotherapy, radiation, immunotherapy or targeted therapy.</source>
        <translation>For cancer, doctors want the biopsy (pathology) report and, if possible, the tissue slides themselves. They also want the stage and type of the cancer, and the planned mix of surgery, chemotherapy, radiation, immunotherapy or targeted therapy.</translation>
    </message>
    <message>
        <source>Look for specialists at university hospitals or at top centers for your illness. These often have the newest research and tools.</source>
        <translation>Look for specialists at university hospitals or at top centers for your illness. These often have the newest research and tools.</translation>
    </message>
    <message>
        <source>Use a board-certification database to check the doctor. Are they trained for your exact illness, and do they specialize in it? Board certification means a board of experts tested the doctor in that field.</source>
        <translation>Use a board-certification database to check the doctor. Are they trained for your exact illness, and do they specialize in it? Board certification means a board of experts tested the doctor in that field.</translation>
    </message>
    <message>
        <source>Be careful with doctors that only your first doctor suggests, if you fear a conflict of interest. Patient groups can name independent doctors.</source>
        <translation>Be careful with doctors that only your first doctor suggests, if you fear a conflict of interest. Patient groups can name independent doctors.</translation>
    </message>
    <message>
        <source>A second opinion only helps if the doctor has time to look at your records before the visit.</source>
        <translation>A second opinion only helps if the doctor has time to look at your records before the visit.</translation>
    </message>
    <message>
        <source>Check that the office got your records at least 48 hours (2 days) before the visit. Otherwise the visit may be wasted.</source>
        <translation>Check that the office got your records at least 48 hours (2 days) before the visit. Otherwise the visit may be wasted.</translation>
    </message>
    <message>
        <source>More good questions: “Are there choices without surgery?” “What are the long-term side effects of this medicine?” “Can medicines and changes in daily habits delay or avoid the procedure?” “Is now the right time, or can it wait?”</source>
        <translation>More good questions: “Are there choices without surgery?” “What are the long-term side effects of this medicine?” “Can medicines and changes in daily habits delay or avoid the procedure?” “Is now the right time, or can it wait?”</translation>
    </message>
    <message>
        <source>Appointment</source>
        <translation>Appointment</translation>
    </message>
    <message>
        <source>Capture what the doctor says</source>
        <translation>Capture what the doctor says</translation>
    </message>
    <message>
        <source>It is hard to take in complex medical news and take part in the talk at the same time.</source>
        <translation>It is hard to take in complex medical news and take part in the talk at the same time.</translation>
    </message>
    <message>
        <source>Bring a friend or family member you trust to take notes, so you can focus on the talk.</source>
        <translation>Bring a friend or family member you trust to take notes, so you can focus on the talk.</translation>
    </message>
    <message>
        <source>Ask the doctor if you may record the talk on your phone, to listen to it again later.</source>
        <translation>Ask the doctor if you may record the talk on your phone, to listen to it again later.</translation>
    </message>
    <message>
        <source>Make sure the doctor explains, in plain words, any differences between their opinion and the first one.</source>
        <translation>Make sure the doctor explains, in plain words, any differences between their opinion and the first one.</translation>
    </message>
    <message>
        <source>The visit is over and you have written notes or a recording of what the specialist advised.</source>
        <translation>The visit is over and you have written notes or a recording of what the specialist advised.</translation>
    </message>
    <message>
        <source>Comparison</source>
        <translation>Comparison</translation>
    </message>
    <message>
        <source>Compare the two opinions, then decide</source>
        <translation>Compare the two opinions, then decide</translation>
    </message>
    <message>
        <source>If the two opinions differ, you need to understand why, so you can make the safest choice.</source>
        <translation>If the two opinions differ, you need to understand why, so you can make the safest choice.</translation>
    </message>
    <message>
        <source>Make a simple T-chart: a chart with two columns, one for each doctor. Write down what each said about the diagnosis, the treatment plan, the risks and the recovery time.</source>
        <translation>Make a simple T-chart: a chart with two columns, one for each doctor. Write down what each said about the diagnosis, the treatment plan, the risks and the recovery time.</translation>
    </message>
    <message>
        <source>Get a third, “tie-breaker” opinion only if the first two are very different and a lot is at stake. An example is surgery on a major organ.</source>
        <translation>Get a third, “tie-breaker” opinion only if the first two are very different and a lot is at stake. An example is surgery on a major organ.</translation>
    </message>
    <message>
        <source>Set up a safe digital folder: encrypted storage, or an app made to keep your health records.</source>
        <translation>Set up a safe digital folder: encrypted storage, or an app made to keep your health records.</translation>
    </message>
    <message>
        <source>Build the habit over 30 days. Every Sunday evening, take 10 minutes to scan and file the week's medical papers, receipts and notes.</source>
        <translation>Build the habit over 30 days. Every Sunday evening, take 10 minutes to scan and file the week's medical papers, receipts and notes.</translation>
    </message>
    <message>
        <source>Your current medical history is on your computer, sorted into groups. You have done 4 weekly updates in a row.</source>
        <translation>Your current medical history is on your computer, sorted into groups. You have done 4 weekly updates in a row.</translation>
    </message>
    <message>
        <source>If they disagree a lot, make an appointment with your main doctor to talk about the difference.</source>
        <translation>If they disagree a lot, make an appointment with your main doctor to talk about the difference.</translation>
    </message>
    <message>
        <source>You have chosen a treatment path and told both medical teams about your decision.</source>
        <translation>You have chosen a treatment path and told both medical teams about your decision.</translation>
    </message>
    <message>
        <source>Keep organized</source>
        <translation>Keep organized</translation>
    </message>
    <message>
        <source>Keep your records in order for next time</source>
        <translation>Keep your records in order for next time</translation>
    </message>
    <message>
        <source>Records that are always in order make future second opinions and emergency care much faster and safer.</source>
        <translation>Records that are always in order make future second opinions and emergency care much faster and safer.</translation>
    </message>
    <message>
        <source>Sort everything into these groups: Imaging, Labs, Prescriptions and Doctor notes.</source>
        <translation>Sort everything into these groups: Imaging, Labs, Prescriptions and Doctor notes.</translation>
    </message>
    <message>
        <source>Heart (cardiology)</source>
        <translation>Heart (cardiology)</translation>
    </message>
    <message>
        <source>Cancer (oncology)</source>
        <translation>Cancer (oncology)</translation>
    </message>
    <message>
        <source>Scans and X-rays (radiology, imaging)</source>
        <translation>Scans and X-rays (radiology, imaging)</translation>
    </message>
    <message>
        <source>Lungs (pulmonology)</source>
        <translation>Lungs (pulmonology)</translation>
    </message>
    <message>
        <source>Brain and nerves (neurology)</source>
        <translation>Brain and nerves (neurology)</translation>
    </message>
    <message>
        <source>Bones and joints (orthopedics)</source>
        <translation>Bones and joints (orthopedics)</translation>
    </message>
    <message>
        <source>Something else</source>
        <translation>Something else</translation>
    </message>
    <message>
        <source>Your reasons (tick all that fit)</source>
        <translation>Your reasons (tick all that fit)</translation>
    </message>
    <message>
        <source>The diagnosis is life-threatening (for example cancer).</source>
        <translation>The diagnosis is life-threatening (for example cancer).</translation>
    </message>
    <message>
        <source>A surgery is planned that is not an emergency.</source>
        <translation>A surgery is planned that is not an emergency.</translation>
    </message>
    <message>
        <source>It is a rare disease.</source>
        <translation>It is a rare disease.</translation>
    </message>
    <message>
        <source>The treatment has not worked in the time it should take.</source>
        <translation>The treatment has not worked in the time it should take.</translation>
    </message>
    <message>
        <source>The diagnosis is still not clear.</source>
        <translation>The diagnosis is still not clear.</translation>
    </message>
    <message>
        <source>I have several long-term illnesses that make one treatment plan hard.</source>
        <translation>I have several long-term illnesses that make one treatment plan hard.</translation>
    </message>
    <message>
        <source>I feel unsure, or doctors have told me different things.</source>
        <translation>I feel unsure, or doctors have told me different things.</translation>
    </message>
    <message>
        <source>Illness or diagnosis:</source>
        <translation>Illness or diagnosis:</translation>
    </message>
    <message>
        <source>Area of medicine:</source>
        <translation>Area of medicine:</translation>
    </message>
    <message>
        <source>Another area involved, if there is one:</source>
        <translation>Another area involved, if there is one:</translation>
    </message>
    <message>
        <source>Treatment your doctor proposes:</source>
        <translation>Treatment your doctor proposes:</translation>
    </message>
    <message>
        <source>First doctor:</source>
        <translation>First doctor:</translation>
    </message>
    <message>
        <source>Their practice or hospital:</source>
        <translation>Their practice or hospital:</translation>
    </message>
    <message>
        <source>Heart and lung problems together: ask for a review by a heart doctor and a lung doctor together. Many large centers have a joint clinic for this.</source>
        <translation>Heart and lung problems together: ask for a review by a heart doctor and a lung doctor together. Many large centers have a joint clinic for this.</translation>
    </message>
    <message>
        <source>Feeling unsure is a fair reason to ask. Also tick a clear reason if one fits, such as a serious diagnosis or a planned surgery.</source>
        <translation>Feeling unsure is a fair reason to ask. Also tick a clear reason if one fits, such as a serious diagnosis or a planned surgery.</translation>
    </message>
    <message>
        <source>Tick at least one clear reason for a second opinion, such as a serious diagnosis or a planned surgery.</source>
        <translation>Tick at least one clear reason for a second opinion, such as a serious diagnosis or a planned surgery.</translation>
    </message>
    <message>
        <source>This cannot be saved here.</source>
        <translation>This cannot be saved here.</translation>
    </message>
    <message>
        <source>This is too long; please keep it under {count} letters.</source>
        <translation>This is too long; please keep it under {count} letters.</translation>
    </message>
    <message>
        <source>This is not a time of day. Type it like 9:30 or 14:00.</source>
        <translation>This is not a time of day. Type it like 9:30 or 14:00.</translation>
    </message>
    <message>
        <source>Please choose a time zone from the list.</source>
        <translation>Please choose a time zone from the list.</translation>
    </message>
    <message>
        <source>This is not a date. Pick the day from the calendar, or type it again.</source>
        <translation>This is not a date. Pick the day from the calendar, or type it again.</translation>
    </message>
    <message>
        <source>Please check the year of this date.</source>
        <translation>Please check the year of this date.</translation>
    </message>
    <message>
        <source>An amount cannot be below zero. Write 0 if you pay nothing.</source>
        <translation>An amount cannot be below zero. Write 0 if you pay nothing.</translation>
    </message>
    <message>
        <source>Please write the amount as a number, like 150 or 80.50.</source>
        <translation>Please write the amount as a number, like 150 or 80.50.</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>I don't know yet</source>
        <translation>I don't know yet</translation>
    </message>
    <message>
        <source>EUR (euro)</source>
        <translation>EUR (euro)</translation>
    </message>
    <message>
        <source>USD (US dollar)</source>
        <translation>USD (US dollar)</translation>
    </message>
    <message>
        <source>GBP (pound)</source>
        <translation>GBP (pound)</translation>
    </message>
    <message>
        <source>CHF (Swiss franc)</source>
        <translation>CHF (Swiss franc)</translation>
    </message>
    <message>
        <source>CAD (Canadian dollar)</source>
        <translation>CAD (Canadian dollar)</translation>
    </message>
    <message>
        <source>MXN (Mexican peso)</source>
        <translation>MXN (Mexican peso)</translation>
    </message>
    <message>
        <source>Insurance company:</source>
        <translation>Insurance company:</translation>
    </message>
    <message>
        <source>Plan or member number:</source>
        <translation>Plan or member number:</translation>
    </message>
    <message>
        <source>Phone number of the insurance:</source>
        <translation>Phone number of the insurance:</translation>
    </message>
    <message>
        <source>Do they pay for the second opinion?</source>
        <translation>Do they pay for the second opinion?</translation>
    </message>
    <message>
        <source>Yes, in full</source>
        <translation>Yes, in full</translation>
    </message>
    <message>
        <source>Partly</source>
        <translation>Partly</translation>
    </message>
    <message>
        <source>I will pay it myself</source>
        <translation>I will pay it myself</translation>
    </message>
    <message>
        <source>Only doctors in their network?</source>
        <translation>Only doctors in their network?</translation>
    </message>
    <message>
        <source>Exception for a doctor outside the network:</source>
        <translation>Exception for a doctor outside the network:</translation>
    </message>
    <message>
        <source>Not needed</source>
        <translation>Not needed</translation>
    </message>
    <message>
        <source>Asked for, no answer yet</source>
        <translation>Asked for, no answer yet</translation>
    </message>
    <message>
        <source>Granted</source>
        <translation>Granted</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Refused</translation>
    </message>
    <message>
        <source>Do they need a referral from your doctor?</source>
        <translation>Do they need a referral from your doctor?</translation>
    </message>
    <message>
        <source>Referral received on:</source>
        <translation>Referral received on:</translation>
    </message>
    <message>
        <source>What you will pay yourself:</source>
        <translation>What you will pay yourself:</translation>
    </message>
    <message>
        <source>Currency:</source>
        <translation>Currency:</translation>
    </message>
    <message>
        <source>Your calls to the insurance</source>
        <translation>Your calls to the insurance</translation>
    </message>
    <message>
        <source>Add a call</source>
        <translation>Add a call</translation>
    </message>
    <message>
        <source>Date of the call:</source>
        <translation>Date of the call:</translation>
    </message>
    <message>
        <source>Who answered:</source>
        <translation>Who answered:</translation>
    </message>
    <message>
        <source>Reference number:</source>
        <translation>Reference number:</translation>
    </message>
    <message>
        <source>What they said:</source>
        <translation>What they said:</translation>
    </message>
    <message>
        <source>Write down what you will pay yourself (write 0 if it is nothing).</source>
        <translation>Write down what you will pay yourself (write 0 if it is nothing).</translation>
    </message>
    <message>
        <source>Choose the currency of the amount.</source>
        <translation>Choose the currency of the amount.</translation>
    </message>
    <message>
        <source>Ask your insurance whether they need a referral.</source>
        <translation>Ask your insurance whether they need a referral.</translation>
    </message>
    <message>
        <source>Get the referral from your main doctor, and write down the day you got it.</source>
        <translation>Get the referral from your main doctor, and write down the day you got it.</translation>
    </message>
    <message>
        <source>The day you got the referral is in the future.</source>
        <translation>The day you got the referral is in the future.</translation>
    </message>
    <message>
        <source>Your insurance refused an exception for a doctor outside its network. Ask them to explain in writing, or look for a specialist in the network.</source>
        <translation>Your insurance refused an exception for a doctor outside its network. Ask them to explain in writing, or look for a specialist in the network.</translation>
    </message>
    <message>
        <source>Specialists you could see</source>
        <translation>Specialists you could see</translation>
    </message>
    <message>
        <source>Add a specialist</source>
        <translation>Add a specialist</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>Special field:</source>
        <translation>Special field:</translation>
    </message>
    <message>
        <source>Hospital or practice:</source>
        <translation>Hospital or practice:</translation>
    </message>
    <message>
        <source>A university hospital or large teaching center?</source>
        <translation>A university hospital or large teaching center?</translation>
    </message>
    <message>
        <source>I checked that this doctor is certified as a specialist.</source>
        <translation>I checked that this doctor is certified as a specialist.</translation>
    </message>
    <message>
        <source>Where I checked it:</source>
        <translation>Where I checked it:</translation>
    </message>
    <message>
        <source>How you found this doctor:</source>
        <translation>How you found this doctor:</translation>
    </message>
    <message>
        <source>My first doctor suggested them</source>
        <translation>My first doctor suggested them</translation>
    </message>
    <message>
        <source>My own search</source>
        <translation>My own search</translation>
    </message>
    <message>
        <source>My insurance</source>
        <translation>My insurance</translation>
    </message>
    <message>
        <source>Family, friends or a patient group</source>
        <translation>Family, friends or a patient group</translation>
    </message>
    <message>
        <source>Some other way</source>
        <translation>Some other way</translation>
    </message>
    <message>
        <source>Ties to your first doctor:</source>
        <translation>Ties to your first doctor:</translation>
    </message>
    <message>
        <source>None</source>
        <translation>None</translation>
    </message>
    <message>
        <source>Same practice</source>
        <translation>Same practice</translation>
    </message>
    <message>
        <source>Same hospital</source>
        <translation>Same hospital</translation>
    </message>
    <message>
        <source>Other ties</source>
        <translation>Other ties</translation>
    </message>
    <message>
        <source>Phone, e-mail or address:</source>
        <translation>Phone, e-mail or address:</translation>
    </message>
    <message>
        <source>Is a consultation from afar possible (by video, or with your records only)?</source>
        <translation>Is a consultation from afar possible (by video, or with your records only)?</translation>
    </message>
    <message>
        <source>This is the one I choose.</source>
        <translation>This is the one I choose.</translation>
    </message>
    <message>
        <source>this specialist</source>
        <translation>this specialist</translation>
    </message>
    <message>
        <source>Write down at least one specialist you could see.</source>
        <translation>Write down at least one specialist you could see.</translation>
    </message>
    <message>
        <source>Choose the specialist you want to see: tick “This is the one I choose.”</source>
        <translation>Choose the specialist you want to see: tick “This is the one I choose.”</translation>
    </message>
    <message>
        <source>You chose more than one specialist; keep the tick only on the one you will see.</source>
        <translation>You chose more than one specialist; keep the tick only on the one you will see.</translation>
    </message>
    <message>
        <source>Write down how to contact {name}.</source>
        <translation>Write down how to contact {name}.</translation>
    </message>
    <message>
        <source>Find out whether {name} works with your first doctor.</source>
        <translation>Find out whether {name} works with your first doctor.</translation>
    </message>
    <message>
        <source>{name} has ties to your first doctor. For an independent view, choose someone without ties.</source>
        <translation>{name} has ties to your first doctor. For an independent view, choose someone without ties.</translation>
    </message>
    <message>
        <source>You found {name} only through your first doctor. It is wise to look for a specialist yourself as well.</source>
        <translation>You found {name} only through your first doctor. It is wise to look for a specialist yourself as well.</translation>
    </message>
    <message>
        <source>Check that {name} is certified as a specialist (board certified).</source>
        <translation>Check that {name} is certified as a specialist (board certified).</translation>
    </message>
    <message>
        <source>Through their secure online portal</source>
        <translation>Through their secure online portal</translation>
    </message>
    <message>
        <source>By e-mail</source>
        <translation>By e-mail</translation>
    </message>
    <message>
        <source>By fax</source>
        <translation>By fax</translation>
    </message>
    <message>
        <source>By post</source>
        <translation>By post</translation>
    </message>
    <message>
        <source>On a disc (CD or DVD)</source>
        <translation>On a disc (CD or DVD)</translation>
    </message>
    <message>
        <source>I bring them to the office myself</source>
        <translation>I bring them to the office myself</translation>
    </message>
    <message>
        <source>Day of the appointment:</source>
        <translation>Day of the appointment:</translation>
    </message>
    <message>
        <source>Time of the appointment:</source>
        <translation>Time of the appointment:</translation>
    </message>
    <message>
        <source>Time zone of the appointment:</source>
        <translation>Time zone of the appointment:</translation>
    </message>
    <message>
        <source>Place or video link:</source>
        <translation>Place or video link:</translation>
    </message>
    <message>
        <source>Name of the doctor, if not the one you chose in step 4:</source>
        <translation>Name of the doctor, if not the one you chose in step 4:</translation>
    </message>
    <message>
        <source>Did the office book it as a second opinion visit?</source>
        <translation>Did the office book it as a second opinion visit?</translation>
    </message>
    <message>
        <source>How does the office want your records?</source>
        <translation>How does the office want your records?</translation>
    </message>
    <message>
        <source>Records sent on:</source>
        <translation>Records sent on:</translation>
    </message>
    <message>
        <source>Day the office confirmed they have your records:</source>
        <translation>Day the office confirmed they have your records:</translation>
    </message>
    <message>
        <source>Time they confirmed it, if you know it:</source>
        <translation>Time they confirmed it, if you know it:</translation>
    </message>
    <message>
        <source>Who confirmed it:</source>
        <translation>Who confirmed it:</translation>
    </message>
    <message>
        <source>Write down the day and time of your appointment.</source>
        <translation>Write down the day and time of your appointment.</translation>
    </message>
    <message>
        <source>Choose the time zone of the appointment.</source>
        <translation>Choose the time zone of the appointment.</translation>
    </message>
    <message>
        <source>Ask the office to confirm they have your records, by {date} at {time}.</source>
        <translation>Ask the office to confirm they have your records, by {date} at {time}.</translation>
    </message>
    <message>
        <source>Ask the office to confirm they have your records.</source>
        <translation>Ask the office to confirm they have your records.</translation>
    </message>
    <message>
        <source>The office did not book it as a second opinion visit. Ask them to change that, so the doctor sets aside time to study your records.</source>
        <translation>The office did not book it as a second opinion visit. Ask them to change that, so the doctor sets aside time to study your records.</translation>
    </message>
    <message>
        <source>Make sure the office booked it as a second opinion visit.</source>
        <translation>Make sure the office booked it as a second opinion visit.</translation>
    </message>
    <message>
        <source>The appointment day has passed and the office has not confirmed your records. Is the appointment date right?</source>
        <translation>The appointment day has passed and the office has not confirmed your records. Is the appointment date right?</translation>
    </message>
    <message>
        <source>You sent your records after the appointment day. Please check the dates.</source>
        <translation>You sent your records after the appointment day. Please check the dates.</translation>
    </message>
    <message>
        <source>The day the office confirmed your records is in the future.</source>
        <translation>The day the office confirmed your records is in the future.</translation>
    </message>
    <message>
        <source>The receipt date is after the appointment. Please check it.</source>
        <translation>The receipt date is after the appointment. Please check it.</translation>
    </message>
    <message>
        <source>The office confirmed your records less than 48 hours before the appointment. Ask whether the doctor had time to read them.</source>
        <translation>The office confirmed your records less than 48 hours before the appointment. Ask whether the doctor had time to read them.</translation>
    </message>
    <message>
        <source>HIPAA (United States)</source>
        <translation>HIPAA (United States)</translation>
    </message>
    <message>
        <source>GDPR (European Union)</source>
        <translation>GDPR (European Union)</translation>
    </message>
    <message>
        <source>Pathology reports (tissue tests)</source>
        <translation>Pathology reports (tissue tests)</translation>
    </message>
    <message>
        <source>Imaging: scans and X-rays, with their reports</source>
        <translation>Imaging: scans and X-rays, with their reports</translation>
    </message>
    <message>
        <source>Lab results (blood and other tests)</source>
        <translation>Lab results (blood and other tests)</translation>
    </message>
    <message>
        <source>Doctors' notes from visits</source>
        <translation>Doctors' notes from visits</translation>
    </message>
    <message>
        <source>Hospital discharge summaries</source>
        <translation>Hospital discharge summaries</translation>
    </message>
    <message>
        <source>List of my medicines</source>
        <translation>List of my medicines</translation>
    </message>
    <message>
        <source>Heart tracings (ECG)</source>
        <translation>Heart tracings (ECG)</translation>
    </message>
    <message>
        <source>Heart ultrasound (echocardiogram)</source>
        <translation>Heart ultrasound (echocardiogram)</translation>
    </message>
    <message>
        <source>Heart stress test</source>
        <translation>Heart stress test</translation>
    </message>
    <message>
        <source>Pictures of the heart's blood vessels (angiogram)</source>
        <translation>Pictures of the heart's blood vessels (angiogram)</translation>
    </message>
    <message>
        <source>The tissue slides themselves</source>
        <translation>The tissue slides themselves</translation>
    </message>
    <message>
        <source>Cancer stage results (staging)</source>
        <translation>Cancer stage results (staging)</translation>
    </message>
    <message>
        <source>Breathing tests (lung function)</source>
        <translation>Breathing tests (lung function)</translation>
    </message>
    <message>
        <source>Chest CT scan</source>
        <translation>Chest CT scan</translation>
    </message>
    <message>
        <source>Brain scans (MRI or CT)</source>
        <translation>Brain scans (MRI or CT)</translation>
    </message>
    <message>
        <source>Something else (write its name below)</source>
        <translation>Something else (write its name below)</translation>
    </message>
    <message>
        <source>Needed</source>
        <translation>Needed</translation>
    </message>
    <message>
        <source>Asked for</source>
        <translation>Asked for</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>Not needed for me</source>
        <translation>Not needed for me</translation>
    </message>
    <message>
        <source>Patient's date of birth:</source>
        <translation>Patient's date of birth:</translation>
    </message>
    <message>
        <source>The original images (DICOM files, the format for medical images), not only reports</source>
        <translation>The original images (DICOM files, the format for medical images), not only reports</translation>
    </message>
    <message>
        <source>Patient's address:</source>
        <translation>Patient's address:</translation>
    </message>
    <message>
        <source>Records from (date):</source>
        <translation>Records from (date):</translation>
    </message>
    <message>
        <source>Records up to (date):</source>
        <translation>Records up to (date):</translation>
    </message>
    <message>
        <source>A sentence of your own for the request letter:</source>
        <translation>A sentence of your own for the request letter:</translation>
    </message>
    <message>
        <source>Your requests for records</source>
        <translation>Your requests for records</translation>
    </message>
    <message>
        <source>Add a request</source>
        <translation>Add a request</translation>
    </message>
    <message>
        <source>Clinic or doctor asked:</source>
        <translation>Clinic or doctor asked:</translation>
    </message>
    <message>
        <source>Address of the clinic or doctor:</source>
        <translation>Address of the clinic or doctor:</translation>
    </message>
    <message>
        <source>Request sent on:</source>
        <translation>Request sent on:</translation>
    </message>
    <message>
        <source>The law you asked under:</source>
        <translation>The law you asked under:</translation>
    </message>
    <message>
        <source>Answer received on:</source>
        <translation>Answer received on:</translation>
    </message>
    <message>
        <source>The records you need</source>
        <translation>The records you need</translation>
    </message>
    <message>
        <source>Add a record</source>
        <translation>Add a record</translation>
    </message>
    <message>
        <source>Kind of record:</source>
        <translation>Kind of record:</translation>
    </message>
    <message>
        <source>Name or details:</source>
        <translation>Name or details:</translation>
    </message>
    <message>
        <source>Where it stands:</source>
        <translation>Where it stands:</translation>
    </message>
    <message>
        <source>Date of the record:</source>
        <translation>Date of the record:</translation>
    </message>
    <message>
        <source>Add the records usually needed</source>
        <translation>Add the records usually needed</translation>
    </message>
    <message>
        <source>a record without a kind</source>
        <translation>a record without a kind</translation>
    </message>
    <message>
        <source>List the records you need: press “Add the records usually needed”.</source>
        <translation>List the records you need: press “Add the records usually needed”.</translation>
    </message>
    <message>
        <source>Ask for {record}.</source>
        <translation>Ask for {record}.</translation>
    </message>
    <message>
        <source>Wait for {record}, or call to ask where it is.</source>
        <translation>Wait for {record}, or call to ask where it is.</translation>
    </message>
    <message>
        <source>The first day of the records you ask for is after the last day. Please check both dates.</source>
        <translation>The first day of the records you ask for is after the last day. Please check both dates.</translation>
    </message>
    <message>
        <source>A record's date is in the future. Please check it.</source>
        <translation>A record's date is in the future. Please check it.</translation>
    </message>
    <message>
        <source>Write down the date of each record you received, so you can see that they are recent.</source>
        <translation>Write down the date of each record you received, so you can see that they are recent.</translation>
    </message>
    <message>
        <source>Your newest record is from {date}, more than 12 months ago. Ask for recent records too.</source>
        <translation>Your newest record is from {date}, more than 12 months ago. Ask for recent records too.</translation>
    </message>
    <message>
        <source>Some records you received have no date. Write their dates down.</source>
        <translation>Some records you received have no date. Write their dates down.</translation>
    </message>
    <message>
        <source>The answer from {clinic} is late: it was due on {date}. Call them and ask.</source>
        <translation>The answer from {clinic} is late: it was due on {date}. Call them and ask.</translation>
    </message>
    <message>
        <source>Second opinion appointment</source>
        <translation>Second opinion appointment</translation>
    </message>
    <message>
        <source>The specialist's office should confirm they have your records</source>
        <translation>The specialist's office should confirm they have your records</translation>
    </message>
    <message>
        <source>the clinic</source>
        <translation>the clinic</translation>
    </message>
    <message>
        <source>Answer due from {clinic}</source>
        <translation>Answer due from {clinic}</translation>
    </message>
    <message>
        <source>Scan image (DICOM)</source>
        <translation>Scan image (DICOM)</translation>
    </message>
    <message>
        <source>PDF document</source>
        <translation>PDF document</translation>
    </message>
    <message>
        <source>Photo or picture</source>
        <translation>Photo or picture</translation>
    </message>
    <message>
        <source>Sound recording</source>
        <translation>Sound recording</translation>
    </message>
    <message>
        <source>Imaging</source>
        <translation>Imaging</translation>
    </message>
    <message>
        <source>Labs</source>
        <translation>Labs</translation>
    </message>
    <message>
        <source>Prescriptions</source>
        <translation>Prescriptions</translation>
    </message>
    <message>
        <source>Doctor notes</source>
        <translation>Doctor notes</translation>
    </message>
    <message>
        <source>Receipts</source>
        <translation>Receipts</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>CT scan</source>
        <translation>CT scan</translation>
    </message>
    <message>
        <source>MRI scan</source>
        <translation>MRI scan</translation>
    </message>
    <message>
        <source>Ultrasound</source>
        <translation>Ultrasound</translation>
    </message>
    <message>
        <source>X-ray</source>
        <translation>X-ray</translation>
    </message>
    <message>
        <source>X-ray video (fluoroscopy)</source>
        <translation>X-ray video (fluoroscopy)</translation>
    </message>
    <message>
        <source>Blood vessel X-ray (angiogram)</source>
        <translation>Blood vessel X-ray (angiogram)</translation>
    </message>
    <message>
        <source>Mammogram</source>
        <translation>Mammogram</translation>
    </message>
    <message>
        <source>Nuclear medicine scan</source>
        <translation>Nuclear medicine scan</translation>
    </message>
    <message>
        <source>PET scan</source>
        <translation>PET scan</translation>
    </message>
    <message>
        <source>Heart tracing (ECG)</source>
        <translation>Heart tracing (ECG)</translation>
    </message>
    <message>
        <source>Tissue slide image</source>
        <translation>Tissue slide image</translation>
    </message>
    <message>
        <source>Other image</source>
        <translation>Other image</translation>
    </message>
    <message>
        <source>Yes, it has happened</source>
        <translation>Yes, it has happened</translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation>Not yet</translation>
    </message>
    <message>
        <source>I have not asked yet</source>
        <translation>I have not asked yet</translation>
    </message>
    <message>
        <source>Yes, the doctor allowed it</source>
        <translation>Yes, the doctor allowed it</translation>
    </message>
    <message>
        <source>No, the doctor said no</source>
        <translation>No, the doctor said no</translation>
    </message>
    <message>
        <source>Yes, in words I understood</source>
        <translation>Yes, in words I understood</translation>
    </message>
    <message>
        <source>No, not clearly</source>
        <translation>No, not clearly</translation>
    </message>
    <message>
        <source>There were no differences</source>
        <translation>There were no differences</translation>
    </message>
    <message>
        <source>Has the visit happened?</source>
        <translation>Has the visit happened?</translation>
    </message>
    <message>
        <source>Who came with you to take notes?</source>
        <translation>Who came with you to take notes?</translation>
    </message>
    <message>
        <source>May you record the talk?</source>
        <translation>May you record the talk?</translation>
    </message>
    <message>
        <source>Your notes from the visit:</source>
        <translation>Your notes from the visit:</translation>
    </message>
    <message>
        <source>Did the doctor explain how their opinion differs from the first one?</source>
        <translation>Did the doctor explain how their opinion differs from the first one?</translation>
    </message>
    <message>
        <source>After the visit, mark that it has happened.</source>
        <translation>After the visit, mark that it has happened.</translation>
    </message>
    <message>
        <source>Write down notes, or add the recording, of what the doctor said.</source>
        <translation>Write down notes, or add the recording, of what the doctor said.</translation>
    </message>
    <message>
        <source>You added a recording, but not that the doctor allowed it. In many places a talk may only be recorded with permission.</source>
        <translation>You added a recording, but not that the doctor allowed it. In many places a talk may only be recorded with permission.</translation>
    </message>
    <message>
        <source>The visit is marked as done, but its day in step 5 is still to come. Please check the date.</source>
        <translation>The visit is marked as done, but its day in step 5 is still to come. Please check the date.</translation>
    </message>
    <message>
        <source>Ask the doctor to explain, in plain words, how their opinion differs from the first one. A phone call or a letter can do.</source>
        <translation>Ask the doctor to explain, in plain words, how their opinion differs from the first one. A phone call or a letter can do.</translation>
    </message>
    <message>
        <source>First opinion</source>
        <translation>First opinion</translation>
    </message>
    <message>
        <source>Second opinion</source>
        <translation>Second opinion</translation>
    </message>
    <message>
        <source>Third opinion</source>
        <translation>Third opinion</translation>
    </message>
    <message>
        <source>The same</source>
        <translation>The same</translation>
    </message>
    <message>
        <source>Differs</source>
        <translation>Differs</translation>
    </message>
    <message>
        <source>Differs a lot</source>
        <translation>Differs a lot</translation>
    </message>
    <message>
        <source>Diagnosis</source>
        <translation>Diagnosis</translation>
    </message>
    <message>
        <source>Treatment plan</source>
        <translation>Treatment plan</translation>
    </message>
    <message>
        <source>Risks</source>
        <translation>Risks</translation>
    </message>
    <message>
        <source>Recovery time</source>
        <translation>Recovery time</translation>
    </message>
    <message>
        <source>I also have a third opinion</source>
        <translation>I also have a third opinion</translation>
    </message>
    <message>
        <source>The treatment path I chose:</source>
        <translation>The treatment path I chose:</translation>
    </message>
    <message>
        <source>Day I decided:</source>
        <translation>Day I decided:</translation>
    </message>
    <message>
        <source>Day I told the first medical team:</source>
        <translation>Day I told the first medical team:</translation>
    </message>
    <message>
        <source>Day I told the second medical team:</source>
        <translation>Day I told the second medical team:</translation>
    </message>
    <message>
        <source>Your own rows</source>
        <translation>Your own rows</translation>
    </message>
    <message>
        <source>Add a row of my own</source>
        <translation>Add a row of my own</translation>
    </message>
    <message>
        <source>What this row compares:</source>
        <translation>What this row compares:</translation>
    </message>
    <message>
        <source>Do they agree?</source>
        <translation>Do they agree?</translation>
    </message>
    <message>
        <source>Write down the treatment path you chose.</source>
        <translation>Write down the treatment path you chose.</translation>
    </message>
    <message>
        <source>Tell your first medical team what you decided, and write down when.</source>
        <translation>Tell your first medical team what you decided, and write down when.</translation>
    </message>
    <message>
        <source>Tell your second medical team what you decided, and write down when.</source>
        <translation>Tell your second medical team what you decided, and write down when.</translation>
    </message>
    <message>
        <source>A day in your decision is still to come. Please check it.</source>
        <translation>A day in your decision is still to come. Please check it.</translation>
    </message>
    <message>
        <source>The opinions differ a lot. Make an appointment with your main doctor to talk about the difference before you decide.</source>
        <translation>The opinions differ a lot. Make an appointment with your main doctor to talk about the difference before you decide.</translation>
    </message>
    <message>
        <source>A lot is at stake for you (see step 1). A third, “tie-breaker” opinion can help you decide.</source>
        <translation>A lot is at stake for you (see step 1). A third, “tie-breaker” opinion can help you decide.</translation>
    </message>
    <message>
        <source>Weekly check-ins</source>
        <translation>Weekly check-ins</translation>
    </message>
    <message>
        <source>Nothing new this week</source>
        <translation>Nothing new this week</translation>
    </message>
    <message>
        <source>Day:</source>
        <translation>Day:</translation>
    </message>
    <message>
        <source>What you did:</source>
        <translation>What you did:</translation>
    </message>
    <message>
        <source>Filed documents</source>
        <translation>Filed documents</translation>
    </message>
    <message>
        <source>Put each document in a group. Documents still to sort: {count}.</source>
        <translation>Put each document in a group. Documents still to sort: {count}.</translation>
    </message>
    <message>
        <source>Check in once a week, four weeks in a row. Weeks in a row now: {count}.</source>
        <translation>Check in once a week, four weeks in a row. Weeks in a row now: {count}.</translation>
    </message>
    <message>
        <source>How did you reach this diagnosis?</source>
        <translation>How did you reach this diagnosis?</translation>
    </message>
    <message>
        <source>What are the other choices instead of the planned treatment?</source>
        <translation>What are the other choices instead of the planned treatment?</translation>
    </message>
    <message>
        <source>What happens if we do nothing for now?</source>
        <translation>What happens if we do nothing for now?</translation>
    </message>
    <message>
        <source>How many patients with this exact condition have you treated in the last year?</source>
        <translation>How many patients with this exact condition have you treated in the last year?</translation>
    </message>
    <message>
        <source>Are there clinical trials that my first doctor did not mention?</source>
        <translation>Are there clinical trials that my first doctor did not mention?</translation>
    </message>
    <message>
        <source>Are there choices without surgery?</source>
        <translation>Are there choices without surgery?</translation>
    </message>
    <message>
        <source>What are the long-term side effects of this medicine?</source>
        <translation>What are the long-term side effects of this medicine?</translation>
    </message>
    <message>
        <source>Can medicines and changes in daily habits delay or avoid the procedure?</source>
        <translation>Can medicines and changes in daily habits delay or avoid the procedure?</translation>
    </message>
    <message>
        <source>Is now the right time, or can it wait?</source>
        <translation>Is now the right time, or can it wait?</translation>
    </message>
    <message>
        <source>Do you agree with the first diagnosis? Why or why not?</source>
        <translation>Do you agree with the first diagnosis? Why or why not?</translation>
    </message>
    <message>
        <source>Do I need more tests before we decide? Which ones, and why?</source>
        <translation>Do I need more tests before we decide? Which ones, and why?</translation>
    </message>
    <message>
        <source>What are the risks of the treatment you suggest?</source>
        <translation>What are the risks of the treatment you suggest?</translation>
    </message>
    <message>
        <source>How often does this treatment work for people like me?</source>
        <translation>How often does this treatment work for people like me?</translation>
    </message>
    <message>
        <source>How long will recovery take, and what will daily life be like?</source>
        <translation>How long will recovery take, and what will daily life be like?</translation>
    </message>
    <message>
        <source>When can I go back to work and my usual activities?</source>
        <translation>When can I go back to work and my usual activities?</translation>
    </message>
    <message>
        <source>What will the treatment cost me, and what is covered?</source>
        <translation>What will the treatment cost me, and what is covered?</translation>
    </message>
    <message>
        <source>What would you do if you were in my place?</source>
        <translation>What would you do if you were in my place?</translation>
    </message>
    <message>
        <source>Which warning signs mean I should call you or get help at once?</source>
        <translation>Which warning signs mean I should call you or get help at once?</translation>
    </message>
    <message>
        <source>Who would do the treatment, and where?</source>
        <translation>Who would do the treatment, and where?</translation>
    </message>
    <message>
        <source>Will you send me and my first doctor a written report?</source>
        <translation>Will you send me and my first doctor a written report?</translation>
    </message>
    <message>
        <source>Did you have time to look at all my records and images?</source>
        <translation>Did you have time to look at all my records and images?</translation>
    </message>
    <message>
        <source>Who do I ask if I have questions after today?</source>
        <translation>Who do I ask if I have questions after today?</translation>
    </message>
    <message>
        <source>What do my heart tests (ECG, heart ultrasound, stress test) show, in plain words?</source>
        <translation>What do my heart tests (ECG, heart ultrasound, stress test) show, in plain words?</translation>
    </message>
    <message>
        <source>Could a smaller procedure, such as a stent or a catheter, work instead?</source>
        <translation>Could a smaller procedure, such as a stent or a catheter, work instead?</translation>
    </message>
    <message>
        <source>Could changes to my heart medicines be enough for now?</source>
        <translation>Could changes to my heart medicines be enough for now?</translation>
    </message>
    <message>
        <source>Should a lung doctor look at my case together with you (a combined review)?</source>
        <translation>Should a lung doctor look at my case together with you (a combined review)?</translation>
    </message>
    <message>
        <source>What type of cancer is it exactly, and what stage?</source>
        <translation>What type of cancer is it exactly, and what stage?</translation>
    </message>
    <message>
        <source>Did a pathologist here look at my tissue slides again, not only the report?</source>
        <translation>Did a pathologist here look at my tissue slides again, not only the report?</translation>
    </message>
    <message>
        <source>Which mix of surgery, chemotherapy, radiation or other medicines do you suggest, and in what order?</source>
        <translation>Which mix of surgery, chemotherapy, radiation or other medicines do you suggest, and in what order?</translation>
    </message>
    <message>
        <source>Should my tumor be tested for targeted medicines or immunotherapy?</source>
        <translation>Should my tumor be tested for targeted medicines or immunotherapy?</translation>
    </message>
    <message>
        <source>Has a team of cancer experts (a tumor board) talked about my case?</source>
        <translation>Has a team of cancer experts (a tumor board) talked about my case?</translation>
    </message>
    <message>
        <source>Did you look at the original images yourself, not only the written report?</source>
        <translation>Did you look at the original images yourself, not only the written report?</translation>
    </message>
    <message>
        <source>Was a radiologist who specializes in this part of the body asked to read them?</source>
        <translation>Was a radiologist who specializes in this part of the body asked to read them?</translation>
    </message>
    <message>
        <source>Do I need another scan, or a different kind of scan?</source>
        <translation>Do I need another scan, or a different kind of scan?</translation>
    </message>
    <message>
        <source>What do my breathing tests show, and how do they compare?</source>
        <translation>What do my breathing tests show, and how do they compare?</translation>
    </message>
    <message>
        <source>Does my chest CT show anything that changes the plan?</source>
        <translation>Does my chest CT show anything that changes the plan?</translation>
    </message>
    <message>
        <source>Will I need oxygen or breathing exercises?</source>
        <translation>Will I need oxygen or breathing exercises?</translation>
    </message>
    <message>
        <source>What else could cause my symptoms?</source>
        <translation>What else could cause my symptoms?</translation>
    </message>
    <message>
        <source>How is this likely to change over the next few years?</source>
        <translation>How is this likely to change over the next few years?</translation>
    </message>
    <message>
        <source>Could therapy (physical, speech or occupational) help me instead of or after treatment?</source>
        <translation>Could therapy (physical, speech or occupational) help me instead of or after treatment?</translation>
    </message>
    <message>
        <source>Is surgery really needed, or could physical therapy help first?</source>
        <translation>Is surgery really needed, or could physical therapy help first?</translation>
    </message>
    <message>
        <source>What happens if I wait a few months before surgery?</source>
        <translation>What happens if I wait a few months before surgery?</translation>
    </message>
    <message>
        <source>Which implant or method would you use, and why?</source>
        <translation>Which implant or method would you use, and why?</translation>
    </message>
    <message>
        <source>Your questions</source>
        <translation>Your questions</translation>
    </message>
    <message>
        <source>Add my own question</source>
        <translation>Add my own question</translation>
    </message>
    <message>
        <source>Question:</source>
        <translation>Question:</translation>
    </message>
    <message>
        <source>Most important</source>
        <translation>Most important</translation>
    </message>
    <message>
        <source>Answer:</source>
        <translation>Answer:</translation>
    </message>
    <message>
        <source>Question list last printed on:</source>
        <translation>Question list last printed on:</translation>
    </message>
    <message>
        <source>Questions on the printed list:</source>
        <translation>Questions on the printed list:</translation>
    </message>
    <message>
        <source>Write down at least five questions (you have {count} so far).</source>
        <translation>Write down at least five questions (you have {count} so far).</translation>
    </message>
    <message>
        <source>Print your question list again, or save it as a PDF, once it has at least five questions.</source>
        <translation>Print your question list again, or save it as a PDF, once it has at least five questions.</translation>
    </message>
    <message>
        <source>Print your question list, or save it as a PDF.</source>
        <translation>Print your question list, or save it as a PDF.</translation>
    </message>
    <message>
        <source>{name} (no. {number}, born {date})</source>
        <translation>{name} (no. {number}, born {date})</translation>
    </message>
    <message>
        <source>{name} (no. {number})</source>
        <translation>{name} (no. {number})</translation>
    </message>
    <message>
        <source>{label} (archived)</source>
        <translation>{label} (archived)</translation>
    </message>
    <message>
        <source>All nine steps are done.</source>
        <translation>All nine steps are done.</translation>
    </message>
    <message>
        <source>{done} of {total}</source>
        <translation>{done} of {total}</translation>
    </message>
    <message>
        <source>Step {number}: {action}</source>
        <translation>Step {number}: {action}</translation>
    </message>
    <message>
        <source>{date}, {time}</source>
        <translation>{date}, {time}</translation>
    </message>
    <message>
        <source>{when} (late)</source>
        <translation>{when} (late)</translation>
    </message>
    <message>
        <source>{when} (today)</source>
        <translation>{when} (today)</translation>
    </message>
</context>
<context>
    <name>Playback</name>
    <message>
        <source>&amp;Delete the copy now</source>
        <translation>&amp;Delete the copy now</translation>
    </message>
    <message>
        <source>Play the recording</source>
        <translation>Play the recording</translation>
    </message>
    <message>
        <source>The program could not play this recording itself.</source>
        <translation>The program could not play this recording itself.</translation>
    </message>
    <message>
        <source>To play it, your computer's own player needs a plain, unlocked copy of the recording outside your locked data folder. The copy is deleted when you close this program, or sooner if you choose “Delete the copy now”.</source>
        <translation>To play it, your computer's own player needs a plain, unlocked copy of the recording outside your locked data folder. The copy is deleted when you close this program, or sooner if you choose “Delete the copy now”.</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Continue</translation>
    </message>
    <message>
        <source>No program on this computer could play the recording, so the plain copy was deleted again.</source>
        <translation>No program on this computer could play the recording, so the plain copy was deleted again.</translation>
    </message>
    <message>
        <source>A plain copy of “{name}” is open in your computer's player. It is deleted when you close this program.</source>
        <translation>A plain copy of “{name}” is open in your computer's player. It is deleted when you close this program.</translation>
    </message>
</context>
<context>
    <name>QuestionCard</name>
    <message>
        <source>★ Most important</source>
        <translation>★ Most important</translation>
    </message>
    <message>
        <source>Most important: print this question first</source>
        <translation>Most important: print this question first</translation>
    </message>
    <message>
        <source>▲ Up</source>
        <translation>▲ Up</translation>
    </message>
    <message>
        <source>Move this question up</source>
        <translation>Move this question up</translation>
    </message>
    <message>
        <source>Move this question up (Alt+Up)</source>
        <translation>Move this question up (Alt+Up)</translation>
    </message>
    <message>
        <source>▼ Down</source>
        <translation>▼ Down</translation>
    </message>
    <message>
        <source>Move this question down</source>
        <translation>Move this question down</translation>
    </message>
    <message>
        <source>Move this question down (Alt+Down)</source>
        <translation>Move this question down (Alt+Down)</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Remove this question</source>
        <translation>Remove this question</translation>
    </message>
    <message>
        <source>Drag to move this question</source>
        <translation>Drag to move this question</translation>
    </message>
    <message>
        <source>Question {number} of {count}</source>
        <translation>Question {number} of {count}</translation>
    </message>
    <message>
        <source>Question {number}: {question}</source>
        <translation>Question {number}: {question}</translation>
    </message>
</context>
<context>
    <name>QuestionLibrary</name>
    <message>
        <source>Suggested questions</source>
        <translation>Suggested questions</translation>
    </message>
    <message>
        <source>Questions that suit the area you chose in step 1 come first. Choose one and press Enter, double-click it, or use the Add button.</source>
        <translation>Questions that suit the area you chose in step 1 come first. Choose one and press Enter, double-click it, or use the Add button.</translation>
    </message>
    <message>
        <source>Show all {count} questions, also those for other areas</source>
        <translation>Show all {count} questions, also those for other areas</translation>
    </message>
    <message>
        <source>&amp;Add the chosen question</source>
        <translation>&amp;Add the chosen question</translation>
    </message>
    <message>
        <source>On your list: {question}</source>
        <translation>On your list: {question}</translation>
    </message>
</context>
<context>
    <name>QuestionList</name>
    <message>
        <source>Questions for the doctor</source>
        <translation>Questions for the doctor</translation>
    </message>
    <message>
        <source>Patient: {name}</source>
        <translation>Patient: {name}</translation>
    </message>
    <message>
        <source>Printed on: {date}</source>
        <translation>Printed on: {date}</translation>
    </message>
    <message>
        <source>Your list has no questions yet. Write them down in step 6 of the planner.</source>
        <translation>Your list has no questions yet. Write them down in step 6 of the planner.</translation>
    </message>
    <message>
        <source>Ask the most important questions first. Write each answer on the lines below the question, or ask the person with you to write.</source>
        <translation>Ask the most important questions first. Write each answer on the lines below the question, or ask the person with you to write.</translation>
    </message>
    <message>
        <source>{star} Most important</source>
        <translation>{star} Most important</translation>
    </message>
    <message>
        <source>More questions</source>
        <translation>More questions</translation>
    </message>
    <message>
        <source>Appointment: {date} at {time}</source>
        <translation>Appointment: {date} at {time}</translation>
    </message>
    <message>
        <source>Appointment: {date}</source>
        <translation>Appointment: {date}</translation>
    </message>
    <message>
        <source>Doctor: {name}</source>
        <translation>Doctor: {name}</translation>
    </message>
    <message>
        <source>Answer written down at the visit:</source>
        <translation>Answer written down at the visit:</translation>
    </message>
    <message>
        <source>{name} · printed {date} · page {page} of {pages}</source>
        <translation>{name} · printed {date} · page {page} of {pages}</translation>
    </message>
</context>
<context>
    <name>QuestionsEditor</name>
    <message>
        <source>Tick “Most important” for the questions to ask first: they are printed at the top. To change the order, drag a question by its handle ⠿, use the Up and Down buttons, or press Alt+Up and Alt+Down.</source>
        <translation>Tick “Most important” for the questions to ask first: they are printed at the top. To change the order, drag a question by its handle ⠿, use the Up and Down buttons, or press Alt+Up and Alt+Down.</translation>
    </message>
    <message>
        <source>Your list is empty. Write your own questions below, or add suggested ones.</source>
        <translation>Your list is empty. Write your own questions below, or add suggested ones.</translation>
    </message>
    <message>
        <source>Add &amp;my own question:</source>
        <translation>Add &amp;my own question:</translation>
    </message>
    <message>
        <source>Type your question, then press Enter</source>
        <translation>Type your question, then press Enter</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Add</translation>
    </message>
    <message>
        <source>Add my own question</source>
        <translation>Add my own question</translation>
    </message>
    <message>
        <source>Print your list</source>
        <translation>Print your list</translation>
    </message>
    <message>
        <source>Take the list to the appointment: there is room under each question to write the answer. The large print is easier to read.</source>
        <translation>Take the list to the appointment: there is room under each question to write the answer. The large print is easier to read.</translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation>&amp;Save as PDF…</translation>
    </message>
    <message>
        <source>Save in &amp;large print…</source>
        <translation>Save in &amp;large print…</translation>
    </message>
    <message>
        <source>Pr&amp;int…</source>
        <translation>Pr&amp;int…</translation>
    </message>
    <message>
        <source>Print the question list (Ctrl+P)</source>
        <translation>Print the question list (Ctrl+P)</translation>
    </message>
    <message>
        <source>Print in large p&amp;rint…</source>
        <translation>Print in large p&amp;rint…</translation>
    </message>
    <message>
        <source>Questions on your list: {count}. Five or more make a good list.</source>
        <translation>Questions on your list: {count}. Five or more make a good list.</translation>
    </message>
    <message>
        <source>Type your question in the box first, then press Add.</source>
        <translation>Type your question in the box first, then press Add.</translation>
    </message>
</context>
<context>
    <name>ReadingOptions</name>
    <message>
        <source>&amp;Text size</source>
        <translation>&amp;Text size</translation>
    </message>
    <message>
        <source>{percent}%</source>
        <translation>{percent}%</translation>
    </message>
    <message>
        <source>&amp;Larger text</source>
        <translation>&amp;Larger text</translation>
    </message>
    <message>
        <source>&amp;Smaller text</source>
        <translation>&amp;Smaller text</translation>
    </message>
    <message>
        <source>&amp;High contrast</source>
        <translation>&amp;High contrast</translation>
    </message>
    <message>
        <source>Large &amp;print for printouts</source>
        <translation>Large &amp;print for printouts</translation>
    </message>
    <message>
        <source>The checklist, the T-chart and the request letter in large type</source>
        <translation>The checklist, the T-chart and the request letter in large type</translation>
    </message>
</context>
<context>
    <name>RecordingRow</name>
    <message>
        <source>{size}, added on {date}</source>
        <translation>{size}, added on {date}</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>Play</translation>
    </message>
    <message>
        <source>Play {name}</source>
        <translation>Play {name}</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>Remove…</translation>
    </message>
    <message>
        <source>Remove {name}</source>
        <translation>Remove {name}</translation>
    </message>
</context>
<context>
    <name>RecordingsSection</name>
    <message>
        <source>Recordings of the visit</source>
        <translation>Recordings of the visit</translation>
    </message>
    <message>
        <source>If the doctor allowed it, add the sound recording of the talk (m4a, mp3, wav or ogg). It is locked (encrypted) in your data folder, like your other files.</source>
        <translation>If the doctor allowed it, add the sound recording of the talk (m4a, mp3, wav or ogg). It is locked (encrypted) in your data folder, like your other files.</translation>
    </message>
    <message>
        <source>No recordings added yet.</source>
        <translation>No recordings added yet.</translation>
    </message>
    <message>
        <source>Add a &amp;recording…</source>
        <translation>Add a &amp;recording…</translation>
    </message>
    <message>
        <source>Adding…</source>
        <translation>Adding…</translation>
    </message>
    <message>
        <source>Progress of adding the recording</source>
        <translation>Progress of adding the recording</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Add a recording</source>
        <translation>Add a recording</translation>
    </message>
    <message>
        <source>Recordings (*.m4a *.mp3 *.wav *.ogg);;All files (*)</source>
        <translation>Recordings (*.m4a *.mp3 *.wav *.ogg);;All files (*)</translation>
    </message>
    <message>
        <source>Adding “{name}”…</source>
        <translation>Adding “{name}”…</translation>
    </message>
    <message>
        <source>Added and locked: {names}.</source>
        <translation>Added and locked: {names}.</translation>
    </message>
    <message>
        <source>“{name}” was already here, so it was not added again.</source>
        <translation>“{name}” was already here, so it was not added again.</translation>
    </message>
    <message>
        <source>Remove the recording “{name}” from this case? The locked copy in your data folder is deleted; your own file stays where it is.</source>
        <translation>Remove the recording “{name}” from this case? The locked copy in your data folder is deleted; your own file stays where it is.</translation>
    </message>
    <message>
        <source>Remove recording</source>
        <translation>Remove recording</translation>
    </message>
</context>
<context>
    <name>Records</name>
    <message>
        <source>Not a record this program keeps (such as a viewer program or a text file).</source>
        <translation>Not a record this program keeps (such as a viewer program or a text file).</translation>
    </message>
    <message>
        <source>A sound recording; add it on the appointment step.</source>
        <translation>A sound recording; add it on the appointment step.</translation>
    </message>
    <message>
        <source>A disc's table of contents; it is not needed as a file of its own.</source>
        <translation>A disc's table of contents; it is not needed as a file of its own.</translation>
    </message>
    <message>
        <source>The computer could not read this file; the disc or drive may be damaged.</source>
        <translation>The computer could not read this file; the disc or drive may be damaged.</translation>
    </message>
    <message>
        <source>This file inside the zip file is damaged and cannot be read.</source>
        <translation>This file inside the zip file is damaged and cannot be read.</translation>
    </message>
    <message>
        <source>This file is too large to keep (more than 512 MB).</source>
        <translation>This file is too large to keep (more than 512 MB).</translation>
    </message>
    <message>
        <source>The file's header is far too large.</source>
        <translation>The file's header is far too large.</translation>
    </message>
    <message>
        <source>This file is damaged and cannot be read.</source>
        <translation>This file is damaged and cannot be read.</translation>
    </message>
    <message>
        <source>This scan file is damaged and cannot be read.</source>
        <translation>This scan file is damaged and cannot be read.</translation>
    </message>
    <message>
        <source>The scan has no study or series number, so it cannot be filed.</source>
        <translation>The scan has no study or series number, so it cannot be filed.</translation>
    </message>
    <message>
        <source>The scan does not say what kind of image it is, so it cannot be filed.</source>
        <translation>The scan does not say what kind of image it is, so it cannot be filed.</translation>
    </message>
    <message>
        <source>The scan has no image number, so it cannot be filed.</source>
        <translation>The scan has no image number, so it cannot be filed.</translation>
    </message>
    <message>
        <source>The picture data is missing.</source>
        <translation>The picture data is missing.</translation>
    </message>
    <message>
        <source>The file ends too early; it was probably not copied completely.</source>
        <translation>The file ends too early; it was probably not copied completely.</translation>
    </message>
    <message>
        <source>This PDF is damaged and cannot be opened.</source>
        <translation>This PDF is damaged and cannot be opened.</translation>
    </message>
    <message>
        <source>This PDF is locked with a password; save an unlocked copy from the portal and add that.</source>
        <translation>This PDF is locked with a password; save an unlocked copy from the portal and add that.</translation>
    </message>
    <message>
        <source>The picture is too large to be a photo of a page.</source>
        <translation>The picture is too large to be a photo of a page.</translation>
    </message>
    <message>
        <source>This picture is damaged and cannot be shown.</source>
        <translation>This picture is damaged and cannot be shown.</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>The file is empty.</translation>
    </message>
    <message>
        <source>This file or folder no longer exists.</source>
        <translation>This file or folder no longer exists.</translation>
    </message>
    <message>
        <source>The computer did not allow this file to be read.</source>
        <translation>The computer did not allow this file to be read.</translation>
    </message>
    <message>
        <source>The computer did not allow this folder to be opened.</source>
        <translation>The computer did not allow this folder to be opened.</translation>
    </message>
    <message>
        <source>This is not an ordinary file, so it was left alone.</source>
        <translation>This is not an ordinary file, so it was left alone.</translation>
    </message>
    <message>
        <source>This is a shortcut to a place outside the chosen folder, so it was not followed.</source>
        <translation>This is a shortcut to a place outside the chosen folder, so it was not followed.</translation>
    </message>
    <message>
        <source>This shortcut leads nowhere, so it was left out.</source>
        <translation>This shortcut leads nowhere, so it was left out.</translation>
    </message>
    <message>
        <source>This folder was already read.</source>
        <translation>This folder was already read.</translation>
    </message>
    <message>
        <source>This file was already added.</source>
        <translation>This file was already added.</translation>
    </message>
    <message>
        <source>The disc's table of contents; it was read, and is not needed as a file of its own.</source>
        <translation>The disc's table of contents; it was read, and is not needed as a file of its own.</translation>
    </message>
    <message>
        <source>The disc's table of contents is damaged; the files on the disc are read one by one instead.</source>
        <translation>The disc's table of contents is damaged; the files on the disc are read one by one instead.</translation>
    </message>
    <message>
        <source>The disc's table of contents points to files outside the disc, so it was not used. The files on the disc are read one by one instead.</source>
        <translation>The disc's table of contents points to files outside the disc, so it was not used. The files on the disc are read one by one instead.</translation>
    </message>
    <message>
        <source>The disc's table of contents lists this file, but it is missing.</source>
        <translation>The disc's table of contents lists this file, but it is missing.</translation>
    </message>
    <message>
        <source>The zip file is damaged and cannot be opened.</source>
        <translation>The zip file is damaged and cannot be opened.</translation>
    </message>
    <message>
        <source>The zip file holds more than 20,000 files, so it was not opened.</source>
        <translation>The zip file holds more than 20,000 files, so it was not opened.</translation>
    </message>
    <message>
        <source>The zip file would unpack to more than 8 GB, so it was not opened.</source>
        <translation>The zip file would unpack to more than 8 GB, so it was not opened.</translation>
    </message>
    <message>
        <source>This file inside the zip file would unpack to a huge size, so it was left out for safety.</source>
        <translation>This file inside the zip file would unpack to a huge size, so it was left out for safety.</translation>
    </message>
    <message>
        <source>This file inside the zip file is locked with a password, so it was left out.</source>
        <translation>This file inside the zip file is locked with a password, so it was left out.</translation>
    </message>
    <message>
        <source>This file inside the zip file has an unsafe name, so it was left out.</source>
        <translation>This file inside the zip file has an unsafe name, so it was left out.</translation>
    </message>
    <message>
        <source>This is a zip file inside a zip file; unpack the outer zip file, then add this one.</source>
        <translation>This is a zip file inside a zip file; unpack the outer zip file, then add this one.</translation>
    </message>
    <message>
        <source>The zip file holds two files with this name; only the first was added.</source>
        <translation>The zip file holds two files with this name; only the first was added.</translation>
    </message>
    <message>
        <source>This file took far too long to read, so it was left out; it may be damaged.</source>
        <translation>This file took far too long to read, so it was left out; it may be damaged.</translation>
    </message>
    <message>
        <source>This file needed far too much memory to read, so it was left out.</source>
        <translation>This file needed far too much memory to read, so it was left out.</translation>
    </message>
    <message>
        <source>Reading this file failed badly, so it was left out; it may be damaged.</source>
        <translation>Reading this file failed badly, so it was left out; it may be damaged.</translation>
    </message>
    <message>
        <source>The file could not be read to the end; it may be damaged.</source>
        <translation>The file could not be read to the end; it may be damaged.</translation>
    </message>
    <message>
        <source>The file could not be read ({reason}); check that the disc or drive is still connected, then add it again.</source>
        <translation>The file could not be read ({reason}); check that the disc or drive is still connected, then add it again.</translation>
    </message>
</context>
<context>
    <name>RecordsPanel</name>
    <message>
        <source>Your files: scans and documents</source>
        <translation>Your files: scans and documents</translation>
    </message>
    <message>
        <source>Add the files from a hospital disc, a patient portal (a zip file) or your own photos of papers. They are copied into your data folder and locked (encrypted) there; the disc itself is not changed. You can also drag files and folders here.</source>
        <translation>Add the files from a hospital disc, a patient portal (a zip file) or your own photos of papers. They are copied into your data folder and locked (encrypted) there; the disc itself is not changed. You can also drag files and folders here.</translation>
    </message>
    <message>
        <source>Add &amp;files…</source>
        <translation>Add &amp;files…</translation>
    </message>
    <message>
        <source>Add a folder or &amp;disc…</source>
        <translation>Add a folder or &amp;disc…</translation>
    </message>
    <message>
        <source>No files added yet.</source>
        <translation>No files added yet.</translation>
    </message>
    <message>
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Filed under</source>
        <translation>Filed under</translation>
    </message>
    <message>
        <source>Your files</source>
        <translation>Your files</translation>
    </message>
    <message>
        <source>Press Enter on a series of scans to see its picture larger.</source>
        <translation>Press Enter on a series of scans to see its picture larger.</translation>
    </message>
    <message>
        <source>File &amp;under:</source>
        <translation>File &amp;under:</translation>
    </message>
    <message>
        <source>Kind of rec&amp;ord:</source>
        <translation>Kind of rec&amp;ord:</translation>
    </message>
    <message>
        <source>File under</source>
        <translation>File under</translation>
    </message>
    <message>
        <source>Kind of record</source>
        <translation>Kind of record</translation>
    </message>
    <message>
        <source>For the files you chose in the list above</source>
        <translation>For the files you chose in the list above</translation>
    </message>
    <message>
        <source>&amp;Keep the proposed places</source>
        <translation>&amp;Keep the proposed places</translation>
    </message>
    <message>
        <source>Show the &amp;picture</source>
        <translation>Show the &amp;picture</translation>
    </message>
    <message>
        <source>&amp;Remove from the case…</source>
        <translation>&amp;Remove from the case…</translation>
    </message>
    <message>
        <source>Save the records &amp;package…</source>
        <translation>Save the records &amp;package…</translation>
    </message>
    <message>
        <source>A zip file with every file by category and a list, for the specialist.</source>
        <translation>A zip file with every file by category and a list, for the specialist.</translation>
    </message>
    <message>
        <source>(not said)</source>
        <translation>(not said)</translation>
    </message>
    <message>
        <source>{category} ({count})</source>
        <translation>{category} ({count})</translation>
    </message>
    <message>
        <source>To sort: check or choose the group ({count})</source>
        <translation>To sort: check or choose the group ({count})</translation>
    </message>
    <message>
        <source>not filed yet</source>
        <translation>not filed yet</translation>
    </message>
    <message>
        <source>{category} (proposed)</source>
        <translation>{category} (proposed)</translation>
    </message>
    <message>
        <source>{kinds}: {description} (images: {count})</source>
        <translation>{kinds}: {description} (images: {count})</translation>
    </message>
    <message>
        <source>Scan</source>
        <translation>Scan</translation>
    </message>
    <message>
        <source>no description</source>
        <translation>no description</translation>
    </message>
    <message>
        <source>Series {number}</source>
        <translation>Series {number}</translation>
    </message>
    <message>
        <source>{name} (images: {count})</source>
        <translation>{name} (images: {count})</translation>
    </message>
    <message>
        <source>No picture: this kind of image cannot be shown here.</source>
        <translation>No picture: this kind of image cannot be shown here.</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Not saved</translation>
    </message>
    <message>
        <source>Remove the files you chose from this case (number of files: {count})? The copies in your data folder are deleted; your original files and discs stay as they are.</source>
        <translation>Remove the files you chose from this case (number of files: {count})? The copies in your data folder are deleted; your original files and discs stay as they are.</translation>
    </message>
    <message>
        <source>Remove files</source>
        <translation>Remove files</translation>
    </message>
    <message>
        <source>Add a folder or disc</source>
        <translation>Add a folder or disc</translation>
    </message>
    <message>
        <source>Add files</source>
        <translation>Add files</translation>
    </message>
    <message>
        <source>Records {name}.zip</source>
        <translation>Records {name}.zip</translation>
    </message>
    <message>
        <source>Save the records package</source>
        <translation>Save the records package</translation>
    </message>
    <message>
        <source>Zip files (*.zip)</source>
        <translation>Zip files (*.zip)</translation>
    </message>
    <message>
        <source>Saving the records package…</source>
        <translation>Saving the records package…</translation>
    </message>
    <message>
        <source>Records package saved: {path}</source>
        <translation>Records package saved: {path}</translation>
    </message>
</context>
<context>
    <name>RecoveryKeyDialog</name>
    <message>
        <source>{program}: your recovery key</source>
        <translation>{program}: your recovery key</translation>
    </message>
    <message>
        <source>This is your recovery key. It opens your data if you forget your passphrase, or if the computer's keyring loses the key. It is shown only this once.</source>
        <translation>This is your recovery key. It opens your data if you forget your passphrase, or if the computer's keyring loses the key. It is shown only this once.</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>Recovery key</translation>
    </message>
    <message>
        <source>Print it or save it as a PDF, or write it down, and keep it in a safe place away from the computer. Anyone who has it and your computer can open your data. Without the passphrase and this key, no one can open your data.</source>
        <translation>Print it or save it as a PDF, or write it down, and keep it in a safe place away from the computer. Anyone who has it and your computer can open your data. Without the passphrase and this key, no one can open your data.</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation>&amp;Save as PDF…</translation>
    </message>
    <message>
        <source>I have kept it &amp;safe</source>
        <translation>I have kept it &amp;safe</translation>
    </message>
    <message>
        <source>Save the recovery sheet</source>
        <translation>Save the recovery sheet</translation>
    </message>
    <message>
        <source>recovery-key.pdf</source>
        <translation>recovery-key.pdf</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Not saved</translation>
    </message>
    <message>
        <source>Saved: {path}</source>
        <translation>Saved: {path}</translation>
    </message>
    <message>
        <source>Print the recovery sheet</source>
        <translation>Print the recovery sheet</translation>
    </message>
    <message>
        <source>Not printed</source>
        <translation>Not printed</translation>
    </message>
</context>
<context>
    <name>RecoverySheet</name>
    <message>
        <source>Second Opinion Planner: your recovery key</source>
        <translation>Second Opinion Planner: your recovery key</translation>
    </message>
    <message>
        <source>Made on {date}.</source>
        <translation>Made on {date}.</translation>
    </message>
    <message>
        <source>This key opens your data in Second Opinion Planner if you forget your passphrase, or if the computer's keyring loses the key. Type it where the program asks for the passphrase.</source>
        <translation>This key opens your data in Second Opinion Planner if you forget your passphrase, or if the computer's keyring loses the key. Type it where the program asks for the passphrase.</translation>
    </message>
    <message>
        <source>Keep this sheet in a safe place away from the computer, with your other important papers. Anyone who has this key and your computer can open your data.</source>
        <translation>Keep this sheet in a safe place away from the computer, with your other important papers. Anyone who has this key and your computer can open your data.</translation>
    </message>
    <message>
        <source>If you make a new recovery key, this one stops working: then destroy this sheet.</source>
        <translation>If you make a new recovery key, this one stops working: then destroy this sheet.</translation>
    </message>
    <message>
        <source>Without the passphrase and without this key, no one can open your data, not even the makers of the program.</source>
        <translation>Without the passphrase and without this key, no one can open your data, not even the makers of the program.</translation>
    </message>
</context>
<context>
    <name>SaveState</name>
    <message>
        <source>{problem} Some of your changes are not saved yet. Close the window anyway and lose them?</source>
        <translation>{problem} Some of your changes are not saved yet. Close the window anyway and lose them?</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Not saved</translation>
    </message>
</context>
<context>
    <name>SavedNotice</name>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Show the file in your PDF viewer</source>
        <translation>Show the file in your PDF viewer</translation>
    </message>
    <message>
        <source>Open the saved file</source>
        <translation>Open the saved file</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Close this message</source>
        <translation>Close this message</translation>
    </message>
</context>
<context>
    <name>SecurityActions</name>
    <message>
        <source>&amp;Security</source>
        <translation>&amp;Security</translation>
    </message>
    <message>
        <source>Make a new &amp;recovery key…</source>
        <translation>Make a new &amp;recovery key…</translation>
    </message>
    <message>
        <source>&amp;Change the passphrase…</source>
        <translation>&amp;Change the passphrase…</translation>
    </message>
    <message>
        <source>Use a &amp;passphrase instead of the keyring…</source>
        <translation>Use a &amp;passphrase instead of the keyring…</translation>
    </message>
    <message>
        <source>Keep the key in the system &amp;keyring instead…</source>
        <translation>Keep the key in the system &amp;keyring instead…</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>Security</translation>
    </message>
    <message>
        <source>To change how your data is locked, first type your current passphrase (or your recovery key).</source>
        <translation>To change how your data is locked, first type your current passphrase (or your recovery key).</translation>
    </message>
    <message>
        <source>A new recovery key replaces the one you have: the old one stops working. Make a new one?</source>
        <translation>A new recovery key replaces the one you have: the old one stops working. Make a new one?</translation>
    </message>
    <message>
        <source>Choose your new passphrase.</source>
        <translation>Choose your new passphrase.</translation>
    </message>
    <message>
        <source>The passphrase was changed. Use the new one from now on.</source>
        <translation>The passphrase was changed. Use the new one from now on.</translation>
    </message>
    <message>
        <source>Your data will be locked with a passphrase instead of the system keyring. The key is then removed from the keyring.</source>
        <translation>Your data will be locked with a passphrase instead of the system keyring. The key is then removed from the keyring.</translation>
    </message>
    <message>
        <source>Your data is now locked with your passphrase.</source>
        <translation>Your data is now locked with your passphrase.</translation>
    </message>
    <message>
        <source>The key is now kept in the system keyring; no passphrase is asked.</source>
        <translation>The key is now kept in the system keyring; no passphrase is asked.</translation>
    </message>
</context>
<context>
    <name>StepPage</name>
    <message>
        <source>Step {number} of {total}</source>
        <translation>Step {number} of {total}</translation>
    </message>
    <message>
        <source>Why it matters</source>
        <translation>Why it matters</translation>
    </message>
    <message>
        <source>What to do (tick each item when it is done, or when it does not apply to you)</source>
        <translation>What to do (tick each item when it is done, or when it does not apply to you)</translation>
    </message>
    <message>
        <source>What to do (tick what you have done; your notes below show when the step is done)</source>
        <translation>What to do (tick what you have done; your notes below show when the step is done)</translation>
    </message>
    <message>
        <source>Write down what you know</source>
        <translation>Write down what you know</translation>
    </message>
    <message>
        <source>Save the &amp;request letter as PDF…</source>
        <translation>Save the &amp;request letter as PDF…</translation>
    </message>
    <message>
        <source>Done when</source>
        <translation>Done when</translation>
    </message>
    <message>
        <source>Is this step done?</source>
        <translation>Is this step done?</translation>
    </message>
    <message>
        <source>I have done this step my own way: mark it as done</source>
        <translation>I have done this step my own way: mark it as done</translation>
    </message>
    <message>
        <source>Good to know</source>
        <translation>Good to know</translation>
    </message>
    <message>
        <source>Status: {status}</source>
        <translation>Status: {status}</translation>
    </message>
    <message>
        <source>You marked this step as done yourself. These items are not ticked:</source>
        <translation>You marked this step as done yourself. These items are not ticked:</translation>
    </message>
    <message>
        <source>You marked this step as done yourself. Still missing:</source>
        <translation>You marked this step as done yourself. Still missing:</translation>
    </message>
</context>
<context>
    <name>TChart</name>
    <message>
        <source>Comparing the opinions (T-chart)</source>
        <translation>Comparing the opinions (T-chart)</translation>
    </message>
    <message>
        <source>A T-chart puts the opinions side by side, one column each, so you can see where they agree and where they differ.</source>
        <translation>A T-chart puts the opinions side by side, one column each, so you can see where they agree and where they differ.</translation>
    </message>
    <message>
        <source>Patient: {name}</source>
        <translation>Patient: {name}</translation>
    </message>
    <message>
        <source>Printed on: {date}</source>
        <translation>Printed on: {date}</translation>
    </message>
    <message>
        <source>Good to know</source>
        <translation>Good to know</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Topic</translation>
    </message>
    <message>
        <source>(a row without a name)</source>
        <translation>(a row without a name)</translation>
    </message>
    <message>
        <source>{name} (continued)</source>
        <translation>{name} (continued)</translation>
    </message>
    <message>
        <source>Your decision</source>
        <translation>Your decision</translation>
    </message>
    <message>
        <source>{name} · printed {date} · page {page} of {pages}</source>
        <translation>{name} · printed {date} · page {page} of {pages}</translation>
    </message>
</context>
<context>
    <name>TChartEditor</name>
    <message>
        <source>The opinions side by side</source>
        <translation>The opinions side by side</translation>
    </message>
    <message>
        <source>For each row, write in a few words what each doctor said. Then choose whether they agree. Add rows of your own for anything else that matters to you.</source>
        <translation>For each row, write in a few words what each doctor said. Then choose whether they agree. Add rows of your own for anything else that matters to you.</translation>
    </message>
</context>
<context>
    <name>TChartOutput</name>
    <message>
        <source>Print your T-chart</source>
        <translation>Print your T-chart</translation>
    </message>
    <message>
        <source>The chart and your decision on landscape pages, to take to your main doctor or to keep with your papers.</source>
        <translation>The chart and your decision on landscape pages, to take to your main doctor or to keep with your papers.</translation>
    </message>
    <message>
        <source>Save the T-chart as &amp;PDF…</source>
        <translation>Save the T-chart as &amp;PDF…</translation>
    </message>
    <message>
        <source>Pr&amp;int the T-chart…</source>
        <translation>Pr&amp;int the T-chart…</translation>
    </message>
    <message>
        <source>Print the T-chart (Ctrl+P)</source>
        <translation>Print the T-chart (Ctrl+P)</translation>
    </message>
</context>
</TS>