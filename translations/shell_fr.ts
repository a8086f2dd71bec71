<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_CA">
<context>
    <name>CaseListModel</name>
    <message>
        <location filename="../clinic_app/ui/case_list_model.py" line="59" />
        <source>Case</source>
        <extracomment>the list's count stops here ("more than 10,000 cases"): an exact count reads every row (0.6 s at 1M) a search lists at most this many matches, the most recent (the person types more to narrow it): finding them costs about 10 microseconds each at 100k cases, so the cap bounds a keystroke's cost</extracomment>
        <translation>Dossier</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/case_list_model.py" line="59" />
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/case_list_model.py" line="60" />
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/case_list_model.py" line="61" />
        <source>Site / company</source>
        <translation>Site / entreprise</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/case_list_model.py" line="62" />
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/case_list_model.py" line="63" />
        <source>Amount owed</source>
        <translation>Montant dû</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/case_list_model.py" line="64" />
        <source>Shortfall</source>
        <translation>Manque à gagner</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/case_list_model.py" line="65" />
        <source>Days left</source>
        <translation>Jours restants</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/case_list_model.py" line="218" />
        <source>Being updated (the law tables or the site changed)</source>
        <extracomment>the query changed while there was no store: load it when the store arrives</extracomment>
        <translation>En cours de mise à jour (les tables de la loi ou le site ont changé)</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/case_list_model.py" line="236" />
        <source>Warehouse</source>
        <translation>Entrepôt</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/case_list_model.py" line="237" />
        <source>Driver</source>
        <translation>Livreur</translation>
    </message>
    <message numerus="yes">
        <location filename="../clinic_app/ui/case_list_model.py" line="257" />
        <source>passed %n day(s) ago</source>
        <translation>
            <numerusform>passé (%n j)</numerusform>
            <numerusform>passé (%n j)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/case_list_model.py" line="259" />
        <source>last day today</source>
        <translation>dernier jour aujourd'hui</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/case_list_model.py" line="265" />
        <source>Draft</source>
        <translation>Brouillon</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/case_list_model.py" line="266" />
        <source>Intake complete</source>
        <translation>Accueil complet</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/case_list_model.py" line="267" />
        <source>Reviewed</source>
        <translation>Révisé</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/case_list_model.py" line="268" />
        <source>Letter sent</source>
        <translation>Lettre envoyée</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/case_list_model.py" line="269" />
        <source>Closed</source>
        <translation>Fermé</translation>
    </message>
</context>
<context>
    <name>ChunkProgress</name>
    <message>
        <location filename="../clinic_app/ui/operations.py" line="77" />
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>DeadlinesView</name>
    <message>
        <location filename="../clinic_app/ui/deadlines_view.py" line="119" />
        <location filename="../clinic_app/ui/deadlines_view.py" line="144" />
        <source>Site or company</source>
        <translation>Site ou entreprise</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/deadlines_view.py" line="121" />
        <source>Volunteer</source>
        <translation>Bénévole</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/deadlines_view.py" line="124" />
        <source>all</source>
        <translation>tous</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/deadlines_view.py" line="126" />
        <source>Only deadlines within this many days</source>
        <translation>Seulement les délais dans ce nombre de jours</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/deadlines_view.py" line="127" />
        <source>&amp;Site:</source>
        <translation>&amp;Site :</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/deadlines_view.py" line="129" />
        <source>&amp;Volunteer:</source>
        <translation>&amp;Bénévole :</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/deadlines_view.py" line="131" />
        <source>&amp;Within (days):</source>
        <translation>&amp;Dans (jours) :</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/deadlines_view.py" line="136" />
        <source>&amp;Refresh</source>
        <translation>&amp;Actualiser</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/deadlines_view.py" line="144" />
        <source>Days left</source>
        <translation>Jours restants</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/deadlines_view.py" line="144" />
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/deadlines_view.py" line="144" />
        <source>Case</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/deadlines_view.py" line="145" />
        <source>Deadline</source>
        <translation>Délai</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/deadlines_view.py" line="145" />
        <source>What may still save it</source>
        <translation>Ce qui peut encore la sauver</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/deadlines_view.py" line="157" />
        <location filename="../clinic_app/ui/deadlines_view.py" line="240" />
        <location filename="../clinic_app/ui/deadlines_view.py" line="267" />
        <location filename="../clinic_app/ui/deadlines_view.py" line="348" />
        <source>Deadlines</source>
        <translation>Délais</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/deadlines_view.py" line="171" />
        <source>Put the person's &amp;name in each event (off: case numbers only)</source>
        <translation>Mettre le &amp;nom de la personne dans chaque événement (sinon : numéros de dossier seulement)</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/deadlines_view.py" line="172" />
        <source>&amp;Export the next 90 days to a calendar (.ics)…</source>
        <translation>&amp;Exporter les 90 prochains jours vers un calendrier (.ics)…</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/deadlines_view.py" line="240" />
        <location filename="../clinic_app/ui/deadlines_view.py" line="267" />
        <source>Reading the deadlines…</source>
        <translation>Lecture des délais…</translation>
    </message>
    <message numerus="yes">
        <location filename="../clinic_app/ui/deadlines_view.py" line="309" />
        <source>Showing the first %n case(s), the most urgent first (counting the others…).</source>
        <translation>
            <numerusform>Affichage du premier dossier, le plus urgent d'abord (décompte des autres…).</numerusform>
            <numerusform>Affichage des %n premiers dossiers, les plus urgents d'abord (décompte des autres…).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../clinic_app/ui/deadlines_view.py" line="312" />
        <source>Showing the first %n case(s) of more than {0}, the most urgent first.</source>
        <translation>
            <numerusform>Affichage du premier dossier sur plus de {0}, le plus urgent d'abord.</numerusform>
            <numerusform>Affichage des %n premiers dossiers sur plus de {0}, les plus urgents d'abord.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../clinic_app/ui/deadlines_view.py" line="315" />
        <source>Showing the first %n case(s) of {0}, the most urgent first.</source>
        <translation>
            <numerusform>Affichage du premier dossier sur {0}, le plus urgent d'abord.</numerusform>
            <numerusform>Affichage des %n premiers dossiers sur {0}, les plus urgents d'abord.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../clinic_app/ui/deadlines_view.py" line="306" />
        <source>%n case(s).</source>
        <translation>
            <numerusform>%n dossier.</numerusform>
            <numerusform>%n dossiers.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../clinic_app/ui/deadlines_view.py" line="319" />
        <source>%n with every statutory deadline passed.</source>
        <translation>
            <numerusform>%n dont tous les délais légaux sont passés.</numerusform>
            <numerusform>%n dont tous les délais légaux sont passés.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/deadlines_view.py" line="183" />
        <location filename="../clinic_app/ui/deadlines_view.py" line="212" />
        <location filename="../clinic_app/ui/deadlines_view.py" line="222" />
        <source>All</source>
        <translation>Tous</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/deadlines_view.py" line="224" />
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message numerus="yes">
        <location filename="../clinic_app/ui/deadlines_view.py" line="321" />
        <source>%n more case(s) not listed yet: their figures are updating (Refresh in a moment).</source>
        <translation>
            <numerusform>%n autre dossier pas encore listé : ses montants sont en cours de mise à jour (Actualiser dans un instant).</numerusform>
            <numerusform>%n autres dossiers pas encore listés : leurs montants sont en cours de mise à jour (Actualiser dans un instant).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../clinic_app/ui/deadlines_view.py" line="325" />
        <source>Show the next %n</source>
        <translation>
            <numerusform>Afficher le suivant</numerusform>
            <numerusform>Afficher les %n suivants</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/deadlines_view.py" line="338" />
        <source>Export the deadlines</source>
        <translation>Exporter les délais</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/deadlines_view.py" line="339" />
        <source>Calendar (*.ics)</source>
        <translation>Calendrier (*.ics)</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/deadlines_view.py" line="347" />
        <source>Writing the calendar…</source>
        <translation>Écriture du calendrier…</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/deadlines_view.py" line="350" />
        <source>{0} deadline(s) written to {1}.</source>
        <translation>{0} délai(s) écrit(s) dans {1}.</translation>
    </message>
</context>
<context>
    <name>ErrorHook</name>
    <message>
        <location filename="../clinic_app/ui/errors.py" line="31" />
        <source>Something went wrong in the program. Your saved cases are not affected.</source>
        <translation>Une erreur s’est produite dans le programme. Vos dossiers enregistrés ne sont pas touchés.</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/errors.py" line="34" />
        <source>Details were written to the log file {path}.</source>
        <translation>Les détails ont été écrits dans le fichier journal {path}.</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/errors.py" line="52" />
        <source>Unexpected error</source>
        <translation>Erreur inattendue</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <location filename="../clinic_app/ui/first_run.py" line="64" />
        <source>Clinic Intake — first start</source>
        <translation>Accueil clinique — premier démarrage</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/first_run.py" line="66" />
        <source>Welcome. The cases are kept encrypted on this laptop. Choose the data passphrase the volunteers of this clinic will type to open them.</source>
        <translation>Bienvenue. Les dossiers sont chiffrés sur ce portable. Choisissez la phrase de passe que les bénévoles de la clinique taperont pour les ouvrir.</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/first_run.py" line="70" />
        <source>&lt;b&gt;Write the passphrase down and keep it safe: if it is forgotten, the data cannot be recovered by anyone.&lt;/b&gt;</source>
        <translation>&lt;b&gt;Notez la phrase de passe et gardez-la en lieu sûr : si elle est oubliée, personne ne pourra récupérer les données.&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/first_run.py" line="82" />
        <source>&amp;Passphrase:</source>
        <translation>&amp;Phrase secrète :</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/first_run.py" line="83" />
        <source>&amp;Again:</source>
        <translation>&amp;Encore :</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/first_run.py" line="86" />
        <source>Clinic &amp;name:</source>
        <translation>&amp;Nom de la clinique :</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/first_run.py" line="90" />
        <source>&amp;Address (letterhead):</source>
        <translation>&amp;Adresse (en-tête) :</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/first_run.py" line="92" />
        <source>&amp;Your name:</source>
        <translation>&amp;Votre nom :</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/first_run.py" line="97" />
        <source>&amp;Language:</source>
        <translation>&amp;Langue :</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/first_run.py" line="101" />
        <source> days</source>
        <translation> jours</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/first_run.py" line="102" />
        <source>&amp;Keep closed cases for:</source>
        <translation>&amp;Conserver les dossiers fermés :</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/first_run.py" line="104" />
        <source>&amp;Backup folder:</source>
        <translation>Dossier de &amp;sauvegarde :</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/first_run.py" line="104" />
        <source>Backup folder</source>
        <translation>Dossier de sauvegarde</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/first_run.py" line="114" />
        <source>Create</source>
        <translation>Créer</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/first_run.py" line="123" />
        <source>Too short: at least {0} characters.</source>
        <translation>Trop courte : au moins {0} caractères.</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/first_run.py" line="123" />
        <source>Weak: add words.</source>
        <translation>Faible : ajoutez des mots.</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/first_run.py" line="124" />
        <source>Fair.</source>
        <translation>Moyenne.</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/first_run.py" line="124" />
        <source>Strong.</source>
        <translation>Forte.</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/first_run.py" line="131" />
        <source>Passphrase: at least {0} characters are needed.</source>
        <translation>Phrase secrète : il faut au moins {0} caractères.</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/first_run.py" line="134" />
        <source>Passphrase: the two entries differ. Type the same passphrase twice.</source>
        <translation>Phrase secrète : les deux saisies diffèrent. Tapez deux fois la même phrase.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../clinic_app/ui/main_window.py" line="95" />
        <source>Clinic Intake</source>
        <translation>Accueil clinique</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/main_window.py" line="105" />
        <source>Cases</source>
        <translation>Dossiers</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/main_window.py" line="83" />
        <location filename="../clinic_app/ui/main_window.py" line="187" />
        <source>Opening the database…</source>
        <extracomment>actions asked for before the store was attached, run when it is (see the class docstring)</extracomment>
        <translation>Ouverture de la base de données…</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/main_window.py" line="101" />
        <source>Tabs</source>
        <translation>Onglets</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/main_window.py" line="114" />
        <source>Search: name, case number, phone, site or company</source>
        <translation>Recherche : nom, numéro de dossier, téléphone, site ou entreprise</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/main_window.py" line="116" />
        <source>Search cases</source>
        <translation>Rechercher des dossiers</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/main_window.py" line="126" />
        <source>&amp;Search:</source>
        <translation>&amp;Recherche :</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/main_window.py" line="132" />
        <source>All kinds</source>
        <translation>Tous les types</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/main_window.py" line="133" />
        <source>Warehouse</source>
        <translation>Entrepôt</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/main_window.py" line="134" />
        <source>Driver</source>
        <translation>Livreur</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/main_window.py" line="136" />
        <source>All statuses</source>
        <translation>Tous les statuts</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/main_window.py" line="137" />
        <source>Draft</source>
        <translation>Brouillon</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/main_window.py" line="137" />
        <source>Intake complete</source>
        <translation>Accueil complet</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/main_window.py" line="138" />
        <source>Reviewed</source>
        <translation>Révisé</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/main_window.py" line="138" />
        <source>Letter sent</source>
        <translation>Lettre envoyée</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/main_window.py" line="139" />
        <source>Closed</source>
        <translation>Fermé</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/main_window.py" line="142" />
        <source>All sites</source>
        <translation>Tous les sites</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/main_window.py" line="143" />
        <source>Kind filter</source>
        <translation>Filtre par type</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/main_window.py" line="144" />
        <source>Status filter</source>
        <translation>Filtre par statut</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/main_window.py" line="145" />
        <source>Site filter</source>
        <translation>Filtre par site</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/main_window.py" line="157" />
        <source>Case list</source>
        <translation>Liste des dossiers</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/main_window.py" line="215" />
        <source>New &amp;warehouse case</source>
        <translation>Nouveau dossier &amp;entrepôt</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/main_window.py" line="217" />
        <source>New &amp;driver case</source>
        <translation>Nouveau dossier &amp;livreur</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/main_window.py" line="219" />
        <source>&amp;Open case</source>
        <translation>&amp;Ouvrir le dossier</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/main_window.py" line="222" />
        <source>Check for &amp;duplicates</source>
        <translation>Chercher les &amp;doublons</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/main_window.py" line="223" />
        <source>De&amp;lete case…</source>
        <translation>&amp;Supprimer le dossier…</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/main_window.py" line="226" />
        <source>&amp;Find</source>
        <translation>&amp;Rechercher</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/main_window.py" line="227" />
        <source>&amp;Close tab</source>
        <translation>&amp;Fermer l’onglet</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/main_window.py" line="229" />
        <source>&amp;Settings…</source>
        <translation>&amp;Paramètres…</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/main_window.py" line="230" />
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/main_window.py" line="231" />
        <source>&amp;Export cases…</source>
        <translation>&amp;Exporter les dossiers…</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/main_window.py" line="232" />
        <source>Send cases to another laptop…</source>
        <translation>Envoyer des dossiers à un autre portable…</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/main_window.py" line="233" />
        <source>Receive cases from another laptop…</source>
        <translation>Recevoir des dossiers d’un autre portable…</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/main_window.py" line="234" />
        <source>&amp;Summary</source>
        <translation>&amp;Sommaire</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/main_window.py" line="235" />
        <source>Dead&amp;lines</source>
        <translation>Dé&amp;lais</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/main_window.py" line="236" />
        <source>S&amp;ites</source>
        <translation>S&amp;ites</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/main_window.py" line="237" />
        <source>&amp;Letters for this case…</source>
        <translation>&amp;Lettres de ce dossier…</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/main_window.py" line="238" />
        <source>Letters for the &amp;selected cases…</source>
        <translation>Lettres des dossiers &amp;choisis…</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/main_window.py" line="239" />
        <source>&amp;About</source>
        <translation>À &amp;propos</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/main_window.py" line="241" />
        <source>&amp;What's this? (click a field)</source>
        <translation>&amp;Qu'est-ce que c'est ? (cliquez sur un champ)</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/main_window.py" line="243" />
        <source>Change passphrase…</source>
        <translation>Changer la phrase de passe…</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/main_window.py" line="244" />
        <source>Backups…</source>
        <translation>Copies de sauvegarde…</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/main_window.py" line="245" />
        <location filename="../clinic_app/ui/main_window.py" line="550" />
        <location filename="../clinic_app/ui/main_window.py" line="556" />
        <source>Check the database</source>
        <translation>Vérifier la base de données</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/main_window.py" line="246" />
        <source>Erase old closed cases…</source>
        <translation>Effacer les anciens dossiers fermés…</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/main_window.py" line="247" />
        <source>Export everything about this person…</source>
        <translation>Exporter tout ce qui concerne cette personne…</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/main_window.py" line="250" />
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/main_window.py" line="257" />
        <source>&amp;Case</source>
        <translation>&amp;Dossier</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/main_window.py" line="261" />
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/main_window.py" line="265" />
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/main_window.py" line="271" />
        <source>Main</source>
        <translation>Principal</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/main_window.py" line="395" />
        <source>More than {0} cases have a deadline within {1} days: View &gt; Deadlines.</source>
        <extracomment>share of the list's width per column (case, name, kind, site, status, owed, shortfall, days left)</extracomment>
        <translation>Plus de {0} dossiers ont un délai dans les {1} prochains jours : Affichage &gt; Délais.</translation>
    </message>
    <message numerus="yes">
        <location filename="../clinic_app/ui/main_window.py" line="398" />
        <source>%n case(s) have a deadline within {0} days: View &gt; Deadlines.</source>
        <translation>
            <numerusform>%n dossier a un délai dans les {0} prochains jours : Affichage &gt; Délais.</numerusform>
            <numerusform>%n dossiers ont un délai dans les {0} prochains jours : Affichage &gt; Délais.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/main_window.py" line="444" />
        <source>Updating figures: {0} of {1}</source>
        <translation>Mise à jour des montants : {0} sur {1}</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/main_window.py" line="481" />
        <source>Figures could not be updated: {0}</source>
        <translation>Les montants n'ont pas pu être mis à jour : {0}</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/main_window.py" line="485" />
        <source>Backing up the database…</source>
        <translation>Sauvegarde de la base de données en cours…</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/main_window.py" line="485" />
        <source>Checking the database…</source>
        <translation>Vérification de la base de données en cours…</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/main_window.py" line="547" />
        <source>The database is intact. Its search index was out of step and has been rebuilt.</source>
        <translation>La base de données est intacte. Son index de recherche n'était plus à jour ; il a été reconstruit.</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/main_window.py" line="548" />
        <source>The database is intact.</source>
        <translation>La base de données est intacte.</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/main_window.py" line="567" />
        <source>Automatic backup FAILED: {0} Back up from File &gt; Backups… or Settings.</source>
        <translation>Sauvegarde automatique ÉCHOUÉE : {0} Sauvegardez depuis Fichier &gt; Sauvegardes… ou les Réglages.</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/main_window.py" line="584" />
        <source>Encrypted database</source>
        <translation>Base de données chiffrée</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/main_window.py" line="586" />
        <source>Database on a server</source>
        <translation>Base de données sur un serveur</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/main_window.py" line="588" />
        <source>Database NOT encrypted</source>
        <translation>Base de données NON chiffrée</translation>
    </message>
    <message numerus="yes">
        <location filename="../clinic_app/ui/main_window.py" line="633" />
        <source>More than %n matches: the most recent are listed; type more to narrow the search.</source>
        <translation>
            <numerusform>Plus de %n résultat : les plus récents sont affichés ; précisez la recherche.</numerusform>
            <numerusform>Plus de %n résultats : les plus récents sont affichés ; précisez la recherche.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../clinic_app/ui/main_window.py" line="636" />
        <source>More than %n case(s)</source>
        <translation>
            <numerusform>Plus de %n dossier</numerusform>
            <numerusform>Plus de %n dossiers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../clinic_app/ui/main_window.py" line="638" />
        <source>%n case(s)</source>
        <translation>
            <numerusform>%n dossier</numerusform>
            <numerusform>%n dossiers</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/main_window.py" line="751" />
        <source>New warehouse case</source>
        <translation>Nouveau dossier entrepôt</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/main_window.py" line="752" />
        <source>New driver case</source>
        <translation>Nouveau dossier livreur</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/main_window.py" line="785" />
        <source>Unsaved changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/main_window.py" line="824" />
        <source>Delete case</source>
        <translation>Supprimer le dossier</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/main_window.py" line="825" />
        <source>Delete case {0} ({1})? It is hidden from the list and removed for good at the end of the retention period.</source>
        <translation>Supprimer le dossier {0} ({1}) ? Il disparaît de la liste et sera effacé définitivement à la fin de la durée de conservation.</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/main_window.py" line="832" />
        <source>Case {0} deleted.</source>
        <translation>Dossier {0} supprimé.</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/main_window.py" line="848" />
        <source>Summary</source>
        <translation>Sommaire</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/main_window.py" line="868" />
        <source>Deadlines</source>
        <translation>Délais</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/main_window.py" line="878" />
        <source>Sites</source>
        <translation>Sites</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/main_window.py" line="885" />
        <source>Open or select a saved case to write its letters.</source>
        <translation>Ouvrez ou sélectionnez un dossier enregistré pour en écrire les lettres.</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/main_window.py" line="897" />
        <source>Folder for the letters</source>
        <translation>Dossier pour les lettres</translation>
    </message>
</context>
<context>
    <name>MigrationProgress</name>
    <message>
        <location filename="../clinic_app/ui/migration_progress.py" line="30" />
        <source>Clinic Intake — updating the database</source>
        <translation>Clinic Intake — mise à jour de la base de données</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/migration_progress.py" line="39" />
        <source>Updating the database</source>
        <translation>Mise à jour de la base de données</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/migration_progress.py" line="41" />
        <source>This happens once after installing a new version and may take several minutes on a large database. Do not turn the computer off; the cases are safe.</source>
        <translation>Cela se fait une seule fois après l'installation d'une nouvelle version et peut prendre plusieurs minutes pour une grande base. N'éteignez pas l'ordinateur ; les dossiers sont en sécurité.</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/migration_progress.py" line="56" />
        <source>Updating the database: making a backup copy first…</source>
        <translation>Mise à jour de la base de données : copie de sécurité d'abord…</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/migration_progress.py" line="57" />
        <source>Updating the database: building the list's indexes…</source>
        <translation>Mise à jour de la base de données : construction des index de la liste…</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/migration_progress.py" line="58" />
        <source>Updating the database: building the search index…</source>
        <translation>Mise à jour de la base de données : construction de l'index de recherche…</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/migration_progress.py" line="59" />
        <source>Updating the database: storing the figures of each case…</source>
        <translation>Mise à jour de la base de données : enregistrement des montants de chaque dossier…</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/migration_progress.py" line="60" />
        <source>Updating the database: renaming the cases table…</source>
        <translation>Mise à jour de la base de données : changement de nom de la table des dossiers…</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/migration_progress.py" line="61" />
        <source>Updating the database: adding the sites' and deadlines' figures…</source>
        <translation>Mise à jour de la base de données : ajout des chiffres des sites et des délais…</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/migration_progress.py" line="62" />
        <source>Updating the database: building the summary's index…</source>
        <translation>Mise à jour de la base de données : construction de l'index du sommaire…</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/migration_progress.py" line="63" />
        <source>Updating the database: indexing the deadlines for the dashboard…</source>
        <translation>Mise à jour de la base de données : indexation des échéances pour le tableau de bord…</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/migration_progress.py" line="65" />
        <source>Updating the database: updating its tables…</source>
        <translation>Mise à jour de la base de données : mise à jour de ses tables…</translation>
    </message>
</context>
<context>
    <name>Operations</name>
    <message>
        <location filename="../clinic_app/ui/operations.py" line="51" />
        <source>Clinic Intake</source>
        <translation>Accueil clinique</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/operations.py" line="110" />
        <source>Please wait…</source>
        <translation>Veuillez patienter…</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <location filename="../clinic_app/ui/passphrase_dialog.py" line="36" />
        <source>Clinic Intake — passphrase</source>
        <translation>Accueil clinique — phrase de passe</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/passphrase_dialog.py" line="38" />
        <source>Type the data passphrase to open the cases.</source>
        <translation>Tapez la phrase de passe des données pour ouvrir les dossiers.</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/passphrase_dialog.py" line="48" />
        <source>Passphrase</source>
        <translation>Phrase secrète</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/passphrase_dialog.py" line="65" />
        <source>Type the passphrase.</source>
        <translation>Tapez la phrase de passe.</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/passphrase_dialog.py" line="71" />
        <source>This passphrase does not open the data. Check the keyboard language and Caps Lock, then try again.</source>
        <translation>Cette phrase de passe n’ouvre pas les données. Vérifiez la langue du clavier et le verrouillage des majuscules, puis réessayez.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../clinic_app/ui/settings_dialog.py" line="49" />
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/settings_dialog.py" line="68" />
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/settings_dialog.py" line="71" />
        <source>This laptop</source>
        <translation>Ce portable</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/settings_dialog.py" line="77" />
        <source>&amp;Language:</source>
        <translation>&amp;Langue :</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/settings_dialog.py" line="78" />
        <source>On Save, every window changes language at once; open cases and what was typed in them stay as they are.</source>
        <translation>À l’enregistrement, toutes les fenêtres changent de langue aussitôt ; les dossiers ouverts et ce qui y a été tapé restent tels quels.</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/settings_dialog.py" line="83" />
        <source>&amp;Volunteer name:</source>
        <translation>Nom du &amp;bénévole :</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/settings_dialog.py" line="85" />
        <source>&amp;Backup folder:</source>
        <translation>Dossier de &amp;sauvegarde :</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/settings_dialog.py" line="85" />
        <source>Backup folder</source>
        <translation>Dossier de sauvegarde</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/settings_dialog.py" line="97" />
        <source> days</source>
        <translation> jours</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/settings_dialog.py" line="99" />
        <source>Clinic (shared by every laptop)</source>
        <translation>Clinique (commun à tous les portables)</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/settings_dialog.py" line="110" />
        <source>Clinic &amp;name:</source>
        <translation>&amp;Nom de la clinique :</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/settings_dialog.py" line="111" />
        <source>&amp;Address (letterhead):</source>
        <translation>&amp;Adresse (en-tête) :</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/settings_dialog.py" line="112" />
        <source>&amp;Phone:</source>
        <translation>&amp;Téléphone :</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/settings_dialog.py" line="113" />
        <source>&amp;Email:</source>
        <translation>&amp;Courriel :</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/settings_dialog.py" line="114" />
        <source>Letters &amp;signed by:</source>
        <translation>Lettres &amp;signées par :</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/settings_dialog.py" line="115" />
        <source>&amp;Retention period:</source>
        <translation>Durée de &amp;conservation :</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/settings_dialog.py" line="128" />
        <source>Data</source>
        <translation>Données</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/settings_dialog.py" line="130" />
        <source>Encrypted (SQLCipher)</source>
        <translation>Chiffrée (SQLCipher)</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/settings_dialog.py" line="131" />
        <source>NOT encrypted</source>
        <translation>NON chiffrée</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/settings_dialog.py" line="132" />
        <source>Database:</source>
        <translation>Base de données :</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/settings_dialog.py" line="136" />
        <source>Back &amp;up now</source>
        <translation>Faire une &amp;copie maintenant</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/settings_dialog.py" line="139" />
        <source>Change the &amp;passphrase…</source>
        <translation>Changer la &amp;phrase de passe…</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/settings_dialog.py" line="151" />
        <source>The automatic backup failed: {0}</source>
        <translation>La sauvegarde automatique a échoué : {0}</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/settings_dialog.py" line="170" />
        <source>Verified backup written: {0}</source>
        <translation>Copie vérifiée écrite : {0}</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/settings_dialog.py" line="181" />
        <source>Passphrase changed. Backups made before keep the old one.</source>
        <translation>Phrase de passe changée. Les copies faites avant gardent l'ancienne.</translation>
    </message>
</context>
<context>
    <name>SiteMergeDialog</name>
    <message>
        <location filename="../clinic_app/ui/site_merge_dialog.py" line="21" />
        <source>Merge a duplicate site</source>
        <translation>Fusionner un site en double</translation>
    </message>
    <message numerus="yes">
        <location filename="../clinic_app/ui/site_merge_dialog.py" line="25" />
        <source>The %n case(s) of {0} ({1}) will move to the site you choose, and {0} will be removed from the list of sites.</source>
        <translation>
            <numerusform>Le dossier de {0} ({1}) ira au site que vous choisissez, et {0} sera retiré de la liste des sites.</numerusform>
            <numerusform>Les %n dossiers de {0} ({1}) iront au site que vous choisissez, et {0} sera retiré de la liste des sites.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../clinic_app/ui/site_merge_dialog.py" line="34" />
        <source>{0} — {1} (%n case(s))</source>
        <translation>
            <numerusform>{0} — {1} (%n dossier)</numerusform>
            <numerusform>{0} — {1} (%n dossiers)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/site_merge_dialog.py" line="40" />
        <source>Site kept</source>
        <translation>Site gardé</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/site_merge_dialog.py" line="41" />
        <source>Site &amp;kept:</source>
        <translation>Site &amp;gardé :</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/site_merge_dialog.py" line="45" />
        <source>The facts of the site kept (counts, notice to the Minister, dates) are not changed: check them after the merge. The other laptops make the same merge when they receive your next bundle.</source>
        <translation>Les faits du site gardé (décomptes, avis au ministre, dates) ne changent pas : vérifiez-les après la fusion. Les autres portables feront la même fusion en recevant votre prochain paquet.</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/site_merge_dialog.py" line="52" />
        <source>&amp;Merge</source>
        <translation>&amp;Fusionner</translation>
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
        <translation>Dossiers</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/sites_view.py" line="69" />
        <location filename="../clinic_app/ui/sites_view.py" line="236" />
        <source>Employer's count</source>
        <translation>Compte de l’employeur</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/sites_view.py" line="69" />
        <location filename="../clinic_app/ui/sites_view.py" line="238" />
        <source>Drivers counted</source>
        <translation>Livreurs comptés</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/sites_view.py" line="70" />
        <source>Employer</source>
        <translation>Employeur</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/sites_view.py" line="79" />
        <source>Sites and companies</source>
        <translation>Sites et entreprises</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/sites_view.py" line="83" />
        <source>&amp;Edit the site…</source>
        <translation>&amp;Modifier le site…</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/sites_view.py" line="85" />
        <source>One-page &amp;PDF…</source>
        <translation>&amp;PDF d’une page…</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/sites_view.py" line="87" />
        <source>CNESST complaint pac&amp;kage…</source>
        <translation>Dossier de &amp;plainte à la CNESST…</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/sites_view.py" line="88" />
        <source>The money complaint for the workers of this site whose consent lets the clinic act (LNT s. 102)</source>
        <translation>La plainte pécuniaire des personnes de ce site dont le consentement permet à la clinique d’agir (LNT, art. 102)</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/sites_view.py" line="91" />
        <source>Mer&amp;ge into another site…</source>
        <translation>Fusionner dans un a&amp;utre site…</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/sites_view.py" line="92" />
        <source>For a site entered twice: its cases move to the site you keep</source>
        <translation>Pour un site saisi deux fois : ses dossiers vont au site que vous gardez</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/sites_view.py" line="123" />
        <source>Client company</source>
        <translation>Entreprise cliente</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/sites_view.py" line="124" />
        <source>Notice to the Minister</source>
        <translation>Avis au ministre</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/sites_view.py" line="125" />
        <source>Union and agreement</source>
        <translation>Syndicat et convention</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/sites_view.py" line="126" />
        <source>Consents allowing the clinic to act</source>
        <translation>Consentements permettant d’agir</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/sites_view.py" line="127" />
        <source>Cases with complete figures</source>
        <translation>Dossiers calculables</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/sites_view.py" line="128" />
        <source>One-year claim passed</source>
        <translation>Réclamation d’un an passée</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/sites_view.py" line="128" />
        <source>Money not yet due</source>
        <translation>Sommes pas encore exigibles</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/sites_view.py" line="129" />
        <source>Amount owed, employer's count</source>
        <translation>Montant dû, compte de l’employeur</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/sites_view.py" line="130" />
        <source>Amount owed, drivers counted</source>
        <translation>Montant dû, livreurs comptés</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/sites_view.py" line="131" />
        <source>Difference</source>
        <translation>Différence</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/sites_view.py" line="132" />
        <source>Total claim, employer's count</source>
        <translation>Total réclamé, compte de l’employeur</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/sites_view.py" line="133" />
        <source>Total claim, drivers counted</source>
        <translation>Total réclamé, livreurs comptés</translation>
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
        <translation>inconnu</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/sites_view.py" line="214" />
        <source>{0} week(s)</source>
        <translation>{0} semaine(s)</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/sites_view.py" line="216" />
        <source>{0}, given on {1}</source>
        <translation>{0}, donné le {1}</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/sites_view.py" line="219" />
        <source>none entered</source>
        <translation>aucun saisi</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/sites_view.py" line="220" />
        <source>{0} ({1} warehouse, {2} drivers)</source>
        <translation>{0} ({1} entrepôt, {2} livreurs)</translation>
    </message>
    <message numerus="yes">
        <location filename="../clinic_app/ui/sites_view.py" line="230" />
        <source>updating… (%n case(s))</source>
        <translation>
            <numerusform>mise à jour… (%n dossier)</numerusform>
            <numerusform>mise à jour… (%n dossiers)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/sites_view.py" line="234" />
        <source>Missing facts: {0}</source>
        <translation>Faits manquants : {0}</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/sites_view.py" line="289" />
        <source>Merging the sites…</source>
        <translation>Fusion des sites…</translation>
    </message>
    <message numerus="yes">
        <location filename="../clinic_app/ui/sites_view.py" line="296" />
        <source>{0} merged into {1}: %n case(s) moved.</source>
        <translation>
            <numerusform>{0} fusionné dans {1} : %n dossier déplacé.</numerusform>
            <numerusform>{0} fusionné dans {1} : %n dossiers déplacés.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/sites_view.py" line="306" />
        <source>One-page PDF of the site</source>
        <translation>PDF d’une page du site</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/sites_view.py" line="307" />
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/sites_view.py" line="314" />
        <source>Written to {0}.</source>
        <translation>Écrit dans {0}.</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/sites_view.py" line="325" />
        <source>Folder for the complaint package</source>
        <translation>Dossier où écrire la plainte</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/sites_view.py" line="332" />
        <source>Preparing the package…</source>
        <translation>Préparation du dossier…</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/sites_view.py" line="335" />
        <source>{0} worker(s) included, {1} case(s) not included (listed in the internal file); {2} file(s) in {3}.</source>
        <translation>{0} personne(s) incluse(s), {1} dossier(s) non inclus (dans le fichier interne); {2} fichier(s) dans {3}.</translation>
    </message>
</context>
</TS>