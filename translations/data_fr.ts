<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>BackupDialog</name>
    <message>
        <location filename="../clinic_app/ui/data_dialogs.py" line="91"/>
        <source>Backups</source>
        <translation>Copies de sauvegarde</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/data_dialogs.py" line="96"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/data_dialogs.py" line="96"/>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/data_dialogs.py" line="96"/>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/data_dialogs.py" line="103"/>
        <source>&amp;Back up now</source>
        <translation>&amp;Sauvegarder maintenant</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/data_dialogs.py" line="105"/>
        <source>&amp;Open folder</source>
        <translation>&amp;Ouvrir le dossier</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/data_dialogs.py" line="107"/>
        <source>&amp;Restore…</source>
        <translation>&amp;Restaurer…</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/data_dialogs.py" line="108"/>
        <source>Replace the cases by the chosen backup (the current database is backed up first)</source>
        <translation>Remplacer les dossiers par la sauvegarde choisie (la base actuelle est sauvegardée d’abord)</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/data_dialogs.py" line="116"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/data_dialogs.py" line="144"/>
        <source>Backing up…</source>
        <translation>Copie de sauvegarde en cours…</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/data_dialogs.py" line="148"/>
        <source>Backup written and verified: %1</source>
        <translation>Copie écrite et vérifiée : %1</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/data_dialogs.py" line="156"/>
        <source>No file manager could open the folder. The backups are in: %1</source>
        <translation>Aucun gestionnaire de fichiers n’a pu ouvrir le dossier. Les sauvegardes sont dans : %1</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/data_dialogs.py" line="184"/>
        <source>Passphrase of the backup</source>
        <translation>Phrase de passe de la sauvegarde</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/data_dialogs.py" line="185"/>
        <source>This backup was made with an earlier passphrase. Type that passphrase:</source>
        <translation>Cette sauvegarde a été faite avec une phrase de passe antérieure. Tapez cette phrase de passe :</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/data_dialogs.py" line="191"/>
        <source>Restore the backup of %1 (UTC)?</source>
        <translation>Restaurer la sauvegarde du %1 (UTC) ?</translation>
    </message>
    <message numerus="yes">
        <location filename="../clinic_app/ui/data_dialogs.py" line="192"/>
        <source>It holds %n case(s).</source>
        <translation>
            <numerusform>Elle contient %n dossier.</numerusform>
            <numerusform>Elle contient %n dossiers.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../clinic_app/ui/data_dialogs.py" line="193"/>
        <source>The database holds %n case(s) now.</source>
        <translation>
            <numerusform>La base contient %n dossier maintenant.</numerusform>
            <numerusform>La base contient %n dossiers maintenant.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/data_dialogs.py" line="194"/>
        <source>What was entered since that backup is replaced by it. The current database is backed up first, so this can be undone by restoring that copy.</source>
        <translation>Ce qui a été saisi depuis cette sauvegarde est remplacé par elle. La base actuelle est sauvegardée d’abord : on peut annuler en restaurant cette copie.</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/data_dialogs.py" line="196"/>
        <source>Restore a backup</source>
        <translation>Restaurer une sauvegarde</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/data_dialogs.py" line="202"/>
        <source>Restoring…</source>
        <translation>Restauration…</translation>
    </message>
    <message numerus="yes">
        <location filename="../clinic_app/ui/data_dialogs.py" line="206"/>
        <source>Restored: %n case(s). The previous database was kept as %1.</source>
        <translation>
            <numerusform>Restauré : %n dossier. La base précédente a été gardée dans %1.</numerusform>
            <numerusform>Restauré : %n dossiers. La base précédente a été gardée dans %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChangePassphraseDialog</name>
    <message>
        <location filename="../clinic_app/ui/data_dialogs.py" line="45"/>
        <source>Change the data passphrase</source>
        <translation>Changer la phrase de passe des données</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/data_dialogs.py" line="48"/>
        <source>A forgotten passphrase cannot be recovered: without it, the cases cannot be read by anyone. Backups made before this change keep the old passphrase.</source>
        <translation>Une phrase de passe oubliée ne peut pas être récupérée : sans elle, personne ne peut lire les dossiers. Les copies de sauvegarde faites avant ce changement gardent l&apos;ancienne phrase de passe.</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/data_dialogs.py" line="55"/>
        <source>&amp;New passphrase:</source>
        <translation>&amp;Nouvelle phrase de passe :</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/data_dialogs.py" line="56"/>
        <source>&amp;Repeat it:</source>
        <translation>&amp;Répétez-la :</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/data_dialogs.py" line="70"/>
        <source>The new passphrase needs at least 8 characters.</source>
        <translation>La nouvelle phrase de passe doit compter au moins 8 caractères.</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/data_dialogs.py" line="73"/>
        <source>The two passphrases differ; type the same one twice.</source>
        <translation>Les deux phrases de passe diffèrent; tapez deux fois la même.</translation>
    </message>
</context>
<context>
    <name>PurgeDialog</name>
    <message>
        <location filename="../clinic_app/ui/data_dialogs.py" line="225"/>
        <source>Erase old closed cases</source>
        <translation>Effacer les anciens dossiers fermés</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/data_dialogs.py" line="233"/>
        <source>Closed more than (&amp;days):</source>
        <translation>Fermés depuis plus de (&amp;jours) :</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/data_dialogs.py" line="237"/>
        <source>Case</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/data_dialogs.py" line="237"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/data_dialogs.py" line="237"/>
        <source>Last change</source>
        <translation>Dernière modification</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/data_dialogs.py" line="237"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/data_dialogs.py" line="248"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message numerus="yes">
        <location filename="../clinic_app/ui/data_dialogs.py" line="270"/>
        <source>I understand these %n case(s) will be erased for good.</source>
        <translation>
            <numerusform>Je comprends que ce %n dossier sera effacé pour de bon.</numerusform>
            <numerusform>Je comprends que ces %n dossiers seront effacés pour de bon.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../clinic_app/ui/data_dialogs.py" line="271"/>
        <source>Erase %n case(s)</source>
        <translation>
            <numerusform>Effacer %n dossier</numerusform>
            <numerusform>Effacer %n dossiers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../clinic_app/ui/data_dialogs.py" line="287"/>
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
        <location filename="../clinic_app/ui/data_dialogs.py" line="294"/>
        <source>Export everything about this person</source>
        <translation>Exporter tout ce qui concerne cette personne</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/data_dialogs.py" line="304"/>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
</context>
</TS>
