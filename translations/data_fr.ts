<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>BackupDialog</name>
    <message>
        <location filename="../clinic_app/ui/data_dialogs.py" line="90"/>
        <source>Backups</source>
        <translation>Copies de sauvegarde</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/data_dialogs.py" line="95"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/data_dialogs.py" line="95"/>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/data_dialogs.py" line="95"/>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/data_dialogs.py" line="102"/>
        <source>&amp;Back up now</source>
        <translation>&amp;Sauvegarder maintenant</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/data_dialogs.py" line="104"/>
        <source>&amp;Open folder</source>
        <translation>&amp;Ouvrir le dossier</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/data_dialogs.py" line="106"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/data_dialogs.py" line="133"/>
        <source>Backing up…</source>
        <translation>Copie de sauvegarde en cours…</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/data_dialogs.py" line="137"/>
        <source>Backup written and verified: %1</source>
        <translation>Copie écrite et vérifiée : %1</translation>
    </message>
</context>
<context>
    <name>ChangePassphraseDialog</name>
    <message>
        <location filename="../clinic_app/ui/data_dialogs.py" line="44"/>
        <source>Change the data passphrase</source>
        <translation>Changer la phrase de passe des données</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/data_dialogs.py" line="47"/>
        <source>A forgotten passphrase cannot be recovered: without it, the cases cannot be read by anyone. Backups made before this change keep the old passphrase.</source>
        <translation>Une phrase de passe oubliée ne peut pas être récupérée : sans elle, personne ne peut lire les dossiers. Les copies de sauvegarde faites avant ce changement gardent l&apos;ancienne phrase de passe.</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/data_dialogs.py" line="54"/>
        <source>&amp;New passphrase:</source>
        <translation>&amp;Nouvelle phrase de passe :</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/data_dialogs.py" line="55"/>
        <source>&amp;Repeat it:</source>
        <translation>&amp;Répétez-la :</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/data_dialogs.py" line="69"/>
        <source>The new passphrase needs at least 8 characters.</source>
        <translation>La nouvelle phrase de passe doit compter au moins 8 caractères.</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/data_dialogs.py" line="72"/>
        <source>The two passphrases differ; type the same one twice.</source>
        <translation>Les deux phrases de passe diffèrent; tapez deux fois la même.</translation>
    </message>
</context>
<context>
    <name>PurgeDialog</name>
    <message>
        <location filename="../clinic_app/ui/data_dialogs.py" line="158"/>
        <source>Erase old closed cases</source>
        <translation>Effacer les anciens dossiers fermés</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/data_dialogs.py" line="166"/>
        <source>Closed more than (&amp;days):</source>
        <translation>Fermés depuis plus de (&amp;jours) :</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/data_dialogs.py" line="170"/>
        <source>Case</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/data_dialogs.py" line="170"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/data_dialogs.py" line="170"/>
        <source>Last change</source>
        <translation>Dernière modification</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/data_dialogs.py" line="170"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/data_dialogs.py" line="181"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message numerus="yes">
        <location filename="../clinic_app/ui/data_dialogs.py" line="203"/>
        <source>I understand these %n case(s) will be erased for good.</source>
        <translation>
            <numerusform>Je comprends que ce %n dossier sera effacé pour de bon.</numerusform>
            <numerusform>Je comprends que ces %n dossiers seront effacés pour de bon.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../clinic_app/ui/data_dialogs.py" line="204"/>
        <source>Erase %n case(s)</source>
        <translation>
            <numerusform>Effacer %n dossier</numerusform>
            <numerusform>Effacer %n dossiers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../clinic_app/ui/data_dialogs.py" line="220"/>
        <source>%n case(s) erased.</source>
        <translation>
            <numerusform>%n dossier effacé.</numerusform>
            <numerusform>%n dossiers effacés.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QDialog</name>
    <message>
        <location filename="../clinic_app/ui/data_dialogs.py" line="227"/>
        <source>Export everything about this person</source>
        <translation>Exporter tout ce qui concerne cette personne</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/data_dialogs.py" line="237"/>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
</context>
</TS>
