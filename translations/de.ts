<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1">
<context>
    <name>Checklist</name>
    <message>
        <source>Second opinion checklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patient: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printed on: {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress: {done} of {total} steps done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step {number}: {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why it matters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done when</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Good to know</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} · printed {date} · page {page} of {pages}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>Could not write {path} ({reason}); choose a folder you can write to, with free space, and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No system keyring is available to keep the key safe; set SECOND_OPINION_PASSPHRASE to a passphrase of your choice and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data folder has problems ({problems}); restore a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file {file} does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file {file} cannot be read ({reason}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} is not a valid case file ({problem}); nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data folder {path} cannot be created ({reason}); choose another one with --data-dir.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Several cases are called {name}; use the case number instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no case called {name}; see the list with: case list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That case no longer exists; choose another one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your last change could not be saved ({reason}); free some disk space or check the data folder {path}, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please type a name for the case.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That name is too long; please use at most 200 letters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data in {path} cannot be opened: the key does not match or the file is damaged. Check the passphrase or keyring, or restore a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passphrase is not right for this data folder. Check it and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key file {file} is damaged, so the data cannot be opened; restore it from a backup of this folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This data folder is protected by a passphrase: enter it, or set SECOND_OPINION_PASSPHRASE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key for this data folder could not be read from the system keyring; unlock your keyring and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder {path} cannot be created ({reason}).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That language could not be loaded, so the program stays in English.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Patient:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New case…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>← &amp;Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next →</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous step (Ctrl+Page Up)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next step (Ctrl+Page Down)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New case…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rename case…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete case…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the &amp;checklist as PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whose second opinion is this? Type the patient&apos;s name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the case “{name}” and everything in it? This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checklist {name}.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the checklist as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checklist saved: {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overview</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <source>Create a case…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to do next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Printouts for this case are in:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the checklist as PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything you type stays on this computer. It is locked with encryption and saved as soon as you make a change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welcome to Second Opinion Planner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This program guides you, one step at a time, through getting a second opinion from another doctor. Start by creating a case for the person who needs the second opinion.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Second opinion plan for {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Here you see how far you are. Choose a step on the left, or go straight to the next thing to do.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{done} of {total} steps done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All nine steps are done. Well done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep filing new papers each week so your records stay ready.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step {number}: {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Go to step {number}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <source>Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer has no keyring to keep the key to your data safe. Choose a passphrase instead. You will need it each time you open the program, so write it down and keep it in a safe place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your data is locked with a passphrase. Type it to open your data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Again:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please use at least {count} characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passphrases are not the same. Please type them again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please type your passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Plan</name>
    <message>
        <source>Not started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done (your own word)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done by your own word on {date}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not done yet. Still missing: {count} of {total}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Still to do: {item}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Need</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decide if you need a second opinion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not every health problem needs a second opinion. But when a lot is at stake, another doctor&apos;s view can keep you safe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check if this is about a life-threatening illness (for example cancer), a planned surgery that is not an emergency, or a rare disease.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask for another view if the treatment has not helped after the time it should take, or if the diagnosis is still not clear.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Think about one if you have several long-term illnesses that make one single treatment plan hard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You have found at least one clear, real reason to go ahead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In studies at a large US teaching hospital, about 1 in 5 people who asked for a second opinion got a different diagnosis. Most of them (about 88 in 100) got a clearer or changed diagnosis or treatment plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A second opinion is your right. Most doctors expect it and respect it. You can tell your doctor you want to be fully informed, ask them to suggest someone, or ask for a referral to a doctor you have in mind.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insurance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find out what your insurance pays</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Surprise bills add stress at an already hard time. Knowing what your plan covers helps you avoid them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call your insurance company. Ask if they pay for a “second opinion” for this diagnosis.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask if you must use doctors in their network, or if they can make an exception (a “network gap exception”), for example for a rare illness.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask if they need a written referral from your main doctor before they pay.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your insurance has told you clearly what you will pay yourself and whether you need a referral.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When you call, write down the date, the name of the person you spoke with and any reference number they give you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Get copies of your medical records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new doctor needs the same test results the first doctor used. Only then can they check everything fairly and fully.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use your legal right to see your records (HIPAA in the US, GDPR in the EU): send a written request to your current clinic.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make sure you get the pathology reports, the scans (DICOM image files on a disc or a download link), the lab results and your doctor&apos;s notes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If you were in hospital recently, also ask for the discharge summary (the letter written when you left).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You have a folder, on paper or on your computer, with all the test results about this illness from the last 12 to 24 months.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For a heart review, doctors usually want: ECG, echocardiogram (heart ultrasound), stress test, CT, MRI or angiogram images, blood tests, your current treatment plan and prescriptions, past surgeries or procedures, and notes about your daily habits and symptoms.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For cancer: the biopsy (pathology) report and, if possible, the tissue slides themselves; the stage and type of the cancer; and the planned mix of surgery, chemotherapy, radiation, immunotherapy or targeted therapy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For a review of scans: get the original DICOM images (MRI, CT, PET, X-ray, ultrasound), not only the written report. A radiologist who specializes in this kind of scan will read them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Specialist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an independent doctor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For a truly fair view, the second doctor should not work in the same practice or close circle as the first doctor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Look for specialists at university hospitals (academic medical centers) or centers of excellence. They often have the newest research and equipment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the doctor&apos;s training and special field in a board-certification database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Be careful with doctors suggested only by your first doctor if you think there could be a conflict of interest. Patient groups can name independent doctors.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You have the name and contact details of a specialist who has no work ties to your current doctor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If you have heart and lung problems together, ask for a combined review by a heart doctor (cardiologist) and a lung doctor (pulmonologist).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Booking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Book the visit and make sure your records arrive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A second opinion only helps if the doctor has had time to study your history before the visit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Book the appointment and say clearly that it is for a second opinion.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask the office how they want to get your records: a secure online portal, mail, or dropping them off in person.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that the office got your records at least 48 hours (2 days) before the visit, so the visit is not wasted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your appointment is confirmed and the specialist&apos;s office has told you they got your files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Online second-opinion services usually send a written report 48 to 72 hours (2 to 3 days) after they have your records.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write down your questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stress at a doctor&apos;s visit makes people forget important things. A written list makes sure you ask everything.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Include: “How did you reach this diagnosis?”, “What are the other choices instead of the planned surgery?” and “What happens if we do nothing?”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask: “How many patients with this exact condition have you treated in the last year?” The answer tells you about the doctor&apos;s experience.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add: “Are there clinical trials that my first doctor did not mention?”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You have a printed list of at least five clear questions, ready for the visit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More good questions: “Are there choices without surgery?”, “What are the long-term side effects of this medicine?”, “Can medicines and changes in daily habits delay or avoid the procedure?” and “Is now the right time, or can it wait?”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appointment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capture what the doctor says</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It is hard to take in complex medical news and take part in the talk at the same time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bring a friend or family member you trust to take notes, so you can focus on the talk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask the doctor if you may record the talk on your phone, to listen to it again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make sure the doctor explains, in plain words, any differences between their opinion and the first one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The visit is over and you have written notes or a recording of what the specialist advised.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comparison</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare the two opinions, then decide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If the two opinions differ, you need to understand why, so you can make the safest choice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make a simple two-column chart (a “T-chart”) of what each doctor said about the diagnosis, the treatment plan, the risks and the recovery time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If they disagree a lot, make an appointment with your main doctor to talk about the difference.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Get a third, “tie-breaker” opinion only if the first two are very different and a lot is at stake (for example, surgery on a major organ).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You have chosen a treatment path and told both medical teams about your decision.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep organized</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep your records in order for next time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records that are always in order make future second opinions and emergency care much faster and safer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set up a safe digital folder: encrypted storage or an app made for personal health records.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Build the habit over 30 days: every Sunday evening, spend 10 minutes scanning and filing the week&apos;s medical papers, receipts and notes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sort everything into these groups: Imaging, Labs, Prescriptions and Doctor notes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your current medical history is on your computer, sorted into groups, and you have done 4 weekly updates in a row.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StepPage</name>
    <message>
        <source>Step {number} of {total}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why it matters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to do (tick what you have done)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done when</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I have done this step my own way: mark it as done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Good to know</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status: {status}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You marked this step as done yourself. These items are not ticked:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
