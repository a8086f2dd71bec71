<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_CA">
<context>
    <name>LetterPreviewDialog</name>
    <message>
        <location filename="../clinic_app/ui/letter_preview.py" line="36"/>
        <source>Formal notice to the employer</source>
        <translation>Mise en demeure à l'employeur</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/letter_preview.py" line="37"/>
        <source>Formal notice (driver)</source>
        <translation>Mise en demeure (livreur)</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/letter_preview.py" line="38"/>
        <source>Calculation annex</source>
        <translation>Annexe de calcul</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/letter_preview.py" line="39"/>
        <source>Summary for the worker</source>
        <translation>Résumé pour la personne</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/letter_preview.py" line="81"/>
        <source>Letters — {0}</source>
        <translation>Lettres — {0}</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/letter_preview.py" line="98"/>
        <source>Letter</source>
        <translation>Lettre</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/letter_preview.py" line="100"/>
        <source>Letter language</source>
        <translation>Langue de la lettre</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/letter_preview.py" line="102"/>
        <source>Recipient</source>
        <translation>Destinataire</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/letter_preview.py" line="104"/>
        <source>Delivery company: {0}</source>
        <translation>Entreprise de livraison : {0}</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/letter_preview.py" line="105"/>
        <source>Client: {0}</source>
        <translation>Client : {0}</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/letter_preview.py" line="107"/>
        <source>&amp;Letter:</source>
        <translation>&amp;Lettre :</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/letter_preview.py" line="108"/>
        <source>L&amp;anguage:</source>
        <translation>L&amp;angue :</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/letter_preview.py" line="109"/>
        <source>&amp;Recipient:</source>
        <translation>&amp;Destinataire :</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/letter_preview.py" line="114"/>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/letter_preview.py" line="116"/>
        <source>Letters already made for this case</source>
        <translation>Lettres déjà faites pour ce dossier</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/letter_preview.py" line="121"/>
        <source>Letters already made:</source>
        <translation>Lettres déjà faites :</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/letter_preview.py" line="128"/>
        <source>Letter preview</source>
        <translation>Aperçu de la lettre</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/letter_preview.py" line="133"/>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimer…</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/letter_preview.py" line="134"/>
        <source>&amp;Save as…</source>
        <translation>&amp;Enregistrer sous…</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/letter_preview.py" line="135"/>
        <source>&amp;Open in the viewer</source>
        <translation>&amp;Ouvrir dans la visionneuse</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/letter_preview.py" line="136"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/letter_preview.py" line="160"/>
        <source>French</source>
        <translation>Français</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/letter_preview.py" line="161"/>
        <source>English</source>
        <translation>Anglais</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/letter_preview.py" line="164"/>
        <source>Arabic</source>
        <translation>Arabe</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/letter_preview.py" line="199"/>
        <source>{0} page(s). SHA-256 {1}…</source>
        <translation>{0} page(s). SHA-256 {1}…</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/letter_preview.py" line="223"/>
        <source>Save the letter</source>
        <translation>Enregistrer la lettre</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/letter_preview.py" line="223"/>
        <source>PDF files (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/letter_preview.py" line="230"/>
        <source>Could not write {0}: {1}</source>
        <translation>Impossible d'écrire {0} : {1}</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/letter_preview.py" line="233"/>
        <source>Saved: {0}</source>
        <translation>Enregistrée : {0}</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/letter_preview.py" line="261"/>
        <source>The printer could not be started.</source>
        <translation>L'imprimante n'a pas pu être lancée.</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/letter_preview.py" line="273"/>
        <source>Sent to the printer.</source>
        <translation>Envoyée à l'imprimante.</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/letter_preview.py" line="303"/>
        <source>Writing letters…</source>
        <translation>Rédaction des lettres…</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/letter_preview.py" line="303"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/letter_preview.py" line="304"/>
        <location filename="../clinic_app/ui/letter_preview.py" line="345"/>
        <source>Letters for the selected cases</source>
        <translation>Lettres des dossiers choisis</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/letter_preview.py" line="314"/>
        <source>Case {0} ({1} of {2})</source>
        <translation>Dossier {0} ({1} sur {2})</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/letter_preview.py" line="338"/>
        <source>{0} letter(s) written.</source>
        <translation>{0} lettre(s) écrite(s).</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/letter_preview.py" line="340"/>
        <source>Cancelled before the end.</source>
        <translation>Annulé avant la fin.</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/letter_preview.py" line="342"/>
        <source>Not written:</source>
        <translation>Non écrites :</translation>
    </message>
</context>
</TS>
