<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_CA">
<context>
    <name>LetterPreviewDialog</name>
    <message>
        <location filename="../clinic_app/ui/letter_preview.py" line="49"/>
        <source>Formal notice to the employer</source>
        <translation>Mise en demeure à l&apos;employeur</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/letter_preview.py" line="50"/>
        <source>Formal notice (driver)</source>
        <translation>Mise en demeure (livreur)</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/letter_preview.py" line="51"/>
        <source>Calculation annex</source>
        <translation>Annexe de calcul</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/letter_preview.py" line="52"/>
        <source>Summary for the worker</source>
        <translation>Résumé pour la personne</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/letter_preview.py" line="53"/>
        <source>Lawyer&apos;s worksheet (internal, never sent)</source>
        <translation>Fiche de travail de l&apos;avocat (interne, jamais envoyée)</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/letter_preview.py" line="72"/>
        <source>Letters — {0}</source>
        <translation>Lettres — {0}</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/letter_preview.py" line="89"/>
        <source>Letter</source>
        <translation>Lettre</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/letter_preview.py" line="91"/>
        <source>Letter language</source>
        <translation>Langue de la lettre</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/letter_preview.py" line="93"/>
        <source>Recipient</source>
        <translation>Destinataire</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/letter_preview.py" line="96"/>
        <source>Delivery company: {0}</source>
        <translation>Entreprise de livraison : {0}</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/letter_preview.py" line="98"/>
        <source>Client: {0}</source>
        <translation>Client : {0}</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/letter_preview.py" line="103"/>
        <source>Count of terminations</source>
        <translation>Décompte des fins d&apos;emploi</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/letter_preview.py" line="108"/>
        <source>The employer&apos;s count: {0}</source>
        <translation>Décompte de l&apos;employeur : {0}</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/letter_preview.py" line="110"/>
        <source>Counting the drivers as employees: {0}</source>
        <translation>En comptant les chauffeurs comme salariés : {0}</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/letter_preview.py" line="114"/>
        <source>&amp;Letter:</source>
        <translation>&amp;Lettre :</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/letter_preview.py" line="115"/>
        <source>L&amp;anguage:</source>
        <translation>L&amp;angue :</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/letter_preview.py" line="116"/>
        <source>&amp;Recipient:</source>
        <translation>&amp;Destinataire :</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/letter_preview.py" line="119"/>
        <source>C&amp;ount:</source>
        <translation>Dé&amp;compte :</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/letter_preview.py" line="124"/>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/letter_preview.py" line="127"/>
        <source>Letters already made for this case</source>
        <translation>Lettres déjà faites pour ce dossier</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/letter_preview.py" line="132"/>
        <source>Letters already made:</source>
        <translation>Lettres déjà faites :</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/letter_preview.py" line="139"/>
        <source>Letter preview</source>
        <translation>Aperçu de la lettre</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/letter_preview.py" line="144"/>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimer…</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/letter_preview.py" line="145"/>
        <source>&amp;Save as…</source>
        <translation>&amp;Enregistrer sous…</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/letter_preview.py" line="146"/>
        <source>&amp;Open in the viewer</source>
        <translation>&amp;Ouvrir dans la visionneuse</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/letter_preview.py" line="149"/>
        <source>Mark the case as “Letter sent”</source>
        <translation>Passer le dossier à « Lettre envoyée »</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/letter_preview.py" line="151"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/letter_preview.py" line="178"/>
        <source>French</source>
        <translation>Français</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/letter_preview.py" line="179"/>
        <source>English</source>
        <translation>Anglais</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/letter_preview.py" line="182"/>
        <source>Arabic</source>
        <translation>Arabe</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/letter_preview.py" line="214"/>
        <source>{0} page(s). SHA-256 {1}…</source>
        <translation>{0} page(s). SHA-256 {1}…</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/letter_preview.py" line="250"/>
        <source>The case is marked “Letter sent”.</source>
        <translation>Le dossier est passé à « Lettre envoyée ».</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/letter_preview.py" line="264"/>
        <source>Save the letter</source>
        <translation>Enregistrer la lettre</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/letter_preview.py" line="265"/>
        <source>PDF files (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/letter_preview.py" line="272"/>
        <source>Could not write {0}: {1}</source>
        <translation>Impossible d&apos;écrire {0} : {1}</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/letter_preview.py" line="276"/>
        <source>Saved: {0}</source>
        <translation>Enregistrée : {0}</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/letter_preview.py" line="305"/>
        <source>The printer could not be started.</source>
        <translation>L&apos;imprimante n&apos;a pas pu être lancée.</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/letter_preview.py" line="317"/>
        <source>Sent to the printer.</source>
        <translation>Envoyée à l&apos;imprimante.</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/letter_preview.py" line="335"/>
        <source>Writing letters…</source>
        <translation>Rédaction des lettres…</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/letter_preview.py" line="336"/>
        <location filename="../clinic_app/ui/letter_preview.py" line="351"/>
        <source>Letters for the selected cases</source>
        <translation>Lettres des dossiers choisis</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/letter_preview.py" line="344"/>
        <source>{0} letter(s) written.</source>
        <translation>{0} lettre(s) écrite(s).</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/letter_preview.py" line="346"/>
        <source>Cancelled before the end.</source>
        <translation>Annulé avant la fin.</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/letter_preview.py" line="348"/>
        <source>Not written:</source>
        <translation>Non écrites :</translation>
    </message>
</context>
</TS>
