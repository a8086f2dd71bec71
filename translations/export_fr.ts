<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_CA">
<context>
    <name>BundleExportDialog</name>
    <message>
        <location filename="../clinic_app/ui/export_dialogs.py" line="297"/>
        <source>Send cases to another laptop</source>
        <translation>Envoyer des dossiers à un autre portable</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/export_dialogs.py" line="299"/>
        <source>The cases are written to one file, encrypted with a passphrase. Give the passphrase to the coordinator by another way than the file (in person, by phone).</source>
        <translation>Les dossiers sont écrits dans un seul fichier, chiffré avec une phrase de passe. Donnez la phrase de passe à la coordination par un autre moyen que le fichier (en personne, par téléphone).</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/export_dialogs.py" line="305"/>
        <source>&amp;All cases</source>
        <translation>&amp;Tous les dossiers</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/export_dialogs.py" line="306"/>
        <source>Only cases &amp;changed since the last bundle</source>
        <translation>Seulement les dossiers &amp;modifiés depuis le dernier paquet</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/export_dialogs.py" line="309"/>
        <source>Only cases changed since the last bundle (no bundle made yet)</source>
        <translation>Seulement les dossiers modifiés depuis le dernier paquet (aucun paquet fait jusqu&apos;ici)</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/export_dialogs.py" line="312"/>
        <source>Only cases &amp;changed since the last bundle ({0})</source>
        <translation>Seulement les dossiers &amp;modifiés depuis le dernier paquet ({0})</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/export_dialogs.py" line="314"/>
        <source>Cases</source>
        <translation>Dossiers</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/export_dialogs.py" line="330"/>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Phrase de passe :</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/export_dialogs.py" line="331"/>
        <source>&amp;Again:</source>
        <translation>&amp;Encore :</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/export_dialogs.py" line="333"/>
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/export_dialogs.py" line="335"/>
        <source>&amp;Save as:</source>
        <translation>Enre&amp;gistrer sous :</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/export_dialogs.py" line="341"/>
        <source>&amp;Write bundle</source>
        <translation>É&amp;crire le paquet</translation>
    </message>
    <message numerus="yes">
        <location filename="../clinic_app/ui/export_dialogs.py" line="352"/>
        <source>Include the attachments (%n file(s), {0} MB)</source>
        <translation>
            <numerusform>Inclure les pièces jointes (%n fichier, {0} Mo)</numerusform>
            <numerusform>Inclure les pièces jointes (%n fichiers, {0} Mo)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/export_dialogs.py" line="358"/>
        <source>Write bundle</source>
        <translation>Écrire le paquet</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/export_dialogs.py" line="359"/>
        <source>Case bundles (*.clinicbundle)</source>
        <translation>Paquets de dossiers (*.clinicbundle)</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/export_dialogs.py" line="368"/>
        <source>The passphrase must have at least {0} characters.</source>
        <translation>La phrase de passe doit avoir au moins {0} caractères.</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/export_dialogs.py" line="372"/>
        <source>The two passphrases differ.</source>
        <translation>Les deux phrases de passe diffèrent.</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/export_dialogs.py" line="390"/>
        <source>Writing the bundle…</source>
        <translation>Écriture du paquet…</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/export_dialogs.py" line="393"/>
        <source>Cancelled: no bundle was written.</source>
        <translation>Annulé : aucun paquet n&apos;a été écrit.</translation>
    </message>
    <message numerus="yes">
        <location filename="../clinic_app/ui/export_dialogs.py" line="396"/>
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
        <location filename="../clinic_app/ui/export_dialogs.py" line="409"/>
        <source>Receive cases from another laptop</source>
        <translation>Recevoir des dossiers d&apos;un autre portable</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/export_dialogs.py" line="413"/>
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/export_dialogs.py" line="415"/>
        <source>&amp;Bundle:</source>
        <translation>Pa&amp;quet :</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/export_dialogs.py" line="418"/>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Phrase de passe :</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/export_dialogs.py" line="422"/>
        <source>&amp;Preview</source>
        <translation>&amp;Aperçu</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/export_dialogs.py" line="428"/>
        <source>Nothing is written before you press Import.</source>
        <translation>Rien n&apos;est écrit avant que vous appuyiez sur Importer.</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/export_dialogs.py" line="432"/>
        <source>What</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/export_dialogs.py" line="432"/>
        <location filename="../clinic_app/ui/export_dialogs.py" line="443"/>
        <source>Case</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/export_dialogs.py" line="432"/>
        <location filename="../clinic_app/ui/export_dialogs.py" line="443"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/export_dialogs.py" line="432"/>
        <source>Site</source>
        <translation>Site</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/export_dialogs.py" line="433"/>
        <source>Changed here</source>
        <translation>Modifié ici</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/export_dialogs.py" line="433"/>
        <source>Changed in bundle</source>
        <translation>Modifié dans le paquet</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/export_dialogs.py" line="440"/>
        <source>Conflicts: changed on both laptops since the last bundle</source>
        <translation>Conflits : modifiés sur les deux portables depuis le dernier paquet</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/export_dialogs.py" line="443"/>
        <source>Changed here / in bundle</source>
        <translation>Modifié ici / dans le paquet</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/export_dialogs.py" line="444"/>
        <source>Decision</source>
        <translation>Décision</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/export_dialogs.py" line="452"/>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/export_dialogs.py" line="461"/>
        <source>Open bundle</source>
        <translation>Ouvrir un paquet</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/export_dialogs.py" line="462"/>
        <source>Case bundles (*.clinicbundle);;All files (*)</source>
        <translation>Paquets de dossiers (*.clinicbundle);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/export_dialogs.py" line="471"/>
        <source>Press Preview again: the bundle or the passphrase changed.</source>
        <translation>Appuyez de nouveau sur Aperçu : le paquet ou la phrase de passe a changé.</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/export_dialogs.py" line="482"/>
        <source>Choose the bundle file and type its passphrase.</source>
        <translation>Choisissez le fichier du paquet et tapez sa phrase de passe.</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/export_dialogs.py" line="489"/>
        <source>Reading the bundle…</source>
        <translation>Lecture du paquet…</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/export_dialogs.py" line="491"/>
        <source>Preview cancelled: nothing was written.</source>
        <translation>Aperçu annulé : rien n&apos;a été écrit.</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/export_dialogs.py" line="499"/>
        <source>Bundle from laptop {0}: {1} to add, {2} to update, {3} in conflict, {4} unchanged, {5} newer here (kept). Nothing is written before you press Import.</source>
        <translation>Paquet du portable {0} : {1} à ajouter, {2} à mettre à jour, {3} en conflit, {4} identiques, {5} plus récents ici (gardés). Rien n&apos;est écrit avant que vous appuyiez sur Importer.</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/export_dialogs.py" line="502"/>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/export_dialogs.py" line="502"/>
        <source>Update</source>
        <translation>Mettre à jour</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/export_dialogs.py" line="503"/>
        <source>Kept here (newer)</source>
        <translation>Gardé ici (plus récent)</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/export_dialogs.py" line="509"/>
        <source>Add site</source>
        <translation>Ajouter le site</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/export_dialogs.py" line="510"/>
        <source>Update site</source>
        <translation>Mettre à jour le site</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/export_dialogs.py" line="514"/>
        <source>Sites: {0} to add, {1} to update, {2} in conflict.</source>
        <translation>Sites : {0} à ajouter, {1} à mettre à jour, {2} en conflit.</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/export_dialogs.py" line="518"/>
        <source>The table lists the first {0} cases of each kind, by case number.</source>
        <translation>Le tableau liste les {0} premiers dossiers de chaque sorte, par numéro de dossier.</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/export_dialogs.py" line="528"/>
        <source>Site {0}</source>
        <translation>Site {0}</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/export_dialogs.py" line="529"/>
        <source>Different facts: {0}</source>
        <translation>Faits différents : {0}</translation>
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
        <location filename="../clinic_app/ui/export_dialogs.py" line="548"/>
        <source>code</source>
        <translation>code</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/export_dialogs.py" line="548"/>
        <source>employer</source>
        <translation>employeur</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/export_dialogs.py" line="548"/>
        <source>address</source>
        <translation>adresse</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/export_dialogs.py" line="549"/>
        <source>jurisdiction</source>
        <translation>compétence</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/export_dialogs.py" line="549"/>
        <source>closure date</source>
        <translation>date de fermeture</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/export_dialogs.py" line="550"/>
        <source>employer&apos;s count</source>
        <translation>décompte de l&apos;employeur</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/export_dialogs.py" line="551"/>
        <source>count with drivers</source>
        <translation>décompte avec les livreurs</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/export_dialogs.py" line="552"/>
        <source>notice to the Minister</source>
        <translation>avis au ministre</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/export_dialogs.py" line="553"/>
        <source>CNESST notice of inquiry</source>
        <translation>avis d&apos;enquête de la CNESST</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/export_dialogs.py" line="554"/>
        <source>client company</source>
        <translation>entreprise cliente</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/export_dialogs.py" line="555"/>
        <source>date of the notice to the Minister</source>
        <translation>date de l&apos;avis au ministre</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/export_dialogs.py" line="556"/>
        <source>union</source>
        <translation>syndicat</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/export_dialogs.py" line="556"/>
        <source>collective agreement</source>
        <translation>convention collective</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/export_dialogs.py" line="585"/>
        <source>Importing the cases…</source>
        <translation>Importation des dossiers…</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/export_dialogs.py" line="588"/>
        <source>Import cancelled: nothing was written. The preview still holds: press Import to import it.</source>
        <translation>Importation annulée : rien n&apos;a été écrit. L&apos;aperçu reste valable : appuyez sur Importer pour l&apos;importer.</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/export_dialogs.py" line="597"/>
        <source>Imported: {0} added, {1} updated; {2} conflict(s) left to settle.</source>
        <translation>Importé : {0} ajouté(s), {1} mis à jour ; {2} conflit(s) à régler.</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../clinic_app/ui/export_dialogs.py" line="93"/>
        <location filename="../clinic_app/ui/export_dialogs.py" line="229"/>
        <source>Export cases</source>
        <translation>Exporter des dossiers</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/export_dialogs.py" line="96"/>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/export_dialogs.py" line="99"/>
        <source>CSV for French Excel (semicolons, decimal comma)</source>
        <translation>CSV pour Excel en français (points-virgules, virgule décimale)</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/export_dialogs.py" line="100"/>
        <source>CSV for other tools (commas, decimal point)</source>
        <translation>CSV pour d&apos;autres outils (virgules, point décimal)</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/export_dialogs.py" line="101"/>
        <source>Excel workbook (XLSX)</source>
        <translation>Classeur Excel (XLSX)</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/export_dialogs.py" line="102"/>
        <source>&amp;Format:</source>
        <translation>&amp;Format :</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/export_dialogs.py" line="104"/>
        <source>Column names (stable, for scripts)</source>
        <translation>Noms de colonnes (stables, pour les scripts)</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/export_dialogs.py" line="105"/>
        <source>Column labels (in the program&apos;s language, for people)</source>
        <translation>Libellés de colonnes (dans la langue du programme, pour les personnes)</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/export_dialogs.py" line="106"/>
        <source>Column &amp;headers:</source>
        <translation>E&amp;n-têtes de colonnes :</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/export_dialogs.py" line="107"/>
        <source>&amp;Full: for the clinic&apos;s lawyers</source>
        <translation>&amp;Complet : pour les avocats de la clinique</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/export_dialogs.py" line="108"/>
        <source>&amp;De-identified: no names, contacts, addresses, immigration status or notes (campaigns, statistics)</source>
        <translation>&amp;Dépersonnalisé : sans noms, coordonnées, adresses, statut d&apos;immigration ni notes (campagnes, statistiques)</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/export_dialogs.py" line="120"/>
        <source>Profile:</source>
        <translation>Profil :</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/export_dialogs.py" line="123"/>
        <source>The file will NOT be encrypted and holds the persons&apos; names, contacts and facts. Save it only on the clinic&apos;s encrypted drive, never on a USB key or in an email, and delete it when done.</source>
        <translation>Le fichier ne sera PAS chiffré et contient les noms, les coordonnées et les faits des personnes. Enregistrez-le seulement sur le disque chiffré de la clinique, jamais sur une clé USB ni dans un courriel, et supprimez-le ensuite.</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/export_dialogs.py" line="130"/>
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/export_dialogs.py" line="132"/>
        <source>&amp;Save as:</source>
        <translation>Enre&amp;gistrer sous :</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/export_dialogs.py" line="135"/>
        <source>Cases</source>
        <translation>Dossiers</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/export_dialogs.py" line="138"/>
        <source>All kinds</source>
        <translation>Tous les types</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/export_dialogs.py" line="139"/>
        <source>Warehouse</source>
        <translation>Entrepôt</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/export_dialogs.py" line="140"/>
        <source>Driver</source>
        <translation>Livreur</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/export_dialogs.py" line="141"/>
        <source>&amp;Kind:</source>
        <translation>&amp;Type :</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/export_dialogs.py" line="143"/>
        <source>All statuses</source>
        <translation>Tous les statuts</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/export_dialogs.py" line="144"/>
        <source>Draft</source>
        <translation>Brouillon</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/export_dialogs.py" line="144"/>
        <source>Intake complete</source>
        <translation>Accueil complet</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/export_dialogs.py" line="145"/>
        <source>Reviewed</source>
        <translation>Vérifié</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/export_dialogs.py" line="145"/>
        <source>Letter sent</source>
        <translation>Lettre envoyée</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/export_dialogs.py" line="146"/>
        <source>Closed</source>
        <translation>Fermé</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/export_dialogs.py" line="148"/>
        <source>S&amp;tatus:</source>
        <translation>St&amp;atut :</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/export_dialogs.py" line="150"/>
        <source>All sites and companies</source>
        <translation>Tous les sites et entreprises</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/export_dialogs.py" line="153"/>
        <source>S&amp;ite:</source>
        <translation>S&amp;ite :</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/export_dialogs.py" line="160"/>
        <source>Columns</source>
        <translation>Colonnes</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/export_dialogs.py" line="165"/>
        <source> (personal)</source>
        <translation> (personnelle)</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/export_dialogs.py" line="173"/>
        <source>Select &amp;all</source>
        <translation>Tout coc&amp;her</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/export_dialogs.py" line="174"/>
        <source>Select &amp;none</source>
        <translation>Décocher to&amp;ut</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/export_dialogs.py" line="187"/>
        <source>&amp;Export</source>
        <translation>&amp;Exporter</translation>
    </message>
    <message numerus="yes">
        <location filename="../clinic_app/ui/export_dialogs.py" line="216"/>
        <source>%n case(s) match.</source>
        <translation>
            <numerusform>%n dossier correspond.</numerusform>
            <numerusform>%n dossiers correspondent.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/export_dialogs.py" line="228"/>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/export_dialogs.py" line="228"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Classeurs Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/export_dialogs.py" line="262"/>
        <source>Choose at least one column.</source>
        <translation>Choisissez au moins une colonne.</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/export_dialogs.py" line="275"/>
        <source>Exporting cases…</source>
        <translation>Exportation des dossiers…</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/export_dialogs.py" line="278"/>
        <source>Export cancelled: no file was written.</source>
        <translation>Exportation annulée : aucun fichier n&apos;a été écrit.</translation>
    </message>
    <message numerus="yes">
        <location filename="../clinic_app/ui/export_dialogs.py" line="281"/>
        <source>%n case(s) written to {0}.</source>
        <translation>
            <numerusform>%n dossier écrit dans {0}.</numerusform>
            <numerusform>%n dossiers écrits dans {0}.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/export_dialogs.py" line="283"/>
        <source>This file is not encrypted: it holds personal data.</source>
        <translation>Ce fichier n’est pas chiffré : il contient des renseignements personnels.</translation>
    </message>
</context>
<context>
    <name>SummaryView</name>
    <message>
        <location filename="../clinic_app/ui/summary_view.py" line="121"/>
        <source>Summary of the cases</source>
        <translation>Sommaire des dossiers</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/summary_view.py" line="128"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualiser</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/summary_view.py" line="130"/>
        <source>Save as &amp;PDF…</source>
        <translation>Enregistrer en &amp;PDF…</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/summary_view.py" line="137"/>
        <source>Totals</source>
        <translation>Totaux</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/summary_view.py" line="140"/>
        <location filename="../clinic_app/ui/summary_view.py" line="158"/>
        <location filename="../clinic_app/ui/summary_view.py" line="160"/>
        <location filename="../clinic_app/ui/summary_view.py" line="161"/>
        <location filename="../clinic_app/ui/summary_view.py" line="162"/>
        <source>Cases</source>
        <translation>Dossiers</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/summary_view.py" line="141"/>
        <source>Cases with complete facts</source>
        <translation>Dossiers calculables (faits complets)</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/summary_view.py" line="142"/>
        <location filename="../clinic_app/ui/summary_view.py" line="158"/>
        <source>Amount owed</source>
        <translation>Montant dû</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/summary_view.py" line="142"/>
        <source>Already paid</source>
        <translation>Déjà versé</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/summary_view.py" line="143"/>
        <location filename="../clinic_app/ui/summary_view.py" line="159"/>
        <source>Shortfall</source>
        <translation>Reste à payer</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/summary_view.py" line="152"/>
        <source>Amounts cover the cases with complete facts only.</source>
        <translation>Les montants portent sur les dossiers calculables seulement.</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/summary_view.py" line="158"/>
        <location filename="../clinic_app/ui/summary_view.py" line="174"/>
        <location filename="../clinic_app/ui/summary_view.py" line="180"/>
        <source>Site or company</source>
        <translation>Site ou entreprise</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/summary_view.py" line="160"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/summary_view.py" line="161"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/summary_view.py" line="162"/>
        <source>Badge (warehouse)</source>
        <translation>Badge (entrepôt)</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/summary_view.py" line="164"/>
        <source>Cases by site or company</source>
        <translation>Dossiers par site ou entreprise</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/summary_view.py" line="165"/>
        <source>By site or company</source>
        <translation>Par site ou entreprise</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/summary_view.py" line="168"/>
        <source>By kind</source>
        <translation>Par type</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/summary_view.py" line="168"/>
        <source>By status</source>
        <translation>Par statut</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/summary_view.py" line="169"/>
        <source>By badge</source>
        <translation>Par badge</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/summary_view.py" line="172"/>
        <source>Deadlines in the next 30 days</source>
        <translation>Échéances des 30 prochains jours</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/summary_view.py" line="174"/>
        <location filename="../clinic_app/ui/summary_view.py" line="180"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/summary_view.py" line="174"/>
        <location filename="../clinic_app/ui/summary_view.py" line="180"/>
        <source>Case</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/summary_view.py" line="174"/>
        <source>Deadline</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/summary_view.py" line="178"/>
        <source>Claim deadlines passed (open cases with money to claim)</source>
        <translation>Délais de réclamation passés (dossiers ouverts avec une somme à réclamer)</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/summary_view.py" line="180"/>
        <source>Passed</source>
        <translation>Passé</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/summary_view.py" line="197"/>
        <source>Warehouse</source>
        <translation>Entrepôt</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/summary_view.py" line="197"/>
        <source>Driver</source>
        <translation>Livreur</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/summary_view.py" line="197"/>
        <source>Draft</source>
        <translation>Brouillon</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/summary_view.py" line="198"/>
        <source>Intake complete</source>
        <translation>Accueil complet</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/summary_view.py" line="198"/>
        <source>Reviewed</source>
        <translation>Vérifié</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/summary_view.py" line="199"/>
        <source>Letter sent</source>
        <translation>Lettre envoyée</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/summary_view.py" line="199"/>
        <source>Closed</source>
        <translation>Fermé</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/summary_view.py" line="200"/>
        <source>Blue (permanent)</source>
        <translation>Bleu (permanent)</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/summary_view.py" line="200"/>
        <source>White (seasonal)</source>
        <translation>Blanc (saisonnier)</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/summary_view.py" line="201"/>
        <source>Not entered</source>
        <translation>Non indiqué</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/summary_view.py" line="212"/>
        <source>Adding up the cases…</source>
        <translation>Calcul des totaux…</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/summary_view.py" line="212"/>
        <location filename="../clinic_app/ui/summary_view.py" line="280"/>
        <source>Summary</source>
        <translation>Sommaire</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/summary_view.py" line="238"/>
        <source>Others</source>
        <translation>Autres</translation>
    </message>
    <message numerus="yes">
        <location filename="../clinic_app/ui/summary_view.py" line="252"/>
        <source>Deadlines in the next 30 days: %n</source>
        <translation>
            <numerusform>Échéances des 30 prochains jours : %n</numerusform>
            <numerusform>Échéances des 30 prochains jours : %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../clinic_app/ui/summary_view.py" line="255"/>
        <source>passed %n day(s) ago</source>
        <translation>
            <numerusform>passé depuis %n jour</numerusform>
            <numerusform>passé depuis %n jours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../clinic_app/ui/summary_view.py" line="257"/>
        <source>Claim deadlines passed (open cases with money to claim): %n</source>
        <translation>
            <numerusform>Délais de réclamation passés (dossiers ouverts avec une somme à réclamer) : %n</numerusform>
            <numerusform>Délais de réclamation passés (dossiers ouverts avec une somme à réclamer) : %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../clinic_app/ui/summary_view.py" line="259"/>
        <source>(the %n most recent listed: View &gt; Deadlines lists them all)</source>
        <translation>
            <numerusform>(les %n plus récents listés : Affichage &gt; Délais les liste tous)</numerusform>
            <numerusform>(les %n plus récents listés : Affichage &gt; Délais les liste tous)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/summary_view.py" line="268"/>
        <source>Save the summary as PDF</source>
        <translation>Enregistrer le sommaire en PDF</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/summary_view.py" line="269"/>
        <source>PDF files (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/summary_view.py" line="281"/>
        <source>Cannot write {0}: {1}</source>
        <translation>Impossible d&apos;écrire {0} : {1}</translation>
    </message>
</context>
</TS>
