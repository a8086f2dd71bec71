<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../clinic_app/ui/about_dialog.py" line="111" />
        <source>About Clinic Intake</source>
        <translation>À propos de Clinic Intake</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/about_dialog.py" line="121" />
        <source>Version %1</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/about_dialog.py" line="125" />
        <source>Intake forms, entitlement calculation and claim letters for workers laid off in Quebec. Works offline; case data stays encrypted on this computer.</source>
        <translation>Formulaires d’accueil, calcul des indemnités et lettres de réclamation pour les travailleuses et travailleurs licenciés au Québec. Fonctionne hors ligne ; les dossiers restent chiffrés sur cet ordinateur.</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/about_dialog.py" line="129" />
        <source>Free software under the GNU General Public License, version 3 or later (%1). It comes with no warranty.</source>
        <translation>Logiciel libre sous licence publique générale GNU, version 3 ou ultérieure (%1). Il est fourni sans aucune garantie.</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/about_dialog.py" line="141" />
        <source>This program includes the following third-party parts:</source>
        <translation>Ce programme comprend les composants tiers suivants :</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/about_dialog.py" line="145" />
        <source>Part</source>
        <translation>Composant</translation>
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
        <translation>Tous les textes se trouvent aussi dans le fichier %1 installé avec le programme.</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/about_dialog.py" line="184" />
        <source>The list of third-party parts is missing from this installation.</source>
        <translation>La liste des composants tiers est absente de cette installation.</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/about_dialog.py" line="194" />
        <source>The licence text of %1 is missing from this installation.</source>
        <translation>Le texte de licence de %1 est absent de cette installation.</translation>
    </message>
</context>
</TS>
