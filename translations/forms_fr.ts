<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_CA">
<context>
    <name>CaseForms</name>
    <message>
        <location filename="../clinic_app/ui/forms/editor.py" line="77"/>
        <source>Draft</source>
        <translation>Brouillon</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/forms/editor.py" line="78"/>
        <source>Intake complete</source>
        <translation>Accueil complet</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/forms/editor.py" line="79"/>
        <source>Reviewed</source>
        <translation>Révisé</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/forms/editor.py" line="80"/>
        <source>Letter sent</source>
        <translation>Lettre envoyée</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/forms/editor.py" line="81"/>
        <source>Closed</source>
        <translation>Fermé</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/forms/editor.py" line="184"/>
        <source>Status:</source>
        <extracomment>the banner that holds a state, shown again in the new language: &quot;restored&quot;, &quot;stale&quot;, &quot;unreadable&quot; or &quot;&quot; a site&apos;s facts were saved from this form: the figures of its other cases are stale (recomputed in the background by the main window)</extracomment>
        <translation>Statut :</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/forms/editor.py" line="188"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/forms/editor.py" line="194"/>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/forms/editor.py" line="195"/>
        <source>Save the case (Ctrl+S); an incomplete case is kept as a draft</source>
        <translation>Enregistrer le dossier (Ctrl+S) ; un dossier incomplet est gardé comme brouillon</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/forms/editor.py" line="209"/>
        <source>&amp;Reload the newer version</source>
        <translation>&amp;Recharger la version plus récente</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/forms/editor.py" line="212"/>
        <source>Discard the restored changes</source>
        <translation>Abandonner les modifications restaurées</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/forms/editor.py" line="221"/>
        <source>Sections of the form</source>
        <translation>Sections du formulaire</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/forms/editor.py" line="314"/>
        <source>Person</source>
        <translation>Personne</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/forms/editor.py" line="315"/>
        <source>Consent</source>
        <translation>Consentement</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/forms/editor.py" line="316"/>
        <source>Consent to read to the person</source>
        <translation>Consentement à lire à la personne</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/forms/editor.py" line="322"/>
        <source>Employment</source>
        <translation>Emploi</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/forms/editor.py" line="324"/>
        <source>Engagement</source>
        <translation>Engagement</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/forms/editor.py" line="326"/>
        <source>Control indicators</source>
        <translation>Indices de contrôle</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/forms/editor.py" line="327"/>
        <source>Pay</source>
        <translation>Salaire</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/forms/editor.py" line="328"/>
        <source>Notice and payments</source>
        <translation>Avis et paiements</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/forms/editor.py" line="329"/>
        <source>Release and steps taken</source>
        <translation>Quittance et démarches</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/forms/editor.py" line="330"/>
        <location filename="../clinic_app/ui/forms/sections.py" line="290"/>
        <source>Documents seen</source>
        <translation>Documents vus</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/forms/editor.py" line="331"/>
        <source>Evidence</source>
        <translation>Pièces justificatives</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/forms/editor.py" line="332"/>
        <location filename="../clinic_app/ui/forms/sections.py" line="313"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/forms/editor.py" line="371"/>
        <source>The site was not saved: {0}.</source>
        <translation>Le site n’a pas été enregistré : {0}.</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/forms/editor.py" line="655"/>
        <source>Weekly wage used: hourly rate × hours = {0}</source>
        <translation>Salaire hebdomadaire retenu : taux horaire × heures = {0}</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/forms/editor.py" line="657"/>
        <source>The weekly wage typed is used; the hourly rate is kept for the record.</source>
        <translation>Le salaire hebdomadaire saisi est retenu ; le taux horaire est gardé pour mémoire.</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/forms/editor.py" line="659"/>
        <source>Type the hourly rate and the hours, or the weekly wage.</source>
        <translation>Saisissez le taux horaire et les heures, ou le salaire hebdomadaire.</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/forms/editor.py" line="675"/>
        <source>No indicator of employee status recorded yet ({0} of {1} questions answered).</source>
        <translation>Aucun indice de statut de salarié noté pour l’instant ({0} questions sur {1} répondues).</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/forms/editor.py" line="678"/>
        <source>{0} of {1} indicators point to employee status ({2} answered): {3}.</source>
        <translation>{0} indices sur {1} indiquent un statut de salarié ({2} répondus) : {3}.</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/forms/editor.py" line="681"/>
        <source>Treated as a contractor: status disputed; the client company is solidarily liable (LNT s. 95).</source>
        <translation>Traité comme travailleur autonome : statut contesté ; le donneur d’ouvrage est solidairement responsable (LNT art. 95).</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/forms/editor.py" line="689"/>
        <source>New warehouse case</source>
        <translation>Nouveau dossier entrepôt</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/forms/editor.py" line="691"/>
        <source>New driver case</source>
        <translation>Nouveau dossier livreur</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/forms/editor.py" line="721"/>
        <source>The draft could not be saved automatically: save the case now.</source>
        <translation>Le brouillon n’a pas pu être sauvegardé automatiquement : enregistrez le dossier maintenant.</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/forms/editor.py" line="759"/>
        <source>Unsaved changes typed until {0} were put back. Check them and save.</source>
        <translation>Les modifications non enregistrées saisies jusqu’à {0} ont été remises en place. Vérifiez-les et enregistrez.</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/forms/editor.py" line="897"/>
        <source>Not saved: these fields cannot be read yet: {0}. What you typed is kept; correct them and save again.</source>
        <translation>Non enregistré : ces champs ne peuvent pas encore être lus : {0}. Ce que vous avez saisi est gardé ; corrigez-les et enregistrez de nouveau.</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/forms/editor.py" line="915"/>
        <source>Not saved: referred out because of a conflict of interest (decision recorded). What you typed is kept as a draft until you close this tab.</source>
        <translation>Non enregistré : dirigé ailleurs à cause d’un conflit d’intérêts (décision consignée). Ce que vous avez tapé est gardé comme brouillon jusqu’à la fermeture de cet onglet.</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/forms/editor.py" line="948"/>
        <source>Not saved: this case was changed elsewhere (another window, another volunteer or a merge) since you opened it. Reload the newer version: what you typed is kept on top of it; then check and save again.</source>
        <translation>Non enregistré : ce dossier a été modifié ailleurs (une autre fenêtre, un autre bénévole ou une fusion) depuis que vous l’avez ouvert. Rechargez la version plus récente : ce que vous avez saisi est gardé par-dessus ; vérifiez puis enregistrez de nouveau.</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/forms/editor.py" line="943"/>
        <source>Not saved: {0}. What you typed is kept as a draft.</source>
        <translation>Non enregistré : {0}. Ce que vous avez saisi est gardé comme brouillon.</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/forms/editor.py" line="966"/>
        <source>Saved as a draft ({0}): still missing or to correct: {1}.</source>
        <translation>Enregistré comme brouillon ({0}) : encore à remplir ou à corriger : {1}.</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/forms/editor.py" line="970"/>
        <source>Saved ({0}).</source>
        <translation>Enregistré ({0}).</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/forms/editor.py" line="984"/>
        <source>The newer version was loaded; your changes are kept on top of it. Check them and save.</source>
        <translation>La version plus récente a été chargée ; vos modifications sont gardées par-dessus. Vérifiez-les et enregistrez.</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/forms/editor.py" line="992"/>
        <source>Unsaved changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/forms/editor.py" line="993"/>
        <source>This case has changes that are not saved. Save them?</source>
        <translation>Ce dossier a des modifications non enregistrées. Les enregistrer ?</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/forms/fields.py" line="224"/>
        <location filename="../clinic_app/ui/forms/fields.py" line="225"/>
        <source>Pick the date from a calendar</source>
        <extracomment>The site field&apos;s &quot;Details…&quot; button (the editor opens the establishment dialog with it).</extracomment>
        <translation>Choisir la date dans un calendrier</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/forms/page.py" line="204"/>
        <source>in dollars</source>
        <translation>en dollars</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/forms/page.py" line="205"/>
        <location filename="../clinic_app/ui/forms/page.py" line="221"/>
        <location filename="../clinic_app/ui/forms/page.py" line="227"/>
        <source>For example: {0}</source>
        <translation>Par exemple : {0}</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/forms/page.py" line="220"/>
        <source>letter digit letter digit letter digit</source>
        <translation>lettre chiffre lettre chiffre lettre chiffre</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/forms/page.py" line="226"/>
        <source>10 digits, extension allowed</source>
        <translation>10 chiffres, poste permis</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/forms/page.py" line="237"/>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/forms/page.py" line="237"/>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/forms/page.py" line="238"/>
        <location filename="../clinic_app/ui/forms/sections.py" line="208"/>
        <location filename="../clinic_app/ui/forms/sections.py" line="210"/>
        <location filename="../clinic_app/ui/forms/sections.py" line="218"/>
        <location filename="../clinic_app/ui/forms/sections.py" line="222"/>
        <source>Not asked</source>
        <translation>Pas demandé</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/forms/sections.py" line="31"/>
        <location filename="../clinic_app/ui/forms/sections.py" line="36"/>
        <location filename="../clinic_app/ui/forms/consent.py" line="72"/>
        <source>French</source>
        <translation>Français</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/forms/sections.py" line="31"/>
        <location filename="../clinic_app/ui/forms/sections.py" line="36"/>
        <location filename="../clinic_app/ui/forms/consent.py" line="73"/>
        <source>English</source>
        <translation>Anglais</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/forms/sections.py" line="32"/>
        <source>Arabic</source>
        <translation>Arabe</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/forms/sections.py" line="32"/>
        <location filename="../clinic_app/ui/forms/sections.py" line="221"/>
        <location filename="../clinic_app/ui/forms/tables.py" line="194"/>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/forms/sections.py" line="40"/>
        <source>The driver</source>
        <translation>Le livreur</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/forms/sections.py" line="41"/>
        <source>The delivery company</source>
        <translation>L’entreprise de livraison</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/forms/sections.py" line="42"/>
        <source>The client company</source>
        <translation>Le donneur d’ouvrage</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/forms/sections.py" line="44"/>
        <source>A rental company</source>
        <translation>Une entreprise de location</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/forms/sections.py" line="51"/>
        <source>Identity</source>
        <translation>Identité</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/forms/sections.py" line="52"/>
        <source>&amp;Given name</source>
        <translation>&amp;Prénom</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/forms/sections.py" line="53"/>
        <source>&amp;Family name</source>
        <translation>&amp;Nom de famille</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/forms/sections.py" line="54"/>
        <source>Name &amp;used</source>
        <translation>Nom &amp;usuel</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/forms/sections.py" line="55"/>
        <source>If different from the legal name</source>
        <translation>S’il diffère du nom légal</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/forms/sections.py" line="56"/>
        <source>Date of &amp;birth</source>
        <translation>&amp;Date de naissance</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/forms/sections.py" line="57"/>
        <source>Contact</source>
        <translation>Coordonnées</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/forms/sections.py" line="58"/>
        <source>&amp;Phone</source>
        <translation>&amp;Téléphone</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/forms/sections.py" line="59"/>
        <source>E&amp;mail</source>
        <translation>&amp;Courriel</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/forms/sections.py" line="60"/>
        <source>&amp;Address</source>
        <translation>&amp;Adresse</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/forms/sections.py" line="61"/>
        <source>&amp;City</source>
        <translation>&amp;Ville</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/forms/sections.py" line="62"/>
        <source>Pro&amp;vince</source>
        <translation>P&amp;rovince</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/forms/sections.py" line="63"/>
        <source>P&amp;ostal code</source>
        <translation>C&amp;ode postal</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/forms/sections.py" line="67"/>
        <source>Lette&amp;r language</source>
        <translation>Lan&amp;gue de la lettre</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/forms/sections.py" line="71"/>
        <source>Immigration s&amp;tatus</source>
        <translation>Statut d’i&amp;mmigration</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/forms/sections.py" line="88"/>
        <source>Site details…</source>
        <translation>Détails du site…</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/forms/sections.py" line="122"/>
        <source>Start date (&amp;hire)</source>
        <translation>Da&amp;te d’embauche</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/forms/sections.py" line="126"/>
        <source>&amp;Cause of the end</source>
        <translation>Ca&amp;use de la fin</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/forms/sections.py" line="136"/>
        <source>Type &amp;of job</source>
        <translation>Type d’empl&amp;oi</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/forms/sections.py" line="141"/>
        <source>End of the fi&amp;xed term</source>
        <translation>Fi&amp;n de la durée déterminée</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/forms/sections.py" line="163"/>
        <source>D&amp;elivery company (legal name)</source>
        <translation>Entreprise de livrai&amp;son (nom légal)</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/forms/sections.py" line="165"/>
        <source>Client co&amp;mpany</source>
        <translation>Donneur d’ou&amp;vrage</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/forms/sections.py" line="175"/>
        <source>Treated as an inde&amp;pendent contractor (status disputed)</source>
        <translation>Traité comme travailleur autono&amp;me (statut contesté)</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/forms/sections.py" line="207"/>
        <source>Who set the sc&amp;hedule?</source>
        <translation>Qui fixait l’&amp;horaire ?</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/forms/sections.py" line="241"/>
        <source>Weekly wa&amp;ge</source>
        <translation>&amp;Salaire hebdomadaire</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/forms/sections.py" line="247"/>
        <source>Recent wee&amp;ks</source>
        <translation>Semaines &amp;récentes</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/forms/sections.py" line="278"/>
        <source>Release signed &amp;on</source>
        <translation>Quittance &amp;signée le</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/forms/sections.py" line="64"/>
        <source>Languages</source>
        <translation>Langues</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/forms/sections.py" line="65"/>
        <source>Worker&apos;s &amp;language</source>
        <translation>&amp;Langue de la personne</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/forms/sections.py" line="66"/>
        <source>&amp;Interpreter needed</source>
        <translation>Besoin d’un &amp;interprète</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/forms/sections.py" line="68"/>
        <source>The worker&apos;s language, the letter language and the interface language are separate: changing one never changes another.</source>
        <translation>La langue de la personne, celle de la lettre et celle de l’interface sont distinctes : changer l’une ne change jamais les autres.</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/forms/sections.py" line="70"/>
        <source>Sensitive</source>
        <translation>Sensible</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/forms/sections.py" line="72"/>
        <source>Only if it matters for the case</source>
        <translation>Seulement si cela compte pour le dossier</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/forms/sections.py" line="89"/>
        <source>The site&apos;s counts and the notice to the Minister, shared by all its cases (collective dismissal)</source>
        <translation>Les comptes du site et l’avis au ministre, communs à tous ses dossiers (licenciement collectif)</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/forms/sections.py" line="117"/>
        <source>Dates and end of work</source>
        <translation>Dates et fin du travail</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/forms/sections.py" line="118"/>
        <source>&amp;Law that applies</source>
        <translation>&amp;Loi applicable</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/forms/sections.py" line="119"/>
        <source>Quebec (Act respecting labour standards)</source>
        <translation>Québec (Loi sur les normes du travail)</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/forms/sections.py" line="120"/>
        <source>Federal (Canada Labour Code)</source>
        <translation>Fédéral (Code canadien du travail)</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/forms/sections.py" line="123"/>
        <source>Last &amp;day worked</source>
        <translation>&amp;Dernier jour travaillé</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/forms/sections.py" line="124"/>
        <source>&amp;Termination date</source>
        <translation>Date de &amp;fin d’emploi</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/forms/sections.py" line="125"/>
        <source>It is a la&amp;yoff (first day of the layoff above)</source>
        <translation>C’est une mise à p&amp;ied (premier jour de la mise à pied ci-dessus)</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/forms/sections.py" line="127"/>
        <source>Closure of the establishment</source>
        <translation>Fermeture de l’établissement</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/forms/sections.py" line="128"/>
        <source>Other dismissal</source>
        <translation>Autre congédiement</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/forms/sections.py" line="129"/>
        <source>Serious fault alleged</source>
        <translation>Faute grave alléguée</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/forms/sections.py" line="130"/>
        <source>Unforeseeable event (e.g. a contract cancelled)</source>
        <translation>Événement imprévu (p. ex. un contrat annulé)</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/forms/sections.py" line="131"/>
        <source>Force majeure</source>
        <translation>Force majeure</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/forms/sections.py" line="132"/>
        <source>End of a fixed term</source>
        <translation>Fin d’un contrat à durée déterminée</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/forms/sections.py" line="135"/>
        <source>The serious fault is established (admitted, or decided by a tribunal)</source>
        <translation>La faute grave est établie (admise ou reconnue par un tribunal)</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/forms/sections.py" line="137"/>
        <source>Permanent</source>
        <translation>Permanent</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/forms/sections.py" line="138"/>
        <source>Fixed term</source>
        <translation>Durée déterminée</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/forms/sections.py" line="139"/>
        <source>Seasonal, fixed term</source>
        <translation>Saisonnier, durée déterminée</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/forms/sections.py" line="145"/>
        <source>Employer</source>
        <translation>Employeur</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/forms/sections.py" line="146"/>
        <source>&amp;Employer legal name</source>
        <translation>Nom légal de l’emplo&amp;yeur</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/forms/sections.py" line="147"/>
        <source>S&amp;ite code</source>
        <translation>Code du &amp;site</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/forms/sections.py" line="148"/>
        <source>&amp;Badge</source>
        <translation>&amp;Badge</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/forms/sections.py" line="149"/>
        <source>Blue (permanent)</source>
        <translation>Bleu (permanent)</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/forms/sections.py" line="150"/>
        <source>White (seasonal / temporary)</source>
        <translation>Blanc (saisonnier / temporaire)</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/forms/sections.py" line="151"/>
        <location filename="../clinic_app/ui/forms/sections.py" line="171"/>
        <location filename="../clinic_app/ui/forms/sections.py" line="173"/>
        <source>Not known</source>
        <translation>Inconnu</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/forms/sections.py" line="152"/>
        <source>&amp;Job title</source>
        <translation>&amp;Poste</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/forms/sections.py" line="153"/>
        <source>&amp;Union member</source>
        <translation>&amp;Membre d’un syndicat</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/forms/sections.py" line="154"/>
        <source>Union &amp;name</source>
        <translation>Nom du syndi&amp;cat</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/forms/sections.py" line="155"/>
        <source>Recall rights in the agreement (&amp;months)</source>
        <translation>Droit de rappel prévu à la convention (mois)</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/forms/sections.py" line="156"/>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/forms/sections.py" line="162"/>
        <source>Who the driver worked for</source>
        <translation>Pour qui le livreur travaillait</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/forms/sections.py" line="164"/>
        <source>Delivery company &amp;address</source>
        <translation>&amp;Adresse de l’entreprise de livraison</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/forms/sections.py" line="166"/>
        <source>Client company add&amp;ress</source>
        <translation>Adresse du donneur d’ouvra&amp;ge</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/forms/sections.py" line="167"/>
        <source>Stat&amp;ion code</source>
        <translation>&amp;Code de la station</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/forms/sections.py" line="168"/>
        <source>Paid &amp;by</source>
        <translation>&amp;Payé à la</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/forms/sections.py" line="169"/>
        <source>Route</source>
        <translation>Route</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/forms/sections.py" line="169"/>
        <source>Day</source>
        <translation>Journée</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/forms/sections.py" line="170"/>
        <source>Hour</source>
        <translation>Heure</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/forms/sections.py" line="170"/>
        <source>Parcel</source>
        <translation>Colis</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/forms/sections.py" line="172"/>
        <source>&amp;Vehicle owned by</source>
        <translation>Véhicule appa&amp;rtenant à</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/forms/sections.py" line="191"/>
        <source>schedule set by the company</source>
        <extracomment>The control indicators, in the order the checklist asks them.</extracomment>
        <translation>horaire fixé par l’entreprise</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/forms/sections.py" line="192"/>
        <source>routes set by the company</source>
        <translation>routes fixées par l’entreprise</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/forms/sections.py" line="193"/>
        <source>could not refuse routes</source>
        <translation>ne pouvait pas refuser de routes</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/forms/sections.py" line="194"/>
        <source>could not send a substitute</source>
        <translation>ne pouvait pas envoyer de remplaçant</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/forms/sections.py" line="195"/>
        <source>uniform or badge</source>
        <translation>uniforme ou badge</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/forms/sections.py" line="196"/>
        <source>monitored through an app</source>
        <translation>surveillé par une application</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/forms/sections.py" line="197"/>
        <source>exclusivity</source>
        <translation>exclusivité</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/forms/sections.py" line="198"/>
        <source>tools supplied by the company</source>
        <translation>outils fournis par l’entreprise</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/forms/sections.py" line="199"/>
        <source>paid on a pay slip</source>
        <translation>payé avec un bulletin de paie</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/forms/sections.py" line="205"/>
        <source>Control indicators (employee status, LNT s. 1(10))</source>
        <translation>Indices de contrôle (statut de salarié, LNT art. 1(10))</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/forms/sections.py" line="206"/>
        <source>Ask each question; leave “Not asked” when the driver does not know.</source>
        <translation>Posez chaque question ; laissez « Pas demandé » si le livreur ne sait pas.</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/forms/sections.py" line="209"/>
        <source>Who set the &amp;routes?</source>
        <translation>Qui fixait les &amp;routes ?</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/forms/sections.py" line="211"/>
        <source>Could the driver re&amp;fuse routes?</source>
        <translation>Le livreur pouvait-il re&amp;fuser des routes ?</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/forms/sections.py" line="213"/>
        <source>Could the driver send a substi&amp;tute?</source>
        <translation>Le livreur pouvait-il envoyer un rem&amp;plaçant ?</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/forms/sections.py" line="214"/>
        <source>&amp;Uniform or badge required?</source>
        <translation>&amp;Uniforme ou badge exigé ?</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/forms/sections.py" line="215"/>
        <source>&amp;Monitored through an app?</source>
        <translation>&amp;Surveillé par une application ?</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/forms/sections.py" line="216"/>
        <source>E&amp;xclusivity required?</source>
        <translation>E&amp;xclusivité exigée ?</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/forms/sections.py" line="217"/>
        <source>Who supplied the t&amp;ools?</source>
        <translation>Qui fournissait les &amp;outils ?</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/forms/sections.py" line="219"/>
        <source>How was the driver &amp;paid?</source>
        <translation>Comment le livreur était-il pa&amp;yé ?</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/forms/sections.py" line="220"/>
        <source>Pay slip</source>
        <translation>Bulletin de paie</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/forms/sections.py" line="220"/>
        <source>Invoice</source>
        <translation>Facture</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/forms/sections.py" line="223"/>
        <location filename="../clinic_app/ui/forms/sections.py" line="227"/>
        <source>Summary for staff</source>
        <translation>Résumé pour le personnel</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/forms/sections.py" line="237"/>
        <source>Regular pay (without overtime)</source>
        <translation>Salaire régulier (sans heures supplémentaires)</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/forms/sections.py" line="238"/>
        <source>&amp;Hourly rate</source>
        <translation>&amp;Taux horaire</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/forms/sections.py" line="239"/>
        <source>Hours per &amp;week</source>
        <translation>&amp;Heures par semaine</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/forms/sections.py" line="240"/>
        <source>regular hours</source>
        <translation>heures habituelles</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/forms/sections.py" line="244"/>
        <source>When the pay varied from week to week</source>
        <translation>Quand le salaire variait d’une semaine à l’autre</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/forms/sections.py" line="245"/>
        <source>The weekly pay &amp;varied</source>
        <translation>Le salaire hebdomadaire &amp;variait</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/forms/sections.py" line="248"/>
        <source>Vacation</source>
        <translation>Vacances</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/forms/sections.py" line="250"/>
        <source>Gross wages of the last complete&amp;d year (1 May to 30 April)</source>
        <translation>Salaire brut de la dernière année ter&amp;minée (1er mai au 30 avril)</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/forms/sections.py" line="252"/>
        <source>Gross wages since 1 May (current ye&amp;ar)</source>
        <translation>Salaire brut depuis le 1er mai (année en co&amp;urs)</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/forms/sections.py" line="254"/>
        <source>The completed year counts only if its vacation was neither taken nor paid. Leave a field empty when it is not known.</source>
        <translation>L&apos;année terminée ne compte que si ses vacances n&apos;ont été ni prises ni payées. Laissez un champ vide s&apos;il n&apos;est pas connu.</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/forms/sections.py" line="261"/>
        <source>Notice</source>
        <translation>Avis</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/forms/sections.py" line="262"/>
        <source>Notice &amp;received on</source>
        <translation>Avis &amp;reçu le</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/forms/sections.py" line="263"/>
        <source>&amp;Weeks of notice given</source>
        <translation>&amp;Semaines d’avis données</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/forms/sections.py" line="264"/>
        <source>not known</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/forms/sections.py" line="265"/>
        <source>Type 0 when no written notice was received; leave empty when it is not known.</source>
        <translation>Inscrivez 0 si aucun préavis écrit n&apos;a été reçu; laissez vide si ce n&apos;est pas connu.</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/forms/sections.py" line="267"/>
        <source>Notice handed over &amp;during the layoff</source>
        <translation>Avis remis &amp;pendant la mise à pied</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/forms/sections.py" line="268"/>
        <source>Payments received at the end</source>
        <translation>Paiements reçus à la fin</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/forms/sections.py" line="269"/>
        <source>&amp;Payments</source>
        <translation>P&amp;aiements</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/forms/sections.py" line="270"/>
        <source>Everything the employer or the delivery company already paid at the end: it is subtracted from what is owed.</source>
        <translation>Tout ce que l’employeur ou l’entreprise de livraison a déjà payé à la fin : c’est soustrait de ce qui est dû.</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/forms/sections.py" line="276"/>
        <source>Release</source>
        <translation>Quittance</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/forms/sections.py" line="277"/>
        <source>A &amp;release (quittance) was signed</source>
        <translation>Une &amp;quittance a été signée</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/forms/sections.py" line="279"/>
        <source>A release cannot waive the legal minimums: what is still owed can be claimed.</source>
        <translation>Une quittance ne peut pas faire renoncer aux minimums de la loi : ce qui reste dû peut être réclamé.</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/forms/sections.py" line="281"/>
        <source>Steps already taken</source>
        <translation>Démarches déjà faites</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/forms/sections.py" line="282"/>
        <source>&amp;Complaint filed on</source>
        <translation>&amp;Plainte déposée le</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/forms/sections.py" line="283"/>
        <source>A CNESST notice of inquiry is a fact of the employer: enter it once in the site details.</source>
        <translation>Un avis d&apos;enquête de la CNESST concerne l&apos;employeur : inscrivez-le une fois dans les détails du site.</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/forms/sections.py" line="289"/>
        <source>Documents the volunteer saw</source>
        <translation>Documents vus par le bénévole</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/forms/sections.py" line="316"/>
        <location filename="../clinic_app/ui/forms/sections.py" line="318"/>
        <source>Earlier notes</source>
        <translation>Notes précédentes</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/forms/sections.py" line="322"/>
        <source>&amp;New note</source>
        <translation>&amp;Nouvelle note</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/forms/tables.py" line="69"/>
        <source>Add a row</source>
        <translation>Ajouter une ligne</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/forms/tables.py" line="70"/>
        <source>Remove the row</source>
        <translation>Retirer la ligne</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/forms/tables.py" line="176"/>
        <source>Week ending</source>
        <translation>Semaine finie le</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/forms/tables.py" line="177"/>
        <source>Regular pay</source>
        <translation>Salaire régulier</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/forms/tables.py" line="189"/>
        <source>In lieu of notice</source>
        <translation>Tenant lieu d’avis</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/forms/tables.py" line="190"/>
        <source>Severance</source>
        <translation>Indemnité de départ</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/forms/tables.py" line="191"/>
        <source>Closure package</source>
        <translation>Forfait de fermeture</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/forms/tables.py" line="192"/>
        <source>Vacation pay</source>
        <translation>Indemnité de vacances</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/forms/tables.py" line="193"/>
        <source>Final wages</source>
        <translation>Dernier salaire</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/forms/tables.py" line="201"/>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/forms/tables.py" line="201"/>
        <location filename="../clinic_app/ui/forms/tables.py" line="213"/>
        <source>Purpose</source>
        <translation>Objet</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/forms/tables.py" line="202"/>
        <source>Paid on</source>
        <translation>Payé le</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/forms/tables.py" line="202"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/forms/tables.py" line="247"/>
        <source>Pay slips</source>
        <extracomment>Documents a volunteer commonly sees; stored as these stable codes so a letter in either language can name them.</extracomment>
        <translation>Bulletins de paie</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/forms/tables.py" line="248"/>
        <source>Record of employment (ROE)</source>
        <translation>Relevé d’emploi (RE)</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/forms/tables.py" line="249"/>
        <source>Termination or closure letter</source>
        <translation>Lettre de fin d’emploi ou de fermeture</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/forms/tables.py" line="250"/>
        <source>Employment or service contract</source>
        <translation>Contrat de travail ou de service</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/forms/tables.py" line="251"/>
        <source>Release or settlement signed</source>
        <translation>Quittance ou entente signée</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/forms/tables.py" line="252"/>
        <source>Schedules or route screenshots</source>
        <translation>Horaires ou captures des routes</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/forms/tables.py" line="253"/>
        <source>Screenshots of the delivery app</source>
        <translation>Captures de l’application de livraison</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/forms/tables.py" line="254"/>
        <source>Invoices to the delivery company</source>
        <translation>Factures à l’entreprise de livraison</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/forms/tables.py" line="255"/>
        <source>Tax slips (T4 / RL-1)</source>
        <translation>Feuillets fiscaux (T4 / RL-1)</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/forms/tables.py" line="256"/>
        <source>Badge or uniform</source>
        <translation>Badge ou uniforme</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/forms/tables.py" line="274"/>
        <source>Other documents, separated by commas</source>
        <translation>Autres documents, séparés par des virgules</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/forms/tables.py" line="275"/>
        <source>Other documents</source>
        <translation>Autres documents</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/forms/consent.py" line="41"/>
        <source>The consent text file is missing from this installation (resources/consent). Explain consent in your own words.</source>
        <translation>Le texte du consentement manque dans cette installation (resources/consent). Expliquez le consentement dans vos mots.</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/forms/consent.py" line="47"/>
        <source>&amp;Intake only: keep the facts and compute</source>
        <translation>&amp;Accueil seulement : garder les faits et calculer</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/forms/consent.py" line="48"/>
        <source>Intake and &amp;letters to the employer on the person&apos;s behalf</source>
        <translation>Accueil et &amp;lettres à l’employeur au nom de la personne</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/forms/consent.py" line="50"/>
        <source>Also s&amp;hare with the union or lawyers named to the person</source>
        <translation>Aussi &amp;transmettre au syndicat ou aux avocats nommés à la personne</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/forms/consent.py" line="70"/>
        <source>Read the text in:</source>
        <translation>Lire le texte en :</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/forms/consent.py" line="74"/>
        <source>Language of the consent text</source>
        <translation>Langue du texte de consentement</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/forms/consent.py" line="82"/>
        <source>Consent text to read</source>
        <translation>Texte de consentement à lire</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/forms/consent.py" line="98"/>
        <source>Your name (the volunteer recording the consent)</source>
        <translation>Votre nom (le ou la bénévole qui note le consentement)</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/forms/consent.py" line="99"/>
        <source>Volunteer recording the consent</source>
        <translation>Bénévole qui note le consentement</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/forms/consent.py" line="104"/>
        <source>Consent &amp;given</source>
        <translation>Consentement &amp;donné</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/forms/consent.py" line="105"/>
        <source>&amp;Withdraw consent</source>
        <translation>&amp;Retirer le consentement</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/forms/consent.py" line="138"/>
        <source>Choose what the person agrees to before recording consent.</source>
        <translation>Choisissez ce à quoi la personne consent avant de noter le consentement.</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/forms/consent.py" line="143"/>
        <source>Type your name: the record says who took the consent.</source>
        <translation>Tapez votre nom : la note dit qui a recueilli le consentement.</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/forms/consent.py" line="184"/>
        <source>✔ Consent recorded on {0} by {1}. Scope: {2}.</source>
        <translation>✔ Consentement noté le {0} par {1}. Portée : {2}.</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/forms/consent.py" line="188"/>
        <source>The scope chosen above differs: press “Consent given” to record it.</source>
        <translation>La portée choisie ci-dessus diffère : appuyez sur « Consentement donné » pour la noter.</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/forms/consent.py" line="191"/>
        <source>✘ No consent recorded: the case stays a draft until the person agrees.</source>
        <translation>✘ Aucun consentement noté : le dossier reste un brouillon tant que la personne n’a pas accepté.</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/forms/guided.py" line="58"/>
        <source>Review</source>
        <translation>Révision</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/forms/guided.py" line="60"/>
        <source>Review before finishing</source>
        <translation>Révision avant de terminer</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/forms/guided.py" line="70"/>
        <source>Missing or to correct</source>
        <translation>Manquant ou à corriger</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/forms/guided.py" line="73"/>
        <source>Enter on a line goes to that field.</source>
        <translation>Entrée sur une ligne mène à ce champ.</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/forms/guided.py" line="78"/>
        <source>Intake &amp;complete</source>
        <translation>Accueil &amp;complet</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/forms/guided.py" line="79"/>
        <source>Save the case with the status Intake complete</source>
        <translation>Enregistrer le dossier avec le statut Accueil complet</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/forms/guided.py" line="89"/>
        <source>Missing:</source>
        <translation>Manquant :</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/forms/guided.py" line="90"/>
        <source>To correct:</source>
        <translation>À corriger :</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/forms/guided.py" line="94"/>
        <source>Before the intake is complete: {0} missing, {1} to correct.</source>
        <translation>Avant que l’accueil soit complet : {0} manquant(s), {1} à corriger.</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/forms/guided.py" line="98"/>
        <source>Nothing is missing: the intake can be marked complete.</source>
        <translation>Rien ne manque : l’accueil peut être marqué complet.</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/forms/guided.py" line="142"/>
        <source>One section at a time, with Next and Back; sections that do not apply are skipped</source>
        <translation>Une section à la fois, avec Suivant et Précédent ; les sections qui ne s’appliquent pas sont sautées</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/forms/guided.py" line="146"/>
        <source>◀ Back</source>
        <translation>◀ Précédent</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/forms/guided.py" line="148"/>
        <source>Next ▶</source>
        <translation>Suivant ▶</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/forms/guided.py" line="157"/>
        <source>Required answers:</source>
        <translation>Réponses obligatoires :</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/forms/guided.py" line="147"/>
        <source>Previous section (Alt+Left)</source>
        <translation>Section précédente (Alt+Gauche)</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/forms/guided.py" line="141"/>
        <source>Guided mode</source>
        <translation>Mode guidé</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/forms/guided.py" line="149"/>
        <source>Next section (Alt+Right)</source>
        <translation>Section suivante (Alt+Droite)</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/forms/guided.py" line="154"/>
        <source>Required answers given</source>
        <translation>Réponses obligatoires données</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/forms/guided.py" line="174"/>
        <source>* required: needed to compute the figures and to complete the intake</source>
        <translation>* obligatoire : nécessaire pour calculer les montants et compléter l’accueil</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/forms/guided.py" line="232"/>
        <source>{0} (required)</source>
        <translation>{0} (obligatoire)</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/forms/guided.py" line="280"/>
        <source>Step {0} of {1}</source>
        <translation>Étape {0} sur {1}</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/forms/evidence.py" line="125"/>
        <source>Checklist</source>
        <translation>Liste de contrôle</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/forms/evidence.py" line="134"/>
        <source>&amp;Kind of document:</source>
        <translation>&amp;Type de pièce :</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/forms/evidence.py" line="139"/>
        <source>&amp;Add files…</source>
        <translation>&amp;Ajouter des fichiers…</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/forms/evidence.py" line="145"/>
        <location filename="../clinic_app/ui/forms/evidence.py" line="220"/>
        <source>Or drop files here. PDF, JPEG, PNG, HEIC or text; at most 25 MB per file. Files are kept encrypted in the case database.</source>
        <translation>Ou déposez des fichiers ici. PDF, JPEG, PNG, HEIC ou texte ; 25 Mo au plus par fichier. Les fichiers sont gardés chiffrés dans la base des dossiers.</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/forms/evidence.py" line="161"/>
        <source>Documents of the case</source>
        <translation>Pièces du dossier</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/forms/evidence.py" line="167"/>
        <source>&amp;View</source>
        <translation>&amp;Voir</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/forms/evidence.py" line="169"/>
        <source>&amp;Rotate</source>
        <translation>&amp;Pivoter</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/forms/evidence.py" line="171"/>
        <source>Make a smaller cop&amp;y</source>
        <translation>Faire une copie plus &amp;légère</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/forms/evidence.py" line="172"/>
        <source>Adds a reduced copy of a large photo; the original is kept</source>
        <translation>Ajoute une copie réduite d&apos;une grande photo ; l&apos;original est gardé</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/forms/evidence.py" line="175"/>
        <source>Re&amp;move…</source>
        <translation>&amp;Retirer…</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/forms/evidence.py" line="223"/>
        <location filename="../clinic_app/ui/forms/evidence.py" line="312"/>
        <source>Save the case once to add documents to it.</source>
        <translation>Enregistrez d&apos;abord le dossier pour y ajouter des pièces.</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/forms/evidence.py" line="248"/>
        <source>cannot be shown</source>
        <translation>affichage impossible</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/forms/evidence.py" line="282"/>
        <source>{0}: missing</source>
        <translation>{0} : manquant</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/forms/evidence.py" line="304"/>
        <source>Add documents</source>
        <translation>Ajouter des pièces</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/forms/evidence.py" line="305"/>
        <source>Documents (*.pdf *.jpg *.jpeg *.png *.heic *.heif *.txt);;All files (*)</source>
        <translation>Pièces (*.pdf *.jpg *.jpeg *.png *.heic *.heif *.txt);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/forms/evidence.py" line="381"/>
        <source>A smaller copy was added ({0}); the original is kept.</source>
        <translation>Une copie plus légère a été ajoutée ({0}) ; l&apos;original est gardé.</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/forms/evidence.py" line="391"/>
        <source>Remove a document</source>
        <translation>Retirer une pièce</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/forms/evidence.py" line="392"/>
        <source>Remove “{0}” from the case? The file is erased from the database.</source>
        <translation>Retirer « {0} » du dossier ? Le fichier est effacé de la base de données.</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/forms/evidence.py" line="401"/>
        <source>“{0}” was removed.</source>
        <translation>« {0} » a été retiré.</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/forms/evidence_viewer.py" line="87"/>
        <source>This HEIC photo cannot be shown on this computer; it is kept as it was received.</source>
        <translation>Cette photo HEIC ne peut pas être affichée sur cet ordinateur ; elle est gardée telle qu&apos;elle a été reçue.</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/forms/evidence_viewer.py" line="89"/>
        <source>This file cannot be shown (it may be damaged).</source>
        <translation>Ce fichier ne peut pas être affiché (il est peut-être endommagé).</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/forms/evidence_viewer.py" line="105"/>
        <source>This PDF cannot be shown (it may be damaged).</source>
        <translation>Ce PDF ne peut pas être affiché (il est peut-être endommagé).</translation>
    </message>
</context>
<context>
    <name>ConflictsDialog</name>
    <message>
        <location filename="../clinic_app/ui/conflicts_dialog.py" line="23"/>
        <source>Possible conflict of interest</source>
        <translation>Conflit d’intérêts possible</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/conflicts_dialog.py" line="25"/>
        <source>The check found what follows. A clinic may not act against a party it acts for, nor take both sides of one dispute. Decide before this case is saved; the decision is recorded with your name.</source>
        <translation>La vérification a trouvé ce qui suit. Une clinique ne peut pas agir contre une partie qu’elle représente, ni représenter les deux côtés d’un même litige. Décidez avant d’enregistrer ce dossier; la décision est consignée avec votre nom.</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/conflicts_dialog.py" line="32"/>
        <source>Matches found</source>
        <translation>Correspondances trouvées</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/conflicts_dialog.py" line="37"/>
        <source>&amp;Cleared: no real conflict, save the case</source>
        <translation>&amp;Vérifié : pas de vrai conflit, enregistrer le dossier</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/conflicts_dialog.py" line="38"/>
        <source>&amp;Refer out: do not save this case</source>
        <translation>&amp;Diriger ailleurs : ne pas enregistrer ce dossier</translation>
    </message>
</context>
<context>
    <name>Drafts</name>
    <message>
        <location filename="../clinic_app/ui/drafts.py" line="107"/>
        <source>(no name yet)</source>
        <translation>(pas encore de nom)</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/drafts.py" line="108"/>
        <source>warehouse worker</source>
        <translation>travailleur d’entrepôt</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/drafts.py" line="109"/>
        <source>driver</source>
        <translation>livreur</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/drafts.py" line="110"/>
        <source>new case</source>
        <translation>nouveau dossier</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/drafts.py" line="112"/>
        <source>{0} — {1}, {2} — typed until {3}</source>
        <translation>{0} — {1}, {2} — saisi jusqu’à {3}</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/drafts.py" line="134"/>
        <source>Unsaved intake forms</source>
        <translation>Formulaires d’accueil non enregistrés</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/drafts.py" line="137"/>
        <source>These forms were being typed when the program last stopped and were not saved. Restore them to continue where you left off.</source>
        <translation>Ces formulaires étaient en cours de saisie quand le programme s’est arrêté et n’ont pas été enregistrés. Restaurez-les pour continuer là où vous en étiez.</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/drafts.py" line="142"/>
        <source>Unsaved forms</source>
        <translation>Formulaires non enregistrés</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/drafts.py" line="149"/>
        <source>&amp;Restore</source>
        <translation>&amp;Restaurer</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/drafts.py" line="150"/>
        <source>&amp;Discard</source>
        <translation>&amp;Abandonner</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/drafts.py" line="151"/>
        <source>&amp;Later</source>
        <translation>Plus &amp;tard</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/drafts.py" line="169"/>
        <source>Discard drafts</source>
        <translation>Abandonner les brouillons</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/drafts.py" line="170"/>
        <source>Discard the checked forms? What was typed in them will be lost.</source>
        <translation>Abandonner les formulaires cochés ? Ce qui y a été saisi sera perdu.</translation>
    </message>
</context>
<context>
    <name>DuplicatesDialog</name>
    <message>
        <location filename="../clinic_app/ui/duplicates_dialog.py" line="39"/>
        <source>Draft</source>
        <translation>Brouillon</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/duplicates_dialog.py" line="40"/>
        <source>Intake complete</source>
        <translation>Accueil complet</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/duplicates_dialog.py" line="41"/>
        <source>Reviewed</source>
        <translation>Révisé</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/duplicates_dialog.py" line="42"/>
        <source>Letter sent</source>
        <translation>Lettre envoyée</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/duplicates_dialog.py" line="43"/>
        <source>Closed</source>
        <translation>Fermé</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/duplicates_dialog.py" line="63"/>
        <location filename="../clinic_app/ui/duplicates_dialog.py" line="87"/>
        <source>Possible duplicates</source>
        <translation>Doublons possibles</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/duplicates_dialog.py" line="65"/>
        <source>this person</source>
        <translation>cette personne</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/duplicates_dialog.py" line="67"/>
        <source>Other cases that may be the same person as {0} ({1}): same name, and the same phone or date of birth.</source>
        <translation>Autres dossiers qui pourraient être la même personne que {0} ({1}) : même nom, et même téléphone ou même date de naissance.</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/duplicates_dialog.py" line="70"/>
        <source>{0} may already have a case: same name, and the same phone or date of birth. Open the existing case rather than creating a second one, unless it is another person.</source>
        <translation>{0} a peut-être déjà un dossier : même nom, et même téléphone ou même date de naissance. Ouvrez le dossier existant plutôt que d’en créer un second, sauf s’il s’agit d’une autre personne.</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/duplicates_dialog.py" line="74"/>
        <source>No possible duplicate found for {0}.</source>
        <translation>Aucun doublon possible trouvé pour {0}.</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/duplicates_dialog.py" line="79"/>
        <source>Case number</source>
        <translation>Numéro de dossier</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/duplicates_dialog.py" line="79"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/duplicates_dialog.py" line="80"/>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/duplicates_dialog.py" line="80"/>
        <source>Date of birth</source>
        <translation>Date de naissance</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/duplicates_dialog.py" line="81"/>
        <source>Site or company</source>
        <translation>Site ou entreprise</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/duplicates_dialog.py" line="81"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/duplicates_dialog.py" line="102"/>
        <source>&amp;Open the existing case</source>
        <translation>&amp;Ouvrir le dossier existant</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/duplicates_dialog.py" line="107"/>
        <source>&amp;Save anyway (another person)</source>
        <translation>&amp;Enregistrer quand même (autre personne)</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/duplicates_dialog.py" line="110"/>
        <source>&amp;Cancel</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/duplicates_dialog.py" line="111"/>
        <source>&amp;Close</source>
        <translation>&amp;Fermer</translation>
    </message>
</context>
<context>
    <name>EntitlementPanel</name>
    <message>
        <location filename="../clinic_app/ui/entitlement_panel.py" line="58"/>
        <source>Continuous service</source>
        <extracomment>Rows of the panel: key, label. Keys that are figures of :class:`Entitlements` cite ``figures[key].basis``.</extracomment>
        <translation>Service continu</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/entitlement_panel.py" line="59"/>
        <source>Weekly wage used</source>
        <translation>Salaire hebdomadaire retenu</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/entitlement_panel.py" line="60"/>
        <source>Notice required</source>
        <translation>Avis requis</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/entitlement_panel.py" line="61"/>
        <source>Notice given</source>
        <translation>Avis donné</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/entitlement_panel.py" line="62"/>
        <source>Individual indemnity (notice)</source>
        <translation>Indemnité individuelle (avis)</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/entitlement_panel.py" line="63"/>
        <source>Collective notice tier</source>
        <translation>Palier d’avis collectif</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/entitlement_panel.py" line="64"/>
        <source>Collective indemnity</source>
        <translation>Indemnité collective</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/entitlement_panel.py" line="65"/>
        <source>Severance pay (federal)</source>
        <translation>Indemnité de départ (fédéral)</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/entitlement_panel.py" line="66"/>
        <source>Amount owed</source>
        <translation>Montant dû</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/entitlement_panel.py" line="67"/>
        <source>Payments received</source>
        <translation>Paiements reçus</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/entitlement_panel.py" line="68"/>
        <source>Shortfall to claim</source>
        <translation>Manque à réclamer</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/entitlement_panel.py" line="69"/>
        <source>Vacation indemnity still owed</source>
        <translation>Indemnité de vacances encore due</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/entitlement_panel.py" line="70"/>
        <source>Total claim</source>
        <translation>Total réclamé</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/entitlement_panel.py" line="71"/>
        <source>Claim deadline</source>
        <translation>Délai pour réclamer</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/entitlement_panel.py" line="78"/>
        <source>less than 3 months of service: no individual notice</source>
        <extracomment>Rows the establishment&apos;s second count can change.</extracomment>
        <translation>moins de 3 mois de service : pas d’avis individuel</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/entitlement_panel.py" line="79"/>
        <source>a fixed-term contract that simply expired</source>
        <translation>un contrat à durée déterminée simplement arrivé à terme</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/entitlement_panel.py" line="80"/>
        <source>a serious fault recorded as established</source>
        <translation>une faute grave inscrite comme établie</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/entitlement_panel.py" line="81"/>
        <source>ended by force majeure</source>
        <translation>fin par force majeure</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/entitlement_panel.py" line="84"/>
        <source>Urgent</source>
        <translation>Urgent</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/entitlement_panel.py" line="85"/>
        <source>Warning</source>
        <translation>Attention</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/entitlement_panel.py" line="86"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/entitlement_panel.py" line="137"/>
        <source>What the law gives</source>
        <translation>Ce que la loi accorde</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/entitlement_panel.py" line="161"/>
        <location filename="../clinic_app/ui/entitlement_panel.py" line="278"/>
        <source>Section of the law</source>
        <translation>Article de loi</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/entitlement_panel.py" line="203"/>
        <source>When it is due, and the remedies still open</source>
        <translation>Exigibilité et recours encore ouverts</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/entitlement_panel.py" line="219"/>
        <source>How it is computed</source>
        <translation>Comment c’est calculé</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/entitlement_panel.py" line="264"/>
        <location filename="../clinic_app/ui/entitlement_panel.py" line="328"/>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/entitlement_panel.py" line="279"/>
        <source>Law</source>
        <translation>Loi</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/entitlement_panel.py" line="326"/>
        <source>Employer&apos;s count ({0})</source>
        <translation>Compte de l’employeur ({0})</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/entitlement_panel.py" line="330"/>
        <source>Drivers counted ({0})</source>
        <translation>Livreurs comptés ({0})</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/entitlement_panel.py" line="359"/>
        <source>Figures not computed yet — {0}</source>
        <translation>Montants pas encore calculés — {0}</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/entitlement_panel.py" line="361"/>
        <source>Go to the field</source>
        <translation>Aller au champ</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/entitlement_panel.py" line="373"/>
        <source>Not known</source>
        <translation>Inconnu</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/entitlement_panel.py" line="385"/>
        <source>passed</source>
        <translation>passé</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/entitlement_panel.py" line="408"/>
        <source>No individual notice or indemnity: {0}.</source>
        <translation>Pas d’avis ni d’indemnité individuels : {0}.</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/entitlement_panel.py" line="423"/>
        <source>No establishment is linked to this case: the collective dismissal counts are not known.</source>
        <translation>Aucun établissement n’est lié à ce dossier : les comptes du licenciement collectif ne sont pas connus.</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/entitlement_panel.py" line="426"/>
        <source>No second count (drivers deemed employees) is recorded for this establishment.</source>
        <translation>Aucun second compte (livreurs réputés salariés) n’est noté pour cet établissement.</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/entitlement_panel.py" line="440"/>
        <source>Counting the drivers does not change the collective tier or the amount owed.</source>
        <translation>Compter les livreurs ne change ni le palier collectif ni le montant dû.</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/entitlement_panel.py" line="443"/>
        <source>Counting the drivers moves the collective tier from {0} to {1} and the amount owed by {2}.</source>
        <translation>Compter les livreurs fait passer le palier collectif de {0} à {1} et change le montant dû de {2}.</translation>
    </message>
</context>
<context>
    <name>EstablishmentDialog</name>
    <message>
        <location filename="../clinic_app/ui/forms/establishment.py" line="68"/>
        <source>Site or company</source>
        <translation>Site ou entreprise</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/forms/establishment.py" line="70"/>
        <source>These facts are shared by every case of this site or company: they decide the collective dismissal. They are saved when you press OK.</source>
        <translation>Ces faits sont communs à tous les dossiers de ce site ou de cette entreprise : ils décident du licenciement collectif. Ils sont enregistrés quand vous appuyez sur OK.</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/forms/establishment.py" line="102"/>
        <source>Site &amp;code or short name</source>
        <translation>&amp;Code du site ou nom court</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/forms/establishment.py" line="104"/>
        <source>&amp;Employer legal name</source>
        <translation>Nom légal de l’&amp;employeur</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/forms/establishment.py" line="106"/>
        <source>For a delivery company: the company it delivers for; for a site run by a subcontractor: the company it works for</source>
        <translation>Pour une entreprise de livraison : l’entreprise pour laquelle elle livre ; pour un site exploité par un sous-traitant : l’entreprise pour laquelle il travaille</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/forms/establishment.py" line="108"/>
        <source>C&amp;lient company</source>
        <translation>Entreprise cl&amp;iente</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/forms/establishment.py" line="110"/>
        <source>&amp;Address</source>
        <translation>&amp;Adresse</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/forms/establishment.py" line="112"/>
        <source>Quebec (Act respecting labour standards)</source>
        <translation>Québec (Loi sur les normes du travail)</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/forms/establishment.py" line="114"/>
        <source>Federal (Canada Labour Code)</source>
        <translation>Fédéral (Code canadien du travail)</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/forms/establishment.py" line="120"/>
        <source>&amp;Law that applies</source>
        <translation>&amp;Loi applicable</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/forms/establishment.py" line="123"/>
        <source>Cl&amp;osure date</source>
        <translation>Date de &amp;fermeture</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/forms/establishment.py" line="126"/>
        <source>&amp;Jobs lost (the employer&apos;s count)</source>
        <translation>Emplois &amp;perdus (compte de l’employeur)</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/forms/establishment.py" line="129"/>
        <source>Jobs lost counting the &amp;drivers deemed employees</source>
        <translation>Emplois perdus en comptant les li&amp;vreurs réputés salariés</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/forms/establishment.py" line="134"/>
        <source>&amp;Weeks of notice given to the Minister</source>
        <translation>&amp;Semaines d’avis données au ministre</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/forms/establishment.py" line="137"/>
        <source>Notice to the Minister &amp;given on</source>
        <translation>Avis au ministre &amp;donné le</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/forms/establishment.py" line="140"/>
        <source>CNESST notice of &amp;inquiry mailed on</source>
        <translation>Avis d&apos;en&amp;quête de la CNESST posté le</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/forms/establishment.py" line="142"/>
        <source>&amp;Union certified here</source>
        <translation>Syndica&amp;t accrédité ici</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/forms/establishment.py" line="144"/>
        <source>Collecti&amp;ve agreement</source>
        <translation>C&amp;onvention collective</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/forms/establishment.py" line="145"/>
        <source>Leave a count or the notice empty when it is not known (0 weeks: no notice was given). A CNESST notice of inquiry suspends prescription for every employee of this employer.</source>
        <translation>Laissez un compte ou l&apos;avis vide s&apos;il n&apos;est pas connu (0 semaine : aucun avis n&apos;a été donné). Un avis d&apos;enquête de la CNESST suspend la prescription pour tous les salariés de cet employeur.</translation>
    </message>
</context>
<context>
    <name>EvidencePanel</name>
    <message numerus="yes">
        <location filename="../clinic_app/ui/forms/evidence.py" line="284"/>
        <source>{0} (%n file(s))</source>
        <translation>
            <numerusform>{0} (%n fichier)</numerusform>
            <numerusform>{0} (%n fichiers)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../clinic_app/ui/forms/evidence.py" line="328"/>
        <source>%n document(s) added.</source>
        <translation>
            <numerusform>%n pièce ajoutée.</numerusform>
            <numerusform>%n pièces ajoutées.</numerusform>
        </translation>
    </message>
</context>
</TS>
