<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_CA">
<context>
    <name>LetterPreviewDialog</name>
    <message>
        <location filename="../clinic_app/ui/letter_preview.py" line="36"/>
        <source>Formal notice to the employer</source>
        <translation>Formal notice to the employer</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/letter_preview.py" line="37"/>
        <source>Formal notice (driver)</source>
        <translation>Formal notice (driver)</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/letter_preview.py" line="38"/>
        <source>Calculation annex</source>
        <translation>Calculation annex</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/letter_preview.py" line="39"/>
        <source>Summary for the worker</source>
        <translation>Summary for the worker</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/letter_preview.py" line="81"/>
        <source>Letters — {0}</source>
        <translation>Letters — {0}</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/letter_preview.py" line="98"/>
        <source>Letter</source>
        <translation>Letter</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/letter_preview.py" line="100"/>
        <source>Letter language</source>
        <translation>Letter language</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/letter_preview.py" line="102"/>
        <source>Recipient</source>
        <translation>Recipient</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/letter_preview.py" line="104"/>
        <source>Delivery company: {0}</source>
        <translation>Delivery company: {0}</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/letter_preview.py" line="105"/>
        <source>Client: {0}</source>
        <translation>Client: {0}</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/letter_preview.py" line="107"/>
        <source>&amp;Letter:</source>
        <translation>&amp;Letter:</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/letter_preview.py" line="108"/>
        <source>L&amp;anguage:</source>
        <translation>L&amp;anguage:</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/letter_preview.py" line="109"/>
        <source>&amp;Recipient:</source>
        <translation>&amp;Recipient:</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/letter_preview.py" line="114"/>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/letter_preview.py" line="116"/>
        <source>Letters already made for this case</source>
        <translation>Letters already made for this case</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/letter_preview.py" line="121"/>
        <source>Letters already made:</source>
        <translation>Letters already made:</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/letter_preview.py" line="128"/>
        <source>Letter preview</source>
        <translation>Letter preview</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/letter_preview.py" line="133"/>
        <source>&amp;Print…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/letter_preview.py" line="134"/>
        <source>&amp;Save as…</source>
        <translation>&amp;Save as…</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/letter_preview.py" line="135"/>
        <source>&amp;Open in the viewer</source>
        <translation>&amp;Open in the viewer</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/letter_preview.py" line="136"/>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/letter_preview.py" line="160"/>
        <source>French</source>
        <translation>French</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/letter_preview.py" line="161"/>
        <source>English</source>
        <translation>English</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/letter_preview.py" line="164"/>
        <source>Arabic</source>
        <translation>Arabic</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/letter_preview.py" line="199"/>
        <source>{0} page(s). SHA-256 {1}…</source>
        <translation>{0} page(s). SHA-256 {1}…</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/letter_preview.py" line="223"/>
        <source>Save the letter</source>
        <translation>Save the letter</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/letter_preview.py" line="223"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/letter_preview.py" line="230"/>
        <source>Could not write {0}: {1}</source>
        <translation>Could not write {0}: {1}</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/letter_preview.py" line="233"/>
        <source>Saved: {0}</source>
        <translation>Saved: {0}</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/letter_preview.py" line="261"/>
        <source>The printer could not be started.</source>
        <translation>The printer could not be started.</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/letter_preview.py" line="273"/>
        <source>Sent to the printer.</source>
        <translation>Sent to the printer.</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/letter_preview.py" line="303"/>
        <source>Writing letters…</source>
        <translation>Writing letters…</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/letter_preview.py" line="303"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/letter_preview.py" line="304"/>
        <location filename="../clinic_app/ui/letter_preview.py" line="345"/>
        <source>Letters for the selected cases</source>
        <translation>Letters for the selected cases</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/letter_preview.py" line="314"/>
        <source>Case {0} ({1} of {2})</source>
        <translation>Case {0} ({1} of {2})</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/letter_preview.py" line="338"/>
        <source>{0} letter(s) written.</source>
        <translation>{0} letter(s) written.</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/letter_preview.py" line="340"/>
        <source>Cancelled before the end.</source>
        <translation>Cancelled before the end.</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/letter_preview.py" line="342"/>
        <source>Not written:</source>
        <translation>Not written:</translation>
    </message>
</context>
</TS>
