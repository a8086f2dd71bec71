<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_CA">
<context>
    <name>CaseListModel</name>
    <message>
        <location filename="../clinic_app/ui/case_list_model.py" line="40"/>
        <source>Case</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/case_list_model.py" line="40"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/case_list_model.py" line="40"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/case_list_model.py" line="40"/>
        <source>Site / company</source>
        <translation>Site / entreprise</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/case_list_model.py" line="40"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/case_list_model.py" line="40"/>
        <source>Amount owed</source>
        <translation>Montant dû</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/case_list_model.py" line="41"/>
        <source>Shortfall</source>
        <translation>Manque à gagner</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/case_list_model.py" line="41"/>
        <source>Days left</source>
        <translation>Jours restants</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/case_list_model.py" line="138"/>
        <source>Warehouse</source>
        <translation>Entrepôt</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/case_list_model.py" line="138"/>
        <source>Driver</source>
        <translation>Livreur</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/case_list_model.py" line="156"/>
        <source>Draft</source>
        <translation>Brouillon</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/case_list_model.py" line="156"/>
        <source>Intake complete</source>
        <translation>Accueil complet</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/case_list_model.py" line="156"/>
        <source>Reviewed</source>
        <translation>Révisé</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/case_list_model.py" line="157"/>
        <source>Letter sent</source>
        <translation>Lettre envoyée</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/case_list_model.py" line="157"/>
        <source>Closed</source>
        <translation>Fermé</translation>
    </message>
</context>
<context>
    <name>ErrorHook</name>
    <message>
        <location filename="../clinic_app/ui/errors.py" line="31"/>
        <source>Something went wrong in the program. Your saved cases are not affected.</source>
        <translation>Une erreur s’est produite dans le programme. Vos dossiers enregistrés ne sont pas touchés.</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/errors.py" line="34"/>
        <source>Details were written to the log file {path}.</source>
        <translation>Les détails ont été écrits dans le fichier journal {path}.</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/errors.py" line="52"/>
        <source>Unexpected error</source>
        <translation>Erreur inattendue</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <location filename="../clinic_app/ui/first_run.py" line="61"/>
        <source>Clinic Intake — first start</source>
        <translation>Accueil clinique — premier démarrage</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/first_run.py" line="63"/>
        <source>Welcome. The cases are kept encrypted on this laptop. Choose the data passphrase the volunteers of this clinic will type to open them.</source>
        <translation>Bienvenue. Les dossiers sont chiffrés sur ce portable. Choisissez la phrase secrète que les bénévoles de la clinique taperont pour les ouvrir.</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/first_run.py" line="67"/>
        <source>&lt;b&gt;Write the passphrase down and keep it safe: if it is forgotten, the data cannot be recovered by anyone.&lt;/b&gt;</source>
        <translation>&lt;b&gt;Notez la phrase secrète et gardez-la en lieu sûr : si elle est oubliée, personne ne pourra récupérer les données.&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/first_run.py" line="79"/>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Phrase secrète :</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/first_run.py" line="80"/>
        <source>&amp;Again:</source>
        <translation>&amp;Encore :</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/first_run.py" line="83"/>
        <source>Clinic &amp;name:</source>
        <translation>&amp;Nom de la clinique :</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/first_run.py" line="87"/>
        <source>&amp;Address (letterhead):</source>
        <translation>&amp;Adresse (en-tête) :</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/first_run.py" line="89"/>
        <source>&amp;Your name:</source>
        <translation>&amp;Votre nom :</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/first_run.py" line="94"/>
        <source>&amp;Language:</source>
        <translation>&amp;Langue :</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/first_run.py" line="98"/>
        <source> days</source>
        <translation> jours</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/first_run.py" line="99"/>
        <source>&amp;Keep closed cases for:</source>
        <translation>&amp;Conserver les dossiers fermés :</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/first_run.py" line="101"/>
        <source>&amp;Backup folder:</source>
        <translation>Dossier de &amp;sauvegarde :</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/first_run.py" line="101"/>
        <source>Backup folder</source>
        <translation>Dossier de sauvegarde</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/first_run.py" line="109"/>
        <source>Create</source>
        <translation>Créer</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/first_run.py" line="117"/>
        <source>Too short: at least {0} characters.</source>
        <translation>Trop courte : au moins {0} caractères.</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/first_run.py" line="117"/>
        <source>Weak: add words.</source>
        <translation>Faible : ajoutez des mots.</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/first_run.py" line="118"/>
        <source>Fair.</source>
        <translation>Moyenne.</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/first_run.py" line="118"/>
        <source>Strong.</source>
        <translation>Forte.</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/first_run.py" line="125"/>
        <source>Passphrase: at least {0} characters are needed.</source>
        <translation>Phrase secrète : il faut au moins {0} caractères.</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/first_run.py" line="128"/>
        <source>Passphrase: the two entries differ. Type the same passphrase twice.</source>
        <translation>Phrase secrète : les deux saisies diffèrent. Tapez deux fois la même phrase.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../clinic_app/ui/main_window.py" line="52"/>
        <source>Clinic Intake</source>
        <translation>Accueil clinique</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/main_window.py" line="60"/>
        <source>Cases</source>
        <translation>Dossiers</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/main_window.py" line="63"/>
        <source>Opening the database…</source>
        <translation>Ouverture de la base de données…</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/main_window.py" line="76"/>
        <source>Search: name, case number, phone, site or company</source>
        <translation>Recherche : nom, numéro de dossier, téléphone, site ou entreprise</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/main_window.py" line="78"/>
        <source>Search cases</source>
        <translation>Rechercher des dossiers</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/main_window.py" line="84"/>
        <source>&amp;Search:</source>
        <translation>&amp;Recherche :</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/main_window.py" line="90"/>
        <source>All kinds</source>
        <translation>Tous les types</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/main_window.py" line="91"/>
        <source>Warehouse</source>
        <translation>Entrepôt</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/main_window.py" line="92"/>
        <source>Driver</source>
        <translation>Livreur</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/main_window.py" line="94"/>
        <source>All statuses</source>
        <translation>Tous les statuts</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/main_window.py" line="95"/>
        <source>Draft</source>
        <translation>Brouillon</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/main_window.py" line="95"/>
        <source>Intake complete</source>
        <translation>Accueil complet</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/main_window.py" line="96"/>
        <source>Reviewed</source>
        <translation>Révisé</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/main_window.py" line="96"/>
        <source>Letter sent</source>
        <translation>Lettre envoyée</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/main_window.py" line="97"/>
        <source>Closed</source>
        <translation>Fermé</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/main_window.py" line="100"/>
        <source>All sites</source>
        <translation>Tous les sites</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/main_window.py" line="101"/>
        <source>Kind filter</source>
        <translation>Filtre par type</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/main_window.py" line="102"/>
        <source>Status filter</source>
        <translation>Filtre par statut</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/main_window.py" line="103"/>
        <source>Site filter</source>
        <translation>Filtre par site</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/main_window.py" line="115"/>
        <source>Case list</source>
        <translation>Liste des dossiers</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/main_window.py" line="131"/>
        <source>New &amp;warehouse case</source>
        <translation>Nouveau dossier &amp;entrepôt</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/main_window.py" line="133"/>
        <source>New &amp;driver case</source>
        <translation>Nouveau dossier &amp;livreur</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/main_window.py" line="135"/>
        <source>&amp;Open case</source>
        <translation>&amp;Ouvrir le dossier</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/main_window.py" line="138"/>
        <source>Check for &amp;duplicates</source>
        <translation>Chercher les &amp;doublons</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/main_window.py" line="139"/>
        <source>De&amp;lete case…</source>
        <translation>&amp;Supprimer le dossier…</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/main_window.py" line="142"/>
        <source>&amp;Find</source>
        <translation>&amp;Rechercher</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/main_window.py" line="143"/>
        <source>&amp;Close tab</source>
        <translation>&amp;Fermer l’onglet</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/main_window.py" line="144"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Paramètres…</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/main_window.py" line="145"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/main_window.py" line="146"/>
        <source>&amp;Export cases…</source>
        <translation>&amp;Exporter les dossiers…</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/main_window.py" line="148"/>
        <source>Send cases to another laptop…</source>
        <translation>Envoyer des dossiers à un autre portable…</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/main_window.py" line="150"/>
        <source>Receive cases from another laptop…</source>
        <translation>Recevoir des dossiers d’un autre portable…</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/main_window.py" line="152"/>
        <source>&amp;Summary</source>
        <translation>&amp;Sommaire</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/main_window.py" line="153"/>
        <source>&amp;Letters for this case…</source>
        <translation>&amp;Lettres de ce dossier…</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/main_window.py" line="154"/>
        <source>Letters for the &amp;selected cases…</source>
        <translation>Lettres des dossiers &amp;choisis…</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/main_window.py" line="155"/>
        <source>&amp;About</source>
        <translation>À &amp;propos</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/main_window.py" line="157"/>
        <source>Change passphrase…</source>
        <translation>Changer la phrase de passe…</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/main_window.py" line="159"/>
        <source>Backups…</source>
        <translation>Copies de sauvegarde…</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/main_window.py" line="161"/>
        <source>Erase old closed cases…</source>
        <translation>Effacer les anciens dossiers fermés…</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/main_window.py" line="163"/>
        <source>Export everything about this person…</source>
        <translation>Exporter tout ce qui concerne cette personne…</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/main_window.py" line="168"/>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/main_window.py" line="175"/>
        <source>&amp;Case</source>
        <translation>&amp;Dossier</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/main_window.py" line="180"/>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/main_window.py" line="182"/>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/main_window.py" line="185"/>
        <source>Main</source>
        <translation>Principal</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/main_window.py" line="242"/>
        <source>Encrypted database</source>
        <translation>Base de données chiffrée</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/main_window.py" line="244"/>
        <source>Database on a server</source>
        <translation>Base de données sur un serveur</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/main_window.py" line="246"/>
        <source>Database NOT encrypted</source>
        <translation>Base de données NON chiffrée</translation>
    </message>
    <message numerus="yes">
        <location filename="../clinic_app/ui/main_window.py" line="287"/>
        <source>%n case(s)</source>
        <translation>
            <numerusform>%n dossier</numerusform>
            <numerusform>%n dossiers</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/main_window.py" line="309"/>
        <source>Not available</source>
        <translation>Non disponible</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/main_window.py" line="310"/>
        <source>This part of the program is not available in this version: {0}.</source>
        <translation>Cette partie du programme n’est pas disponible dans cette version : {0}.</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/main_window.py" line="354"/>
        <source>New warehouse case</source>
        <translation>Nouveau dossier entrepôt</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/main_window.py" line="355"/>
        <source>New driver case</source>
        <translation>Nouveau dossier livreur</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/main_window.py" line="383"/>
        <source>Unsaved changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/main_window.py" line="423"/>
        <location filename="../clinic_app/ui/main_window.py" line="426"/>
        <source>Duplicates</source>
        <translation>Doublons</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/main_window.py" line="423"/>
        <source>No possible duplicate found.</source>
        <translation>Aucun doublon possible trouvé.</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/main_window.py" line="427"/>
        <source>Possible duplicates of this case:</source>
        <translation>Doublons possibles de ce dossier :</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/main_window.py" line="435"/>
        <source>Delete case</source>
        <translation>Supprimer le dossier</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/main_window.py" line="436"/>
        <source>Delete case {0} ({1})? It is hidden from the list and removed for good at the end of the retention period.</source>
        <translation>Supprimer le dossier {0} ({1}) ? Il disparaît de la liste et sera effacé définitivement à la fin de la durée de conservation.</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/main_window.py" line="443"/>
        <source>Case {0} deleted.</source>
        <translation>Dossier {0} supprimé.</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/main_window.py" line="452"/>
        <source>Summary</source>
        <translation>Sommaire</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/main_window.py" line="468"/>
        <source>Open or select a saved case to write its letters.</source>
        <translation>Ouvrez ou sélectionnez un dossier enregistré pour en écrire les lettres.</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/main_window.py" line="481"/>
        <source>Folder for the letters</source>
        <translation>Dossier pour les lettres</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <location filename="../clinic_app/ui/passphrase_dialog.py" line="29"/>
        <source>Clinic Intake — passphrase</source>
        <translation>Accueil clinique — phrase secrète</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/passphrase_dialog.py" line="31"/>
        <source>Type the data passphrase to open the cases.</source>
        <translation>Tapez la phrase secrète des données pour ouvrir les dossiers.</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/passphrase_dialog.py" line="41"/>
        <source>Passphrase</source>
        <translation>Phrase secrète</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/passphrase_dialog.py" line="58"/>
        <source>Type the passphrase.</source>
        <translation>Tapez la phrase secrète.</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/passphrase_dialog.py" line="64"/>
        <source>This passphrase does not open the data. Check the keyboard language and Caps Lock, then try again.</source>
        <translation>Cette phrase secrète n’ouvre pas les données. Vérifiez la langue du clavier et le verrouillage des majuscules, puis réessayez.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../clinic_app/ui/settings_dialog.py" line="42"/>
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/settings_dialog.py" line="61"/>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/settings_dialog.py" line="64"/>
        <source>This laptop</source>
        <translation>Ce portable</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/settings_dialog.py" line="70"/>
        <source>&amp;Language:</source>
        <translation>&amp;Langue :</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/settings_dialog.py" line="71"/>
        <source>A language change applies the next time the program starts.</source>
        <translation>Un changement de langue s’applique au prochain démarrage du programme.</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/settings_dialog.py" line="73"/>
        <source>&amp;Volunteer name:</source>
        <translation>Nom du &amp;bénévole :</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/settings_dialog.py" line="75"/>
        <source>&amp;Backup folder:</source>
        <translation>Dossier de &amp;sauvegarde :</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/settings_dialog.py" line="75"/>
        <source>Backup folder</source>
        <translation>Dossier de sauvegarde</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/settings_dialog.py" line="87"/>
        <source> days</source>
        <translation> jours</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/settings_dialog.py" line="89"/>
        <source>Clinic (shared by every laptop)</source>
        <translation>Clinique (commun à tous les portables)</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/settings_dialog.py" line="100"/>
        <source>Clinic &amp;name:</source>
        <translation>&amp;Nom de la clinique :</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/settings_dialog.py" line="101"/>
        <source>&amp;Address (letterhead):</source>
        <translation>&amp;Adresse (en-tête) :</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/settings_dialog.py" line="102"/>
        <source>&amp;Phone:</source>
        <translation>&amp;Téléphone :</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/settings_dialog.py" line="103"/>
        <source>&amp;Email:</source>
        <translation>&amp;Courriel :</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/settings_dialog.py" line="104"/>
        <source>Letters &amp;signed by:</source>
        <translation>Lettres &amp;signées par :</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/settings_dialog.py" line="105"/>
        <source>&amp;Retention period:</source>
        <translation>Durée de &amp;conservation :</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/settings_dialog.py" line="117"/>
        <source>Data</source>
        <translation>Données</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/settings_dialog.py" line="119"/>
        <source>Encrypted (SQLCipher)</source>
        <translation>Chiffrée (SQLCipher)</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/settings_dialog.py" line="120"/>
        <source>NOT encrypted</source>
        <translation>NON chiffrée</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/settings_dialog.py" line="121"/>
        <source>Database:</source>
        <translation>Base de données :</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/settings_dialog.py" line="125"/>
        <source>Back &amp;up now</source>
        <translation>Faire une &amp;copie maintenant</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/settings_dialog.py" line="128"/>
        <source>Change the &amp;passphrase…</source>
        <translation>Changer la &amp;phrase de passe…</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/settings_dialog.py" line="151"/>
        <source>Verified backup written: {0}</source>
        <translation>Copie vérifiée écrite : {0}</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/settings_dialog.py" line="158"/>
        <source>Passphrase changed. Backups made before keep the old one.</source>
        <translation>Phrase de passe changée. Les copies faites avant gardent l&apos;ancienne.</translation>
    </message>
</context>
</TS>
