<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_CA">
<context>
    <name>CaseListModel</name>
    <message>
        <location filename="../clinic_app/ui/case_list_model.py" line="59" />
        <source>Case</source>
        <extracomment>the list's count stops here ("more than 10,000 cases"): an exact count reads every row (0.6 s at 1M) a search lists at most this many matches, the most recent (the person types more to narrow it): finding them costs about 10 microseconds each at 100k cases, so the cap bounds a keystroke's cost</extracomment>
        <translation>Case</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/case_list_model.py" line="59" />
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/case_list_model.py" line="60" />
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/case_list_model.py" line="61" />
        <source>Site / company</source>
        <translation>Site / company</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/case_list_model.py" line="62" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/case_list_model.py" line="63" />
        <source>Amount owed</source>
        <translation>Amount owed</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/case_list_model.py" line="64" />
        <source>Shortfall</source>
        <translation>Shortfall</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/case_list_model.py" line="65" />
        <source>Days left</source>
        <translation>Days left</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/case_list_model.py" line="218" />
        <source>Being updated (the law tables or the site changed)</source>
        <extracomment>the query changed while there was no store: load it when the store arrives</extracomment>
        <translation>Being updated (the law tables or the site changed)</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/case_list_model.py" line="236" />
        <source>Warehouse</source>
        <translation>Warehouse</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/case_list_model.py" line="237" />
        <source>Driver</source>
        <translation>Driver</translation>
    </message>
    <message numerus="yes">
        <location filename="../clinic_app/ui/case_list_model.py" line="257" />
        <source>passed %n day(s) ago</source>
        <translation>
            <numerusform>passed (%n d)</numerusform>
            <numerusform>passed (%n d)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/case_list_model.py" line="259" />
        <source>last day today</source>
        <translation>last day today</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/case_list_model.py" line="265" />
        <source>Draft</source>
        <translation>Draft</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/case_list_model.py" line="266" />
        <source>Intake complete</source>
        <translation>Intake complete</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/case_list_model.py" line="267" />
        <source>Reviewed</source>
        <translation>Reviewed</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/case_list_model.py" line="268" />
        <source>Letter sent</source>
        <translation>Letter sent</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/case_list_model.py" line="269" />
        <source>Closed</source>
        <translation>Closed</translation>
    </message>
</context>
<context>
    <name>ChunkProgress</name>
    <message>
        <location filename="../clinic_app/ui/operations.py" line="77" />
        <source>Cancel</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>DeadlinesView</name>
    <message>
        <location filename="../clinic_app/ui/deadlines_view.py" line="119" />
        <location filename="../clinic_app/ui/deadlines_view.py" line="144" />
        <source>Site or company</source>
        <translation>Site or company</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/deadlines_view.py" line="121" />
        <source>Volunteer</source>
        <translation>Volunteer</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/deadlines_view.py" line="124" />
        <source>all</source>
        <translation>all</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/deadlines_view.py" line="126" />
        <source>Only deadlines within this many days</source>
        <translation>Only deadlines within this many days</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/deadlines_view.py" line="127" />
        <source>&amp;Site:</source>
        <translation>&amp;Site:</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/deadlines_view.py" line="129" />
        <source>&amp;Volunteer:</source>
        <translation>&amp;Volunteer:</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/deadlines_view.py" line="131" />
        <source>&amp;Within (days):</source>
        <translation>&amp;Within (days):</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/deadlines_view.py" line="136" />
        <source>&amp;Refresh</source>
        <translation>&amp;Refresh</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/deadlines_view.py" line="144" />
        <source>Days left</source>
        <translation>Days left</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/deadlines_view.py" line="144" />
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/deadlines_view.py" line="144" />
        <source>Case</source>
        <translation>Case</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/deadlines_view.py" line="145" />
        <source>Deadline</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/deadlines_view.py" line="145" />
        <source>What may still save it</source>
        <translation>What may still save it</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/deadlines_view.py" line="157" />
        <location filename="../clinic_app/ui/deadlines_view.py" line="240" />
        <location filename="../clinic_app/ui/deadlines_view.py" line="267" />
        <location filename="../clinic_app/ui/deadlines_view.py" line="348" />
        <source>Deadlines</source>
        <translation>Deadlines</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/deadlines_view.py" line="171" />
        <source>Put the person's &amp;name in each event (off: case numbers only)</source>
        <translation>Put the person's &amp;name in each event (off: case numbers only)</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/deadlines_view.py" line="172" />
        <source>&amp;Export the next 90 days to a calendar (.ics)…</source>
        <translation>&amp;Export the next 90 days to a calendar (.ics)…</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/deadlines_view.py" line="240" />
        <location filename="../clinic_app/ui/deadlines_view.py" line="267" />
        <source>Reading the deadlines…</source>
        <translation>Reading the deadlines…</translation>
    </message>
    <message numerus="yes">
        <location filename="../clinic_app/ui/deadlines_view.py" line="309" />
        <source>Showing the first %n case(s), the most urgent first (counting the others…).</source>
        <translation>
            <numerusform>Showing the first case, the most urgent first (counting the others…).</numerusform>
            <numerusform>Showing the first %n cases, the most urgent first (counting the others…).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../clinic_app/ui/deadlines_view.py" line="312" />
        <source>Showing the first %n case(s) of more than {0}, the most urgent first.</source>
        <translation>
            <numerusform>Showing the first case of more than {0}, the most urgent first.</numerusform>
            <numerusform>Showing the first %n cases of more than {0}, the most urgent first.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../clinic_app/ui/deadlines_view.py" line="315" />
        <source>Showing the first %n case(s) of {0}, the most urgent first.</source>
        <translation>
            <numerusform>Showing the first case of {0}, the most urgent first.</numerusform>
            <numerusform>Showing the first %n cases of {0}, the most urgent first.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../clinic_app/ui/deadlines_view.py" line="306" />
        <source>%n case(s).</source>
        <translation>
            <numerusform>%n case.</numerusform>
            <numerusform>%n cases.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../clinic_app/ui/deadlines_view.py" line="319" />
        <source>%n with every statutory deadline passed.</source>
        <translation>
            <numerusform>%n with every statutory deadline passed.</numerusform>
            <numerusform>%n with every statutory deadline passed.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/deadlines_view.py" line="183" />
        <location filename="../clinic_app/ui/deadlines_view.py" line="212" />
        <location filename="../clinic_app/ui/deadlines_view.py" line="222" />
        <source>All</source>
        <translation>All</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/deadlines_view.py" line="224" />
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message numerus="yes">
        <location filename="../clinic_app/ui/deadlines_view.py" line="321" />
        <source>%n more case(s) not listed yet: their figures are updating (Refresh in a moment).</source>
        <translation>
            <numerusform>%n more case not listed yet: its figures are updating (Refresh in a moment).</numerusform>
            <numerusform>%n more cases not listed yet: their figures are updating (Refresh in a moment).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../clinic_app/ui/deadlines_view.py" line="325" />
        <source>Show the next %n</source>
        <translation>
            <numerusform>Show the next one</numerusform>
            <numerusform>Show the next %n</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/deadlines_view.py" line="338" />
        <source>Export the deadlines</source>
        <translation>Export the deadlines</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/deadlines_view.py" line="339" />
        <source>Calendar (*.ics)</source>
        <translation>Calendar (*.ics)</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/deadlines_view.py" line="347" />
        <source>Writing the calendar…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../clinic_app/ui/deadlines_view.py" line="350" />
        <source>{0} deadline(s) written to {1}.</source>
        <translation>{0} deadline(s) written to {1}.</translation>
    </message>
</context>
<context>
    <name>ErrorHook</name>
    <message>
        <location filename="../clinic_app/ui/errors.py" line="31" />
        <source>Something went wrong in the program. Your saved cases are not affected.</source>
        <translation>Something went wrong in the program. Your saved cases are not affected.</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/errors.py" line="34" />
        <source>Details were written to the log file {path}.</source>
        <translation>Details were written to the log file {path}.</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/errors.py" line="52" />
        <source>Unexpected error</source>
        <translation>Unexpected error</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <location filename="../clinic_app/ui/first_run.py" line="64" />
        <source>Clinic Intake — first start</source>
        <translation>Clinic Intake — first start</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/first_run.py" line="66" />
        <source>Welcome. The cases are kept encrypted on this laptop. Choose the data passphrase the volunteers of this clinic will type to open them.</source>
        <translation>Welcome. The cases are kept encrypted on this laptop. Choose the data passphrase the volunteers of this clinic will type to open them.</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/first_run.py" line="70" />
        <source>&lt;b&gt;Write the passphrase down and keep it safe: if it is forgotten, the data cannot be recovered by anyone.&lt;/b&gt;</source>
        <translation>&lt;b&gt;Write the passphrase down and keep it safe: if it is forgotten, the data cannot be recovered by anyone.&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/first_run.py" line="82" />
        <source>&amp;Passphrase:</source>
        <translation>&amp;Passphrase:</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/first_run.py" line="83" />
        <source>&amp;Again:</source>
        <translation>&amp;Again:</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/first_run.py" line="86" />
        <source>Clinic &amp;name:</source>
        <translation>Clinic &amp;name:</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/first_run.py" line="90" />
        <source>&amp;Address (letterhead):</source>
        <translation>&amp;Address (letterhead):</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/first_run.py" line="92" />
        <source>&amp;Your name:</source>
        <translation>&amp;Your name:</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/first_run.py" line="97" />
        <source>&amp;Language:</source>
        <translation>&amp;Language:</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/first_run.py" line="101" />
        <source> days</source>
        <translation> days</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/first_run.py" line="102" />
        <source>&amp;Keep closed cases for:</source>
        <translation>&amp;Keep closed cases for:</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/first_run.py" line="104" />
        <source>&amp;Backup folder:</source>
        <translation>&amp;Backup folder:</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/first_run.py" line="104" />
        <source>Backup folder</source>
        <translation>Backup folder</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/first_run.py" line="114" />
        <source>Create</source>
        <translation>Create</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/first_run.py" line="123" />
        <source>Too short: at least {0} characters.</source>
        <translation>Too short: at least {0} characters.</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/first_run.py" line="123" />
        <source>Weak: add words.</source>
        <translation>Weak: add words.</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/first_run.py" line="124" />
        <source>Fair.</source>
        <translation>Fair.</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/first_run.py" line="124" />
        <source>Strong.</source>
        <translation>Strong.</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/first_run.py" line="131" />
        <source>Passphrase: at least {0} characters are needed.</source>
        <translation>Passphrase: at least {0} characters are needed.</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/first_run.py" line="134" />
        <source>Passphrase: the two entries differ. Type the same passphrase twice.</source>
        <translation>Passphrase: the two entries differ. Type the same passphrase twice.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../clinic_app/ui/main_window.py" line="95" />
        <source>Clinic Intake</source>
        <translation>Clinic Intake</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/main_window.py" line="105" />
        <source>Cases</source>
        <translation>Cases</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/main_window.py" line="83" />
        <location filename="../clinic_app/ui/main_window.py" line="187" />
        <source>Opening the database…</source>
        <extracomment>actions asked for before the store was attached, run when it is (see the class docstring)</extracomment>
        <translation>Opening the database…</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/main_window.py" line="101" />
        <source>Tabs</source>
        <translation>Tabs</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/main_window.py" line="114" />
        <source>Search: name, case number, phone, site or company</source>
        <translation>Search: name, case number, phone, site or company</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/main_window.py" line="116" />
        <source>Search cases</source>
        <translation>Search cases</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/main_window.py" line="126" />
        <source>&amp;Search:</source>
        <translation>&amp;Search:</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/main_window.py" line="132" />
        <source>All kinds</source>
        <translation>All kinds</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/main_window.py" line="133" />
        <source>Warehouse</source>
        <translation>Warehouse</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/main_window.py" line="134" />
        <source>Driver</source>
        <translation>Driver</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/main_window.py" line="136" />
        <source>All statuses</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/main_window.py" line="137" />
        <source>Draft</source>
        <translation>Draft</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/main_window.py" line="137" />
        <source>Intake complete</source>
        <translation>Intake complete</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/main_window.py" line="138" />
        <source>Reviewed</source>
        <translation>Reviewed</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/main_window.py" line="138" />
        <source>Letter sent</source>
        <translation>Letter sent</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/main_window.py" line="139" />
        <source>Closed</source>
        <translation>Closed</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/main_window.py" line="142" />
        <source>All sites</source>
        <translation>All sites</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/main_window.py" line="143" />
        <source>Kind filter</source>
        <translation>Kind filter</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/main_window.py" line="144" />
        <source>Status filter</source>
        <translation>Status filter</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/main_window.py" line="145" />
        <source>Site filter</source>
        <translation>Site filter</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/main_window.py" line="157" />
        <source>Case list</source>
        <translation>Case list</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/main_window.py" line="215" />
        <source>New &amp;warehouse case</source>
        <translation>New &amp;warehouse case</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/main_window.py" line="217" />
        <source>New &amp;driver case</source>
        <translation>New &amp;driver case</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/main_window.py" line="219" />
        <source>&amp;Open case</source>
        <translation>&amp;Open case</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/main_window.py" line="222" />
        <source>Check for &amp;duplicates</source>
        <translation>Check for &amp;duplicates</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/main_window.py" line="223" />
        <source>De&amp;lete case…</source>
        <translation>De&amp;lete case…</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/main_window.py" line="226" />
        <source>&amp;Find</source>
        <translation>&amp;Find</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/main_window.py" line="227" />
        <source>&amp;Close tab</source>
        <translation>&amp;Close tab</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/main_window.py" line="229" />
        <source>&amp;Settings…</source>
        <translation>&amp;Settings…</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/main_window.py" line="230" />
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/main_window.py" line="231" />
        <source>&amp;Export cases…</source>
        <translation>&amp;Export cases…</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/main_window.py" line="232" />
        <source>Send cases to another laptop…</source>
        <translation>Send cases to another laptop…</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/main_window.py" line="233" />
        <source>Receive cases from another laptop…</source>
        <translation>Receive cases from another laptop…</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/main_window.py" line="234" />
        <source>&amp;Summary</source>
        <translation>&amp;Summary</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/main_window.py" line="235" />
        <source>Dead&amp;lines</source>
        <translation>Dead&amp;lines</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/main_window.py" line="236" />
        <source>S&amp;ites</source>
        <translation>S&amp;ites</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/main_window.py" line="237" />
        <source>&amp;Letters for this case…</source>
        <translation>&amp;Letters for this case…</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/main_window.py" line="238" />
        <source>Letters for the &amp;selected cases…</source>
        <translation>Letters for the &amp;selected cases…</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/main_window.py" line="239" />
        <source>&amp;About</source>
        <translation>&amp;About</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/main_window.py" line="241" />
        <source>&amp;What's this? (click a field)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../clinic_app/ui/main_window.py" line="243" />
        <source>Change passphrase…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../clinic_app/ui/main_window.py" line="244" />
        <source>Backups…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../clinic_app/ui/main_window.py" line="245" />
        <location filename="../clinic_app/ui/main_window.py" line="550" />
        <location filename="../clinic_app/ui/main_window.py" line="556" />
        <source>Check the database</source>
        <translation>Check the database</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/main_window.py" line="246" />
        <source>Erase old closed cases…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../clinic_app/ui/main_window.py" line="247" />
        <source>Export everything about this person…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../clinic_app/ui/main_window.py" line="250" />
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/main_window.py" line="257" />
        <source>&amp;Case</source>
        <translation>&amp;Case</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/main_window.py" line="261" />
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/main_window.py" line="265" />
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/main_window.py" line="271" />
        <source>Main</source>
        <translation>Main</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/main_window.py" line="395" />
        <source>More than {0} cases have a deadline within {1} days: View &gt; Deadlines.</source>
        <extracomment>share of the list's width per column (case, name, kind, site, status, owed, shortfall, days left)</extracomment>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../clinic_app/ui/main_window.py" line="398" />
        <source>%n case(s) have a deadline within {0} days: View &gt; Deadlines.</source>
        <translation>
            <numerusform>%n case has a deadline within {0} days: View &gt; Deadlines.</numerusform>
            <numerusform>%n cases have a deadline within {0} days: View &gt; Deadlines.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/main_window.py" line="444" />
        <source>Updating figures: {0} of {1}</source>
        <translation>Updating figures: {0} of {1}</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/main_window.py" line="481" />
        <source>Figures could not be updated: {0}</source>
        <translation>Figures could not be updated: {0}</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/main_window.py" line="485" />
        <source>Backing up the database…</source>
        <translation>Backing up the database…</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/main_window.py" line="485" />
        <source>Checking the database…</source>
        <translation>Checking the database…</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/main_window.py" line="547" />
        <source>The database is intact. Its search index was out of step and has been rebuilt.</source>
        <translation>The database is intact. Its search index was out of step and has been rebuilt.</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/main_window.py" line="548" />
        <source>The database is intact.</source>
        <translation>The database is intact.</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/main_window.py" line="567" />
        <source>Automatic backup FAILED: {0} Back up from File &gt; Backups… or Settings.</source>
        <translation>Automatic backup FAILED: {0} Back up from File &gt; Backups… or Settings.</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/main_window.py" line="584" />
        <source>Encrypted database</source>
        <translation>Encrypted database</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/main_window.py" line="586" />
        <source>Database on a server</source>
        <translation>Database on a server</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/main_window.py" line="588" />
        <source>Database NOT encrypted</source>
        <translation>Database NOT encrypted</translation>
    </message>
    <message numerus="yes">
        <location filename="../clinic_app/ui/main_window.py" line="633" />
        <source>More than %n matches: the most recent are listed; type more to narrow the search.</source>
        <translation>
            <numerusform>More than %n match: the most recent are listed; type more to narrow the search.</numerusform>
            <numerusform>More than %n matches: the most recent are listed; type more to narrow the search.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../clinic_app/ui/main_window.py" line="636" />
        <source>More than %n case(s)</source>
        <translation>
            <numerusform>More than %n case</numerusform>
            <numerusform>More than %n cases</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../clinic_app/ui/main_window.py" line="638" />
        <source>%n case(s)</source>
        <translation>
            <numerusform>%n case</numerusform>
            <numerusform>%n cases</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/main_window.py" line="751" />
        <source>New warehouse case</source>
        <translation>New warehouse case</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/main_window.py" line="752" />
        <source>New driver case</source>
        <translation>New driver case</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/main_window.py" line="785" />
        <source>Unsaved changes</source>
        <translation>Unsaved changes</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/main_window.py" line="824" />
        <source>Delete case</source>
        <translation>Delete case</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/main_window.py" line="825" />
        <source>Delete case {0} ({1})? It is hidden from the list and removed for good at the end of the retention period.</source>
        <translation>Delete case {0} ({1})? It is hidden from the list and removed for good at the end of the retention period.</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/main_window.py" line="832" />
        <source>Case {0} deleted.</source>
        <translation>Case {0} deleted.</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/main_window.py" line="848" />
        <source>Summary</source>
        <translation>Summary</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/main_window.py" line="868" />
        <source>Deadlines</source>
        <translation>Deadlines</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/main_window.py" line="878" />
        <source>Sites</source>
        <translation>Sites</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/main_window.py" line="885" />
        <source>Open or select a saved case to write its letters.</source>
        <translation>Open or select a saved case to write its letters.</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/main_window.py" line="897" />
        <source>Folder for the letters</source>
        <translation>Folder for the letters</translation>
    </message>
</context>
<context>
    <name>MigrationProgress</name>
    <message>
        <location filename="../clinic_app/ui/migration_progress.py" line="30" />
        <source>Clinic Intake — updating the database</source>
        <translation>Clinic Intake — updating the database</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/migration_progress.py" line="39" />
        <source>Updating the database</source>
        <translation>Updating the database</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/migration_progress.py" line="41" />
        <source>This happens once after installing a new version and may take several minutes on a large database. Do not turn the computer off; the cases are safe.</source>
        <translation>This happens once after installing a new version and may take several minutes on a large database. Do not turn the computer off; the cases are safe.</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/migration_progress.py" line="56" />
        <source>Updating the database: making a backup copy first…</source>
        <translation>Updating the database: making a backup copy first…</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/migration_progress.py" line="57" />
        <source>Updating the database: building the list's indexes…</source>
        <translation>Updating the database: building the list's indexes…</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/migration_progress.py" line="58" />
        <source>Updating the database: building the search index…</source>
        <translation>Updating the database: building the search index…</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/migration_progress.py" line="59" />
        <source>Updating the database: storing the figures of each case…</source>
        <translation>Updating the database: storing the figures of each case…</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/migration_progress.py" line="60" />
        <source>Updating the database: renaming the cases table…</source>
        <translation>Updating the database: renaming the cases table…</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/migration_progress.py" line="61" />
        <source>Updating the database: adding the sites' and deadlines' figures…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../clinic_app/ui/migration_progress.py" line="62" />
        <source>Updating the database: building the summary's index…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../clinic_app/ui/migration_progress.py" line="63" />
        <source>Updating the database: indexing the deadlines for the dashboard…</source>
        <translation>Updating the database: indexing the deadlines for the dashboard…</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/migration_progress.py" line="65" />
        <source>Updating the database: updating its tables…</source>
        <translation>Updating the database: updating its tables…</translation>
    </message>
</context>
<context>
    <name>Operations</name>
    <message>
        <location filename="../clinic_app/ui/operations.py" line="51" />
        <source>Clinic Intake</source>
        <translation type="unfinished">Clinic Intake</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/operations.py" line="110" />
        <source>Please wait…</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <location filename="../clinic_app/ui/passphrase_dialog.py" line="36" />
        <source>Clinic Intake — passphrase</source>
        <translation>Clinic Intake — passphrase</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/passphrase_dialog.py" line="38" />
        <source>Type the data passphrase to open the cases.</source>
        <translation>Type the data passphrase to open the cases.</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/passphrase_dialog.py" line="48" />
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/passphrase_dialog.py" line="65" />
        <source>Type the passphrase.</source>
        <translation>Type the passphrase.</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/passphrase_dialog.py" line="71" />
        <source>This passphrase does not open the data. Check the keyboard language and Caps Lock, then try again.</source>
        <translation>This passphrase does not open the data. Check the keyboard language and Caps Lock, then try again.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../clinic_app/ui/settings_dialog.py" line="49" />
        <source>Browse…</source>
        <translation>Browse…</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/settings_dialog.py" line="68" />
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/settings_dialog.py" line="71" />
        <source>This laptop</source>
        <translation>This laptop</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/settings_dialog.py" line="77" />
        <source>&amp;Language:</source>
        <translation>&amp;Language:</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/settings_dialog.py" line="78" />
        <source>On Save, every window changes language at once; open cases and what was typed in them stay as they are.</source>
        <translation>On Save, every window changes language at once; open cases and what was typed in them stay as they are.</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/settings_dialog.py" line="83" />
        <source>&amp;Volunteer name:</source>
        <translation>&amp;Volunteer name:</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/settings_dialog.py" line="85" />
        <source>&amp;Backup folder:</source>
        <translation>&amp;Backup folder:</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/settings_dialog.py" line="85" />
        <source>Backup folder</source>
        <translation>Backup folder</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/settings_dialog.py" line="97" />
        <source> days</source>
        <translation> days</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/settings_dialog.py" line="99" />
        <source>Clinic (shared by every laptop)</source>
        <translation>Clinic (shared by every laptop)</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/settings_dialog.py" line="110" />
        <source>Clinic &amp;name:</source>
        <translation>Clinic &amp;name:</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/settings_dialog.py" line="111" />
        <source>&amp;Address (letterhead):</source>
        <translation>&amp;Address (letterhead):</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/settings_dialog.py" line="112" />
        <source>&amp;Phone:</source>
        <translation>&amp;Phone:</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/settings_dialog.py" line="113" />
        <source>&amp;Email:</source>
        <translation>&amp;Email:</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/settings_dialog.py" line="114" />
        <source>Letters &amp;signed by:</source>
        <translation>Letters &amp;signed by:</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/settings_dialog.py" line="115" />
        <source>&amp;Retention period:</source>
        <translation>&amp;Retention period:</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/settings_dialog.py" line="128" />
        <source>Data</source>
        <translation>Data</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/settings_dialog.py" line="130" />
        <source>Encrypted (SQLCipher)</source>
        <translation>Encrypted (SQLCipher)</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/settings_dialog.py" line="131" />
        <source>NOT encrypted</source>
        <translation>NOT encrypted</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/settings_dialog.py" line="132" />
        <source>Database:</source>
        <translation>Database:</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/settings_dialog.py" line="136" />
        <source>Back &amp;up now</source>
        <translation>Back &amp;up now</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/settings_dialog.py" line="139" />
        <source>Change the &amp;passphrase…</source>
        <translation>Change the &amp;passphrase…</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/settings_dialog.py" line="151" />
        <source>The automatic backup failed: {0}</source>
        <translation>The automatic backup failed: {0}</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/settings_dialog.py" line="170" />
        <source>Verified backup written: {0}</source>
        <translation>Verified backup written: {0}</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/settings_dialog.py" line="181" />
        <source>Passphrase changed. Backups made before keep the old one.</source>
        <translation>Passphrase changed. Backups made before keep the old one.</translation>
    </message>
</context>
<context>
    <name>SiteMergeDialog</name>
    <message>
        <location filename="../clinic_app/ui/site_merge_dialog.py" line="21" />
        <source>Merge a duplicate site</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../clinic_app/ui/site_merge_dialog.py" line="25" />
        <source>The %n case(s) of {0} ({1}) will move to the site you choose, and {0} will be removed from the list of sites.</source>
        <translation>
            <numerusform>The case of {0} ({1}) will move to the site you choose, and {0} will be removed from the list of sites.</numerusform>
            <numerusform>The %n cases of {0} ({1}) will move to the site you choose, and {0} will be removed from the list of sites.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../clinic_app/ui/site_merge_dialog.py" line="34" />
        <source>{0} — {1} (%n case(s))</source>
        <translation>
            <numerusform>{0} — {1} (%n case)</numerusform>
            <numerusform>{0} — {1} (%n cases)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/site_merge_dialog.py" line="40" />
        <source>Site kept</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../clinic_app/ui/site_merge_dialog.py" line="41" />
        <source>Site &amp;kept:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../clinic_app/ui/site_merge_dialog.py" line="45" />
        <source>The facts of the site kept (counts, notice to the Minister, dates) are not changed: check them after the merge. The other laptops make the same merge when they receive your next bundle.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../clinic_app/ui/site_merge_dialog.py" line="52" />
        <source>&amp;Merge</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SitesView</name>
    <message>
        <location filename="../clinic_app/ui/sites_view.py" line="69" />
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/sites_view.py" line="69" />
        <location filename="../clinic_app/ui/sites_view.py" line="126" />
        <source>Cases</source>
        <translation>Cases</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/sites_view.py" line="69" />
        <location filename="../clinic_app/ui/sites_view.py" line="236" />
        <source>Employer's count</source>
        <translation>Employer's count</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/sites_view.py" line="69" />
        <location filename="../clinic_app/ui/sites_view.py" line="238" />
        <source>Drivers counted</source>
        <translation>Drivers counted</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/sites_view.py" line="70" />
        <source>Employer</source>
        <translation>Employer</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/sites_view.py" line="79" />
        <source>Sites and companies</source>
        <translation>Sites and companies</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/sites_view.py" line="83" />
        <source>&amp;Edit the site…</source>
        <translation>&amp;Edit the site…</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/sites_view.py" line="85" />
        <source>One-page &amp;PDF…</source>
        <translation>One-page &amp;PDF…</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/sites_view.py" line="87" />
        <source>CNESST complaint pac&amp;kage…</source>
        <translation>CNESST complaint pac&amp;kage…</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/sites_view.py" line="88" />
        <source>The money complaint for the workers of this site whose consent lets the clinic act (LNT s. 102)</source>
        <translation>The money complaint for the workers of this site whose consent lets the clinic act (LNT s. 102)</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/sites_view.py" line="91" />
        <source>Mer&amp;ge into another site…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../clinic_app/ui/sites_view.py" line="92" />
        <source>For a site entered twice: its cases move to the site you keep</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../clinic_app/ui/sites_view.py" line="123" />
        <source>Client company</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../clinic_app/ui/sites_view.py" line="124" />
        <source>Notice to the Minister</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../clinic_app/ui/sites_view.py" line="125" />
        <source>Union and agreement</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../clinic_app/ui/sites_view.py" line="126" />
        <source>Consents allowing the clinic to act</source>
        <translation>Consents allowing the clinic to act</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/sites_view.py" line="127" />
        <source>Cases with complete figures</source>
        <translation>Cases with complete figures</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/sites_view.py" line="128" />
        <source>One-year claim passed</source>
        <translation>One-year claim passed</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/sites_view.py" line="128" />
        <source>Money not yet due</source>
        <translation>Money not yet due</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/sites_view.py" line="129" />
        <source>Amount owed, employer's count</source>
        <translation>Amount owed, employer's count</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/sites_view.py" line="130" />
        <source>Amount owed, drivers counted</source>
        <translation>Amount owed, drivers counted</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/sites_view.py" line="131" />
        <source>Difference</source>
        <translation>Difference</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/sites_view.py" line="132" />
        <source>Total claim, employer's count</source>
        <translation>Total claim, employer's count</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/sites_view.py" line="133" />
        <source>Total claim, drivers counted</source>
        <translation>Total claim, drivers counted</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/sites_view.py" line="289" />
        <location filename="../clinic_app/ui/sites_view.py" line="332" />
        <source>Sites</source>
        <translation>Sites</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/sites_view.py" line="212" />
        <source>not known</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../clinic_app/ui/sites_view.py" line="214" />
        <source>{0} week(s)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../clinic_app/ui/sites_view.py" line="216" />
        <source>{0}, given on {1}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../clinic_app/ui/sites_view.py" line="219" />
        <source>none entered</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../clinic_app/ui/sites_view.py" line="220" />
        <source>{0} ({1} warehouse, {2} drivers)</source>
        <translation>{0} ({1} warehouse, {2} drivers)</translation>
    </message>
    <message numerus="yes">
        <location filename="../clinic_app/ui/sites_view.py" line="230" />
        <source>updating… (%n case(s))</source>
        <translation>
            <numerusform>updating… (%n case)</numerusform>
            <numerusform>updating… (%n cases)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/sites_view.py" line="234" />
        <source>Missing facts: {0}</source>
        <translation>Missing facts: {0}</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/sites_view.py" line="289" />
        <source>Merging the sites…</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../clinic_app/ui/sites_view.py" line="296" />
        <source>{0} merged into {1}: %n case(s) moved.</source>
        <translation>
            <numerusform>{0} merged into {1}: %n case moved.</numerusform>
            <numerusform>{0} merged into {1}: %n cases moved.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/sites_view.py" line="306" />
        <source>One-page PDF of the site</source>
        <translation>One-page PDF of the site</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/sites_view.py" line="307" />
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/sites_view.py" line="314" />
        <source>Written to {0}.</source>
        <translation>Written to {0}.</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/sites_view.py" line="325" />
        <source>Folder for the complaint package</source>
        <translation>Folder for the complaint package</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/sites_view.py" line="332" />
        <source>Preparing the package…</source>
        <translation>Preparing the package…</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/sites_view.py" line="335" />
        <source>{0} worker(s) included, {1} case(s) not included (listed in the internal file); {2} file(s) in {3}.</source>
        <translation>{0} worker(s) included, {1} case(s) not included (listed in the internal file); {2} file(s) in {3}.</translation>
    </message>
</context>
</TS>