<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_CA">
<context>
    <name>BundleExportDialog</name>
    <message>
        <location filename="../clinic_app/ui/export_dialogs.py" line="321"/>
        <source>Send cases to another laptop</source>
        <translation>Send cases to another laptop</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/export_dialogs.py" line="323"/>
        <source>The cases are written to one file, encrypted with a passphrase. Give the passphrase to the coordinator by another way than the file (in person, by phone).</source>
        <translation>The cases are written to one file, encrypted with a passphrase. Give the passphrase to the coordinator by another way than the file (in person, by phone).</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/export_dialogs.py" line="329"/>
        <source>&amp;All cases</source>
        <translation>&amp;All cases</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/export_dialogs.py" line="330"/>
        <source>Only cases &amp;changed since the last bundle</source>
        <translation>Only cases &amp;changed since the last bundle</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/export_dialogs.py" line="333"/>
        <source>Only cases changed since the last bundle (no bundle made yet)</source>
        <translation>Only cases changed since the last bundle (no bundle made yet)</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/export_dialogs.py" line="336"/>
        <source>Only cases &amp;changed since the last bundle ({0})</source>
        <translation>Only cases &amp;changed since the last bundle ({0})</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/export_dialogs.py" line="343"/>
        <source>Cases:</source>
        <translation>Cases:</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/export_dialogs.py" line="348"/>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Passphrase:</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/export_dialogs.py" line="349"/>
        <source>&amp;Again:</source>
        <translation>&amp;Again:</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/export_dialogs.py" line="351"/>
        <source>Browse…</source>
        <translation>Browse…</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/export_dialogs.py" line="353"/>
        <source>&amp;Save as:</source>
        <translation>&amp;Save as:</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/export_dialogs.py" line="359"/>
        <source>&amp;Write bundle</source>
        <translation>&amp;Write bundle</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/export_dialogs.py" line="368"/>
        <source>Write bundle</source>
        <translation>Write bundle</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/export_dialogs.py" line="369"/>
        <source>Case bundles (*.clinicbundle)</source>
        <translation>Case bundles (*.clinicbundle)</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/export_dialogs.py" line="380"/>
        <source>The passphrase must have at least {0} characters.</source>
        <translation>The passphrase must have at least {0} characters.</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/export_dialogs.py" line="384"/>
        <source>The two passphrases differ.</source>
        <translation>The two passphrases differ.</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/export_dialogs.py" line="393"/>
        <source>Writing the bundle…</source>
        <translation>Writing the bundle…</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/export_dialogs.py" line="399"/>
        <source>Cancelled: no bundle was written.</source>
        <translation>Cancelled: no bundle was written.</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/export_dialogs.py" line="405"/>
        <source>Cannot write {0}: {1}</source>
        <translation>Cannot write {0}: {1}</translation>
    </message>
    <message numerus="yes">
        <location filename="../clinic_app/ui/export_dialogs.py" line="410"/>
        <source>%n case(s) written to the bundle {0}.</source>
        <translation>
            <numerusform>%n case written to the bundle {0}.</numerusform>
            <numerusform>%n cases written to the bundle {0}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BundleImportDialog</name>
    <message>
        <location filename="../clinic_app/ui/export_dialogs.py" line="422"/>
        <source>Receive cases from another laptop</source>
        <translation>Receive cases from another laptop</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/export_dialogs.py" line="426"/>
        <source>Browse…</source>
        <translation>Browse…</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/export_dialogs.py" line="428"/>
        <source>&amp;Bundle:</source>
        <translation>&amp;Bundle:</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/export_dialogs.py" line="431"/>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Passphrase:</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/export_dialogs.py" line="435"/>
        <source>&amp;Preview</source>
        <translation>&amp;Preview</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/export_dialogs.py" line="441"/>
        <source>Nothing is written before you press Import.</source>
        <translation>Nothing is written before you press Import.</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/export_dialogs.py" line="445"/>
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/export_dialogs.py" line="445"/>
        <location filename="../clinic_app/ui/export_dialogs.py" line="456"/>
        <source>Case</source>
        <translation>Case</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/export_dialogs.py" line="445"/>
        <location filename="../clinic_app/ui/export_dialogs.py" line="456"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/export_dialogs.py" line="445"/>
        <source>Site</source>
        <translation>Site</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/export_dialogs.py" line="446"/>
        <source>Changed here</source>
        <translation>Changed here</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/export_dialogs.py" line="446"/>
        <source>Changed in bundle</source>
        <translation>Changed in bundle</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/export_dialogs.py" line="453"/>
        <source>Conflicts: changed on both laptops since the last bundle</source>
        <translation>Conflicts: changed on both laptops since the last bundle</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/export_dialogs.py" line="456"/>
        <source>Changed here / in bundle</source>
        <translation>Changed here / in bundle</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/export_dialogs.py" line="457"/>
        <source>Decision</source>
        <translation>Decision</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/export_dialogs.py" line="465"/>
        <source>&amp;Import</source>
        <translation>&amp;Import</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/export_dialogs.py" line="473"/>
        <source>Open bundle</source>
        <translation>Open bundle</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/export_dialogs.py" line="474"/>
        <source>Case bundles (*.clinicbundle);;All files (*)</source>
        <translation>Case bundles (*.clinicbundle);;All files (*)</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/export_dialogs.py" line="483"/>
        <source>Press Preview again: the bundle or the passphrase changed.</source>
        <translation>Press Preview again: the bundle or the passphrase changed.</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/export_dialogs.py" line="496"/>
        <source>Choose the bundle file and type its passphrase.</source>
        <translation>Choose the bundle file and type its passphrase.</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/export_dialogs.py" line="500"/>
        <source>Reading the bundle…</source>
        <translation>Reading the bundle…</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/export_dialogs.py" line="506"/>
        <source>Preview cancelled: nothing was written.</source>
        <translation>Preview cancelled: nothing was written.</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/export_dialogs.py" line="518"/>
        <source>Bundle from laptop {0}: {1} to add, {2} to update, {3} in conflict, {4} unchanged, {5} newer here (kept). Nothing is written before you press Import.</source>
        <translation>Bundle from laptop {0}: {1} to add, {2} to update, {3} in conflict, {4} unchanged, {5} newer here (kept). Nothing is written before you press Import.</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/export_dialogs.py" line="521"/>
        <source>Add</source>
        <translation>Add</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/export_dialogs.py" line="521"/>
        <source>Update</source>
        <translation>Update</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/export_dialogs.py" line="522"/>
        <source>Kept here (newer)</source>
        <translation>Kept here (newer)</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/export_dialogs.py" line="535"/>
        <source>Decide later (leave in conflict)</source>
        <translation>Decide later (leave in conflict)</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/export_dialogs.py" line="536"/>
        <source>Keep this laptop&apos;s version</source>
        <translation>Keep this laptop&apos;s version</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/export_dialogs.py" line="537"/>
        <source>Take the bundle&apos;s version</source>
        <translation>Take the bundle&apos;s version</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/export_dialogs.py" line="578"/>
        <source>Imported: {0} added, {1} updated; {2} conflict(s) left to settle.</source>
        <translation>Imported: {0} added, {1} updated; {2} conflict(s) left to settle.</translation>
    </message>
</context>
<context>
    <name>ChunkProgress</name>
    <message>
        <location filename="../clinic_app/ui/export_dialogs.py" line="67"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../clinic_app/ui/export_dialogs.py" line="123"/>
        <location filename="../clinic_app/ui/export_dialogs.py" line="245"/>
        <source>Export cases</source>
        <translation>Export cases</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/export_dialogs.py" line="126"/>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/export_dialogs.py" line="129"/>
        <source>CSV for French Excel (semicolons, decimal comma)</source>
        <translation>CSV for French Excel (semicolons, decimal comma)</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/export_dialogs.py" line="130"/>
        <source>CSV for other tools (commas, decimal point)</source>
        <translation>CSV for other tools (commas, decimal point)</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/export_dialogs.py" line="131"/>
        <source>Excel workbook (XLSX)</source>
        <translation>Excel workbook (XLSX)</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/export_dialogs.py" line="132"/>
        <source>&amp;Format:</source>
        <translation>&amp;Format:</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/export_dialogs.py" line="133"/>
        <source>&amp;Full: for the clinic&apos;s lawyers</source>
        <translation>&amp;Full: for the clinic&apos;s lawyers</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/export_dialogs.py" line="134"/>
        <source>&amp;De-identified: no names, contacts, addresses, immigration status or notes (campaigns, statistics)</source>
        <translation>&amp;De-identified: no names, contacts, addresses, immigration status or notes (campaigns, statistics)</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/export_dialogs.py" line="145"/>
        <source>Profile:</source>
        <translation>Profile:</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/export_dialogs.py" line="147"/>
        <source>Browse…</source>
        <translation>Browse…</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/export_dialogs.py" line="149"/>
        <source>&amp;Save as:</source>
        <translation>&amp;Save as:</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/export_dialogs.py" line="152"/>
        <source>Cases</source>
        <translation>Cases</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/export_dialogs.py" line="155"/>
        <source>All kinds</source>
        <translation>All kinds</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/export_dialogs.py" line="156"/>
        <source>Warehouse</source>
        <translation>Warehouse</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/export_dialogs.py" line="157"/>
        <source>Driver</source>
        <translation>Driver</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/export_dialogs.py" line="158"/>
        <source>&amp;Kind:</source>
        <translation>&amp;Kind:</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/export_dialogs.py" line="160"/>
        <source>All statuses</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/export_dialogs.py" line="161"/>
        <source>Draft</source>
        <translation>Draft</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/export_dialogs.py" line="161"/>
        <source>Intake complete</source>
        <translation>Intake complete</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/export_dialogs.py" line="162"/>
        <source>Reviewed</source>
        <translation>Reviewed</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/export_dialogs.py" line="162"/>
        <source>Letter sent</source>
        <translation>Letter sent</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/export_dialogs.py" line="163"/>
        <source>Closed</source>
        <translation>Closed</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/export_dialogs.py" line="165"/>
        <source>S&amp;tatus:</source>
        <translation>S&amp;tatus:</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/export_dialogs.py" line="167"/>
        <source>All sites and companies</source>
        <translation>All sites and companies</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/export_dialogs.py" line="170"/>
        <source>S&amp;ite:</source>
        <translation>S&amp;ite:</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/export_dialogs.py" line="177"/>
        <source>Columns</source>
        <translation>Columns</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/export_dialogs.py" line="182"/>
        <source> (personal)</source>
        <translation> (personal)</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/export_dialogs.py" line="190"/>
        <source>Select &amp;all</source>
        <translation>Select &amp;all</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/export_dialogs.py" line="191"/>
        <source>Select &amp;none</source>
        <translation>Select &amp;none</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/export_dialogs.py" line="204"/>
        <source>&amp;Export</source>
        <translation>&amp;Export</translation>
    </message>
    <message numerus="yes">
        <location filename="../clinic_app/ui/export_dialogs.py" line="232"/>
        <source>%n case(s) match.</source>
        <translation>
            <numerusform>%n case matches.</numerusform>
            <numerusform>%n cases match.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/export_dialogs.py" line="244"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/export_dialogs.py" line="244"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel workbooks (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/export_dialogs.py" line="280"/>
        <source>Choose at least one column.</source>
        <translation>Choose at least one column.</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/export_dialogs.py" line="286"/>
        <source>Exporting cases…</source>
        <translation>Exporting cases…</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/export_dialogs.py" line="297"/>
        <source>Export cancelled: no file was written.</source>
        <translation>Export cancelled: no file was written.</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/export_dialogs.py" line="303"/>
        <source>Cannot write {0}: {1}</source>
        <translation>Cannot write {0}: {1}</translation>
    </message>
    <message numerus="yes">
        <location filename="../clinic_app/ui/export_dialogs.py" line="308"/>
        <source>%n case(s) written to {0}.</source>
        <translation>
            <numerusform>%n case written to {0}.</numerusform>
            <numerusform>%n cases written to {0}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SummaryView</name>
    <message>
        <location filename="../clinic_app/ui/summary_view.py" line="115"/>
        <source>Summary of the cases</source>
        <translation>Summary of the cases</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/summary_view.py" line="122"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Refresh</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/summary_view.py" line="124"/>
        <source>Save as &amp;PDF…</source>
        <translation>Save as &amp;PDF…</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/summary_view.py" line="131"/>
        <source>Totals</source>
        <translation>Totals</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/summary_view.py" line="134"/>
        <location filename="../clinic_app/ui/summary_view.py" line="152"/>
        <location filename="../clinic_app/ui/summary_view.py" line="154"/>
        <location filename="../clinic_app/ui/summary_view.py" line="155"/>
        <location filename="../clinic_app/ui/summary_view.py" line="156"/>
        <source>Cases</source>
        <translation>Cases</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/summary_view.py" line="135"/>
        <source>Cases with complete facts</source>
        <translation>Cases with complete facts</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/summary_view.py" line="136"/>
        <location filename="../clinic_app/ui/summary_view.py" line="152"/>
        <source>Amount owed</source>
        <translation>Amount owed</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/summary_view.py" line="136"/>
        <source>Already paid</source>
        <translation>Already paid</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/summary_view.py" line="137"/>
        <location filename="../clinic_app/ui/summary_view.py" line="153"/>
        <source>Shortfall</source>
        <translation>Shortfall</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/summary_view.py" line="146"/>
        <source>Amounts cover the cases with complete facts only.</source>
        <translation>Amounts cover the cases with complete facts only.</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/summary_view.py" line="152"/>
        <location filename="../clinic_app/ui/summary_view.py" line="168"/>
        <source>Site or company</source>
        <translation>Site or company</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/summary_view.py" line="154"/>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/summary_view.py" line="155"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/summary_view.py" line="156"/>
        <source>Badge (warehouse)</source>
        <translation>Badge (warehouse)</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/summary_view.py" line="158"/>
        <source>Cases by site or company</source>
        <translation>Cases by site or company</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/summary_view.py" line="159"/>
        <source>By site or company</source>
        <translation>By site or company</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/summary_view.py" line="162"/>
        <source>By kind</source>
        <translation>By kind</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/summary_view.py" line="162"/>
        <source>By status</source>
        <translation>By status</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/summary_view.py" line="163"/>
        <source>By badge</source>
        <translation>By badge</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/summary_view.py" line="166"/>
        <source>Deadlines in the next 30 days</source>
        <translation>Deadlines in the next 30 days</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/summary_view.py" line="168"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/summary_view.py" line="168"/>
        <source>Case</source>
        <translation>Case</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/summary_view.py" line="168"/>
        <source>Deadline</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/summary_view.py" line="184"/>
        <source>Warehouse</source>
        <translation>Warehouse</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/summary_view.py" line="184"/>
        <source>Driver</source>
        <translation>Driver</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/summary_view.py" line="184"/>
        <source>Draft</source>
        <translation>Draft</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/summary_view.py" line="185"/>
        <source>Intake complete</source>
        <translation>Intake complete</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/summary_view.py" line="185"/>
        <source>Reviewed</source>
        <translation>Reviewed</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/summary_view.py" line="186"/>
        <source>Letter sent</source>
        <translation>Letter sent</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/summary_view.py" line="186"/>
        <source>Closed</source>
        <translation>Closed</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/summary_view.py" line="187"/>
        <source>Blue (permanent)</source>
        <translation>Blue (permanent)</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/summary_view.py" line="187"/>
        <source>White (seasonal)</source>
        <translation>White (seasonal)</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/summary_view.py" line="188"/>
        <source>Not entered</source>
        <translation>Not entered</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/summary_view.py" line="198"/>
        <source>Adding up the cases…</source>
        <translation>Adding up the cases…</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/summary_view.py" line="203"/>
        <location filename="../clinic_app/ui/summary_view.py" line="259"/>
        <source>Summary</source>
        <translation>Summary</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/summary_view.py" line="225"/>
        <source>Others</source>
        <translation>Others</translation>
    </message>
    <message numerus="yes">
        <location filename="../clinic_app/ui/summary_view.py" line="239"/>
        <source>Deadlines in the next 30 days: %n</source>
        <translation>
            <numerusform>Deadlines in the next 30 days: %n</numerusform>
            <numerusform>Deadlines in the next 30 days: %n</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/summary_view.py" line="246"/>
        <source>Save the summary as PDF</source>
        <translation>Save the summary as PDF</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/summary_view.py" line="247"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/summary_view.py" line="260"/>
        <source>Cannot write {0}: {1}</source>
        <translation>Cannot write {0}: {1}</translation>
    </message>
</context>
</TS>
