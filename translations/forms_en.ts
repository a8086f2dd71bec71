<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_CA">
<context>
    <name>CaseForms</name>
    <message>
        <location filename="../clinic_app/ui/forms/editor.py" line="77"/>
        <source>Draft</source>
        <translation>Draft</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/forms/editor.py" line="78"/>
        <source>Intake complete</source>
        <translation>Intake complete</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/forms/editor.py" line="79"/>
        <source>Reviewed</source>
        <translation>Reviewed</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/forms/editor.py" line="80"/>
        <source>Letter sent</source>
        <translation>Letter sent</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/forms/editor.py" line="81"/>
        <source>Closed</source>
        <translation>Closed</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/forms/editor.py" line="184"/>
        <source>Status:</source>
        <extracomment>the banner that holds a state, shown again in the new language: &quot;restored&quot;, &quot;stale&quot;, &quot;unreadable&quot; or &quot;&quot; a site&apos;s facts were saved from this form: the figures of its other cases are stale (recomputed in the background by the main window)</extracomment>
        <translation>Status:</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/forms/editor.py" line="188"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/forms/editor.py" line="194"/>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/forms/editor.py" line="195"/>
        <source>Save the case (Ctrl+S); an incomplete case is kept as a draft</source>
        <translation>Save the case (Ctrl+S); an incomplete case is kept as a draft</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/forms/editor.py" line="209"/>
        <source>&amp;Reload the newer version</source>
        <translation>&amp;Reload the newer version</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/forms/editor.py" line="212"/>
        <source>Discard the restored changes</source>
        <translation>Discard the restored changes</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/forms/editor.py" line="221"/>
        <source>Sections of the form</source>
        <translation>Sections of the form</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/forms/editor.py" line="314"/>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/forms/editor.py" line="315"/>
        <source>Consent</source>
        <translation>Consent</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/forms/editor.py" line="316"/>
        <source>Consent to read to the person</source>
        <translation>Consent to read to the person</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/forms/editor.py" line="322"/>
        <source>Employment</source>
        <translation>Employment</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/forms/editor.py" line="324"/>
        <source>Engagement</source>
        <translation>Engagement</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/forms/editor.py" line="326"/>
        <source>Control indicators</source>
        <translation>Control indicators</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/forms/editor.py" line="327"/>
        <source>Pay</source>
        <translation>Pay</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/forms/editor.py" line="328"/>
        <source>Notice and payments</source>
        <translation>Notice and payments</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/forms/editor.py" line="329"/>
        <source>Release and steps taken</source>
        <translation>Release and steps taken</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/forms/editor.py" line="330"/>
        <location filename="../clinic_app/ui/forms/sections.py" line="290"/>
        <source>Documents seen</source>
        <translation>Documents seen</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/forms/editor.py" line="331"/>
        <source>Evidence</source>
        <translation>Evidence</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/forms/editor.py" line="332"/>
        <location filename="../clinic_app/ui/forms/sections.py" line="313"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/forms/editor.py" line="371"/>
        <source>The site was not saved: {0}.</source>
        <translation>The site was not saved: {0}.</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/forms/editor.py" line="655"/>
        <source>Weekly wage used: hourly rate × hours = {0}</source>
        <translation>Weekly wage used: hourly rate × hours = {0}</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/forms/editor.py" line="657"/>
        <source>The weekly wage typed is used; the hourly rate is kept for the record.</source>
        <translation>The weekly wage typed is used; the hourly rate is kept for the record.</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/forms/editor.py" line="659"/>
        <source>Type the hourly rate and the hours, or the weekly wage.</source>
        <translation>Type the hourly rate and the hours, or the weekly wage.</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/forms/editor.py" line="675"/>
        <source>No indicator of employee status recorded yet ({0} of {1} questions answered).</source>
        <translation>No indicator of employee status recorded yet ({0} of {1} questions answered).</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/forms/editor.py" line="678"/>
        <source>{0} of {1} indicators point to employee status ({2} answered): {3}.</source>
        <translation>{0} of {1} indicators point to employee status ({2} answered): {3}.</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/forms/editor.py" line="681"/>
        <source>Treated as a contractor: status disputed; the client company is solidarily liable (LNT s. 95).</source>
        <translation>Treated as a contractor: status disputed; the client company is solidarily liable (LNT s. 95).</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/forms/editor.py" line="689"/>
        <source>New warehouse case</source>
        <translation>New warehouse case</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/forms/editor.py" line="691"/>
        <source>New driver case</source>
        <translation>New driver case</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/forms/editor.py" line="721"/>
        <source>The draft could not be saved automatically: save the case now.</source>
        <translation>The draft could not be saved automatically: save the case now.</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/forms/editor.py" line="759"/>
        <source>Unsaved changes typed until {0} were put back. Check them and save.</source>
        <translation>Unsaved changes typed until {0} were put back. Check them and save.</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/forms/editor.py" line="897"/>
        <source>Not saved: these fields cannot be read yet: {0}. What you typed is kept; correct them and save again.</source>
        <translation>Not saved: these fields cannot be read yet: {0}. What you typed is kept; correct them and save again.</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/forms/editor.py" line="915"/>
        <source>Not saved: referred out because of a conflict of interest (decision recorded). What you typed is kept as a draft until you close this tab.</source>
        <translation>Not saved: referred out because of a conflict of interest (decision recorded). What you typed is kept as a draft until you close this tab.</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/forms/editor.py" line="948"/>
        <source>Not saved: this case was changed elsewhere (another window, another volunteer or a merge) since you opened it. Reload the newer version: what you typed is kept on top of it; then check and save again.</source>
        <translation>Not saved: this case was changed elsewhere (another window, another volunteer or a merge) since you opened it. Reload the newer version: what you typed is kept on top of it; then check and save again.</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/forms/editor.py" line="943"/>
        <source>Not saved: {0}. What you typed is kept as a draft.</source>
        <translation>Not saved: {0}. What you typed is kept as a draft.</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/forms/editor.py" line="966"/>
        <source>Saved as a draft ({0}): still missing or to correct: {1}.</source>
        <translation>Saved as a draft ({0}): still missing or to correct: {1}.</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/forms/editor.py" line="970"/>
        <source>Saved ({0}).</source>
        <translation>Saved ({0}).</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/forms/editor.py" line="984"/>
        <source>The newer version was loaded; your changes are kept on top of it. Check them and save.</source>
        <translation>The newer version was loaded; your changes are kept on top of it. Check them and save.</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/forms/editor.py" line="992"/>
        <source>Unsaved changes</source>
        <translation>Unsaved changes</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/forms/editor.py" line="993"/>
        <source>This case has changes that are not saved. Save them?</source>
        <translation>This case has changes that are not saved. Save them?</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/forms/fields.py" line="224"/>
        <location filename="../clinic_app/ui/forms/fields.py" line="225"/>
        <source>Pick the date from a calendar</source>
        <extracomment>The site field&apos;s &quot;Details…&quot; button (the editor opens the establishment dialog with it).</extracomment>
        <translation>Pick the date from a calendar</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/forms/page.py" line="204"/>
        <source>in dollars</source>
        <translation>in dollars</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/forms/page.py" line="205"/>
        <location filename="../clinic_app/ui/forms/page.py" line="221"/>
        <location filename="../clinic_app/ui/forms/page.py" line="227"/>
        <source>For example: {0}</source>
        <translation>For example: {0}</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/forms/page.py" line="220"/>
        <source>letter digit letter digit letter digit</source>
        <translation>letter digit letter digit letter digit</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/forms/page.py" line="226"/>
        <source>10 digits, extension allowed</source>
        <translation>10 digits, extension allowed</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/forms/page.py" line="237"/>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/forms/page.py" line="237"/>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/forms/page.py" line="238"/>
        <location filename="../clinic_app/ui/forms/sections.py" line="208"/>
        <location filename="../clinic_app/ui/forms/sections.py" line="210"/>
        <location filename="../clinic_app/ui/forms/sections.py" line="218"/>
        <location filename="../clinic_app/ui/forms/sections.py" line="222"/>
        <source>Not asked</source>
        <translation>Not asked</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/forms/sections.py" line="31"/>
        <location filename="../clinic_app/ui/forms/sections.py" line="36"/>
        <location filename="../clinic_app/ui/forms/consent.py" line="72"/>
        <source>French</source>
        <translation>French</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/forms/sections.py" line="31"/>
        <location filename="../clinic_app/ui/forms/sections.py" line="36"/>
        <location filename="../clinic_app/ui/forms/consent.py" line="73"/>
        <source>English</source>
        <translation>English</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/forms/sections.py" line="32"/>
        <source>Arabic</source>
        <translation>Arabic</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/forms/sections.py" line="32"/>
        <location filename="../clinic_app/ui/forms/sections.py" line="221"/>
        <location filename="../clinic_app/ui/forms/tables.py" line="194"/>
        <source>Other</source>
        <translation>Other</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/forms/sections.py" line="40"/>
        <source>The driver</source>
        <translation>The driver</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/forms/sections.py" line="41"/>
        <source>The delivery company</source>
        <translation>The delivery company</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/forms/sections.py" line="42"/>
        <source>The client company</source>
        <translation>The client company</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/forms/sections.py" line="44"/>
        <source>A rental company</source>
        <translation>A rental company</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/forms/sections.py" line="51"/>
        <source>Identity</source>
        <translation>Identity</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/forms/sections.py" line="52"/>
        <source>&amp;Given name</source>
        <translation>&amp;Given name</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/forms/sections.py" line="53"/>
        <source>&amp;Family name</source>
        <translation>&amp;Family name</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/forms/sections.py" line="54"/>
        <source>Name &amp;used</source>
        <translation>Name &amp;used</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/forms/sections.py" line="55"/>
        <source>If different from the legal name</source>
        <translation>If different from the legal name</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/forms/sections.py" line="56"/>
        <source>Date of &amp;birth</source>
        <translation>Date of &amp;birth</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/forms/sections.py" line="57"/>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/forms/sections.py" line="58"/>
        <source>&amp;Phone</source>
        <translation>&amp;Phone</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/forms/sections.py" line="59"/>
        <source>E&amp;mail</source>
        <translation>E&amp;mail</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/forms/sections.py" line="60"/>
        <source>&amp;Address</source>
        <translation>&amp;Address</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/forms/sections.py" line="61"/>
        <source>&amp;City</source>
        <translation>&amp;City</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/forms/sections.py" line="62"/>
        <source>Pro&amp;vince</source>
        <translation>Pro&amp;vince</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/forms/sections.py" line="63"/>
        <source>P&amp;ostal code</source>
        <translation>P&amp;ostal code</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/forms/sections.py" line="67"/>
        <source>Lette&amp;r language</source>
        <translation>Lette&amp;r language</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/forms/sections.py" line="71"/>
        <source>Immigration s&amp;tatus</source>
        <translation>Immigration s&amp;tatus</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/forms/sections.py" line="88"/>
        <source>Site details…</source>
        <translation>Site details…</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/forms/sections.py" line="122"/>
        <source>Start date (&amp;hire)</source>
        <translation>Start date (&amp;hire)</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/forms/sections.py" line="126"/>
        <source>&amp;Cause of the end</source>
        <translation>&amp;Cause of the end</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/forms/sections.py" line="136"/>
        <source>Type &amp;of job</source>
        <translation>Type &amp;of job</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/forms/sections.py" line="141"/>
        <source>End of the fi&amp;xed term</source>
        <translation>End of the fi&amp;xed term</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/forms/sections.py" line="163"/>
        <source>D&amp;elivery company (legal name)</source>
        <translation>D&amp;elivery company (legal name)</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/forms/sections.py" line="165"/>
        <source>Client co&amp;mpany</source>
        <translation>Client co&amp;mpany</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/forms/sections.py" line="175"/>
        <source>Treated as an inde&amp;pendent contractor (status disputed)</source>
        <translation>Treated as an inde&amp;pendent contractor (status disputed)</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/forms/sections.py" line="207"/>
        <source>Who set the sc&amp;hedule?</source>
        <translation>Who set the sc&amp;hedule?</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/forms/sections.py" line="241"/>
        <source>Weekly wa&amp;ge</source>
        <translation>Weekly wa&amp;ge</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/forms/sections.py" line="247"/>
        <source>Recent wee&amp;ks</source>
        <translation>Recent wee&amp;ks</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/forms/sections.py" line="278"/>
        <source>Release signed &amp;on</source>
        <translation>Release signed &amp;on</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/forms/sections.py" line="64"/>
        <source>Languages</source>
        <translation>Languages</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/forms/sections.py" line="65"/>
        <source>Worker&apos;s &amp;language</source>
        <translation>Worker&apos;s &amp;language</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/forms/sections.py" line="66"/>
        <source>&amp;Interpreter needed</source>
        <translation>&amp;Interpreter needed</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/forms/sections.py" line="68"/>
        <source>The worker&apos;s language, the letter language and the interface language are separate: changing one never changes another.</source>
        <translation>The worker&apos;s language, the letter language and the interface language are separate: changing one never changes another.</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/forms/sections.py" line="70"/>
        <source>Sensitive</source>
        <translation>Sensitive</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/forms/sections.py" line="72"/>
        <source>Only if it matters for the case</source>
        <translation>Only if it matters for the case</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/forms/sections.py" line="89"/>
        <source>The site&apos;s counts and the notice to the Minister, shared by all its cases (collective dismissal)</source>
        <translation>The site&apos;s counts and the notice to the Minister, shared by all its cases (collective dismissal)</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/forms/sections.py" line="117"/>
        <source>Dates and end of work</source>
        <translation>Dates and end of work</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/forms/sections.py" line="118"/>
        <source>&amp;Law that applies</source>
        <translation>&amp;Law that applies</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/forms/sections.py" line="119"/>
        <source>Quebec (Act respecting labour standards)</source>
        <translation>Quebec (Act respecting labour standards)</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/forms/sections.py" line="120"/>
        <source>Federal (Canada Labour Code)</source>
        <translation>Federal (Canada Labour Code)</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/forms/sections.py" line="123"/>
        <source>Last &amp;day worked</source>
        <translation>Last &amp;day worked</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/forms/sections.py" line="124"/>
        <source>&amp;Termination date</source>
        <translation>&amp;Termination date</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/forms/sections.py" line="125"/>
        <source>It is a la&amp;yoff (first day of the layoff above)</source>
        <translation>It is a la&amp;yoff (first day of the layoff above)</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/forms/sections.py" line="127"/>
        <source>Closure of the establishment</source>
        <translation>Closure of the establishment</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/forms/sections.py" line="128"/>
        <source>Other dismissal</source>
        <translation>Other dismissal</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/forms/sections.py" line="129"/>
        <source>Serious fault alleged</source>
        <translation>Serious fault alleged</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/forms/sections.py" line="130"/>
        <source>Unforeseeable event (e.g. a contract cancelled)</source>
        <translation>Unforeseeable event (e.g. a contract cancelled)</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/forms/sections.py" line="131"/>
        <source>Force majeure</source>
        <translation>Force majeure</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/forms/sections.py" line="132"/>
        <source>End of a fixed term</source>
        <translation>End of a fixed term</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/forms/sections.py" line="135"/>
        <source>The serious fault is established (admitted, or decided by a tribunal)</source>
        <translation>The serious fault is established (admitted, or decided by a tribunal)</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/forms/sections.py" line="137"/>
        <source>Permanent</source>
        <translation>Permanent</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/forms/sections.py" line="138"/>
        <source>Fixed term</source>
        <translation>Fixed term</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/forms/sections.py" line="139"/>
        <source>Seasonal, fixed term</source>
        <translation>Seasonal, fixed term</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/forms/sections.py" line="145"/>
        <source>Employer</source>
        <translation>Employer</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/forms/sections.py" line="146"/>
        <source>&amp;Employer legal name</source>
        <translation>&amp;Employer legal name</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/forms/sections.py" line="147"/>
        <source>S&amp;ite code</source>
        <translation>S&amp;ite code</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/forms/sections.py" line="148"/>
        <source>&amp;Badge</source>
        <translation>&amp;Badge</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/forms/sections.py" line="149"/>
        <source>Blue (permanent)</source>
        <translation>Blue (permanent)</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/forms/sections.py" line="150"/>
        <source>White (seasonal / temporary)</source>
        <translation>White (seasonal / temporary)</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/forms/sections.py" line="151"/>
        <location filename="../clinic_app/ui/forms/sections.py" line="171"/>
        <location filename="../clinic_app/ui/forms/sections.py" line="173"/>
        <source>Not known</source>
        <translation>Not known</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/forms/sections.py" line="152"/>
        <source>&amp;Job title</source>
        <translation>&amp;Job title</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/forms/sections.py" line="153"/>
        <source>&amp;Union member</source>
        <translation>&amp;Union member</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/forms/sections.py" line="154"/>
        <source>Union &amp;name</source>
        <translation>Union &amp;name</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/forms/sections.py" line="155"/>
        <source>Recall rights in the agreement (&amp;months)</source>
        <translation>Recall rights in the agreement (&amp;months)</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/forms/sections.py" line="156"/>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/forms/sections.py" line="162"/>
        <source>Who the driver worked for</source>
        <translation>Who the driver worked for</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/forms/sections.py" line="164"/>
        <source>Delivery company &amp;address</source>
        <translation>Delivery company &amp;address</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/forms/sections.py" line="166"/>
        <source>Client company add&amp;ress</source>
        <translation>Client company add&amp;ress</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/forms/sections.py" line="167"/>
        <source>Stat&amp;ion code</source>
        <translation>Stat&amp;ion code</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/forms/sections.py" line="168"/>
        <source>Paid &amp;by</source>
        <translation>Paid &amp;by</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/forms/sections.py" line="169"/>
        <source>Route</source>
        <translation>Route</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/forms/sections.py" line="169"/>
        <source>Day</source>
        <translation>Day</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/forms/sections.py" line="170"/>
        <source>Hour</source>
        <translation>Hour</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/forms/sections.py" line="170"/>
        <source>Parcel</source>
        <translation>Parcel</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/forms/sections.py" line="172"/>
        <source>&amp;Vehicle owned by</source>
        <translation>&amp;Vehicle owned by</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/forms/sections.py" line="191"/>
        <source>schedule set by the company</source>
        <extracomment>The control indicators, in the order the checklist asks them.</extracomment>
        <translation>schedule set by the company</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/forms/sections.py" line="192"/>
        <source>routes set by the company</source>
        <translation>routes set by the company</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/forms/sections.py" line="193"/>
        <source>could not refuse routes</source>
        <translation>could not refuse routes</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/forms/sections.py" line="194"/>
        <source>could not send a substitute</source>
        <translation>could not send a substitute</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/forms/sections.py" line="195"/>
        <source>uniform or badge</source>
        <translation>uniform or badge</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/forms/sections.py" line="196"/>
        <source>monitored through an app</source>
        <translation>monitored through an app</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/forms/sections.py" line="197"/>
        <source>exclusivity</source>
        <translation>exclusivity</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/forms/sections.py" line="198"/>
        <source>tools supplied by the company</source>
        <translation>tools supplied by the company</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/forms/sections.py" line="199"/>
        <source>paid on a pay slip</source>
        <translation>paid on a pay slip</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/forms/sections.py" line="205"/>
        <source>Control indicators (employee status, LNT s. 1(10))</source>
        <translation>Control indicators (employee status, LNT s. 1(10))</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/forms/sections.py" line="206"/>
        <source>Ask each question; leave “Not asked” when the driver does not know.</source>
        <translation>Ask each question; leave “Not asked” when the driver does not know.</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/forms/sections.py" line="209"/>
        <source>Who set the &amp;routes?</source>
        <translation>Who set the &amp;routes?</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/forms/sections.py" line="211"/>
        <source>Could the driver re&amp;fuse routes?</source>
        <translation>Could the driver re&amp;fuse routes?</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/forms/sections.py" line="213"/>
        <source>Could the driver send a substi&amp;tute?</source>
        <translation>Could the driver send a substi&amp;tute?</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/forms/sections.py" line="214"/>
        <source>&amp;Uniform or badge required?</source>
        <translation>&amp;Uniform or badge required?</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/forms/sections.py" line="215"/>
        <source>&amp;Monitored through an app?</source>
        <translation>&amp;Monitored through an app?</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/forms/sections.py" line="216"/>
        <source>E&amp;xclusivity required?</source>
        <translation>E&amp;xclusivity required?</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/forms/sections.py" line="217"/>
        <source>Who supplied the t&amp;ools?</source>
        <translation>Who supplied the t&amp;ools?</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/forms/sections.py" line="219"/>
        <source>How was the driver &amp;paid?</source>
        <translation>How was the driver &amp;paid?</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/forms/sections.py" line="220"/>
        <source>Pay slip</source>
        <translation>Pay slip</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/forms/sections.py" line="220"/>
        <source>Invoice</source>
        <translation>Invoice</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/forms/sections.py" line="223"/>
        <location filename="../clinic_app/ui/forms/sections.py" line="227"/>
        <source>Summary for staff</source>
        <translation>Summary for staff</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/forms/sections.py" line="237"/>
        <source>Regular pay (without overtime)</source>
        <translation>Regular pay (without overtime)</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/forms/sections.py" line="238"/>
        <source>&amp;Hourly rate</source>
        <translation>&amp;Hourly rate</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/forms/sections.py" line="239"/>
        <source>Hours per &amp;week</source>
        <translation>Hours per &amp;week</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/forms/sections.py" line="240"/>
        <source>regular hours</source>
        <translation>regular hours</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/forms/sections.py" line="244"/>
        <source>When the pay varied from week to week</source>
        <translation>When the pay varied from week to week</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/forms/sections.py" line="245"/>
        <source>The weekly pay &amp;varied</source>
        <translation>The weekly pay &amp;varied</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/forms/sections.py" line="248"/>
        <source>Vacation</source>
        <translation>Vacation</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/forms/sections.py" line="250"/>
        <source>Gross wages of the last complete&amp;d year (1 May to 30 April)</source>
        <translation>Gross wages of the last complete&amp;d year (1 May to 30 April)</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/forms/sections.py" line="252"/>
        <source>Gross wages since 1 May (current ye&amp;ar)</source>
        <translation>Gross wages since 1 May (current ye&amp;ar)</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/forms/sections.py" line="254"/>
        <source>The completed year counts only if its vacation was neither taken nor paid. Leave a field empty when it is not known.</source>
        <translation>The completed year counts only if its vacation was neither taken nor paid. Leave a field empty when it is not known.</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/forms/sections.py" line="261"/>
        <source>Notice</source>
        <translation>Notice</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/forms/sections.py" line="262"/>
        <source>Notice &amp;received on</source>
        <translation>Notice &amp;received on</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/forms/sections.py" line="263"/>
        <source>&amp;Weeks of notice given</source>
        <translation>&amp;Weeks of notice given</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/forms/sections.py" line="264"/>
        <source>not known</source>
        <translation>not known</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/forms/sections.py" line="265"/>
        <source>Type 0 when no written notice was received; leave empty when it is not known.</source>
        <translation>Type 0 when no written notice was received; leave empty when it is not known.</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/forms/sections.py" line="267"/>
        <source>Notice handed over &amp;during the layoff</source>
        <translation>Notice handed over &amp;during the layoff</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/forms/sections.py" line="268"/>
        <source>Payments received at the end</source>
        <translation>Payments received at the end</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/forms/sections.py" line="269"/>
        <source>&amp;Payments</source>
        <translation>&amp;Payments</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/forms/sections.py" line="270"/>
        <source>Everything the employer or the delivery company already paid at the end: it is subtracted from what is owed.</source>
        <translation>Everything the employer or the delivery company already paid at the end: it is subtracted from what is owed.</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/forms/sections.py" line="276"/>
        <source>Release</source>
        <translation>Release</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/forms/sections.py" line="277"/>
        <source>A &amp;release (quittance) was signed</source>
        <translation>A &amp;release (quittance) was signed</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/forms/sections.py" line="279"/>
        <source>A release cannot waive the legal minimums: what is still owed can be claimed.</source>
        <translation>A release cannot waive the legal minimums: what is still owed can be claimed.</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/forms/sections.py" line="281"/>
        <source>Steps already taken</source>
        <translation>Steps already taken</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/forms/sections.py" line="282"/>
        <source>&amp;Complaint filed on</source>
        <translation>&amp;Complaint filed on</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/forms/sections.py" line="283"/>
        <source>A CNESST notice of inquiry is a fact of the employer: enter it once in the site details.</source>
        <translation>A CNESST notice of inquiry is a fact of the employer: enter it once in the site details.</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/forms/sections.py" line="289"/>
        <source>Documents the volunteer saw</source>
        <translation>Documents the volunteer saw</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/forms/sections.py" line="316"/>
        <location filename="../clinic_app/ui/forms/sections.py" line="318"/>
        <source>Earlier notes</source>
        <translation>Earlier notes</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/forms/sections.py" line="322"/>
        <source>&amp;New note</source>
        <translation>&amp;New note</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/forms/tables.py" line="69"/>
        <source>Add a row</source>
        <translation>Add a row</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/forms/tables.py" line="70"/>
        <source>Remove the row</source>
        <translation>Remove the row</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/forms/tables.py" line="176"/>
        <source>Week ending</source>
        <translation>Week ending</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/forms/tables.py" line="177"/>
        <source>Regular pay</source>
        <translation>Regular pay</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/forms/tables.py" line="189"/>
        <source>In lieu of notice</source>
        <translation>In lieu of notice</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/forms/tables.py" line="190"/>
        <source>Severance</source>
        <translation>Severance</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/forms/tables.py" line="191"/>
        <source>Closure package</source>
        <translation>Closure package</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/forms/tables.py" line="192"/>
        <source>Vacation pay</source>
        <translation>Vacation pay</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/forms/tables.py" line="193"/>
        <source>Final wages</source>
        <translation>Final wages</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/forms/tables.py" line="201"/>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/forms/tables.py" line="201"/>
        <location filename="../clinic_app/ui/forms/tables.py" line="213"/>
        <source>Purpose</source>
        <translation>Purpose</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/forms/tables.py" line="202"/>
        <source>Paid on</source>
        <translation>Paid on</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/forms/tables.py" line="202"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/forms/tables.py" line="247"/>
        <source>Pay slips</source>
        <extracomment>Documents a volunteer commonly sees; stored as these stable codes so a letter in either language can name them.</extracomment>
        <translation>Pay slips</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/forms/tables.py" line="248"/>
        <source>Record of employment (ROE)</source>
        <translation>Record of employment (ROE)</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/forms/tables.py" line="249"/>
        <source>Termination or closure letter</source>
        <translation>Termination or closure letter</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/forms/tables.py" line="250"/>
        <source>Employment or service contract</source>
        <translation>Employment or service contract</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/forms/tables.py" line="251"/>
        <source>Release or settlement signed</source>
        <translation>Release or settlement signed</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/forms/tables.py" line="252"/>
        <source>Schedules or route screenshots</source>
        <translation>Schedules or route screenshots</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/forms/tables.py" line="253"/>
        <source>Screenshots of the delivery app</source>
        <translation>Screenshots of the delivery app</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/forms/tables.py" line="254"/>
        <source>Invoices to the delivery company</source>
        <translation>Invoices to the delivery company</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/forms/tables.py" line="255"/>
        <source>Tax slips (T4 / RL-1)</source>
        <translation>Tax slips (T4 / RL-1)</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/forms/tables.py" line="256"/>
        <source>Badge or uniform</source>
        <translation>Badge or uniform</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/forms/tables.py" line="274"/>
        <source>Other documents, separated by commas</source>
        <translation>Other documents, separated by commas</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/forms/tables.py" line="275"/>
        <source>Other documents</source>
        <translation>Other documents</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/forms/consent.py" line="41"/>
        <source>The consent text file is missing from this installation (resources/consent). Explain consent in your own words.</source>
        <translation>The consent text file is missing from this installation (resources/consent). Explain consent in your own words.</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/forms/consent.py" line="47"/>
        <source>&amp;Intake only: keep the facts and compute</source>
        <translation>&amp;Intake only: keep the facts and compute</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/forms/consent.py" line="48"/>
        <source>Intake and &amp;letters to the employer on the person&apos;s behalf</source>
        <translation>Intake and &amp;letters to the employer on the person&apos;s behalf</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/forms/consent.py" line="50"/>
        <source>Also s&amp;hare with the union or lawyers named to the person</source>
        <translation>Also s&amp;hare with the union or lawyers named to the person</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/forms/consent.py" line="70"/>
        <source>Read the text in:</source>
        <translation>Read the text in:</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/forms/consent.py" line="74"/>
        <source>Language of the consent text</source>
        <translation>Language of the consent text</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/forms/consent.py" line="82"/>
        <source>Consent text to read</source>
        <translation>Consent text to read</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/forms/consent.py" line="98"/>
        <source>Your name (the volunteer recording the consent)</source>
        <translation>Your name (the volunteer recording the consent)</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/forms/consent.py" line="99"/>
        <source>Volunteer recording the consent</source>
        <translation>Volunteer recording the consent</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/forms/consent.py" line="104"/>
        <source>Consent &amp;given</source>
        <translation>Consent &amp;given</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/forms/consent.py" line="105"/>
        <source>&amp;Withdraw consent</source>
        <translation>&amp;Withdraw consent</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/forms/consent.py" line="138"/>
        <source>Choose what the person agrees to before recording consent.</source>
        <translation>Choose what the person agrees to before recording consent.</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/forms/consent.py" line="143"/>
        <source>Type your name: the record says who took the consent.</source>
        <translation>Type your name: the record says who took the consent.</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/forms/consent.py" line="184"/>
        <source>✔ Consent recorded on {0} by {1}. Scope: {2}.</source>
        <translation>✔ Consent recorded on {0} by {1}. Scope: {2}.</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/forms/consent.py" line="188"/>
        <source>The scope chosen above differs: press “Consent given” to record it.</source>
        <translation>The scope chosen above differs: press “Consent given” to record it.</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/forms/consent.py" line="191"/>
        <source>✘ No consent recorded: the case stays a draft until the person agrees.</source>
        <translation>✘ No consent recorded: the case stays a draft until the person agrees.</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/forms/guided.py" line="58"/>
        <source>Review</source>
        <translation>Review</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/forms/guided.py" line="60"/>
        <source>Review before finishing</source>
        <translation>Review before finishing</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/forms/guided.py" line="70"/>
        <source>Missing or to correct</source>
        <translation>Missing or to correct</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/forms/guided.py" line="73"/>
        <source>Enter on a line goes to that field.</source>
        <translation>Enter on a line goes to that field.</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/forms/guided.py" line="78"/>
        <source>Intake &amp;complete</source>
        <translation>Intake &amp;complete</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/forms/guided.py" line="79"/>
        <source>Save the case with the status Intake complete</source>
        <translation>Save the case with the status Intake complete</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/forms/guided.py" line="89"/>
        <source>Missing:</source>
        <translation>Missing:</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/forms/guided.py" line="90"/>
        <source>To correct:</source>
        <translation>To correct:</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/forms/guided.py" line="94"/>
        <source>Before the intake is complete: {0} missing, {1} to correct.</source>
        <translation>Before the intake is complete: {0} missing, {1} to correct.</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/forms/guided.py" line="98"/>
        <source>Nothing is missing: the intake can be marked complete.</source>
        <translation>Nothing is missing: the intake can be marked complete.</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/forms/guided.py" line="142"/>
        <source>One section at a time, with Next and Back; sections that do not apply are skipped</source>
        <translation>One section at a time, with Next and Back; sections that do not apply are skipped</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/forms/guided.py" line="146"/>
        <source>◀ Back</source>
        <translation>◀ Back</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/forms/guided.py" line="148"/>
        <source>Next ▶</source>
        <translation>Next ▶</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/forms/guided.py" line="157"/>
        <source>Required answers:</source>
        <translation>Required answers:</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/forms/guided.py" line="147"/>
        <source>Previous section (Alt+Left)</source>
        <translation>Previous section (Alt+Left)</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/forms/guided.py" line="141"/>
        <source>Guided mode</source>
        <translation>Guided mode</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/forms/guided.py" line="149"/>
        <source>Next section (Alt+Right)</source>
        <translation>Next section (Alt+Right)</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/forms/guided.py" line="154"/>
        <source>Required answers given</source>
        <translation>Required answers given</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/forms/guided.py" line="174"/>
        <source>* required: needed to compute the figures and to complete the intake</source>
        <translation>* required: needed to compute the figures and to complete the intake</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/forms/guided.py" line="232"/>
        <source>{0} (required)</source>
        <translation>{0} (required)</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/forms/guided.py" line="280"/>
        <source>Step {0} of {1}</source>
        <translation>Step {0} of {1}</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/forms/evidence.py" line="125"/>
        <source>Checklist</source>
        <translation>Checklist</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/forms/evidence.py" line="134"/>
        <source>&amp;Kind of document:</source>
        <translation>&amp;Kind of document:</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/forms/evidence.py" line="139"/>
        <source>&amp;Add files…</source>
        <translation>&amp;Add files…</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/forms/evidence.py" line="145"/>
        <location filename="../clinic_app/ui/forms/evidence.py" line="220"/>
        <source>Or drop files here. PDF, JPEG, PNG, HEIC or text; at most 25 MB per file. Files are kept encrypted in the case database.</source>
        <translation>Or drop files here. PDF, JPEG, PNG, HEIC or text; at most 25 MB per file. Files are kept encrypted in the case database.</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/forms/evidence.py" line="161"/>
        <source>Documents of the case</source>
        <translation>Documents of the case</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/forms/evidence.py" line="167"/>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/forms/evidence.py" line="169"/>
        <source>&amp;Rotate</source>
        <translation>&amp;Rotate</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/forms/evidence.py" line="171"/>
        <source>Make a smaller cop&amp;y</source>
        <translation>Make a smaller cop&amp;y</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/forms/evidence.py" line="172"/>
        <source>Adds a reduced copy of a large photo; the original is kept</source>
        <translation>Adds a reduced copy of a large photo; the original is kept</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/forms/evidence.py" line="175"/>
        <source>Re&amp;move…</source>
        <translation>Re&amp;move…</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/forms/evidence.py" line="223"/>
        <location filename="../clinic_app/ui/forms/evidence.py" line="312"/>
        <source>Save the case once to add documents to it.</source>
        <translation>Save the case once to add documents to it.</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/forms/evidence.py" line="248"/>
        <source>cannot be shown</source>
        <translation>cannot be shown</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/forms/evidence.py" line="282"/>
        <source>{0}: missing</source>
        <translation>{0}: missing</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/forms/evidence.py" line="304"/>
        <source>Add documents</source>
        <translation>Add documents</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/forms/evidence.py" line="305"/>
        <source>Documents (*.pdf *.jpg *.jpeg *.png *.heic *.heif *.txt);;All files (*)</source>
        <translation>Documents (*.pdf *.jpg *.jpeg *.png *.heic *.heif *.txt);;All files (*)</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/forms/evidence.py" line="381"/>
        <source>A smaller copy was added ({0}); the original is kept.</source>
        <translation>A smaller copy was added ({0}); the original is kept.</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/forms/evidence.py" line="391"/>
        <source>Remove a document</source>
        <translation>Remove a document</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/forms/evidence.py" line="392"/>
        <source>Remove “{0}” from the case? The file is erased from the database.</source>
        <translation>Remove “{0}” from the case? The file is erased from the database.</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/forms/evidence.py" line="401"/>
        <source>“{0}” was removed.</source>
        <translation>“{0}” was removed.</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/forms/evidence_viewer.py" line="87"/>
        <source>This HEIC photo cannot be shown on this computer; it is kept as it was received.</source>
        <translation>This HEIC photo cannot be shown on this computer; it is kept as it was received.</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/forms/evidence_viewer.py" line="89"/>
        <source>This file cannot be shown (it may be damaged).</source>
        <translation>This file cannot be shown (it may be damaged).</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/forms/evidence_viewer.py" line="105"/>
        <source>This PDF cannot be shown (it may be damaged).</source>
        <translation>This PDF cannot be shown (it may be damaged).</translation>
    </message>
</context>
<context>
    <name>ConflictsDialog</name>
    <message>
        <location filename="../clinic_app/ui/conflicts_dialog.py" line="23"/>
        <source>Possible conflict of interest</source>
        <translation>Possible conflict of interest</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/conflicts_dialog.py" line="25"/>
        <source>The check found what follows. A clinic may not act against a party it acts for, nor take both sides of one dispute. Decide before this case is saved; the decision is recorded with your name.</source>
        <translation>The check found what follows. A clinic may not act against a party it acts for, nor take both sides of one dispute. Decide before this case is saved; the decision is recorded with your name.</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/conflicts_dialog.py" line="32"/>
        <source>Matches found</source>
        <translation>Matches found</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/conflicts_dialog.py" line="37"/>
        <source>&amp;Cleared: no real conflict, save the case</source>
        <translation>&amp;Cleared: no real conflict, save the case</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/conflicts_dialog.py" line="38"/>
        <source>&amp;Refer out: do not save this case</source>
        <translation>&amp;Refer out: do not save this case</translation>
    </message>
</context>
<context>
    <name>Drafts</name>
    <message>
        <location filename="../clinic_app/ui/drafts.py" line="107"/>
        <source>(no name yet)</source>
        <translation>(no name yet)</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/drafts.py" line="108"/>
        <source>warehouse worker</source>
        <translation>warehouse worker</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/drafts.py" line="109"/>
        <source>driver</source>
        <translation>driver</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/drafts.py" line="110"/>
        <source>new case</source>
        <translation>new case</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/drafts.py" line="112"/>
        <source>{0} — {1}, {2} — typed until {3}</source>
        <translation>{0} — {1}, {2} — typed until {3}</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/drafts.py" line="134"/>
        <source>Unsaved intake forms</source>
        <translation>Unsaved intake forms</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/drafts.py" line="137"/>
        <source>These forms were being typed when the program last stopped and were not saved. Restore them to continue where you left off.</source>
        <translation>These forms were being typed when the program last stopped and were not saved. Restore them to continue where you left off.</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/drafts.py" line="142"/>
        <source>Unsaved forms</source>
        <translation>Unsaved forms</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/drafts.py" line="149"/>
        <source>&amp;Restore</source>
        <translation>&amp;Restore</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/drafts.py" line="150"/>
        <source>&amp;Discard</source>
        <translation>&amp;Discard</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/drafts.py" line="151"/>
        <source>&amp;Later</source>
        <translation>&amp;Later</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/drafts.py" line="169"/>
        <source>Discard drafts</source>
        <translation>Discard drafts</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/drafts.py" line="170"/>
        <source>Discard the checked forms? What was typed in them will be lost.</source>
        <translation>Discard the checked forms? What was typed in them will be lost.</translation>
    </message>
</context>
<context>
    <name>DuplicatesDialog</name>
    <message>
        <location filename="../clinic_app/ui/duplicates_dialog.py" line="39"/>
        <source>Draft</source>
        <translation>Draft</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/duplicates_dialog.py" line="40"/>
        <source>Intake complete</source>
        <translation>Intake complete</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/duplicates_dialog.py" line="41"/>
        <source>Reviewed</source>
        <translation>Reviewed</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/duplicates_dialog.py" line="42"/>
        <source>Letter sent</source>
        <translation>Letter sent</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/duplicates_dialog.py" line="43"/>
        <source>Closed</source>
        <translation>Closed</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/duplicates_dialog.py" line="63"/>
        <location filename="../clinic_app/ui/duplicates_dialog.py" line="87"/>
        <source>Possible duplicates</source>
        <translation>Possible duplicates</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/duplicates_dialog.py" line="65"/>
        <source>this person</source>
        <translation>this person</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/duplicates_dialog.py" line="67"/>
        <source>Other cases that may be the same person as {0} ({1}): same name, and the same phone or date of birth.</source>
        <translation>Other cases that may be the same person as {0} ({1}): same name, and the same phone or date of birth.</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/duplicates_dialog.py" line="70"/>
        <source>{0} may already have a case: same name, and the same phone or date of birth. Open the existing case rather than creating a second one, unless it is another person.</source>
        <translation>{0} may already have a case: same name, and the same phone or date of birth. Open the existing case rather than creating a second one, unless it is another person.</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/duplicates_dialog.py" line="74"/>
        <source>No possible duplicate found for {0}.</source>
        <translation>No possible duplicate found for {0}.</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/duplicates_dialog.py" line="79"/>
        <source>Case number</source>
        <translation>Case number</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/duplicates_dialog.py" line="79"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/duplicates_dialog.py" line="80"/>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/duplicates_dialog.py" line="80"/>
        <source>Date of birth</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/duplicates_dialog.py" line="81"/>
        <source>Site or company</source>
        <translation>Site or company</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/duplicates_dialog.py" line="81"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/duplicates_dialog.py" line="102"/>
        <source>&amp;Open the existing case</source>
        <translation>&amp;Open the existing case</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/duplicates_dialog.py" line="107"/>
        <source>&amp;Save anyway (another person)</source>
        <translation>&amp;Save anyway (another person)</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/duplicates_dialog.py" line="110"/>
        <source>&amp;Cancel</source>
        <translation>&amp;Cancel</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/duplicates_dialog.py" line="111"/>
        <source>&amp;Close</source>
        <translation>&amp;Close</translation>
    </message>
</context>
<context>
    <name>EntitlementPanel</name>
    <message>
        <location filename="../clinic_app/ui/entitlement_panel.py" line="58"/>
        <source>Continuous service</source>
        <extracomment>Rows of the panel: key, label. Keys that are figures of :class:`Entitlements` cite ``figures[key].basis``.</extracomment>
        <translation>Continuous service</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/entitlement_panel.py" line="59"/>
        <source>Weekly wage used</source>
        <translation>Weekly wage used</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/entitlement_panel.py" line="60"/>
        <source>Notice required</source>
        <translation>Notice required</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/entitlement_panel.py" line="61"/>
        <source>Notice given</source>
        <translation>Notice given</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/entitlement_panel.py" line="62"/>
        <source>Individual indemnity (notice)</source>
        <translation>Individual indemnity (notice)</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/entitlement_panel.py" line="63"/>
        <source>Collective notice tier</source>
        <translation>Collective notice tier</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/entitlement_panel.py" line="64"/>
        <source>Collective indemnity</source>
        <translation>Collective indemnity</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/entitlement_panel.py" line="65"/>
        <source>Severance pay (federal)</source>
        <translation>Severance pay (federal)</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/entitlement_panel.py" line="66"/>
        <source>Amount owed</source>
        <translation>Amount owed</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/entitlement_panel.py" line="67"/>
        <source>Payments received</source>
        <translation>Payments received</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/entitlement_panel.py" line="68"/>
        <source>Shortfall to claim</source>
        <translation>Shortfall to claim</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/entitlement_panel.py" line="69"/>
        <source>Vacation indemnity still owed</source>
        <translation>Vacation indemnity still owed</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/entitlement_panel.py" line="70"/>
        <source>Total claim</source>
        <translation>Total claim</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/entitlement_panel.py" line="71"/>
        <source>Claim deadline</source>
        <translation>Claim deadline</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/entitlement_panel.py" line="78"/>
        <source>less than 3 months of service: no individual notice</source>
        <extracomment>Rows the establishment&apos;s second count can change.</extracomment>
        <translation>less than 3 months of service: no individual notice</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/entitlement_panel.py" line="79"/>
        <source>a fixed-term contract that simply expired</source>
        <translation>a fixed-term contract that simply expired</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/entitlement_panel.py" line="80"/>
        <source>a serious fault recorded as established</source>
        <translation>a serious fault recorded as established</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/entitlement_panel.py" line="81"/>
        <source>ended by force majeure</source>
        <translation>ended by force majeure</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/entitlement_panel.py" line="84"/>
        <source>Urgent</source>
        <translation>Urgent</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/entitlement_panel.py" line="85"/>
        <source>Warning</source>
        <translation>Warning</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/entitlement_panel.py" line="86"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/entitlement_panel.py" line="137"/>
        <source>What the law gives</source>
        <translation>What the law gives</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/entitlement_panel.py" line="161"/>
        <location filename="../clinic_app/ui/entitlement_panel.py" line="278"/>
        <source>Section of the law</source>
        <translation>Section of the law</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/entitlement_panel.py" line="203"/>
        <source>When it is due, and the remedies still open</source>
        <translation>When it is due, and the remedies still open</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/entitlement_panel.py" line="219"/>
        <source>How it is computed</source>
        <translation>How it is computed</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/entitlement_panel.py" line="264"/>
        <location filename="../clinic_app/ui/entitlement_panel.py" line="328"/>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/entitlement_panel.py" line="279"/>
        <source>Law</source>
        <translation>Law</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/entitlement_panel.py" line="326"/>
        <source>Employer&apos;s count ({0})</source>
        <translation>Employer&apos;s count ({0})</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/entitlement_panel.py" line="330"/>
        <source>Drivers counted ({0})</source>
        <translation>Drivers counted ({0})</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/entitlement_panel.py" line="359"/>
        <source>Figures not computed yet — {0}</source>
        <translation>Figures not computed yet — {0}</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/entitlement_panel.py" line="361"/>
        <source>Go to the field</source>
        <translation>Go to the field</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/entitlement_panel.py" line="373"/>
        <source>Not known</source>
        <translation>Not known</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/entitlement_panel.py" line="385"/>
        <source>passed</source>
        <translation>passed</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/entitlement_panel.py" line="408"/>
        <source>No individual notice or indemnity: {0}.</source>
        <translation>No individual notice or indemnity: {0}.</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/entitlement_panel.py" line="423"/>
        <source>No establishment is linked to this case: the collective dismissal counts are not known.</source>
        <translation>No establishment is linked to this case: the collective dismissal counts are not known.</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/entitlement_panel.py" line="426"/>
        <source>No second count (drivers deemed employees) is recorded for this establishment.</source>
        <translation>No second count (drivers deemed employees) is recorded for this establishment.</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/entitlement_panel.py" line="440"/>
        <source>Counting the drivers does not change the collective tier or the amount owed.</source>
        <translation>Counting the drivers does not change the collective tier or the amount owed.</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/entitlement_panel.py" line="443"/>
        <source>Counting the drivers moves the collective tier from {0} to {1} and the amount owed by {2}.</source>
        <translation>Counting the drivers moves the collective tier from {0} to {1} and the amount owed by {2}.</translation>
    </message>
</context>
<context>
    <name>EstablishmentDialog</name>
    <message>
        <location filename="../clinic_app/ui/forms/establishment.py" line="68"/>
        <source>Site or company</source>
        <translation>Site or company</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/forms/establishment.py" line="70"/>
        <source>These facts are shared by every case of this site or company: they decide the collective dismissal. They are saved when you press OK.</source>
        <translation>These facts are shared by every case of this site or company: they decide the collective dismissal. They are saved when you press OK.</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/forms/establishment.py" line="102"/>
        <source>Site &amp;code or short name</source>
        <translation>Site &amp;code or short name</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/forms/establishment.py" line="104"/>
        <source>&amp;Employer legal name</source>
        <translation>&amp;Employer legal name</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/forms/establishment.py" line="106"/>
        <source>For a delivery company: the company it delivers for; for a site run by a subcontractor: the company it works for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/forms/establishment.py" line="108"/>
        <source>C&amp;lient company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/forms/establishment.py" line="110"/>
        <source>&amp;Address</source>
        <translation>&amp;Address</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/forms/establishment.py" line="112"/>
        <source>Quebec (Act respecting labour standards)</source>
        <translation>Quebec (Act respecting labour standards)</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/forms/establishment.py" line="114"/>
        <source>Federal (Canada Labour Code)</source>
        <translation>Federal (Canada Labour Code)</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/forms/establishment.py" line="120"/>
        <source>&amp;Law that applies</source>
        <translation>&amp;Law that applies</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/forms/establishment.py" line="123"/>
        <source>Cl&amp;osure date</source>
        <translation>Cl&amp;osure date</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/forms/establishment.py" line="126"/>
        <source>&amp;Jobs lost (the employer&apos;s count)</source>
        <translation>&amp;Jobs lost (the employer&apos;s count)</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/forms/establishment.py" line="129"/>
        <source>Jobs lost counting the &amp;drivers deemed employees</source>
        <translation>Jobs lost counting the &amp;drivers deemed employees</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/forms/establishment.py" line="134"/>
        <source>&amp;Weeks of notice given to the Minister</source>
        <translation>&amp;Weeks of notice given to the Minister</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/forms/establishment.py" line="137"/>
        <source>Notice to the Minister &amp;given on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/forms/establishment.py" line="140"/>
        <source>CNESST notice of &amp;inquiry mailed on</source>
        <translation>CNESST notice of &amp;inquiry mailed on</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/forms/establishment.py" line="142"/>
        <source>&amp;Union certified here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/forms/establishment.py" line="144"/>
        <source>Collecti&amp;ve agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/forms/establishment.py" line="145"/>
        <source>Leave a count or the notice empty when it is not known (0 weeks: no notice was given). A CNESST notice of inquiry suspends prescription for every employee of this employer.</source>
        <translation>Leave a count or the notice empty when it is not known (0 weeks: no notice was given). A CNESST notice of inquiry suspends prescription for every employee of this employer.</translation>
    </message>
</context>
<context>
    <name>EvidencePanel</name>
    <message numerus="yes">
        <location filename="../clinic_app/ui/forms/evidence.py" line="284"/>
        <source>{0} (%n file(s))</source>
        <translation>
            <numerusform>{0} (%n file)</numerusform>
            <numerusform>{0} (%n files)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../clinic_app/ui/forms/evidence.py" line="328"/>
        <source>%n document(s) added.</source>
        <translation>
            <numerusform>%n document added.</numerusform>
            <numerusform>%n documents added.</numerusform>
        </translation>
    </message>
</context>
</TS>
