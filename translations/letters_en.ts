<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_CA">
<context>
    <name>LetterPreviewDialog</name>
    <message>
        <location filename="../clinic_app/ui/letter_preview.py" line="49"/>
        <source>Formal notice to the employer</source>
        <translation>Formal notice to the employer</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/letter_preview.py" line="50"/>
        <source>Formal notice (driver)</source>
        <translation>Formal notice (driver)</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/letter_preview.py" line="51"/>
        <source>Calculation annex</source>
        <translation>Calculation annex</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/letter_preview.py" line="52"/>
        <source>Summary for the worker</source>
        <translation>Summary for the worker</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/letter_preview.py" line="53"/>
        <source>Lawyer&apos;s worksheet (internal, never sent)</source>
        <translation>Lawyer&apos;s worksheet (internal, never sent)</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/letter_preview.py" line="72"/>
        <source>Letters — {0}</source>
        <translation>Letters — {0}</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/letter_preview.py" line="89"/>
        <source>Letter</source>
        <translation>Letter</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/letter_preview.py" line="91"/>
        <source>Letter language</source>
        <translation>Letter language</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/letter_preview.py" line="93"/>
        <source>Recipient</source>
        <translation>Recipient</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/letter_preview.py" line="96"/>
        <source>Delivery company: {0}</source>
        <translation>Delivery company: {0}</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/letter_preview.py" line="98"/>
        <source>Client: {0}</source>
        <translation>Client: {0}</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/letter_preview.py" line="103"/>
        <source>Count of terminations</source>
        <translation>Count of terminations</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/letter_preview.py" line="108"/>
        <source>The employer&apos;s count: {0}</source>
        <translation>The employer&apos;s count: {0}</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/letter_preview.py" line="110"/>
        <source>Counting the drivers as employees: {0}</source>
        <translation>Counting the drivers as employees: {0}</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/letter_preview.py" line="114"/>
        <source>&amp;Letter:</source>
        <translation>&amp;Letter:</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/letter_preview.py" line="115"/>
        <source>L&amp;anguage:</source>
        <translation>L&amp;anguage:</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/letter_preview.py" line="116"/>
        <source>&amp;Recipient:</source>
        <translation>&amp;Recipient:</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/letter_preview.py" line="119"/>
        <source>C&amp;ount:</source>
        <translation>C&amp;ount:</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/letter_preview.py" line="124"/>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/letter_preview.py" line="127"/>
        <source>Letters already made for this case</source>
        <translation>Letters already made for this case</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/letter_preview.py" line="132"/>
        <source>Letters already made:</source>
        <translation>Letters already made:</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/letter_preview.py" line="139"/>
        <source>Letter preview</source>
        <translation>Letter preview</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/letter_preview.py" line="144"/>
        <source>&amp;Print…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/letter_preview.py" line="145"/>
        <source>&amp;Save as…</source>
        <translation>&amp;Save as…</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/letter_preview.py" line="146"/>
        <source>&amp;Open in the viewer</source>
        <translation>&amp;Open in the viewer</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/letter_preview.py" line="149"/>
        <source>Mark the case as “Letter sent”</source>
        <translation>Mark the case as “Letter sent”</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/letter_preview.py" line="151"/>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/letter_preview.py" line="178"/>
        <source>French</source>
        <translation>French</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/letter_preview.py" line="179"/>
        <source>English</source>
        <translation>English</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/letter_preview.py" line="182"/>
        <source>Arabic</source>
        <translation>Arabic</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/letter_preview.py" line="214"/>
        <source>{0} page(s). SHA-256 {1}…</source>
        <translation>{0} page(s). SHA-256 {1}…</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/letter_preview.py" line="250"/>
        <source>The case is marked “Letter sent”.</source>
        <translation>The case is marked “Letter sent”.</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/letter_preview.py" line="264"/>
        <source>Save the letter</source>
        <translation>Save the letter</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/letter_preview.py" line="265"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/letter_preview.py" line="272"/>
        <source>Could not write {0}: {1}</source>
        <translation>Could not write {0}: {1}</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/letter_preview.py" line="276"/>
        <source>Saved: {0}</source>
        <translation>Saved: {0}</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/letter_preview.py" line="305"/>
        <source>The printer could not be started.</source>
        <translation>The printer could not be started.</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/letter_preview.py" line="317"/>
        <source>Sent to the printer.</source>
        <translation>Sent to the printer.</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/letter_preview.py" line="335"/>
        <source>Writing letters…</source>
        <translation>Writing letters…</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/letter_preview.py" line="336"/>
        <location filename="../clinic_app/ui/letter_preview.py" line="351"/>
        <source>Letters for the selected cases</source>
        <translation>Letters for the selected cases</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/letter_preview.py" line="344"/>
        <source>{0} letter(s) written.</source>
        <translation>{0} letter(s) written.</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/letter_preview.py" line="346"/>
        <source>Cancelled before the end.</source>
        <translation>Cancelled before the end.</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/letter_preview.py" line="348"/>
        <source>Not written:</source>
        <translation>Not written:</translation>
    </message>
</context>
</TS>
