<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_CA">
<context>
    <name>LetterPreviewDialog</name>
    <message>
        <location filename="../clinic_app/ui/letter_preview.py" line="50"/>
        <source>Formal notice to the employer</source>
        <translation>Formal notice to the employer</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/letter_preview.py" line="51"/>
        <source>Formal notice (driver)</source>
        <translation>Formal notice (driver)</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/letter_preview.py" line="52"/>
        <source>Calculation annex</source>
        <translation>Calculation annex</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/letter_preview.py" line="53"/>
        <source>Summary for the worker</source>
        <translation>Summary for the worker</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/letter_preview.py" line="54"/>
        <source>Lawyer&apos;s worksheet (internal, never sent)</source>
        <translation>Lawyer&apos;s worksheet (internal, never sent)</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/letter_preview.py" line="73"/>
        <source>Letters — {0}</source>
        <translation>Letters — {0}</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/letter_preview.py" line="90"/>
        <source>Letter</source>
        <translation>Letter</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/letter_preview.py" line="92"/>
        <source>Letter language</source>
        <translation>Letter language</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/letter_preview.py" line="94"/>
        <source>Recipient</source>
        <translation>Recipient</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/letter_preview.py" line="97"/>
        <source>Delivery company: {0}</source>
        <translation>Delivery company: {0}</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/letter_preview.py" line="99"/>
        <source>Client: {0}</source>
        <translation>Client: {0}</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/letter_preview.py" line="104"/>
        <source>Count of terminations</source>
        <translation>Count of terminations</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/letter_preview.py" line="109"/>
        <source>The employer&apos;s count: {0}</source>
        <translation>The employer&apos;s count: {0}</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/letter_preview.py" line="111"/>
        <source>Counting the drivers as employees: {0}</source>
        <translation>Counting the drivers as employees: {0}</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/letter_preview.py" line="115"/>
        <source>&amp;Letter:</source>
        <translation>&amp;Letter:</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/letter_preview.py" line="116"/>
        <source>L&amp;anguage:</source>
        <translation>L&amp;anguage:</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/letter_preview.py" line="117"/>
        <source>&amp;Recipient:</source>
        <translation>&amp;Recipient:</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/letter_preview.py" line="120"/>
        <source>C&amp;ount:</source>
        <translation>C&amp;ount:</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/letter_preview.py" line="125"/>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/letter_preview.py" line="128"/>
        <source>Letters already made for this case</source>
        <translation>Letters already made for this case</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/letter_preview.py" line="133"/>
        <source>Letters already made:</source>
        <translation>Letters already made:</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/letter_preview.py" line="140"/>
        <source>Letter preview</source>
        <translation>Letter preview</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/letter_preview.py" line="145"/>
        <source>&amp;Print…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/letter_preview.py" line="146"/>
        <source>&amp;Save as…</source>
        <translation>&amp;Save as…</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/letter_preview.py" line="147"/>
        <source>&amp;Open in the viewer</source>
        <translation>&amp;Open in the viewer</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/letter_preview.py" line="150"/>
        <source>Mark the case as “Letter sent”</source>
        <translation>Mark the case as “Letter sent”</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/letter_preview.py" line="152"/>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/letter_preview.py" line="179"/>
        <source>French</source>
        <translation>French</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/letter_preview.py" line="180"/>
        <source>English</source>
        <translation>English</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/letter_preview.py" line="183"/>
        <source>Arabic</source>
        <translation>Arabic</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/letter_preview.py" line="215"/>
        <source>{0} page(s). SHA-256 {1}…</source>
        <translation>{0} page(s). SHA-256 {1}…</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/letter_preview.py" line="251"/>
        <source>The case is marked “Letter sent”.</source>
        <translation>The case is marked “Letter sent”.</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/letter_preview.py" line="265"/>
        <source>Save the letter</source>
        <translation>Save the letter</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/letter_preview.py" line="266"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/letter_preview.py" line="273"/>
        <source>Could not write {0}: {1}</source>
        <translation>Could not write {0}: {1}</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/letter_preview.py" line="277"/>
        <source>Saved: {0}</source>
        <translation>Saved: {0}</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/letter_preview.py" line="291"/>
        <source>No PDF viewer could open the letter. Use Save as… or Print… instead.</source>
        <translation>No PDF viewer could open the letter. Use Save as… or Print… instead.</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/letter_preview.py" line="308"/>
        <source>The printer could not be started.</source>
        <translation>The printer could not be started.</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/letter_preview.py" line="320"/>
        <source>Sent to the printer.</source>
        <translation>Sent to the printer.</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/letter_preview.py" line="338"/>
        <source>Writing letters…</source>
        <translation>Writing letters…</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/letter_preview.py" line="339"/>
        <location filename="../clinic_app/ui/letter_preview.py" line="354"/>
        <source>Letters for the selected cases</source>
        <translation>Letters for the selected cases</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/letter_preview.py" line="347"/>
        <source>{0} letter(s) written.</source>
        <translation>{0} letter(s) written.</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/letter_preview.py" line="349"/>
        <source>Cancelled before the end.</source>
        <translation>Cancelled before the end.</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/letter_preview.py" line="351"/>
        <source>Not written:</source>
        <translation>Not written:</translation>
    </message>
</context>
</TS>
