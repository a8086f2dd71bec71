<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_CA">
<context>
    <name>BundleExportDialog</name>
    <message numerus="yes">
        <location filename="../clinic_app/ui/export_dialogs.py" line="312"/>
        <source>Include the attachments (%n file(s), {0} MB)</source>
        <translation>
            <numerusform>Inclure les pièces jointes (%n fichier, {0} Mo)</numerusform>
            <numerusform>Inclure les pièces jointes (%n fichiers, {0} Mo)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/export_dialogs.py" line="323"/>
        <source>Send cases to another laptop</source>
        <translation>Envoyer des dossiers à un autre portable</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/export_dialogs.py" line="325"/>
        <source>The cases are written to one file, encrypted with a passphrase. Give the passphrase to the coordinator by another way than the file (in person, by phone).</source>
        <translation>Les dossiers sont écrits dans un seul fichier, chiffré avec une phrase de passe. Donnez la phrase de passe à la coordination par un autre moyen que le fichier (en personne, par téléphone).</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/export_dialogs.py" line="331"/>
        <source>&amp;All cases</source>
        <translation>&amp;Tous les dossiers</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/export_dialogs.py" line="332"/>
        <source>Only cases &amp;changed since the last bundle</source>
        <translation>Seulement les dossiers &amp;modifiés depuis le dernier paquet</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/export_dialogs.py" line="335"/>
        <source>Only cases changed since the last bundle (no bundle made yet)</source>
        <translation>Seulement les dossiers modifiés depuis le dernier paquet (aucun paquet fait jusqu&apos;ici)</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/export_dialogs.py" line="338"/>
        <source>Only cases &amp;changed since the last bundle ({0})</source>
        <translation>Seulement les dossiers &amp;modifiés depuis le dernier paquet ({0})</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/export_dialogs.py" line="340"/>
        <source>Cases</source>
        <translation>Dossiers</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/export_dialogs.py" line="351"/>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Phrase de passe :</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/export_dialogs.py" line="352"/>
        <source>&amp;Again:</source>
        <translation>&amp;Encore :</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/export_dialogs.py" line="354"/>
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/export_dialogs.py" line="356"/>
        <source>&amp;Save as:</source>
        <translation>Enre&amp;gistrer sous :</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/export_dialogs.py" line="362"/>
        <source>&amp;Write bundle</source>
        <translation>É&amp;crire le paquet</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/export_dialogs.py" line="370"/>
        <source>Write bundle</source>
        <translation>Écrire le paquet</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/export_dialogs.py" line="371"/>
        <source>Case bundles (*.clinicbundle)</source>
        <translation>Paquets de dossiers (*.clinicbundle)</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/export_dialogs.py" line="382"/>
        <source>The passphrase must have at least {0} characters.</source>
        <translation>La phrase de passe doit avoir au moins {0} caractères.</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/export_dialogs.py" line="386"/>
        <source>The two passphrases differ.</source>
        <translation>Les deux phrases de passe diffèrent.</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/export_dialogs.py" line="395"/>
        <source>Writing the bundle…</source>
        <translation>Écriture du paquet…</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/export_dialogs.py" line="401"/>
        <source>Cancelled: no bundle was written.</source>
        <translation>Annulé : aucun paquet n&apos;a été écrit.</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/export_dialogs.py" line="407"/>
        <source>Cannot write {0}: {1}</source>
        <translation>Impossible d&apos;écrire {0} : {1}</translation>
    </message>
    <message numerus="yes">
        <location filename="../clinic_app/ui/export_dialogs.py" line="412"/>
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
        <location filename="../clinic_app/ui/export_dialogs.py" line="424"/>
        <source>Receive cases from another laptop</source>
        <translation>Recevoir des dossiers d&apos;un autre portable</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/export_dialogs.py" line="428"/>
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/export_dialogs.py" line="430"/>
        <source>&amp;Bundle:</source>
        <translation>Pa&amp;quet :</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/export_dialogs.py" line="433"/>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Phrase de passe :</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/export_dialogs.py" line="437"/>
        <source>&amp;Preview</source>
        <translation>&amp;Aperçu</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/export_dialogs.py" line="443"/>
        <source>Nothing is written before you press Import.</source>
        <translation>Rien n&apos;est écrit avant que vous appuyiez sur Importer.</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/export_dialogs.py" line="447"/>
        <source>What</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/export_dialogs.py" line="447"/>
        <location filename="../clinic_app/ui/export_dialogs.py" line="458"/>
        <source>Case</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/export_dialogs.py" line="447"/>
        <location filename="../clinic_app/ui/export_dialogs.py" line="458"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/export_dialogs.py" line="447"/>
        <source>Site</source>
        <translation>Site</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/export_dialogs.py" line="448"/>
        <source>Changed here</source>
        <translation>Modifié ici</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/export_dialogs.py" line="448"/>
        <source>Changed in bundle</source>
        <translation>Modifié dans le paquet</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/export_dialogs.py" line="455"/>
        <source>Conflicts: changed on both laptops since the last bundle</source>
        <translation>Conflits : modifiés sur les deux portables depuis le dernier paquet</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/export_dialogs.py" line="458"/>
        <source>Changed here / in bundle</source>
        <translation>Modifié ici / dans le paquet</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/export_dialogs.py" line="459"/>
        <source>Decision</source>
        <translation>Décision</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/export_dialogs.py" line="467"/>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/export_dialogs.py" line="475"/>
        <source>Open bundle</source>
        <translation>Ouvrir un paquet</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/export_dialogs.py" line="476"/>
        <source>Case bundles (*.clinicbundle);;All files (*)</source>
        <translation>Paquets de dossiers (*.clinicbundle);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/export_dialogs.py" line="485"/>
        <source>Press Preview again: the bundle or the passphrase changed.</source>
        <translation>Appuyez de nouveau sur Aperçu : le paquet ou la phrase de passe a changé.</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/export_dialogs.py" line="498"/>
        <source>Choose the bundle file and type its passphrase.</source>
        <translation>Choisissez le fichier du paquet et tapez sa phrase de passe.</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/export_dialogs.py" line="502"/>
        <source>Reading the bundle…</source>
        <translation>Lecture du paquet…</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/export_dialogs.py" line="508"/>
        <source>Preview cancelled: nothing was written.</source>
        <translation>Aperçu annulé : rien n&apos;a été écrit.</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/export_dialogs.py" line="520"/>
        <source>Bundle from laptop {0}: {1} to add, {2} to update, {3} in conflict, {4} unchanged, {5} newer here (kept). Nothing is written before you press Import.</source>
        <translation>Paquet du portable {0} : {1} à ajouter, {2} à mettre à jour, {3} en conflit, {4} identiques, {5} plus récents ici (gardés). Rien n&apos;est écrit avant que vous appuyiez sur Importer.</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/export_dialogs.py" line="523"/>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/export_dialogs.py" line="523"/>
        <source>Update</source>
        <translation>Mettre à jour</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/export_dialogs.py" line="524"/>
        <source>Kept here (newer)</source>
        <translation>Gardé ici (plus récent)</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/export_dialogs.py" line="537"/>
        <source>Decide later (leave in conflict)</source>
        <translation>Décider plus tard (laisser en conflit)</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/export_dialogs.py" line="538"/>
        <source>Keep this laptop&apos;s version</source>
        <translation>Garder la version de ce portable</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/export_dialogs.py" line="539"/>
        <source>Take the bundle&apos;s version</source>
        <translation>Prendre la version du paquet</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/export_dialogs.py" line="580"/>
        <source>Imported: {0} added, {1} updated; {2} conflict(s) left to settle.</source>
        <translation>Importé : {0} ajouté(s), {1} mis à jour ; {2} conflit(s) à régler.</translation>
    </message>
</context>
<context>
    <name>ChunkProgress</name>
    <message>
        <location filename="../clinic_app/ui/export_dialogs.py" line="68"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../clinic_app/ui/export_dialogs.py" line="124"/>
        <location filename="../clinic_app/ui/export_dialogs.py" line="247"/>
        <source>Export cases</source>
        <translation>Exporter des dossiers</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/export_dialogs.py" line="127"/>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/export_dialogs.py" line="130"/>
        <source>CSV for French Excel (semicolons, decimal comma)</source>
        <translation>CSV pour Excel en français (points-virgules, virgule décimale)</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/export_dialogs.py" line="131"/>
        <source>CSV for other tools (commas, decimal point)</source>
        <translation>CSV pour d&apos;autres outils (virgules, point décimal)</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/export_dialogs.py" line="132"/>
        <source>Excel workbook (XLSX)</source>
        <translation>Classeur Excel (XLSX)</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/export_dialogs.py" line="133"/>
        <source>&amp;Format:</source>
        <translation>&amp;Format :</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/export_dialogs.py" line="134"/>
        <source>&amp;Full: for the clinic&apos;s lawyers</source>
        <translation>&amp;Complet : pour les avocats de la clinique</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/export_dialogs.py" line="135"/>
        <source>&amp;De-identified: no names, contacts, addresses, immigration status or notes (campaigns, statistics)</source>
        <translation>&amp;Dépersonnalisé : sans noms, coordonnées, adresses, statut d&apos;immigration ni notes (campagnes, statistiques)</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/export_dialogs.py" line="147"/>
        <source>Profile:</source>
        <translation>Profil :</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/export_dialogs.py" line="149"/>
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/export_dialogs.py" line="151"/>
        <source>&amp;Save as:</source>
        <translation>Enre&amp;gistrer sous :</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/export_dialogs.py" line="154"/>
        <source>Cases</source>
        <translation>Dossiers</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/export_dialogs.py" line="157"/>
        <source>All kinds</source>
        <translation>Tous les types</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/export_dialogs.py" line="158"/>
        <source>Warehouse</source>
        <translation>Entrepôt</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/export_dialogs.py" line="159"/>
        <source>Driver</source>
        <translation>Livreur</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/export_dialogs.py" line="160"/>
        <source>&amp;Kind:</source>
        <translation>&amp;Type :</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/export_dialogs.py" line="162"/>
        <source>All statuses</source>
        <translation>Tous les statuts</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/export_dialogs.py" line="163"/>
        <source>Draft</source>
        <translation>Brouillon</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/export_dialogs.py" line="163"/>
        <source>Intake complete</source>
        <translation>Accueil terminé</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/export_dialogs.py" line="164"/>
        <source>Reviewed</source>
        <translation>Vérifié</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/export_dialogs.py" line="164"/>
        <source>Letter sent</source>
        <translation>Lettre envoyée</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/export_dialogs.py" line="165"/>
        <source>Closed</source>
        <translation>Fermé</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/export_dialogs.py" line="167"/>
        <source>S&amp;tatus:</source>
        <translation>St&amp;atut :</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/export_dialogs.py" line="169"/>
        <source>All sites and companies</source>
        <translation>Tous les sites et entreprises</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/export_dialogs.py" line="172"/>
        <source>S&amp;ite:</source>
        <translation>S&amp;ite :</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/export_dialogs.py" line="179"/>
        <source>Columns</source>
        <translation>Colonnes</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/export_dialogs.py" line="184"/>
        <source> (personal)</source>
        <translation> (personnelle)</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/export_dialogs.py" line="192"/>
        <source>Select &amp;all</source>
        <translation>Tout coc&amp;her</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/export_dialogs.py" line="193"/>
        <source>Select &amp;none</source>
        <translation>Décocher to&amp;ut</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/export_dialogs.py" line="206"/>
        <source>&amp;Export</source>
        <translation>&amp;Exporter</translation>
    </message>
    <message numerus="yes">
        <location filename="../clinic_app/ui/export_dialogs.py" line="234"/>
        <source>%n case(s) match.</source>
        <translation>
            <numerusform>%n dossier correspond.</numerusform>
            <numerusform>%n dossiers correspondent.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/export_dialogs.py" line="246"/>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/export_dialogs.py" line="246"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Classeurs Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/export_dialogs.py" line="282"/>
        <source>Choose at least one column.</source>
        <translation>Choisissez au moins une colonne.</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/export_dialogs.py" line="288"/>
        <source>Exporting cases…</source>
        <translation>Exportation des dossiers…</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/export_dialogs.py" line="299"/>
        <source>Export cancelled: no file was written.</source>
        <translation>Exportation annulée : aucun fichier n&apos;a été écrit.</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/export_dialogs.py" line="305"/>
        <source>Cannot write {0}: {1}</source>
        <translation>Impossible d&apos;écrire {0} : {1}</translation>
    </message>
    <message numerus="yes">
        <location filename="../clinic_app/ui/export_dialogs.py" line="310"/>
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
        <location filename="../clinic_app/ui/summary_view.py" line="115"/>
        <source>Summary of the cases</source>
        <translation>Sommaire des dossiers</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/summary_view.py" line="122"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualiser</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/summary_view.py" line="124"/>
        <source>Save as &amp;PDF…</source>
        <translation>Enregistrer en &amp;PDF…</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/summary_view.py" line="131"/>
        <source>Totals</source>
        <translation>Totaux</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/summary_view.py" line="134"/>
        <location filename="../clinic_app/ui/summary_view.py" line="152"/>
        <location filename="../clinic_app/ui/summary_view.py" line="154"/>
        <location filename="../clinic_app/ui/summary_view.py" line="155"/>
        <location filename="../clinic_app/ui/summary_view.py" line="156"/>
        <source>Cases</source>
        <translation>Dossiers</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/summary_view.py" line="135"/>
        <source>Cases with complete facts</source>
        <translation>Dossiers calculables (faits complets)</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/summary_view.py" line="136"/>
        <location filename="../clinic_app/ui/summary_view.py" line="152"/>
        <source>Amount owed</source>
        <translation>Montant dû</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/summary_view.py" line="136"/>
        <source>Already paid</source>
        <translation>Déjà versé</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/summary_view.py" line="137"/>
        <location filename="../clinic_app/ui/summary_view.py" line="153"/>
        <source>Shortfall</source>
        <translation>Reste à payer</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/summary_view.py" line="146"/>
        <source>Amounts cover the cases with complete facts only.</source>
        <translation>Les montants portent sur les dossiers calculables seulement.</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/summary_view.py" line="152"/>
        <location filename="../clinic_app/ui/summary_view.py" line="168"/>
        <source>Site or company</source>
        <translation>Site ou entreprise</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/summary_view.py" line="154"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/summary_view.py" line="155"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/summary_view.py" line="156"/>
        <source>Badge (warehouse)</source>
        <translation>Badge (entrepôt)</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/summary_view.py" line="158"/>
        <source>Cases by site or company</source>
        <translation>Dossiers par site ou entreprise</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/summary_view.py" line="159"/>
        <source>By site or company</source>
        <translation>Par site ou entreprise</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/summary_view.py" line="162"/>
        <source>By kind</source>
        <translation>Par type</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/summary_view.py" line="162"/>
        <source>By status</source>
        <translation>Par statut</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/summary_view.py" line="163"/>
        <source>By badge</source>
        <translation>Par badge</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/summary_view.py" line="166"/>
        <source>Deadlines in the next 30 days</source>
        <translation>Échéances des 30 prochains jours</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/summary_view.py" line="168"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/summary_view.py" line="168"/>
        <source>Case</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/summary_view.py" line="168"/>
        <source>Deadline</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/summary_view.py" line="184"/>
        <source>Warehouse</source>
        <translation>Entrepôt</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/summary_view.py" line="184"/>
        <source>Driver</source>
        <translation>Livreur</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/summary_view.py" line="184"/>
        <source>Draft</source>
        <translation>Brouillon</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/summary_view.py" line="185"/>
        <source>Intake complete</source>
        <translation>Accueil terminé</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/summary_view.py" line="185"/>
        <source>Reviewed</source>
        <translation>Vérifié</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/summary_view.py" line="186"/>
        <source>Letter sent</source>
        <translation>Lettre envoyée</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/summary_view.py" line="186"/>
        <source>Closed</source>
        <translation>Fermé</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/summary_view.py" line="187"/>
        <source>Blue (permanent)</source>
        <translation>Bleu (permanent)</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/summary_view.py" line="187"/>
        <source>White (seasonal)</source>
        <translation>Blanc (saisonnier)</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/summary_view.py" line="188"/>
        <source>Not entered</source>
        <translation>Non indiqué</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/summary_view.py" line="198"/>
        <source>Adding up the cases…</source>
        <translation>Calcul des totaux…</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/summary_view.py" line="203"/>
        <location filename="../clinic_app/ui/summary_view.py" line="259"/>
        <source>Summary</source>
        <translation>Sommaire</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/summary_view.py" line="225"/>
        <source>Others</source>
        <translation>Autres</translation>
    </message>
    <message numerus="yes">
        <location filename="../clinic_app/ui/summary_view.py" line="239"/>
        <source>Deadlines in the next 30 days: %n</source>
        <translation>
            <numerusform>Échéances des 30 prochains jours : %n</numerusform>
            <numerusform>Échéances des 30 prochains jours : %n</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/summary_view.py" line="246"/>
        <source>Save the summary as PDF</source>
        <translation>Enregistrer le sommaire en PDF</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/summary_view.py" line="247"/>
        <source>PDF files (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/summary_view.py" line="260"/>
        <source>Cannot write {0}: {1}</source>
        <translation>Impossible d&apos;écrire {0} : {1}</translation>
    </message>
</context>
</TS>
