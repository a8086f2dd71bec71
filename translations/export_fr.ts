<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_CA">
<context>
    <name>BundleExportDialog</name>
    <message>
        <location filename="../clinic_app/ui/export_dialogs.py" line="282"/>
        <source>Send cases to another laptop</source>
        <translation>Envoyer des dossiers à un autre portable</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/export_dialogs.py" line="284"/>
        <source>The cases are written to one file, encrypted with a passphrase. Give the passphrase to the coordinator by another way than the file (in person, by phone).</source>
        <translation>Les dossiers sont écrits dans un seul fichier, chiffré avec une phrase de passe. Donnez la phrase de passe à la coordination par un autre moyen que le fichier (en personne, par téléphone).</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/export_dialogs.py" line="290"/>
        <source>&amp;All cases</source>
        <translation>&amp;Tous les dossiers</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/export_dialogs.py" line="291"/>
        <source>Only cases &amp;changed since the last bundle</source>
        <translation>Seulement les dossiers &amp;modifiés depuis le dernier paquet</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/export_dialogs.py" line="294"/>
        <source>Only cases changed since the last bundle (no bundle made yet)</source>
        <translation>Seulement les dossiers modifiés depuis le dernier paquet (aucun paquet fait jusqu&apos;ici)</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/export_dialogs.py" line="297"/>
        <source>Only cases &amp;changed since the last bundle ({0})</source>
        <translation>Seulement les dossiers &amp;modifiés depuis le dernier paquet ({0})</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/export_dialogs.py" line="299"/>
        <source>Cases</source>
        <translation>Dossiers</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/export_dialogs.py" line="310"/>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Phrase de passe :</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/export_dialogs.py" line="311"/>
        <source>&amp;Again:</source>
        <translation>&amp;Encore :</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/export_dialogs.py" line="313"/>
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/export_dialogs.py" line="315"/>
        <source>&amp;Save as:</source>
        <translation>Enre&amp;gistrer sous :</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/export_dialogs.py" line="321"/>
        <source>&amp;Write bundle</source>
        <translation>É&amp;crire le paquet</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/export_dialogs.py" line="329"/>
        <source>Write bundle</source>
        <translation>Écrire le paquet</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/export_dialogs.py" line="330"/>
        <source>Case bundles (*.clinicbundle)</source>
        <translation>Paquets de dossiers (*.clinicbundle)</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/export_dialogs.py" line="339"/>
        <source>The passphrase must have at least {0} characters.</source>
        <translation>La phrase de passe doit avoir au moins {0} caractères.</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/export_dialogs.py" line="343"/>
        <source>The two passphrases differ.</source>
        <translation>Les deux phrases de passe diffèrent.</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/export_dialogs.py" line="359"/>
        <source>Writing the bundle…</source>
        <translation>Écriture du paquet…</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/export_dialogs.py" line="362"/>
        <source>Cancelled: no bundle was written.</source>
        <translation>Annulé : aucun paquet n&apos;a été écrit.</translation>
    </message>
    <message numerus="yes">
        <location filename="../clinic_app/ui/export_dialogs.py" line="365"/>
        <source>%n case(s) written to the bundle {0}.</source>
        <translation>
            <numerusform>%n dossier écrit dans le paquet {0}.</numerusform>
            <numerusform>%n dossiers écrits dans le paquet {0}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BundleImportDialog</name>
    <message>
        <location filename="../clinic_app/ui/export_dialogs.py" line="378"/>
        <source>Receive cases from another laptop</source>
        <translation>Recevoir des dossiers d&apos;un autre portable</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/export_dialogs.py" line="382"/>
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/export_dialogs.py" line="384"/>
        <source>&amp;Bundle:</source>
        <translation>Pa&amp;quet :</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/export_dialogs.py" line="387"/>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Phrase de passe :</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/export_dialogs.py" line="391"/>
        <source>&amp;Preview</source>
        <translation>&amp;Aperçu</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/export_dialogs.py" line="397"/>
        <source>Nothing is written before you press Import.</source>
        <translation>Rien n&apos;est écrit avant que vous appuyiez sur Importer.</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/export_dialogs.py" line="401"/>
        <source>What</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/export_dialogs.py" line="401"/>
        <location filename="../clinic_app/ui/export_dialogs.py" line="412"/>
        <source>Case</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/export_dialogs.py" line="401"/>
        <location filename="../clinic_app/ui/export_dialogs.py" line="412"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/export_dialogs.py" line="401"/>
        <source>Site</source>
        <translation>Site</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/export_dialogs.py" line="402"/>
        <source>Changed here</source>
        <translation>Modifié ici</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/export_dialogs.py" line="402"/>
        <source>Changed in bundle</source>
        <translation>Modifié dans le paquet</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/export_dialogs.py" line="409"/>
        <source>Conflicts: changed on both laptops since the last bundle</source>
        <translation>Conflits : modifiés sur les deux portables depuis le dernier paquet</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/export_dialogs.py" line="412"/>
        <source>Changed here / in bundle</source>
        <translation>Modifié ici / dans le paquet</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/export_dialogs.py" line="413"/>
        <source>Decision</source>
        <translation>Décision</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/export_dialogs.py" line="421"/>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/export_dialogs.py" line="429"/>
        <source>Open bundle</source>
        <translation>Ouvrir un paquet</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/export_dialogs.py" line="430"/>
        <source>Case bundles (*.clinicbundle);;All files (*)</source>
        <translation>Paquets de dossiers (*.clinicbundle);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/export_dialogs.py" line="439"/>
        <source>Press Preview again: the bundle or the passphrase changed.</source>
        <translation>Appuyez de nouveau sur Aperçu : le paquet ou la phrase de passe a changé.</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/export_dialogs.py" line="450"/>
        <source>Choose the bundle file and type its passphrase.</source>
        <translation>Choisissez le fichier du paquet et tapez sa phrase de passe.</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/export_dialogs.py" line="457"/>
        <source>Reading the bundle…</source>
        <translation>Lecture du paquet…</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/export_dialogs.py" line="459"/>
        <source>Preview cancelled: nothing was written.</source>
        <translation>Aperçu annulé : rien n&apos;a été écrit.</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/export_dialogs.py" line="467"/>
        <source>Bundle from laptop {0}: {1} to add, {2} to update, {3} in conflict, {4} unchanged, {5} newer here (kept). Nothing is written before you press Import.</source>
        <translation>Paquet du portable {0} : {1} à ajouter, {2} à mettre à jour, {3} en conflit, {4} identiques, {5} plus récents ici (gardés). Rien n&apos;est écrit avant que vous appuyiez sur Importer.</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/export_dialogs.py" line="470"/>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/export_dialogs.py" line="470"/>
        <source>Update</source>
        <translation>Mettre à jour</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/export_dialogs.py" line="471"/>
        <source>Kept here (newer)</source>
        <translation>Gardé ici (plus récent)</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/export_dialogs.py" line="484"/>
        <source>Decide later (leave in conflict)</source>
        <translation>Décider plus tard (laisser en conflit)</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/export_dialogs.py" line="485"/>
        <source>Keep this laptop&apos;s version</source>
        <translation>Garder la version de ce portable</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/export_dialogs.py" line="486"/>
        <source>Take the bundle&apos;s version</source>
        <translation>Prendre la version du paquet</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/export_dialogs.py" line="525"/>
        <source>Imported: {0} added, {1} updated; {2} conflict(s) left to settle.</source>
        <translation>Importé : {0} ajouté(s), {1} mis à jour ; {2} conflit(s) à régler.</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../clinic_app/ui/export_dialogs.py" line="90"/>
        <location filename="../clinic_app/ui/export_dialogs.py" line="217"/>
        <source>Export cases</source>
        <translation>Exporter des dossiers</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/export_dialogs.py" line="93"/>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/export_dialogs.py" line="96"/>
        <source>CSV for French Excel (semicolons, decimal comma)</source>
        <translation>CSV pour Excel en français (points-virgules, virgule décimale)</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/export_dialogs.py" line="97"/>
        <source>CSV for other tools (commas, decimal point)</source>
        <translation>CSV pour d&apos;autres outils (virgules, point décimal)</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/export_dialogs.py" line="98"/>
        <source>Excel workbook (XLSX)</source>
        <translation>Classeur Excel (XLSX)</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/export_dialogs.py" line="99"/>
        <source>&amp;Format:</source>
        <translation>&amp;Format :</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/export_dialogs.py" line="101"/>
        <source>Column names (stable, for scripts)</source>
        <translation>Noms de colonnes (stables, pour les scripts)</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/export_dialogs.py" line="102"/>
        <source>Column labels (in the program&apos;s language, for people)</source>
        <translation>Libellés de colonnes (dans la langue du programme, pour les personnes)</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/export_dialogs.py" line="103"/>
        <source>Column &amp;headers:</source>
        <translation>E&amp;n-têtes de colonnes :</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/export_dialogs.py" line="104"/>
        <source>&amp;Full: for the clinic&apos;s lawyers</source>
        <translation>&amp;Complet : pour les avocats de la clinique</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/export_dialogs.py" line="105"/>
        <source>&amp;De-identified: no names, contacts, addresses, immigration status or notes (campaigns, statistics)</source>
        <translation>&amp;Dépersonnalisé : sans noms, coordonnées, adresses, statut d&apos;immigration ni notes (campagnes, statistiques)</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/export_dialogs.py" line="117"/>
        <source>Profile:</source>
        <translation>Profil :</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/export_dialogs.py" line="119"/>
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/export_dialogs.py" line="121"/>
        <source>&amp;Save as:</source>
        <translation>Enre&amp;gistrer sous :</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/export_dialogs.py" line="124"/>
        <source>Cases</source>
        <translation>Dossiers</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/export_dialogs.py" line="127"/>
        <source>All kinds</source>
        <translation>Tous les types</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/export_dialogs.py" line="128"/>
        <source>Warehouse</source>
        <translation>Entrepôt</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/export_dialogs.py" line="129"/>
        <source>Driver</source>
        <translation>Livreur</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/export_dialogs.py" line="130"/>
        <source>&amp;Kind:</source>
        <translation>&amp;Type :</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/export_dialogs.py" line="132"/>
        <source>All statuses</source>
        <translation>Tous les statuts</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/export_dialogs.py" line="133"/>
        <source>Draft</source>
        <translation>Brouillon</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/export_dialogs.py" line="133"/>
        <source>Intake complete</source>
        <translation>Accueil terminé</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/export_dialogs.py" line="134"/>
        <source>Reviewed</source>
        <translation>Vérifié</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/export_dialogs.py" line="134"/>
        <source>Letter sent</source>
        <translation>Lettre envoyée</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/export_dialogs.py" line="135"/>
        <source>Closed</source>
        <translation>Fermé</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/export_dialogs.py" line="137"/>
        <source>S&amp;tatus:</source>
        <translation>St&amp;atut :</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/export_dialogs.py" line="139"/>
        <source>All sites and companies</source>
        <translation>Tous les sites et entreprises</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/export_dialogs.py" line="142"/>
        <source>S&amp;ite:</source>
        <translation>S&amp;ite :</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/export_dialogs.py" line="149"/>
        <source>Columns</source>
        <translation>Colonnes</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/export_dialogs.py" line="154"/>
        <source> (personal)</source>
        <translation> (personnelle)</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/export_dialogs.py" line="162"/>
        <source>Select &amp;all</source>
        <translation>Tout coc&amp;her</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/export_dialogs.py" line="163"/>
        <source>Select &amp;none</source>
        <translation>Décocher to&amp;ut</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/export_dialogs.py" line="176"/>
        <source>&amp;Export</source>
        <translation>&amp;Exporter</translation>
    </message>
    <message numerus="yes">
        <location filename="../clinic_app/ui/export_dialogs.py" line="204"/>
        <source>%n case(s) match.</source>
        <translation>
            <numerusform>%n dossier correspond.</numerusform>
            <numerusform>%n dossiers correspondent.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/export_dialogs.py" line="216"/>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/export_dialogs.py" line="216"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Classeurs Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/export_dialogs.py" line="250"/>
        <source>Choose at least one column.</source>
        <translation>Choisissez au moins une colonne.</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/export_dialogs.py" line="263"/>
        <source>Exporting cases…</source>
        <translation>Exportation des dossiers…</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/export_dialogs.py" line="266"/>
        <source>Export cancelled: no file was written.</source>
        <translation>Exportation annulée : aucun fichier n&apos;a été écrit.</translation>
    </message>
    <message numerus="yes">
        <location filename="../clinic_app/ui/export_dialogs.py" line="269"/>
        <source>%n case(s) written to {0}.</source>
        <translation>
            <numerusform>%n dossier écrit dans {0}.</numerusform>
            <numerusform>%n dossiers écrits dans {0}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SummaryView</name>
    <message>
        <location filename="../clinic_app/ui/summary_view.py" line="120"/>
        <source>Summary of the cases</source>
        <translation>Sommaire des dossiers</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/summary_view.py" line="127"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualiser</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/summary_view.py" line="129"/>
        <source>Save as &amp;PDF…</source>
        <translation>Enregistrer en &amp;PDF…</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/summary_view.py" line="136"/>
        <source>Totals</source>
        <translation>Totaux</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/summary_view.py" line="139"/>
        <location filename="../clinic_app/ui/summary_view.py" line="157"/>
        <location filename="../clinic_app/ui/summary_view.py" line="159"/>
        <location filename="../clinic_app/ui/summary_view.py" line="160"/>
        <location filename="../clinic_app/ui/summary_view.py" line="161"/>
        <source>Cases</source>
        <translation>Dossiers</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/summary_view.py" line="140"/>
        <source>Cases with complete facts</source>
        <translation>Dossiers calculables (faits complets)</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/summary_view.py" line="141"/>
        <location filename="../clinic_app/ui/summary_view.py" line="157"/>
        <source>Amount owed</source>
        <translation>Montant dû</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/summary_view.py" line="141"/>
        <source>Already paid</source>
        <translation>Déjà versé</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/summary_view.py" line="142"/>
        <location filename="../clinic_app/ui/summary_view.py" line="158"/>
        <source>Shortfall</source>
        <translation>Reste à payer</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/summary_view.py" line="151"/>
        <source>Amounts cover the cases with complete facts only.</source>
        <translation>Les montants portent sur les dossiers calculables seulement.</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/summary_view.py" line="157"/>
        <location filename="../clinic_app/ui/summary_view.py" line="173"/>
        <source>Site or company</source>
        <translation>Site ou entreprise</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/summary_view.py" line="159"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/summary_view.py" line="160"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/summary_view.py" line="161"/>
        <source>Badge (warehouse)</source>
        <translation>Badge (entrepôt)</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/summary_view.py" line="163"/>
        <source>Cases by site or company</source>
        <translation>Dossiers par site ou entreprise</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/summary_view.py" line="164"/>
        <source>By site or company</source>
        <translation>Par site ou entreprise</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/summary_view.py" line="167"/>
        <source>By kind</source>
        <translation>Par type</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/summary_view.py" line="167"/>
        <source>By status</source>
        <translation>Par statut</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/summary_view.py" line="168"/>
        <source>By badge</source>
        <translation>Par badge</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/summary_view.py" line="171"/>
        <source>Deadlines in the next 30 days</source>
        <translation>Échéances des 30 prochains jours</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/summary_view.py" line="173"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/summary_view.py" line="173"/>
        <source>Case</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/summary_view.py" line="173"/>
        <source>Deadline</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/summary_view.py" line="189"/>
        <source>Warehouse</source>
        <translation>Entrepôt</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/summary_view.py" line="189"/>
        <source>Driver</source>
        <translation>Livreur</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/summary_view.py" line="189"/>
        <source>Draft</source>
        <translation>Brouillon</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/summary_view.py" line="190"/>
        <source>Intake complete</source>
        <translation>Accueil terminé</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/summary_view.py" line="190"/>
        <source>Reviewed</source>
        <translation>Vérifié</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/summary_view.py" line="191"/>
        <source>Letter sent</source>
        <translation>Lettre envoyée</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/summary_view.py" line="191"/>
        <source>Closed</source>
        <translation>Fermé</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/summary_view.py" line="192"/>
        <source>Blue (permanent)</source>
        <translation>Bleu (permanent)</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/summary_view.py" line="192"/>
        <source>White (seasonal)</source>
        <translation>Blanc (saisonnier)</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/summary_view.py" line="193"/>
        <source>Not entered</source>
        <translation>Non indiqué</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/summary_view.py" line="204"/>
        <source>Adding up the cases…</source>
        <translation>Calcul des totaux…</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/summary_view.py" line="204"/>
        <location filename="../clinic_app/ui/summary_view.py" line="263"/>
        <source>Summary</source>
        <translation>Sommaire</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/summary_view.py" line="230"/>
        <source>Others</source>
        <translation>Autres</translation>
    </message>
    <message numerus="yes">
        <location filename="../clinic_app/ui/summary_view.py" line="244"/>
        <source>Deadlines in the next 30 days: %n</source>
        <translation>
            <numerusform>Échéances des 30 prochains jours : %n</numerusform>
            <numerusform>Échéances des 30 prochains jours : %n</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/summary_view.py" line="251"/>
        <source>Save the summary as PDF</source>
        <translation>Enregistrer le sommaire en PDF</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/summary_view.py" line="252"/>
        <source>PDF files (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/summary_view.py" line="264"/>
        <source>Cannot write {0}: {1}</source>
        <translation>Impossible d&apos;écrire {0} : {1}</translation>
    </message>
</context>
</TS>
