<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_CA">
<context>
    <name>BundleExportDialog</name>
    <message numerus="yes">
        <location filename="../clinic_app/ui/export_dialogs.py" line="312"/>
        <source>Include the attachments (%n file(s), {0} MB)</source>
        <translation>
            <numerusform>Include the attachments (%n file, {0} MB)</numerusform>
            <numerusform>Include the attachments (%n files, {0} MB)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/export_dialogs.py" line="323"/>
        <source>Send cases to another laptop</source>
        <translation>Send cases to another laptop</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/export_dialogs.py" line="325"/>
        <source>The cases are written to one file, encrypted with a passphrase. Give the passphrase to the coordinator by another way than the file (in person, by phone).</source>
        <translation>The cases are written to one file, encrypted with a passphrase. Give the passphrase to the coordinator by another way than the file (in person, by phone).</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/export_dialogs.py" line="331"/>
        <source>&amp;All cases</source>
        <translation>&amp;All cases</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/export_dialogs.py" line="332"/>
        <source>Only cases &amp;changed since the last bundle</source>
        <translation>Only cases &amp;changed since the last bundle</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/export_dialogs.py" line="335"/>
        <source>Only cases changed since the last bundle (no bundle made yet)</source>
        <translation>Only cases changed since the last bundle (no bundle made yet)</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/export_dialogs.py" line="338"/>
        <source>Only cases &amp;changed since the last bundle ({0})</source>
        <translation>Only cases &amp;changed since the last bundle ({0})</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/export_dialogs.py" line="340"/>
        <source>Cases</source>
        <translation>Cases</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/export_dialogs.py" line="351"/>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Passphrase:</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/export_dialogs.py" line="352"/>
        <source>&amp;Again:</source>
        <translation>&amp;Again:</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/export_dialogs.py" line="354"/>
        <source>Browse…</source>
        <translation>Browse…</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/export_dialogs.py" line="356"/>
        <source>&amp;Save as:</source>
        <translation>&amp;Save as:</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/export_dialogs.py" line="362"/>
        <source>&amp;Write bundle</source>
        <translation>&amp;Write bundle</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/export_dialogs.py" line="370"/>
        <source>Write bundle</source>
        <translation>Write bundle</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/export_dialogs.py" line="371"/>
        <source>Case bundles (*.clinicbundle)</source>
        <translation>Case bundles (*.clinicbundle)</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/export_dialogs.py" line="382"/>
        <source>The passphrase must have at least {0} characters.</source>
        <translation>The passphrase must have at least {0} characters.</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/export_dialogs.py" line="386"/>
        <source>The two passphrases differ.</source>
        <translation>The two passphrases differ.</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/export_dialogs.py" line="395"/>
        <source>Writing the bundle…</source>
        <translation>Writing the bundle…</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/export_dialogs.py" line="401"/>
        <source>Cancelled: no bundle was written.</source>
        <translation>Cancelled: no bundle was written.</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/export_dialogs.py" line="407"/>
        <source>Cannot write {0}: {1}</source>
        <translation>Cannot write {0}: {1}</translation>
    </message>
    <message numerus="yes">
        <location filename="../clinic_app/ui/export_dialogs.py" line="412"/>
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
        <location filename="../clinic_app/ui/export_dialogs.py" line="424"/>
        <source>Receive cases from another laptop</source>
        <translation>Receive cases from another laptop</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/export_dialogs.py" line="428"/>
        <source>Browse…</source>
        <translation>Browse…</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/export_dialogs.py" line="430"/>
        <source>&amp;Bundle:</source>
        <translation>&amp;Bundle:</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/export_dialogs.py" line="433"/>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Passphrase:</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/export_dialogs.py" line="437"/>
        <source>&amp;Preview</source>
        <translation>&amp;Preview</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/export_dialogs.py" line="443"/>
        <source>Nothing is written before you press Import.</source>
        <translation>Nothing is written before you press Import.</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/export_dialogs.py" line="447"/>
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/export_dialogs.py" line="447"/>
        <location filename="../clinic_app/ui/export_dialogs.py" line="458"/>
        <source>Case</source>
        <translation>Case</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/export_dialogs.py" line="447"/>
        <location filename="../clinic_app/ui/export_dialogs.py" line="458"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/export_dialogs.py" line="447"/>
        <source>Site</source>
        <translation>Site</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/export_dialogs.py" line="448"/>
        <source>Changed here</source>
        <translation>Changed here</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/export_dialogs.py" line="448"/>
        <source>Changed in bundle</source>
        <translation>Changed in bundle</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/export_dialogs.py" line="455"/>
        <source>Conflicts: changed on both laptops since the last bundle</source>
        <translation>Conflicts: changed on both laptops since the last bundle</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/export_dialogs.py" line="458"/>
        <source>Changed here / in bundle</source>
        <translation>Changed here / in bundle</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/export_dialogs.py" line="459"/>
        <source>Decision</source>
        <translation>Decision</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/export_dialogs.py" line="467"/>
        <source>&amp;Import</source>
        <translation>&amp;Import</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/export_dialogs.py" line="475"/>
        <source>Open bundle</source>
        <translation>Open bundle</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/export_dialogs.py" line="476"/>
        <source>Case bundles (*.clinicbundle);;All files (*)</source>
        <translation>Case bundles (*.clinicbundle);;All files (*)</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/export_dialogs.py" line="485"/>
        <source>Press Preview again: the bundle or the passphrase changed.</source>
        <translation>Press Preview again: the bundle or the passphrase changed.</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/export_dialogs.py" line="498"/>
        <source>Choose the bundle file and type its passphrase.</source>
        <translation>Choose the bundle file and type its passphrase.</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/export_dialogs.py" line="502"/>
        <source>Reading the bundle…</source>
        <translation>Reading the bundle…</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/export_dialogs.py" line="508"/>
        <source>Preview cancelled: nothing was written.</source>
        <translation>Preview cancelled: nothing was written.</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/export_dialogs.py" line="520"/>
        <source>Bundle from laptop {0}: {1} to add, {2} to update, {3} in conflict, {4} unchanged, {5} newer here (kept). Nothing is written before you press Import.</source>
        <translation>Bundle from laptop {0}: {1} to add, {2} to update, {3} in conflict, {4} unchanged, {5} newer here (kept). Nothing is written before you press Import.</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/export_dialogs.py" line="523"/>
        <source>Add</source>
        <translation>Add</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/export_dialogs.py" line="523"/>
        <source>Update</source>
        <translation>Update</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/export_dialogs.py" line="524"/>
        <source>Kept here (newer)</source>
        <translation>Kept here (newer)</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/export_dialogs.py" line="537"/>
        <source>Decide later (leave in conflict)</source>
        <translation>Decide later (leave in conflict)</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/export_dialogs.py" line="538"/>
        <source>Keep this laptop&apos;s version</source>
        <translation>Keep this laptop&apos;s version</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/export_dialogs.py" line="539"/>
        <source>Take the bundle&apos;s version</source>
        <translation>Take the bundle&apos;s version</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/export_dialogs.py" line="580"/>
        <source>Imported: {0} added, {1} updated; {2} conflict(s) left to settle.</source>
        <translation>Imported: {0} added, {1} updated; {2} conflict(s) left to settle.</translation>
    </message>
</context>
<context>
    <name>ChunkProgress</name>
    <message>
        <location filename="../clinic_app/ui/export_dialogs.py" line="68"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../clinic_app/ui/export_dialogs.py" line="124"/>
        <location filename="../clinic_app/ui/export_dialogs.py" line="247"/>
        <source>Export cases</source>
        <translation>Export cases</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/export_dialogs.py" line="127"/>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/export_dialogs.py" line="130"/>
        <source>CSV for French Excel (semicolons, decimal comma)</source>
        <translation>CSV for French Excel (semicolons, decimal comma)</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/export_dialogs.py" line="131"/>
        <source>CSV for other tools (commas, decimal point)</source>
        <translation>CSV for other tools (commas, decimal point)</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/export_dialogs.py" line="132"/>
        <source>Excel workbook (XLSX)</source>
        <translation>Excel workbook (XLSX)</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/export_dialogs.py" line="133"/>
        <source>&amp;Format:</source>
        <translation>&amp;Format:</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/export_dialogs.py" line="134"/>
        <source>&amp;Full: for the clinic&apos;s lawyers</source>
        <translation>&amp;Full: for the clinic&apos;s lawyers</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/export_dialogs.py" line="135"/>
        <source>&amp;De-identified: no names, contacts, addresses, immigration status or notes (campaigns, statistics)</source>
        <translation>&amp;De-identified: no names, contacts, addresses, immigration status or notes (campaigns, statistics)</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/export_dialogs.py" line="147"/>
        <source>Profile:</source>
        <translation>Profile:</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/export_dialogs.py" line="149"/>
        <source>Browse…</source>
        <translation>Browse…</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/export_dialogs.py" line="151"/>
        <source>&amp;Save as:</source>
        <translation>&amp;Save as:</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/export_dialogs.py" line="154"/>
        <source>Cases</source>
        <translation>Cases</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/export_dialogs.py" line="157"/>
        <source>All kinds</source>
        <translation>All kinds</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/export_dialogs.py" line="158"/>
        <source>Warehouse</source>
        <translation>Warehouse</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/export_dialogs.py" line="159"/>
        <source>Driver</source>
        <translation>Driver</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/export_dialogs.py" line="160"/>
        <source>&amp;Kind:</source>
        <translation>&amp;Kind:</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/export_dialogs.py" line="162"/>
        <source>All statuses</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/export_dialogs.py" line="163"/>
        <source>Draft</source>
        <translation>Draft</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/export_dialogs.py" line="163"/>
        <source>Intake complete</source>
        <translation>Intake complete</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/export_dialogs.py" line="164"/>
        <source>Reviewed</source>
        <translation>Reviewed</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/export_dialogs.py" line="164"/>
        <source>Letter sent</source>
        <translation>Letter sent</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/export_dialogs.py" line="165"/>
        <source>Closed</source>
        <translation>Closed</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/export_dialogs.py" line="167"/>
        <source>S&amp;tatus:</source>
        <translation>S&amp;tatus:</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/export_dialogs.py" line="169"/>
        <source>All sites and companies</source>
        <translation>All sites and companies</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/export_dialogs.py" line="172"/>
        <source>S&amp;ite:</source>
        <translation>S&amp;ite:</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/export_dialogs.py" line="179"/>
        <source>Columns</source>
        <translation>Columns</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/export_dialogs.py" line="184"/>
        <source> (personal)</source>
        <translation> (personal)</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/export_dialogs.py" line="192"/>
        <source>Select &amp;all</source>
        <translation>Select &amp;all</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/export_dialogs.py" line="193"/>
        <source>Select &amp;none</source>
        <translation>Select &amp;none</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/export_dialogs.py" line="206"/>
        <source>&amp;Export</source>
        <translation>&amp;Export</translation>
    </message>
    <message numerus="yes">
        <location filename="../clinic_app/ui/export_dialogs.py" line="234"/>
        <source>%n case(s) match.</source>
        <translation>
            <numerusform>%n case matches.</numerusform>
            <numerusform>%n cases match.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/export_dialogs.py" line="246"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/export_dialogs.py" line="246"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel workbooks (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/export_dialogs.py" line="282"/>
        <source>Choose at least one column.</source>
        <translation>Choose at least one column.</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/export_dialogs.py" line="288"/>
        <source>Exporting cases…</source>
        <translation>Exporting cases…</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/export_dialogs.py" line="299"/>
        <source>Export cancelled: no file was written.</source>
        <translation>Export cancelled: no file was written.</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/export_dialogs.py" line="305"/>
        <source>Cannot write {0}: {1}</source>
        <translation>Cannot write {0}: {1}</translation>
    </message>
    <message numerus="yes">
        <location filename="../clinic_app/ui/export_dialogs.py" line="310"/>
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
