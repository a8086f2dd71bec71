<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_CA">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../clinic_app/ui/about_dialog.py" line="111" />
        <source>About Clinic Intake</source>
        <translation>About Clinic Intake</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/about_dialog.py" line="121" />
        <source>Version %1</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/about_dialog.py" line="125" />
        <source>Intake forms, entitlement calculation and claim letters for workers laid off in Quebec. Works offline; case data stays encrypted on this computer.</source>
        <translation>Intake forms, entitlement calculation and claim letters for workers laid off in Quebec. Works offline; case data stays encrypted on this computer.</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/about_dialog.py" line="129" />
        <source>Free software under the GNU General Public License, version 3 or later (%1). It comes with no warranty.</source>
        <translation>Free software under the GNU General Public License, version 3 or later (%1). It comes with no warranty.</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/about_dialog.py" line="141" />
        <source>This program includes the following third-party parts:</source>
        <translation>This program includes the following third-party parts:</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/about_dialog.py" line="145" />
        <source>Part</source>
        <translation>Part</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/about_dialog.py" line="145" />
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/about_dialog.py" line="145" />
        <source>Licence</source>
        <translation>Licence</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/about_dialog.py" line="168" />
        <source>All the texts are also in the file %1 installed with the program.</source>
        <translation>All the texts are also in the file %1 installed with the program.</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/about_dialog.py" line="184" />
        <source>The list of third-party parts is missing from this installation.</source>
        <translation>The list of third-party parts is missing from this installation.</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/about_dialog.py" line="194" />
        <source>The licence text of %1 is missing from this installation.</source>
        <translation>The licence text of %1 is missing from this installation.</translation>
    </message>
</context>
</TS>
