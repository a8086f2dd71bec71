<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_CA">
<context>
    <name>LetterPreviewDialog</name>
    <message>
        <location filename="../clinic_app/ui/letter_preview.py" line="50"/>
        <source>Formal notice to the employer</source>
        <translation>Mise en demeure à l&apos;employeur</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/letter_preview.py" line="51"/>
        <source>Formal notice (driver)</source>
        <translation>Mise en demeure (livreur)</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/letter_preview.py" line="52"/>
        <source>Calculation annex</source>
        <translation>Annexe de calcul</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/letter_preview.py" line="53"/>
        <source>Summary for the worker</source>
        <translation>Résumé pour la personne</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/letter_preview.py" line="54"/>
        <source>Lawyer&apos;s worksheet (internal, never sent)</source>
        <translation>Fiche de travail de l&apos;avocat (interne, jamais envoyée)</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/letter_preview.py" line="73"/>
        <source>Letters — {0}</source>
        <translation>Lettres — {0}</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/letter_preview.py" line="90"/>
        <source>Letter</source>
        <translation>Lettre</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/letter_preview.py" line="92"/>
        <source>Letter language</source>
        <translation>Langue de la lettre</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/letter_preview.py" line="94"/>
        <source>Recipient</source>
        <translation>Destinataire</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/letter_preview.py" line="97"/>
        <source>Delivery company: {0}</source>
        <translation>Entreprise de livraison : {0}</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/letter_preview.py" line="99"/>
        <source>Client: {0}</source>
        <translation>Client : {0}</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/letter_preview.py" line="104"/>
        <source>Count of terminations</source>
        <translation>Décompte des fins d&apos;emploi</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/letter_preview.py" line="109"/>
        <source>The employer&apos;s count: {0}</source>
        <translation>Décompte de l&apos;employeur : {0}</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/letter_preview.py" line="111"/>
        <source>Counting the drivers as employees: {0}</source>
        <translation>En comptant les chauffeurs comme salariés : {0}</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/letter_preview.py" line="115"/>
        <source>&amp;Letter:</source>
        <translation>&amp;Lettre :</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/letter_preview.py" line="116"/>
        <source>L&amp;anguage:</source>
        <translation>L&amp;angue :</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/letter_preview.py" line="117"/>
        <source>&amp;Recipient:</source>
        <translation>&amp;Destinataire :</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/letter_preview.py" line="120"/>
        <source>C&amp;ount:</source>
        <translation>Dé&amp;compte :</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/letter_preview.py" line="125"/>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/letter_preview.py" line="128"/>
        <source>Letters already made for this case</source>
        <translation>Lettres déjà faites pour ce dossier</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/letter_preview.py" line="133"/>
        <source>Letters already made:</source>
        <translation>Lettres déjà faites :</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/letter_preview.py" line="140"/>
        <source>Letter preview</source>
        <translation>Aperçu de la lettre</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/letter_preview.py" line="145"/>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimer…</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/letter_preview.py" line="146"/>
        <source>&amp;Save as…</source>
        <translation>&amp;Enregistrer sous…</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/letter_preview.py" line="147"/>
        <source>&amp;Open in the viewer</source>
        <translation>&amp;Ouvrir dans la visionneuse</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/letter_preview.py" line="150"/>
        <source>Mark the case as “Letter sent”</source>
        <translation>Passer le dossier à « Lettre envoyée »</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/letter_preview.py" line="152"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/letter_preview.py" line="179"/>
        <source>French</source>
        <translation>Français</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/letter_preview.py" line="180"/>
        <source>English</source>
        <translation>Anglais</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/letter_preview.py" line="183"/>
        <source>Arabic</source>
        <translation>Arabe</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/letter_preview.py" line="215"/>
        <source>{0} page(s). SHA-256 {1}…</source>
        <translation>{0} page(s). SHA-256 {1}…</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/letter_preview.py" line="251"/>
        <source>The case is marked “Letter sent”.</source>
        <translation>Le dossier est passé à « Lettre envoyée ».</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/letter_preview.py" line="265"/>
        <source>Save the letter</source>
        <translation>Enregistrer la lettre</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/letter_preview.py" line="266"/>
        <source>PDF files (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/letter_preview.py" line="273"/>
        <source>Could not write {0}: {1}</source>
        <translation>Impossible d&apos;écrire {0} : {1}</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/letter_preview.py" line="277"/>
        <source>Saved: {0}</source>
        <translation>Enregistrée : {0}</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/letter_preview.py" line="291"/>
        <source>No PDF viewer could open the letter. Use Save as… or Print… instead.</source>
        <translation>Aucune visionneuse PDF n’a pu ouvrir la lettre. Utilisez plutôt Enregistrer sous… ou Imprimer…</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/letter_preview.py" line="308"/>
        <source>The printer could not be started.</source>
        <translation>L&apos;imprimante n&apos;a pas pu être lancée.</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/letter_preview.py" line="320"/>
        <source>Sent to the printer.</source>
        <translation>Envoyée à l&apos;imprimante.</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/letter_preview.py" line="338"/>
        <source>Writing letters…</source>
        <translation>Rédaction des lettres…</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/letter_preview.py" line="339"/>
        <location filename="../clinic_app/ui/letter_preview.py" line="354"/>
        <source>Letters for the selected cases</source>
        <translation>Lettres des dossiers choisis</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/letter_preview.py" line="347"/>
        <source>{0} letter(s) written.</source>
        <translation>{0} lettre(s) écrite(s).</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/letter_preview.py" line="349"/>
        <source>Cancelled before the end.</source>
        <translation>Annulé avant la fin.</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/letter_preview.py" line="351"/>
        <source>Not written:</source>
        <translation>Non écrites :</translation>
    </message>
</context>
</TS>
