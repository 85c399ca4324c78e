<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_BE">
<context>
    <name>ErrorText</name>
    <message>
        <source>Family name</source>
        <translation>Nom de famille</translation>
    </message>
    <message>
        <source>Legal name</source>
        <translation>Dénomination</translation>
    </message>
    <message>
        <source>National register or BIS number</source>
        <translation>Numéro de registre national ou numéro BIS</translation>
    </message>
    <message>
        <source>Company number</source>
        <translation>Numéro d&apos;entreprise</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Date de naissance</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Intitulé</translation>
    </message>
    <message>
        <source>Staff effort (FTE)</source>
        <translation>Moyens humains (ETP)</translation>
    </message>
    <message>
        <source>List items</source>
        <translation>Lignes de la liste</translation>
    </message>
    <message>
        <source>A file could not be read or written (%1). Check the disk and the folder&apos;s permissions, then try again.</source>
        <translation>Un fichier n&apos;a pas pu être lu ou écrit (%1). Vérifiez le disque et les droits d&apos;accès du dossier, puis réessayez.</translation>
    </message>
    <message>
        <source>This file is not a Regie database. It was left untouched; choose another file.</source>
        <translation>Ce fichier n&apos;est pas une base de données Regie. Il n&apos;a pas été modifié ; choisissez un autre fichier.</translation>
    </message>
    <message>
        <source>This database was written by a newer Regie (schema version %1). Install the newer Regie to open it; this version will not change it.</source>
        <translation>Cette base de données a été écrite par une version plus récente de Regie (version de schéma %1). Installez cette version plus récente pour l&apos;ouvrir ; la présente version ne la modifiera pas.</translation>
    </message>
    <message>
        <source>The database is in use by another Regie (%1). Close that Regie first, or wait until it has finished writing.</source>
        <translation>La base de données est utilisée par un autre programme Regie (%1). Fermez d&apos;abord ce programme, ou attendez qu&apos;il ait fini d&apos;écrire.</translation>
    </message>
    <message>
        <source>The database refused the change (%1). Nothing was saved.</source>
        <translation>La base de données a refusé la modification (%1). Rien n&apos;a été enregistré.</translation>
    </message>
    <message>
        <source>The record no longer exists; it may have been deleted elsewhere.</source>
        <translation>Ces données n&apos;existent plus ; elles ont peut-être été supprimées ailleurs.</translation>
    </message>
    <message>
        <source>A value is not valid: %1.</source>
        <translation>Une valeur n&apos;est pas valide : %1.</translation>
    </message>
    <message>
        <source>%1: %2.</source>
        <translation>%1 : %2.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>The rules do not allow this step: %1</source>
        <translation>Les règles ne permettent pas cette étape : %1</translation>
    </message>
    <message>
        <source>This record was changed elsewhere at the same time: %1</source>
        <translation>Ces données ont été modifiées ailleurs au même moment : %1</translation>
    </message>
    <message>
        <source>The file is not in the expected format: %1</source>
        <translation>Le fichier n&apos;est pas au format attendu : %1</translation>
    </message>
    <message>
        <source>Regie could not do this: %1</source>
        <translation>Regie n&apos;a pas pu effectuer cette opération : %1</translation>
    </message>
    <message>
        <source>The signature or encryption check failed: %1</source>
        <translation>La vérification de la signature ou du chiffrement a échoué : %1</translation>
    </message>
    <message>
        <source>%1 is required: fill it in.</source>
        <translation>Le champ « %1 » est obligatoire : veuillez le compléter.</translation>
    </message>
    <message>
        <source>%1 is already registered for another person. Search for that person instead of adding them twice.</source>
        <translation>%1 : ce numéro est déjà enregistré pour une autre personne. Recherchez cette personne plutôt que de l&apos;ajouter une seconde fois.</translation>
    </message>
    <message>
        <source>The birth date does not match the one in the national register number. Correct one of the two, or leave the birth date empty.</source>
        <translation>La date de naissance ne correspond pas à celle du numéro de registre national. Corrigez l&apos;une des deux, ou laissez la date de naissance vide.</translation>
    </message>
    <message>
        <source>%1 cannot be negative.</source>
        <translation>Le champ « %1 » ne peut pas être négatif.</translation>
    </message>
    <message>
        <source>A list has an empty line: type a text or remove the line.</source>
        <translation>Une liste contient une ligne vide : saisissez un texte ou supprimez la ligne.</translation>
    </message>
</context>
<context>
    <name>FicheCommands</name>
    <message>
        <source>Edit %1</source>
        <translation>Modifier « %1 »</translation>
    </message>
    <message>
        <source>Add item</source>
        <translation>Ajouter une ligne</translation>
    </message>
    <message>
        <source>Remove item</source>
        <translation>Supprimer une ligne</translation>
    </message>
    <message>
        <source>Edit item</source>
        <translation>Modifier une ligne</translation>
    </message>
</context>
<context>
    <name>FicheEditSession</name>
    <message>
        <source>title</source>
        <translation>intitulé</translation>
    </message>
    <message>
        <source>description</source>
        <translation>description</translation>
    </message>
    <message>
        <source>critical conditions</source>
        <translation>conditions critiques</translation>
    </message>
    <message>
        <source>executor</source>
        <translation>exécutant</translation>
    </message>
    <message>
        <source>contact role</source>
        <translation>contact (rôle)</translation>
    </message>
    <message>
        <source>staff effort</source>
        <translation>moyens humains</translation>
    </message>
    <message>
        <source>staff effort text</source>
        <translation>moyens humains (texte)</translation>
    </message>
    <message>
        <source>funding</source>
        <translation>source de financement</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>notes</translation>
    </message>
    <message>
        <source>Move item</source>
        <translation>Déplacer une ligne</translation>
    </message>
</context>
<context>
    <name>IdentifierMessages</name>
    <message>
        <source>Enter a national register number.</source>
        <translation>Saisissez un numéro de registre national.</translation>
    </message>
    <message>
        <source>A national register number contains only digits, with dots, dashes or spaces between them. Remove the other characters.</source>
        <translation>Un numéro de registre national ne contient que des chiffres, éventuellement séparés par des points, des tirets ou des espaces. Supprimez les autres caractères.</translation>
    </message>
    <message>
        <source>A national register number has 11 digits. Check that no digit is missing or doubled.</source>
        <translation>Un numéro de registre national comporte 11 chiffres. Vérifiez qu&apos;aucun chiffre ne manque ou n&apos;a été tapé deux fois.</translation>
    </message>
    <message>
        <source>The first six digits of a national register number are the birth date, and this date does not exist. Check the number on the identity document.</source>
        <translation>Les six premiers chiffres d&apos;un numéro de registre national forment la date de naissance, et cette date n&apos;existe pas. Vérifiez le numéro sur le document d&apos;identité.</translation>
    </message>
    <message>
        <source>The check digits do not match: this is not a valid national register number. Check the number for a typing error.</source>
        <translation>Les chiffres de contrôle ne correspondent pas : ce numéro de registre national n&apos;est pas valide. Vérifiez qu&apos;il ne contient pas de faute de frappe.</translation>
    </message>
    <message>
        <source>This is a BIS number, not a national register number: its month is increased by 20 or 40. Enter it as a BIS number.</source>
        <translation>Il s&apos;agit d&apos;un numéro BIS et non d&apos;un numéro de registre national : son mois est augmenté de 20 ou de 40. Saisissez-le comme numéro BIS.</translation>
    </message>
    <message>
        <source>Enter a BIS number.</source>
        <translation>Saisissez un numéro BIS.</translation>
    </message>
    <message>
        <source>A BIS number contains only digits, with dots, dashes or spaces between them. Remove the other characters.</source>
        <translation>Un numéro BIS ne contient que des chiffres, éventuellement séparés par des points, des tirets ou des espaces. Supprimez les autres caractères.</translation>
    </message>
    <message>
        <source>A BIS number has 11 digits. Check that no digit is missing or doubled.</source>
        <translation>Un numéro BIS comporte 11 chiffres. Vérifiez qu&apos;aucun chiffre ne manque ou n&apos;a été tapé deux fois.</translation>
    </message>
    <message>
        <source>The birth date in this BIS number does not exist. Check the number on the document.</source>
        <translation>La date de naissance contenue dans ce numéro BIS n&apos;existe pas. Vérifiez le numéro sur le document.</translation>
    </message>
    <message>
        <source>The check digits do not match: this is not a valid BIS number. Check the number for a typing error.</source>
        <translation>Les chiffres de contrôle ne correspondent pas : ce numéro BIS n&apos;est pas valide. Vérifiez qu&apos;il ne contient pas de faute de frappe.</translation>
    </message>
    <message>
        <source>This is not a BIS number: in a BIS number the birth month is increased by 20 or 40. If the person is in the National Register, enter it as a national register number.</source>
        <translation>Il ne s&apos;agit pas d&apos;un numéro BIS : dans un numéro BIS, le mois de naissance est augmenté de 20 ou de 40. Si la personne est inscrite au Registre national, saisissez-le comme numéro de registre national.</translation>
    </message>
    <message>
        <source>Enter a company number.</source>
        <translation>Saisissez un numéro d&apos;entreprise.</translation>
    </message>
    <message>
        <source>A company number contains only digits, with dots or spaces between them and optionally BE in front. Remove the other characters.</source>
        <translation>Un numéro d&apos;entreprise ne contient que des chiffres, éventuellement séparés par des points ou des espaces et précédés de BE. Supprimez les autres caractères.</translation>
    </message>
    <message>
        <source>A company number has 10 digits (old numbers have 9). Check that no digit is missing or doubled.</source>
        <translation>Un numéro d&apos;entreprise comporte 10 chiffres (9 pour les anciens numéros). Vérifiez qu&apos;aucun chiffre ne manque ou n&apos;a été tapé deux fois.</translation>
    </message>
    <message>
        <source>A company number starts with 0 or 1. Numbers that start with 2 to 8 belong to an establishment unit: enter the company number of the enterprise instead.</source>
        <translation>Un numéro d&apos;entreprise commence par 0 ou 1. Les numéros qui commencent par un chiffre de 2 à 8 sont ceux d&apos;une unité d&apos;établissement : saisissez plutôt le numéro d&apos;entreprise de l&apos;entreprise.</translation>
    </message>
    <message>
        <source>The check digits do not match: this is not a valid company number. Look the company up in the Crossroads Bank for Enterprises.</source>
        <translation>Les chiffres de contrôle ne correspondent pas : ce numéro d&apos;entreprise n&apos;est pas valide. Recherchez l&apos;entreprise dans la Banque-Carrefour des Entreprises.</translation>
    </message>
    <message>
        <source>This is an old company number of 9 digits; a 0 was added in front.</source>
        <translation>Il s&apos;agit d&apos;un ancien numéro d&apos;entreprise à 9 chiffres ; un 0 a été ajouté devant.</translation>
    </message>
    <message>
        <source>Enter an account number (IBAN).</source>
        <translation>Saisissez un numéro de compte (IBAN).</translation>
    </message>
    <message>
        <source>A Belgian account number is BE followed by 14 digits; spaces are allowed. Remove the other characters.</source>
        <translation>Un numéro de compte belge se compose de BE suivi de 14 chiffres ; les espaces sont autorisés. Supprimez les autres caractères.</translation>
    </message>
    <message>
        <source>Only Belgian account numbers, starting with BE, are accepted.</source>
        <translation>Seuls les numéros de compte belges, qui commencent par BE, sont acceptés.</translation>
    </message>
    <message>
        <source>A Belgian account number has 16 characters: BE followed by 14 digits. Check that no digit is missing or doubled.</source>
        <translation>Un numéro de compte belge comporte 16 caractères : BE suivi de 14 chiffres. Vérifiez qu&apos;aucun chiffre ne manque ou n&apos;a été tapé deux fois.</translation>
    </message>
    <message>
        <source>The IBAN check digits do not match: this is not a valid account number. Check it for a typing error.</source>
        <translation>Les chiffres de contrôle IBAN ne correspondent pas : ce numéro de compte n&apos;est pas valide. Vérifiez qu&apos;il ne contient pas de faute de frappe.</translation>
    </message>
    <message>
        <source>The last two digits do not match the rest of the account number: this is not a valid Belgian account number. Check it for a typing error.</source>
        <translation>Les deux derniers chiffres ne correspondent pas au reste du numéro de compte : ce numéro de compte belge n&apos;est pas valide. Vérifiez qu&apos;il ne contient pas de faute de frappe.</translation>
    </message>
    <message>
        <source>Enter a structured payment reference.</source>
        <translation>Saisissez une communication structurée.</translation>
    </message>
    <message>
        <source>A structured payment reference has 12 digits, written as +++123/4567/89002+++. Check the reference on the payment.</source>
        <translation>Une communication structurée comporte 12 chiffres, écrits sous la forme +++123/4567/89002+++. Vérifiez la communication indiquée sur le paiement.</translation>
    </message>
    <message>
        <source>The check digits do not match: this is not a valid structured payment reference. Check it for a typing error.</source>
        <translation>Les chiffres de contrôle ne correspondent pas : cette communication structurée n&apos;est pas valide. Vérifiez qu&apos;elle ne contient pas de faute de frappe.</translation>
    </message>
    <message>
        <source>This police report number does not have the usual form (for example AN.12.L3.00572/24). Check it; it is saved as entered.</source>
        <translation>Ce numéro de procès-verbal n&apos;a pas la forme habituelle (par exemple AN.12.L3.00572/24). Vérifiez-le ; il est enregistré tel qu&apos;il a été saisi.</translation>
    </message>
    <message>
        <source>This identifier is not valid. Check it for a typing error.</source>
        <translation>Cet identifiant n&apos;est pas valide. Vérifiez qu&apos;il ne contient pas de faute de frappe.</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Regie cannot start</source>
        <translation>Regie ne peut pas démarrer</translation>
    </message>
</context>
<context>
    <name>regie::ActionPlanPage</name>
    <message>
        <source>Search fiches and policy lines (Ctrl+F)</source>
        <translation>Rechercher des fiches et des axes (Ctrl+F)</translation>
    </message>
    <message>
        <source>&amp;Save fiche</source>
        <translation>Enregi&amp;strer la fiche</translation>
    </message>
    <message>
        <source>Save the fiche&apos;s changes (Ctrl+S)</source>
        <translation>Enregistrer les modifications de la fiche (Ctrl+S)</translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation>Annuler les &amp;modifications</translation>
    </message>
    <message>
        <source>Drop the fiche&apos;s unsaved changes</source>
        <translation>Abandonner les modifications non enregistrées de la fiche</translation>
    </message>
    <message>
        <source>Fiche %1 saved</source>
        <translation>Fiche %1 enregistrée</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <source>Fiche %1 has changes that are not saved. Save them now?</source>
        <translation>La fiche %1 contient des modifications non enregistrées. Voulez-vous les enregistrer maintenant ?</translation>
    </message>
    <message>
        <source>Action plan</source>
        <translation>Plan d&apos;action</translation>
    </message>
</context>
<context>
    <name>regie::FicheEditor</name>
    <message>
        <source>not set</source>
        <translation>non défini</translation>
    </message>
    <message>
        <source> FTE</source>
        <translation> ETP</translation>
    </message>
    <message>
        <source>&amp;General</source>
        <translation>&amp;Général</translation>
    </message>
    <message>
        <source>Planned &amp;actions</source>
        <translation>Actions &amp;prévues</translation>
    </message>
    <message>
        <source>&amp;Measurement results</source>
        <translation>&amp;Indicateurs</translation>
    </message>
    <message>
        <source>&amp;Partners</source>
        <translation>Pa&amp;rtenaires</translation>
    </message>
    <message>
        <source>N&amp;otes</source>
        <translation>&amp;Notes</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>Intit&amp;ulé :</translation>
    </message>
    <message>
        <source>E&amp;xecutor:</source>
        <translation>E&amp;xécutant :</translation>
    </message>
    <message>
        <source>&amp;Contact (role):</source>
        <translation>&amp;Contact (rôle) :</translation>
    </message>
    <message>
        <source>as written in the plan, e.g. &quot;¼ FTE lawyer&quot;</source>
        <translation>tel que mentionné dans le plan, p. ex. « ¼ ETP juriste »</translation>
    </message>
    <message>
        <source>Staff &amp;effort:</source>
        <translation>Moyens &amp;humains :</translation>
    </message>
    <message>
        <source>&amp;Funding:</source>
        <translation>S&amp;ource de financement :</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>Descrip&amp;tion :</translation>
    </message>
    <message>
        <source>Critical co&amp;nditions:</source>
        <translation>Conditions criti&amp;ques :</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <source>Fiche %1 — %2  (not saved)</source>
        <translation>Fiche %1 — %2  (non enregistrée)</translation>
    </message>
    <message>
        <source>Fiche %1 — %2</source>
        <translation>Fiche %1 — %2</translation>
    </message>
</context>
<context>
    <name>regie::IdentifierFeedback</name>
    <message>
        <source>male</source>
        <translation>homme</translation>
    </message>
    <message>
        <source>female</source>
        <translation>femme</translation>
    </message>
    <message>
        <source>sex not recorded</source>
        <translation>sexe non enregistré</translation>
    </message>
    <message>
        <source>born %1</source>
        <translation>né(e) le %1</translation>
    </message>
    <message>
        <source>born in %1</source>
        <translation>né(e) en %1</translation>
    </message>
    <message>
        <source>✓ valid BIS number: %1, %2, %3</source>
        <translation>✓ numéro BIS valide : %1, %2, %3</translation>
    </message>
    <message>
        <source>✓ valid: %1, %2, %3</source>
        <translation>✓ valide : %1, %2, %3</translation>
    </message>
    <message>
        <source>Optional. 11 digits; dots, dashes and spaces are allowed.</source>
        <translation>Facultatif. 11 chiffres ; les points, tirets et espaces sont autorisés.</translation>
    </message>
    <message>
        <source>%1 of 11 digits</source>
        <translation>%1 chiffres sur 11</translation>
    </message>
    <message>
        <source>Optional. 10 digits (old numbers 9); dots, spaces and BE in front are allowed.</source>
        <translation>Facultatif. 10 chiffres (9 pour les anciens numéros) ; les points, les espaces et BE devant sont autorisés.</translation>
    </message>
    <message>
        <source>✓ valid: %1</source>
        <translation>✓ valide : %1</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 of 10 digits</source>
        <translation>%1 chiffres sur 10</translation>
    </message>
    <message>
        <source>✗ %1</source>
        <translation>✗ %1</translation>
    </message>
</context>
<context>
    <name>regie::MainWindow</name>
    <message>
        <source>Regie — %1</source>
        <translation>Regie — %1</translation>
    </message>
    <message>
        <source>Navigation</source>
        <translation>Navigation</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>Re&amp;chercher</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>A&amp;ller</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Aid&amp;e</translation>
    </message>
    <message>
        <source>&amp;About Regie</source>
        <translation>À &amp;propos de Regie</translation>
    </message>
    <message>
        <source>About Regie</source>
        <translation>À propos de Regie</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Regie&lt;/b&gt; %1&lt;/p&gt;&lt;p&gt;Case management for the prostitution-policy office and administrative enforcement.&lt;/p&gt;&lt;p&gt;Licensed under the GNU GPL, version 3 or later.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Regie&lt;/b&gt; %1&lt;/p&gt;&lt;p&gt;Gestion des dossiers du service de la politique en matière de prostitution et des sanctions administratives.&lt;/p&gt;&lt;p&gt;Distribué sous la licence GNU GPL, version 3 ou ultérieure.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Base de données : %1</translation>
    </message>
    <message>
        <source>Installation: %1</source>
        <translation>Installation : %1</translation>
    </message>
    <message>
        <source>User: %1</source>
        <translation>Utilisateur : %1</translation>
    </message>
    <message>
        <source>%1  (%2)</source>
        <translation>%1  (%2)</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>&amp;Annuler : %1</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>&amp;Rétablir : %1</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <source>%1 has changes that are not saved yet. Save them before closing?</source>
        <translation>La page « %1 » contient des modifications qui ne sont pas encore enregistrées. Voulez-vous les enregistrer avant de fermer ?</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <source>As the system</source>
        <translation>Comme le système</translation>
    </message>
    <message>
        <source>The language changes when Regie starts again.</source>
        <translation>La nouvelle langue sera utilisée au prochain démarrage de Regie.</translation>
    </message>
</context>
<context>
    <name>regie::PeoplePage</name>
    <message>
        <source>Search name, national or company number (Ctrl+F)</source>
        <translation>Rechercher un nom, un numéro national ou d&apos;entreprise (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search people</source>
        <translation>Rechercher des personnes</translation>
    </message>
    <message>
        <source>New person</source>
        <translation>Nouvelle personne</translation>
    </message>
    <message>
        <source>New organisation</source>
        <translation>Nouvelle organisation</translation>
    </message>
    <message>
        <source>Delete person…</source>
        <translation>Supprimer la personne…</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <source>Save the changes to “%1”?</source>
        <translation>Enregistrer les modifications de « %1 » ?</translation>
    </message>
    <message>
        <source>Discarded changes are lost.</source>
        <translation>Les modifications abandonnées seront perdues.</translation>
    </message>
    <message>
        <source>No people yet — add a person with %1.</source>
        <translation>Aucune personne pour l&apos;instant — ajoutez-en une avec %1.</translation>
    </message>
    <message>
        <source>No one matches “%1”. Search by part of a name, or by the digits of a number.</source>
        <translation>Aucun résultat pour « %1 ». Recherchez une partie d&apos;un nom, ou les chiffres d&apos;un numéro.</translation>
    </message>
    <message>
        <source>Select a person in the list to see and edit the details.</source>
        <translation>Sélectionnez une personne dans la liste pour en consulter et modifier les données.</translation>
    </message>
    <message>
        <source>Add a person with %1, or an organisation with %2.</source>
        <translation>Ajoutez une personne avec %1, ou une organisation avec %2.</translation>
    </message>
    <message>
        <source>People: %1</source>
        <translation>Personnes : %1</translation>
    </message>
    <message>
        <source>Matching “%1”: %2</source>
        <translation>Résultats pour « %1 » : %2</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personnes</translation>
    </message>
</context>
<context>
    <name>regie::PersonEditor</name>
    <message>
        <source>&amp;Delete…</source>
        <translation>S&amp;upprimer…</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <source>&amp;Revert</source>
        <translation>Annuler les modifi&amp;cations</translation>
    </message>
    <message>
        <source>Undo the edits since the last save</source>
        <translation>Annuler les modifications faites depuis le dernier enregistrement</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>Enre&amp;gistrer</translation>
    </message>
    <message>
        <source>Save (%1)</source>
        <translation>Enregistrer (%1)</translation>
    </message>
    <message>
        <source>New organisation</source>
        <translation>Nouvelle organisation</translation>
    </message>
    <message>
        <source>New person</source>
        <translation>Nouvelle personne</translation>
    </message>
    <message>
        <source>Enter the date as dd/mm/yyyy, or leave it empty when it is not known.</source>
        <translation>Saisissez la date au format jj/mm/aaaa, ou laissez le champ vide si elle n&apos;est pas connue.</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>Enregistré : %1.</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Non enregistré : %1</translation>
    </message>
    <message>
        <source>✗ %1</source>
        <translation>✗ %1</translation>
    </message>
    <message>
        <source>Edits discarded.</source>
        <translation>Modifications abandonnées.</translation>
    </message>
    <message>
        <source>Delete person</source>
        <translation>Supprimer la personne</translation>
    </message>
    <message>
        <source>Delete “%1”?</source>
        <translation>Supprimer « %1 » ?</translation>
    </message>
    <message>
        <source>%1 will no longer appear in Regie. The deletion is kept in the change log.</source>
        <translation>%1 n&apos;apparaîtra plus dans Regie. La suppression est conservée dans le journal des modifications.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Deleted %1.</source>
        <translation>Supprimé : %1.</translation>
    </message>
    <message>
        <source>Delete organisation</source>
        <translation>Supprimer l&apos;organisation</translation>
    </message>
</context>
<context>
    <name>regie::PersonForm</name>
    <message>
        <source>&amp;Person</source>
        <translation>&amp;Personne</translation>
    </message>
    <message>
        <source>A natural person, identified by a national register or BIS number</source>
        <translation>Une personne physique, identifiée par un numéro de registre national ou un numéro BIS</translation>
    </message>
    <message>
        <source>&amp;Organisation</source>
        <translation>&amp;Organisation</translation>
    </message>
    <message>
        <source>A company or association, identified by its company number</source>
        <translation>Une personne morale (société ou association), identifiée par son numéro d&apos;entreprise</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>Type :</translation>
    </message>
    <message>
        <source>&amp;Family name:</source>
        <translation>&amp;Nom de famille :</translation>
    </message>
    <message>
        <source>&amp;Given names:</source>
        <translation>P&amp;rénoms :</translation>
    </message>
    <message>
        <source>&amp;Birth date:</source>
        <translation>Da&amp;te de naissance :</translation>
    </message>
    <message>
        <source>dd/mm/yyyy — empty when not known</source>
        <translation>jj/mm/aaaa — vide si inconnue</translation>
    </message>
    <message>
        <source>Left empty, the birth date is taken from the national number.</source>
        <translation>Si ce champ reste vide, la date de naissance est tirée du numéro national.</translation>
    </message>
    <message>
        <source>&amp;National/BIS number:</source>
        <translation>N° national/&amp;BIS :</translation>
    </message>
    <message>
        <source>National register number or BIS number, e.g. YY.MM.DD-SSS.CC</source>
        <translation>Numéro de registre national ou numéro BIS, p. ex. AA.MM.JJ-SSS.CC</translation>
    </message>
    <message>
        <source>&amp;Legal name:</source>
        <translation>Dé&amp;nomination :</translation>
    </message>
    <message>
        <source>Legal for&amp;m:</source>
        <translation>Forme juridi&amp;que :</translation>
    </message>
    <message>
        <source>e.g. BV, NV, VZW</source>
        <translation>p. ex. SRL, SA, ASBL</translation>
    </message>
    <message>
        <source>&amp;Company number:</source>
        <translation>N° d&apos;entrepr&amp;ise :</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>Adre&amp;sse :</translation>
    </message>
    <message>
        <source>Street and number
Postcode and city</source>
        <translation>Rue et numéro
Code postal et commune</translation>
    </message>
    <message>
        <source>No&amp;tes:</source>
        <translation>Re&amp;marques :</translation>
    </message>
    <message>
        <source>Enter the date as dd/mm/yyyy, or leave it empty when it is not known.</source>
        <translation>Saisissez la date au format jj/mm/aaaa, ou laissez le champ vide si elle n&apos;est pas connue.</translation>
    </message>
</context>
<context>
    <name>regie::PersonListModel</name>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Personne</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Date de naissance</translation>
    </message>
    <message>
        <source>Identifier</source>
        <translation>Identifiant</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
</context>
<context>
    <name>regie::PlanItemListEditor</name>
    <message>
        <source>&amp;Add</source>
        <translation>Ajou&amp;ter</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>S&amp;upprimer</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>M&amp;onter</translation>
    </message>
    <message>
        <source>Move &amp;down</source>
        <translation>Des&amp;cendre</translation>
    </message>
    <message>
        <source>New item</source>
        <translation>Nouvelle ligne</translation>
    </message>
</context>
<context>
    <name>regie::PlanItemListModel</name>
    <message>
        <source>Planned</source>
        <translation>Prévue</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Réalisée</translation>
    </message>
    <message>
        <source>Dropped</source>
        <translation>Abandonnée</translation>
    </message>
    <message>
        <source>Entered by partner</source>
        <translation>Saisi par le partenaire</translation>
    </message>
    <message>
        <source>Computed by Regie</source>
        <translation>Calculé par Regie</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Importé</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Planned action</source>
        <translation>Action prévue</translation>
    </message>
    <message>
        <source>Measurement result</source>
        <translation>Indicateur</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partenaire</translation>
    </message>
</context>
<context>
    <name>regie::PlanTreeModel</name>
    <message numerus="yes">
        <source>%n fiche(s)</source>
        <translation>
            <numerusform>%n fiche</numerusform>
            <numerusform>%n fiches</numerusform>
        </translation>
    </message>
    <message>
        <source>Policy line / fiche</source>
        <translation>Axe / fiche</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Contenu</translation>
    </message>
    <message numerus="yes">
        <source>%n action(s)</source>
        <translation>
            <numerusform>%n action</numerusform>
            <numerusform>%n actions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n indicator(s)</source>
        <translation>
            <numerusform>%n indicateur</numerusform>
            <numerusform>%n indicateurs</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>regie::PolicyLineView</name>
    <message>
        <source>Goal:</source>
        <translation>Objectif stratégique :</translation>
    </message>
    <message>
        <source>Vision</source>
        <translation>Vision</translation>
    </message>
    <message>
        <source>Objectives</source>
        <translation>Objectifs</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Résultats</translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation>Indicateurs</translation>
    </message>
    <message>
        <source>Period %1 to %2 · %3 policy lines · %4 action fiches</source>
        <translation>Période du %1 au %2 · %3 axes · %4 fiches d&apos;action</translation>
    </message>
    <message>
        <source>Choose a policy line or a fiche on the left. Edit a fiche, undo with Ctrl+Z and save with Ctrl+S.</source>
        <translation>Choisissez un axe ou une fiche à gauche. Modifiez une fiche, annulez avec Ctrl+Z et enregistrez avec Ctrl+S.</translation>
    </message>
</context>
</TS>
