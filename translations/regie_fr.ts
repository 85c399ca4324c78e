<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_BE">
<context>
    <name>CalendarText</name>
    <message>
        <source>Monday</source>
        <translation>lundi</translation>
    </message>
    <message>
        <source>Tuesday</source>
        <translation>mardi</translation>
    </message>
    <message>
        <source>Wednesday</source>
        <translation>mercredi</translation>
    </message>
    <message>
        <source>Thursday</source>
        <translation>jeudi</translation>
    </message>
    <message>
        <source>Friday</source>
        <translation>vendredi</translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation>samedi</translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation>dimanche</translation>
    </message>
    <message>
        <source>January</source>
        <translation>janvier</translation>
    </message>
    <message>
        <source>February</source>
        <translation>février</translation>
    </message>
    <message>
        <source>March</source>
        <translation>mars</translation>
    </message>
    <message>
        <source>April</source>
        <translation>avril</translation>
    </message>
    <message>
        <source>May</source>
        <translation>mai</translation>
    </message>
    <message>
        <source>June</source>
        <translation>juin</translation>
    </message>
    <message>
        <source>July</source>
        <translation>juillet</translation>
    </message>
    <message>
        <source>August</source>
        <translation>août</translation>
    </message>
    <message>
        <source>September</source>
        <translation>septembre</translation>
    </message>
    <message>
        <source>October</source>
        <translation>octobre</translation>
    </message>
    <message>
        <source>November</source>
        <translation>novembre</translation>
    </message>
    <message>
        <source>December</source>
        <translation>décembre</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <extracomment>A month and its year, e.g. &quot;February 2026&quot;.</extracomment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 day</source>
        <translation>%1 jour</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1 jours</translation>
    </message>
    <message>
        <source>%1 month</source>
        <translation>%1 mois</translation>
    </message>
    <message>
        <source>%1 months</source>
        <translation>%1 mois</translation>
    </message>
    <message>
        <source>%1 year</source>
        <translation>%1 an</translation>
    </message>
    <message>
        <source>%1 years</source>
        <translation>%1 ans</translation>
    </message>
</context>
<context>
    <name>CertificateDialogs</name>
    <message>
        <source>New premises</source>
        <translation>Nouvel immeuble</translation>
    </message>
    <message>
        <source>&amp;Street</source>
        <translation>&amp;Rue</translation>
    </message>
    <message>
        <source>&amp;Number</source>
        <translation>&amp;Numéro</translation>
    </message>
    <message>
        <source>&amp;Box</source>
        <translation>&amp;Boîte</translation>
    </message>
    <message>
        <source>Cadastral &amp;parcel</source>
        <translation>&amp;Parcelle cadastrale</translation>
    </message>
    <message>
        <source>&amp;Windows</source>
        <translation>&amp;Vitrines</translation>
    </message>
    <message>
        <source>New application</source>
        <translation>Nouvelle demande</translation>
    </message>
    <message>
        <source>Renewal</source>
        <translation>Renouvellement</translation>
    </message>
    <message>
        <source>Application &amp;date</source>
        <translation>&amp;Date de la demande</translation>
    </message>
    <message>
        <source>Document received</source>
        <translation>Document reçu</translation>
    </message>
    <message>
        <source>&amp;Document</source>
        <translation>&amp;Document</translation>
    </message>
    <message>
        <source>&amp;Issued on</source>
        <translation>&amp;Délivré le</translation>
    </message>
    <message>
        <source>&amp;Reference</source>
        <translation>&amp;Référence</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Contrôle</translation>
    </message>
    <message>
        <source>Favourable</source>
        <translation>Favorable</translation>
    </message>
    <message>
        <source>&amp;Check</source>
        <translation>&amp;Contrôle</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;Date</translation>
    </message>
    <message>
        <source>&amp;Inspector</source>
        <translation>&amp;Inspecteur</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>&amp;Remarks</source>
        <translation>&amp;Remarques</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Décision</translation>
    </message>
    <message>
        <source>&amp;Outcome</source>
        <translation>&amp;Issue</translation>
    </message>
    <message>
        <source>&amp;Motivation</source>
        <translation>&amp;Motivation</translation>
    </message>
    <message>
        <source>Add &amp;condition</source>
        <translation>Ajouter une &amp;condition</translation>
    </message>
    <message>
        <source>What must be done</source>
        <translation>Ce qui doit être fait</translation>
    </message>
    <message>
        <source>Conditions (text, due date)</source>
        <translation>Conditions (texte, échéance)</translation>
    </message>
    <message>
        <source>Condition met</source>
        <translation>Condition remplie</translation>
    </message>
    <message>
        <source>%1 (due %2)</source>
        <translation>%1 (échéance %2)</translation>
    </message>
    <message>
        <source>&amp;Condition</source>
        <translation>&amp;Condition</translation>
    </message>
    <message>
        <source>Met &amp;on</source>
        <translation>Remplie &amp;le</translation>
    </message>
</context>
<context>
    <name>CertificateService</name>
    <message>
        <source>%1 is not one of %2</source>
        <translation>%1 n’est pas l’un de %2</translation>
    </message>
    <message>
        <source>date missing</source>
        <translation>date manquante</translation>
    </message>
    <message>
        <source>%1 lies in the future (today is %2)</source>
        <translation>%1 est dans le futur (nous sommes le %2)</translation>
    </message>
    <message>
        <source>certificate %1 belongs to another premises</source>
        <translation>l’attestation %1 appartient à un autre immeuble</translation>
    </message>
    <message>
        <source>the dossier is decided</source>
        <translation>le dossier est décidé</translation>
    </message>
    <message>
        <source>inspector missing</source>
        <translation>inspecteur manquant</translation>
    </message>
    <message>
        <source>the dossier is already decided</source>
        <translation>le dossier est déjà décidé</translation>
    </message>
    <message>
        <source>decision before the application</source>
        <translation>décision antérieure à la demande</translation>
    </message>
    <message>
        <source>application documents missing or stale: %1</source>
        <translation>documents de la demande manquants ou périmés : %1</translation>
    </message>
    <message>
        <source>checks missing: %1</source>
        <translation>contrôles manquants : %1</translation>
    </message>
    <message>
        <source>a conditional grant needs conditions</source>
        <translation>un octroi conditionnel nécessite des conditions</translation>
    </message>
    <message>
        <source>only a conditional grant has conditions</source>
        <translation>seul un octroi conditionnel comporte des conditions</translation>
    </message>
    <message>
        <source>each condition needs a text and a due date on or after the decision</source>
        <translation>chaque condition nécessite un texte et une échéance le jour de la décision ou après</translation>
    </message>
    <message>
        <source>%1 check is unfavourable: grant with conditions or refuse</source>
        <translation>le contrôle %1 est défavorable : octroyer sous conditions ou refuser</translation>
    </message>
    <message>
        <source>start date missing</source>
        <translation>date de début manquante</translation>
    </message>
    <message>
        <source>certificate %1 was not granted</source>
        <translation>l’attestation %1 n’a pas été octroyée</translation>
    </message>
    <message>
        <source>start before the grant</source>
        <translation>début antérieur à l’octroi</translation>
    </message>
    <message>
        <source>certificate %1 is withdrawn</source>
        <translation>l’attestation %1 est retirée</translation>
    </message>
    <message>
        <source>suspension ends before it starts</source>
        <translation>la suspension se termine avant de commencer</translation>
    </message>
</context>
<context>
    <name>CertificateTexts</name>
    <message>
        <source>No application</source>
        <translation>Pas de demande</translation>
    </message>
    <message>
        <source>Applied</source>
        <translation>Demandée</translation>
    </message>
    <message>
        <source>Granted</source>
        <translation>Accordée</translation>
    </message>
    <message>
        <source>Granted with conditions</source>
        <translation>Accordée sous conditions</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Refusée</translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation>Suspendue</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Retirée</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Expirée</translation>
    </message>
    <message>
        <source>Cadastral data</source>
        <translation>Données cadastrales</translation>
    </message>
    <message>
        <source>Proof of real rights</source>
        <translation>Preuve des droits réels</translation>
    </message>
    <message>
        <source>Criminal-record extract</source>
        <translation>Extrait de casier judiciaire</translation>
    </message>
    <message>
        <source>Company publications</source>
        <translation>Publications de la société</translation>
    </message>
    <message>
        <source>Company registration</source>
        <translation>Inscription BCE</translation>
    </message>
    <message>
        <source>Copy of identity card</source>
        <translation>Copie de la carte d&apos;identité</translation>
    </message>
    <message>
        <source>Fire safety</source>
        <translation>Sécurité incendie</translation>
    </message>
    <message>
        <source>Urban planning</source>
        <translation>Urbanisme</translation>
    </message>
    <message>
        <source>Hygiene and accommodation</source>
        <translation>Hygiène et logement</translation>
    </message>
    <message>
        <source>Morality</source>
        <translation>Moralité</translation>
    </message>
    <message>
        <source>Conform</source>
        <translation>Conforme</translation>
    </message>
    <message>
        <source>Not conform</source>
        <translation>Non conforme</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation>Sans objet</translation>
    </message>
    <message>
        <source>Proactive</source>
        <translation>Proactive</translation>
    </message>
    <message>
        <source>Reactive</source>
        <translation>Réactive</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>Demande</translation>
    </message>
    <message>
        <source>Document received</source>
        <translation>Document reçu</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Contrôle</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Décision</translation>
    </message>
    <message>
        <source>Condition met</source>
        <translation>Condition remplie</translation>
    </message>
    <message>
        <source>Suspension</source>
        <translation>Suspension</translation>
    </message>
    <message>
        <source>Withdrawal</source>
        <translation>Retrait</translation>
    </message>
    <message>
        <source>No proactive inspection this year</source>
        <translation>Pas d&apos;inspection proactive cette année</translation>
    </message>
    <message>
        <source>Renewal due</source>
        <translation>Renouvellement à faire</translation>
    </message>
    <message>
        <source>Condition overdue</source>
        <translation>Condition en retard</translation>
    </message>
</context>
<context>
    <name>ChecklistTemplates</name>
    <message>
        <source>%1 version %2 exists with other content: a change needs a new version</source>
        <translation>%1 version %2 existe avec un autre contenu : une modification nécessite une nouvelle version</translation>
    </message>
</context>
<context>
    <name>DeadlineBoard</name>
    <message>
        <source>college decision of %1: %2</source>
        <translation>décision du collège du %1 : %2</translation>
    </message>
    <message>
        <source>from %1 (execution control with the police)</source>
        <translation>à partir du %1 (contrôle de l’exécution avec la police)</translation>
    </message>
    <message>
        <source>last day %1</source>
        <translation>dernier jour %1</translation>
    </message>
</context>
<context>
    <name>DossierChecklist</name>
    <message>
        <source>%1 is missing</source>
        <translation>%1 manque</translation>
    </message>
    <message numerus="yes">
        <source>%1 dated %2 is older than %n month(s) on the application date %3</source>
        <translation>
            <numerusform>%1 du %2 date de plus de %n mois à la date de la demande %3</numerusform>
            <numerusform>%1 du %2 date de plus de %n mois à la date de la demande %3</numerusform>
        </translation>
    </message>
    <message>
        <source>check “%1” not recorded</source>
        <translation>contrôle « %1 » non enregistré</translation>
    </message>
</context>
<context>
    <name>DossierHtml</name>
    <message>
        <source>favourable</source>
        <translation>favorable</translation>
    </message>
    <message>
        <source>unfavourable</source>
        <translation>défavorable</translation>
    </message>
    <message>
        <source>Windows</source>
        <translation>Vitrines</translation>
    </message>
    <message>
        <source>Cadastral parcel</source>
        <translation>Parcelle cadastrale</translation>
    </message>
    <message>
        <source>(not recorded)</source>
        <translation>(non enregistrée)</translation>
    </message>
    <message>
        <source>Holders</source>
        <translation>Titulaires</translation>
    </message>
    <message>
        <source>main holder</source>
        <translation>titulaire principal</translation>
    </message>
    <message>
        <source>manager</source>
        <translation>exploitant</translation>
    </message>
    <message>
        <source>holder</source>
        <translation>titulaire</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>since %1</source>
        <translation>depuis le %1</translation>
    </message>
    <message>
        <source> (ended)</source>
        <translation> (terminé)</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Attestation</translation>
    </message>
    <message>
        <source>No application yet — start one with “New application”.</source>
        <translation>Pas encore de demande — commencez-en une avec « Nouvelle demande ».</translation>
    </message>
    <message>
        <source>Application checklist (%1 of %2)</source>
        <translation>Dossier de demande (%1 du %2)</translation>
    </message>
    <message>
        <source>renewal</source>
        <translation>renouvellement</translation>
    </message>
    <message>
        <source>application</source>
        <translation>demande</translation>
    </message>
    <message>
        <source>received %1</source>
        <translation>reçu le %1</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>Contrôles</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>non enregistré</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Décision</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 le %2</translation>
    </message>
    <message>
        <source>valid until %1</source>
        <translation>valable jusqu&apos;au %1</translation>
    </message>
    <message>
        <source>Not decided yet.</source>
        <translation>Pas encore décidé.</translation>
    </message>
    <message>
        <source>Conditions</source>
        <translation>Conditions</translation>
    </message>
    <message>
        <source>met on %1</source>
        <translation>remplie le %1</translation>
    </message>
    <message>
        <source>⚠ overdue since %1</source>
        <translation>⚠ en retard depuis le %1</translation>
    </message>
    <message>
        <source>due %1</source>
        <translation>échéance %1</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <source>until %1</source>
        <translation>jusqu&apos;au %1</translation>
    </message>
    <message>
        <source>Inspections</source>
        <translation>Inspections</translation>
    </message>
    <message>
        <source>No inspection yet.</source>
        <translation>Pas encore d&apos;inspection.</translation>
    </message>
    <message>
        <source>checklist %1 v%2</source>
        <translation>liste %1 v%2</translation>
    </message>
    <message>
        <source>finalised</source>
        <translation>clôturée</translation>
    </message>
    <message>
        <source>open</source>
        <translation>ouverte</translation>
    </message>
    <message>
        <source>No holder recorded — add one in the Holders tab.</source>
        <translation>Aucun titulaire enregistré — ajoutez-en un dans l&apos;onglet Titulaires.</translation>
    </message>
</context>
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
    <name>GasDossierClock</name>
    <message>
        <source>payment due %1 + %2 = %3 (collection period, %4)</source>
        <translation>paiement dû le %1 + %2 = %3 (délai de recouvrement, %4)</translation>
    </message>
    <message>
        <source>hearing planned on</source>
        <translation>audition prévue le</translation>
    </message>
</context>
<context>
    <name>GasFineClock</name>
    <message>
        <source>birth date after the date of facts</source>
        <translation>date de naissance postérieure à la date des faits</translation>
    </message>
    <message>
        <source>facts on</source>
        <translation>faits du</translation>
    </message>
    <message>
        <source>start letter received on %1 (recorded receipt)</source>
        <translation>lettre d’ouverture reçue le %1 (réception enregistrée)</translation>
    </message>
    <message>
        <source>defence waived on %1</source>
        <translation>renonciation à la défense le %1</translation>
    </message>
    <message>
        <source>end of the defence term %1</source>
        <translation>fin du délai de défense %1</translation>
    </message>
    <message>
        <source>hearing held on %1</source>
        <translation>audition tenue le %1</translation>
    </message>
    <message>
        <source>day after the latest of: %1 → %2</source>
        <translation>lendemain de la plus tardive des dates : %1 → %2</translation>
    </message>
    <message>
        <source>the hearing request does not count: no hearing right</source>
        <translation>la demande d’audition ne compte pas : pas de droit à une audition</translation>
    </message>
    <message>
        <source>facts on %1</source>
        <translation>faits du %1</translation>
    </message>
    <message>
        <source>mediation-offered on %1: %2-month limitation</source>
        <translation>médiation proposée le %1 : prescription de %2 mois</translation>
    </message>
    <message>
        <source>community-service-offered on %1: %2-month limitation</source>
        <translation>prestation citoyenne proposée le %1 : prescription de %2 mois</translation>
    </message>
    <message>
        <source>decision received on %1 (recorded receipt)</source>
        <translation>décision reçue le %1 (réception enregistrée)</translation>
    </message>
    <message>
        <source>finding received on %1, after the transmission term ended on %2 (%3 months from the facts on %4; %5): the dossier cannot start</source>
        <translation>constat reçu le %1, après la fin du délai de transmission le %2 (%3 mois après les faits du %4 ; %5) : le dossier ne peut pas être ouvert</translation>
    </message>
    <message>
        <source>aged %1 on the date of facts %2 (born %3), below the minimum age of %4 (%5): no GAS procedure is possible</source>
        <translation>âgé de %1 ans à la date des faits %2 (né le %3), en dessous de l’âge minimum de %4 ans (%5) : aucune procédure SAC n’est possible</translation>
    </message>
    <message>
        <source>intended fine %1 exceeds the maximum of %2 for a minor (%3)</source>
        <translation>l’amende envisagée de %1 dépasse le maximum de %2 pour un mineur (%3)</translation>
    </message>
    <message>
        <source>intended fine %1 exceeds the maximum of %2 for an adult (%3)</source>
        <translation>l’amende envisagée de %1 dépasse le maximum de %2 pour un majeur (%3)</translation>
    </message>
    <message>
        <source>decision posted on %1, before the earliest decision date %2 (rule: the decision comes after the defence term unless waived, the waiver and a requested hearing; %3)</source>
        <translation>décision remise à la poste le %1, avant la première date de décision possible %2 (règle : la décision suit le délai de défense sauf renonciation, la renonciation et une audition demandée ; %3)</translation>
    </message>
    <message>
        <source>decision posted on %1, after the limitation date %2 (%3): the fine can no longer be imposed</source>
        <translation>décision remise à la poste le %1, après la date de prescription %2 (%3) : l’amende ne peut plus être infligée</translation>
    </message>
    <message>
        <source>decision posted on %1 while the hearing requested on %2 has not been held (rule: a requested hearing is held before the decision)</source>
        <translation>décision remise à la poste le %1 alors que l’audition demandée le %2 n’a pas eu lieu (règle : une audition demandée a lieu avant la décision)</translation>
    </message>
</context>
<context>
    <name>GasReportWarning</name>
    <message>
        <source>&apos;%1&apos; does not look like XX.99.X9.99999/99 (district . category . service . sequence / year)</source>
        <translation>&apos;%1&apos; n&apos;a pas la forme XX.99.X9.99999/99 (arrondissement . catégorie . service . numéro d&apos;ordre / année)</translation>
    </message>
</context>
<context>
    <name>GasRules</name>
    <message>
        <source>rule set %1 is not a gas-fine rule set</source>
        <translation>le jeu de règles %1 n’est pas un jeu de règles pour les amendes SAC</translation>
    </message>
</context>
<context>
    <name>GasService</name>
    <message>
        <source>offence %1 is not active</source>
        <translation>l’infraction %1 n’est pas active</translation>
    </message>
    <message>
        <source>date of facts is required</source>
        <translation>la date des faits est obligatoire</translation>
    </message>
    <message>
        <source>date of facts %1 is after today %2</source>
        <translation>la date des faits %1 est postérieure à aujourd’hui %2</translation>
    </message>
    <message>
        <source>the date the finding was received is required</source>
        <translation>la date de réception du constat est obligatoire</translation>
    </message>
    <message>
        <source>finding received on %1: must be between the facts on %2 and today %3</source>
        <translation>constat reçu le %1 : doit se situer entre les faits du %2 et aujourd’hui %3</translation>
    </message>
    <message>
        <source>report kind must be police or administrative</source>
        <translation>le type de procès-verbal doit être police ou administratif</translation>
    </message>
    <message>
        <source>report number is required</source>
        <translation>le numéro du procès-verbal est obligatoire</translation>
    </message>
    <message>
        <source>fine must not be negative</source>
        <translation>l’amende ne peut pas être négative</translation>
    </message>
    <message>
        <source>%1 (same offence %2) decided on %3 with a fine, within %4 months before the facts on %5</source>
        <translation>%1 (même infraction %2) décidé le %3 avec une amende, dans les %4 mois précédant les faits du %5</translation>
    </message>
    <message>
        <source>unknown event type &apos;%1&apos;; known: %2</source>
        <translation>étape inconnue « %1 » ; connues : %2</translation>
    </message>
    <message>
        <source>date is required (YYYY-MM-DD)</source>
        <translation>la date est obligatoire (AAAA-MM-JJ)</translation>
    </message>
    <message>
        <source>%1 is not allowed in state %2 (allowed in: %3)</source>
        <translation>%1 n’est pas permis dans l’état %2 (permis dans : %3)</translation>
    </message>
    <message>
        <source>%1 on %2 is after today %3</source>
        <translation>%1 le %2 est postérieur à aujourd’hui %3</translation>
    </message>
    <message>
        <source>%1 on %2 is before the facts on %3</source>
        <translation>%1 le %2 est antérieur aux faits du %3</translation>
    </message>
    <message>
        <source>finding received on %1, after the transmission term ended on %2: the dossier cannot start</source>
        <translation>constat reçu le %1, après la fin du délai de transmission le %2 : le dossier ne peut pas être ouvert</translation>
    </message>
    <message>
        <source>start letter posted on %1, before the finding was received on %2</source>
        <translation>lettre d’ouverture remise à la poste le %1, avant la réception du constat le %2</translation>
    </message>
    <message>
        <source>an oral hearing can be requested only when the intended fine is above %1 (intended: %2) or by a minor (%3)</source>
        <translation>une audition orale ne peut être demandée que si l’amende envisagée dépasse %1 (envisagée : %2) ou par un mineur (%3)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <source>no hearing was requested and the offender is not a minor</source>
        <translation>aucune audition n’a été demandée et le contrevenant n’est pas mineur</translation>
    </message>
    <message>
        <source>lapsed on %1, but the limitation period runs until %2 (%3)</source>
        <translation>prescrit le %1, mais le délai de prescription court jusqu’au %2 (%3)</translation>
    </message>
    <message>
        <source>an appeal names the court (police court or youth court)</source>
        <translation>un recours mentionne le tribunal (tribunal de police ou tribunal de la jeunesse)</translation>
    </message>
    <message>
        <source>lodged on %1, after the appeal term ended on %2 (%3)</source>
        <translation>introduit le %1, après la fin du délai de recours le %2 (%3)</translation>
    </message>
    <message>
        <source>a judgment&apos;s outcome is confirmed, reduced or annulled</source>
        <translation>l’issue d’un jugement est confirmée, réduite ou annulée</translation>
    </message>
    <message>
        <source>a reduced fine needs the new amount</source>
        <translation>une amende réduite nécessite le nouveau montant</translation>
    </message>
    <message>
        <source>a decision needs --amount EUR or an --outcome without fine (no-fine, mediation, community-service)</source>
        <translation>une décision nécessite un montant en EUR (--amount) ou une issue sans amende (--outcome : no-fine, mediation, community-service)</translation>
    </message>
    <message>
        <source>decision posted on %1 for a minor who has not been heard (rule: a minor is always heard; %2)</source>
        <translation>décision remise à la poste le %1 pour un mineur qui n’a pas été entendu (règle : un mineur est toujours entendu ; %2)</translation>
    </message>
    <message>
        <source>fine %1 exceeds the maximum of %2 for %3 (%4)</source>
        <translation>l’amende de %1 dépasse le maximum de %2 pour %3 (%4)</translation>
    </message>
    <message>
        <source>a minor</source>
        <translation>un mineur</translation>
    </message>
    <message>
        <source>an adult</source>
        <translation>un majeur</translation>
    </message>
    <message>
        <source>a payment needs --amount &gt; 0</source>
        <translation>un paiement nécessite un montant supérieur à 0 (--amount)</translation>
    </message>
    <message>
        <source>paid on %1, after the payment term ended on %2</source>
        <translation>payé le %1, après la fin du délai de paiement le %2</translation>
    </message>
    <message>
        <source>%1 received for a fine of %2</source>
        <translation>%1 reçus pour une amende de %2</translation>
    </message>
    <message>
        <source>%1 of %2 paid</source>
        <translation>%1 sur %2 payés</translation>
    </message>
    <message>
        <source>collection on %1, but the payment term runs until %2 (%3)</source>
        <translation>recouvrement le %1, mais le délai de paiement court jusqu’au %2 (%3)</translation>
    </message>
    <message>
        <source>collection on %1, after the collection period ended on %2</source>
        <translation>recouvrement le %1, après la fin du délai de recouvrement le %2</translation>
    </message>
</context>
<context>
    <name>HolderSanctionService</name>
    <message>
        <source>unknown step %1 (one of %2)</source>
        <translation>étape inconnue %1 (une de %2)</translation>
    </message>
    <message>
        <source>the date of the step is required</source>
        <translation>la date de l’étape est obligatoire</translation>
    </message>
    <message>
        <source>%1 on %2 lies after today %3</source>
        <translation>%1 le %2 est postérieur à aujourd’hui %3</translation>
    </message>
    <message>
        <source>a finding needs the police report (PV) number</source>
        <translation>un constat nécessite le numéro du procès-verbal (PV)</translation>
    </message>
    <message>
        <source>dossier %1 was decided on %2: a new finding opens a new dossier</source>
        <translation>le dossier %1 a été décidé le %2 : un nouveau constat ouvre un nouveau dossier</translation>
    </message>
    <message>
        <source>a warning letter on %1 needs a finding on or before that day</source>
        <translation>une lettre d’avertissement le %1 nécessite un constat ce jour-là ou avant</translation>
    </message>
    <message>
        <source>the holder was already warned on %1; a new finding after it opens the sanction track</source>
        <translation>le titulaire a déjà été averti le %1 ; un nouveau constat ultérieur ouvre la procédure de sanction</translation>
    </message>
    <message>
        <source>no warning letter was sent yet: the sanction track opens only after a warning</source>
        <translation>aucune lettre d’avertissement n’a encore été envoyée : la procédure de sanction ne s’ouvre qu’après un avertissement</translation>
    </message>
    <message>
        <source>no finding after the warning of %1: the sanction track is not open</source>
        <translation>aucun constat après l’avertissement du %1 : la procédure de sanction n’est pas ouverte</translation>
    </message>
    <message>
        <source>invitation on %1 precedes the finding of %2 that opens the track</source>
        <translation>l’invitation du %1 précède le constat du %2 qui ouvre la procédure</translation>
    </message>
    <message>
        <source>no hearing invitation was sent</source>
        <translation>aucune invitation à l’audition n’a été envoyée</translation>
    </message>
    <message>
        <source>hearing on %1 precedes the invitation of %2</source>
        <translation>l’audition du %1 précède l’invitation du %2</translation>
    </message>
    <message>
        <source>%1 needs the college&apos;s decision first</source>
        <translation>%1 nécessite d’abord la décision du collège</translation>
    </message>
    <message>
        <source>control on %1 precedes the decision of %2</source>
        <translation>le contrôle du %1 précède la décision du %2</translation>
    </message>
    <message>
        <source>an execution control needs its outcome</source>
        <translation>un contrôle de l’exécution nécessite son résultat</translation>
    </message>
    <message>
        <source>the decision&apos;s notification date is not known</source>
        <translation>la date de notification de la décision n’est pas connue</translation>
    </message>
    <message>
        <source>appeal on %1 precedes the notification of %2</source>
        <translation>le recours du %1 précède la notification du %2</translation>
    </message>
    <message>
        <source>appeal filed on %1, after the term that ended on %2 (%3)</source>
        <translation>recours introduit le %1, après la fin du délai le %2 (%3)</translation>
    </message>
    <message>
        <source>no appeal was filed</source>
        <translation>aucun recours n’a été introduit</translation>
    </message>
    <message>
        <source>the Council of State&apos;s outcome is annulled or rejected</source>
        <translation>l’arrêt du Conseil d’État est une annulation ou un rejet</translation>
    </message>
    <message>
        <source>dossier %1 already has the college&apos;s decision</source>
        <translation>le dossier %1 a déjà la décision du collège</translation>
    </message>
    <message>
        <source>the holder must be heard (or invited and absent, recorded as the hearing) before the college decides</source>
        <translation>le titulaire doit être entendu (ou invité et absent, enregistré comme audition) avant que le collège décide</translation>
    </message>
    <message>
        <source>decision on %1 precedes the hearing of %2</source>
        <translation>la décision du %1 précède l’audition du %2</translation>
    </message>
    <message>
        <source>the decision is one of %1</source>
        <translation>la décision est l’une de %1</translation>
    </message>
    <message>
        <source>notification on %1 precedes the decision of %2</source>
        <translation>la notification du %1 précède la décision du %2</translation>
    </message>
    <message>
        <source>the sanction&apos;s first day is required</source>
        <translation>le premier jour de la sanction est obligatoire</translation>
    </message>
    <message>
        <source>the sanction cannot start on %1, before the decision of %2</source>
        <translation>la sanction ne peut pas commencer le %1, avant la décision du %2</translation>
    </message>
    <message>
        <source>a %1 needs its last day</source>
        <translation>un(e) %1 nécessite son dernier jour</translation>
    </message>
    <message>
        <source>last day %1 precedes the first day %2</source>
        <translation>le dernier jour %1 précède le premier jour %2</translation>
    </message>
    <message>
        <source>closure from</source>
        <translation>fermeture à partir du</translation>
    </message>
    <message>
        <source>a temporary closure lasts at most %1 months: from %2 the last day is %3, not %4</source>
        <translation>une fermeture temporaire dure au plus %1 mois : à partir du %2, le dernier jour est le %3, pas le %4</translation>
    </message>
    <message>
        <source>finding %1 already belongs to sanction dossier %2</source>
        <translation>le constat %1 appartient déjà au dossier de sanction %2</translation>
    </message>
</context>
<context>
    <name>HolderSanctionState</name>
    <message>
        <source>decision notified</source>
        <translation>décision notifiée le</translation>
    </message>
</context>
<context>
    <name>HolderTexts</name>
    <message>
        <source>Main holder</source>
        <translation>Titulaire principal</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>Gérant</translation>
    </message>
    <message>
        <source>Holder</source>
        <translation>Titulaire</translation>
    </message>
    <message>
        <source>KBO %1 ✗ not valid</source>
        <translation>BCE %1 ✗ non valable</translation>
    </message>
    <message>
        <source>KBO %1 ✓</source>
        <translation>BCE %1 ✓</translation>
    </message>
    <message>
        <source>NRN %1 ✓</source>
        <translation>NN %1 ✓</translation>
    </message>
    <message>
        <source>BIS %1 ✓</source>
        <translation>BIS %1 ✓</translation>
    </message>
    <message>
        <source>%1 ✗ not valid</source>
        <translation>%1 ✗ non valable</translation>
    </message>
    <message>
        <source>⚠ No company number recorded for this organisation: add it in People.</source>
        <translation>⚠ Aucun numéro d&apos;entreprise enregistré pour cette organisation : ajoutez-le dans Personnes.</translation>
    </message>
    <message>
        <source>⚠ No national register or BIS number recorded for this person: add it in People.</source>
        <translation>⚠ Aucun numéro de registre national ou BIS enregistré pour cette personne : ajoutez-le dans Personnes.</translation>
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
    <name>InspectionService</name>
    <message>
        <source>%1 is not proactive|reactive</source>
        <translation>%1 n’est pas proactive ou réactive (proactive|reactive)</translation>
    </message>
    <message>
        <source>date missing</source>
        <translation>date manquante</translation>
    </message>
    <message>
        <source>inspection date %1 lies in the future (today is %2)</source>
        <translation>la date d’inspection %1 est dans le futur (nous sommes le %2)</translation>
    </message>
    <message>
        <source>inspection %1 is finalised: correct it with an amendment and its reason</source>
        <translation>l’inspection %1 est clôturée : corrigez-la par une modification motivée</translation>
    </message>
    <message>
        <source>inspection %1 is still open: answer again instead of amending</source>
        <translation>l’inspection %1 est encore ouverte : répondez à nouveau au lieu de modifier</translation>
    </message>
    <message>
        <source>window %1 does not exist in this premises</source>
        <translation>la vitrine %1 n’existe pas dans cet immeuble</translation>
    </message>
    <message>
        <source>%1 is not one of %2</source>
        <translation>%1 n’est pas l’un de %2</translation>
    </message>
    <message>
        <source>item %1 is not on checklist %2 version %3</source>
        <translation>le point %1 ne figure pas sur la liste de contrôle %2 version %3</translation>
    </message>
    <message>
        <source>%1 is not an image (JPEG, PNG, GIF, WebP, HEIC, TIFF or BMP)</source>
        <translation>%1 n’est pas une image (JPEG, PNG, GIF, WebP, HEIC, TIFF ou BMP)</translation>
    </message>
    <message>
        <source>%1 is %2 bytes, larger than the limit of %3 bytes</source>
        <translation>%1 fait %2 octets, plus que la limite de %3 octets</translation>
    </message>
    <message>
        <source>items not answered: %1</source>
        <translation>points sans réponse : %1</translation>
    </message>
    <message>
        <source>an amendment needs a reason</source>
        <translation>une modification nécessite un motif</translation>
    </message>
    <message>
        <source>item %1 is not answered not-conform</source>
        <translation>le point %1 n’a pas été répondu non conforme</translation>
    </message>
</context>
<context>
    <name>LegalCalendar</name>
    <message>
        <source>New Year&apos;s Day</source>
        <translation>Nouvel An</translation>
    </message>
    <message>
        <source>Easter Monday</source>
        <translation>lundi de Pâques</translation>
    </message>
    <message>
        <source>Labour Day</source>
        <translation>fête du Travail</translation>
    </message>
    <message>
        <source>Ascension Day</source>
        <translation>Ascension</translation>
    </message>
    <message>
        <source>Whit Monday</source>
        <translation>lundi de Pentecôte</translation>
    </message>
    <message>
        <source>Belgian National Day</source>
        <translation>fête nationale</translation>
    </message>
    <message>
        <source>Assumption Day</source>
        <translation>Assomption</translation>
    </message>
    <message>
        <source>All Saints&apos; Day</source>
        <translation>Toussaint</translation>
    </message>
    <message>
        <source>Armistice Day</source>
        <translation>Armistice</translation>
    </message>
    <message>
        <source>Christmas Day</source>
        <translation>Noël</translation>
    </message>
    <message>
        <source>%1 has no day %2: last day of the month</source>
        <translation>%1 n’a pas de jour %2 : dernier jour du mois</translation>
    </message>
    <message>
        <source>notified %1: third working day after posting on %2</source>
        <translation>présumé reçu le %1 : troisième jour ouvrable après la remise à la poste le %2</translation>
    </message>
    <message>
        <source>not counted: %1</source>
        <translation>non comptés : %1</translation>
    </message>
    <message>
        <source>in force for %1: %2 + %1 = %3</source>
        <translation>en vigueur pendant %1 : %2 + %1 = %3</translation>
    </message>
    <message>
        <source>minus one day = %1</source>
        <translation>moins un jour = %1</translation>
    </message>
    <message>
        <source>city term: not moved</source>
        <translation>délai de la ville : pas reporté</translation>
    </message>
    <message>
        <source>a %1</source>
        <extracomment>The day of the week a term ends on, e.g. &quot;a Saturday&quot;.</extracomment>
        <translation>un %1</translation>
    </message>
    <message>
        <source>%1 (legal holiday)</source>
        <translation>%1 (jour férié légal)</translation>
    </message>
    <message>
        <source>%1 is %2, a legal holiday</source>
        <translation>%1 est %2, un jour férié légal</translation>
    </message>
</context>
<context>
    <name>LetterData</name>
    <message>
        <source>the premises %1 has no main holder on %2 to address the letter to</source>
        <translation>l’immeuble %1 n’a pas de titulaire principal le %2 à qui adresser la lettre</translation>
    </message>
</context>
<context>
    <name>LetterFiller</name>
    <message>
        <source>malformed placeholder near &apos;%1&apos;</source>
        <translation>champ mal formé près de « %1 »</translation>
    </message>
</context>
<context>
    <name>LetterService</name>
    <message>
        <source>letter %1 (%2) is sent by ordinary post and has no place in the register</source>
        <translation>la lettre %1 (%2) est envoyée par courrier ordinaire et n’a pas sa place dans le registre</translation>
    </message>
    <message>
        <source>letter %1 was posted on %2; a new posting is a new letter</source>
        <translation>la lettre %1 a été remise à la poste le %2 ; un nouvel envoi est une nouvelle lettre</translation>
    </message>
    <message>
        <source>posting date is required (YYYY-MM-DD)</source>
        <translation>la date de remise à la poste est obligatoire (AAAA-MM-JJ)</translation>
    </message>
    <message>
        <source>posting on %1 must lie between the letter&apos;s date %2 and today %3</source>
        <translation>la remise à la poste le %1 doit se situer entre la date de la lettre %2 et aujourd’hui %3</translation>
    </message>
    <message>
        <source>record the decision first (gas event --type decision-posted)</source>
        <translation>enregistrez d’abord la décision (étape « décision remise à la poste »)</translation>
    </message>
    <message>
        <source>the decision is recorded as posted on %1; the decision letter must carry that posting date, not %2</source>
        <translation>la décision est enregistrée comme remise à la poste le %1 ; la lettre de décision doit porter cette date de remise, pas %2</translation>
    </message>
    <message>
        <source>letter %1 has no posting date yet</source>
        <translation>la lettre %1 n’a pas encore de date de remise à la poste</translation>
    </message>
    <message>
        <source>receipt date is required (YYYY-MM-DD)</source>
        <translation>la date de réception est obligatoire (AAAA-MM-JJ)</translation>
    </message>
    <message>
        <source>letter %1 already has a receipt on %2</source>
        <translation>la lettre %1 a déjà une réception le %2</translation>
    </message>
    <message>
        <source>letter %1 already has a return (%2)</source>
        <translation>la lettre %1 est déjà revenue (%2)</translation>
    </message>
    <message>
        <source>receipt on %1 must lie between the posting on %2 and today %3</source>
        <translation>la réception le %1 doit se situer entre la remise à la poste le %2 et aujourd’hui %3</translation>
    </message>
    <message>
        <source>return reason &apos;%1&apos; is not one of %2</source>
        <translation>le motif de retour « %1 » n’est pas l’un de %2</translation>
    </message>
    <message>
        <source>letter %1 already has a receipt or a return</source>
        <translation>la lettre %1 a déjà une réception ou un retour</translation>
    </message>
    <message>
        <source>return on %1 must lie between the posting on %2 and today %3</source>
        <translation>le retour le %1 doit se situer entre la remise à la poste le %2 et aujourd’hui %3</translation>
    </message>
    <message>
        <source>template %1 is for %2 dossiers, %3 is a %4 dossier</source>
        <translation>le modèle %1 est destiné aux dossiers de type %2, %3 est un dossier de type %4</translation>
    </message>
    <message>
        <source>%1 is a reminder after the payment term; the payment of %2 is %3</source>
        <translation>%1 est un rappel après le délai de paiement ; le paiement de %2 est %3</translation>
    </message>
    <message>
        <source>not applicable</source>
        <translation>sans objet</translation>
    </message>
    <message>
        <source>%1 comes from the dossier or the letterhead and cannot be set</source>
        <translation>%1 provient du dossier ou de l’en-tête et ne peut pas être défini</translation>
    </message>
</context>
<context>
    <name>LetterSettings</name>
    <message>
        <source>unknown letter setting &apos;%1&apos;; known: %2</source>
        <translation>paramètre de lettre inconnu « %1 » ; connus : %2</translation>
    </message>
</context>
<context>
    <name>MeasureClock</name>
    <message>
        <source>ban from</source>
        <translation>interdiction à partir du</translation>
    </message>
    <message>
        <source>renewal %1 (decided %2) runs on from the day after: %3</source>
        <translation>prolongation %1 (décidée le %2) court à partir du lendemain : %3</translation>
    </message>
    <message>
        <source>%1 renewals recorded (the last on %2); %3 allows at most %4</source>
        <translation>%1 prolongations enregistrées (la dernière le %2) ; %3 en permet au plus %4</translation>
    </message>
    <message>
        <source>ban starting on %1</source>
        <translation>interdiction commençant le %1</translation>
    </message>
    <message>
        <source>renewal decided on %1</source>
        <translation>prolongation décidée le %1</translation>
    </message>
    <message>
        <source>closure from</source>
        <translation>fermeture à partir du</translation>
    </message>
    <message>
        <source>closure starting on %1</source>
        <translation>fermeture commençant le %1</translation>
    </message>
    <message>
        <source>%1 for %2 (events[%3]) exceeds the maximum of %4 (%5)</source>
        <translation>%1 pour %2 (events[%3]) dépasse le maximum de %4 (%5)</translation>
    </message>
</context>
<context>
    <name>MeasureService</name>
    <message>
        <source>order valid until</source>
        <translation>ordre valable jusqu’au</translation>
    </message>
    <message>
        <source>decision date is required</source>
        <translation>la date de la décision est obligatoire</translation>
    </message>
    <message>
        <source>decision on %1 is after today %2</source>
        <translation>la décision du %1 est postérieure à aujourd’hui %2</translation>
    </message>
    <message>
        <source>start on %1 is before the decision on %2</source>
        <translation>le début le %1 est antérieur à la décision du %2</translation>
    </message>
    <message>
        <source>months must be 1 or more</source>
        <translation>le nombre de mois doit être d’au moins 1</translation>
    </message>
    <message>
        <source>hearing on %1 is after the decision on %2</source>
        <translation>l’audition du %1 est postérieure à la décision du %2</translation>
    </message>
    <message>
        <source>a place ban needs a perimeter</source>
        <translation>une interdiction de lieu nécessite un périmètre</translation>
    </message>
    <message>
        <source>a place ban decided on %1 needs a hearing before the decision, or the reason for urgency</source>
        <translation>une interdiction de lieu décidée le %1 nécessite une audition avant la décision, ou le motif d’urgence</translation>
    </message>
    <message>
        <source>a closure needs its months</source>
        <translation>une fermeture nécessite sa durée en mois</translation>
    </message>
    <message>
        <source>a closure for human trafficking decided on %1 needs the prior consultation of the judicial authorities (got %2)</source>
        <translation>une fermeture pour traite des êtres humains décidée le %1 nécessite la concertation préalable avec les autorités judiciaires (reçu : %2)</translation>
    </message>
    <message>
        <source>college confirmation on %1 is before the decision on %2</source>
        <translation>la confirmation par le collège le %1 est antérieure à la décision du %2</translation>
    </message>
    <message>
        <source>a hearing order needs its text</source>
        <translation>un ordre après audition nécessite son texte</translation>
    </message>
    <message>
        <source>a hearing order needs the hearing date</source>
        <translation>un ordre après audition nécessite la date de l’audition</translation>
    </message>
    <message>
        <source>a hearing order needs its validity (on or after the decision)</source>
        <translation>un ordre après audition nécessite sa date de validité (le jour de la décision ou après)</translation>
    </message>
    <message>
        <source>kind must be one of: %1</source>
        <translation>le type doit être l’un de : %1</translation>
    </message>
    <message>
        <source>a place ban names a person</source>
        <translation>une interdiction de lieu désigne une personne</translation>
    </message>
    <message>
        <source>a closure names the premises</source>
        <translation>une fermeture désigne l’immeuble</translation>
    </message>
    <message>
        <source>a measure names a person or premises</source>
        <translation>une mesure désigne une personne ou un immeuble</translation>
    </message>
    <message>
        <source>the college must confirm the closure at its next meeting</source>
        <translation>le collège doit confirmer la fermeture lors de sa prochaine séance</translation>
    </message>
    <message>
        <source>unknown event type &apos;%1&apos;; known: %2</source>
        <translation>étape inconnue « %1 » ; connues : %2</translation>
    </message>
    <message>
        <source>date is required (YYYY-MM-DD)</source>
        <translation>la date est obligatoire (AAAA-MM-JJ)</translation>
    </message>
    <message>
        <source>%1 applies only to a %2, not to a %3</source>
        <translation>%1 ne s’applique qu’à un(e) %2, pas à un(e) %3</translation>
    </message>
    <message>
        <source>%1 is not allowed in state %2</source>
        <translation>%1 n’est pas permis dans l’état %2</translation>
    </message>
    <message>
        <source>%1 on %2 is after today %3</source>
        <translation>%1 le %2 est postérieur à aujourd’hui %3</translation>
    </message>
    <message>
        <source>%1 on %2 is before the decision on %3</source>
        <translation>%1 le %2 est antérieur à la décision du %3</translation>
    </message>
    <message>
        <source>renewal decided on %1, after the ban ended on %2: decide a new ban instead</source>
        <translation>prolongation décidée le %1, après la fin de l’interdiction le %2 : décidez plutôt une nouvelle interdiction</translation>
    </message>
</context>
<context>
    <name>MeetingRepository</name>
    <message>
        <source>there is no meeting %1</source>
        <translation>il n&apos;y a pas de réunion %1</translation>
    </message>
    <message>
        <source>there is no action point %1</source>
        <translation>il n&apos;y a pas de point d&apos;action %1</translation>
    </message>
    <message>
        <source>there is no organisation &apos;%1&apos; in the register</source>
        <translation>il n&apos;y a pas d&apos;organisation « %1 » dans le registre</translation>
    </message>
    <message>
        <source>&apos;%1&apos; names more than one organisation: %2; give the id</source>
        <translation>« %1 » désigne plusieurs organisations : %2 ; indiquez l&apos;identifiant</translation>
    </message>
</context>
<context>
    <name>MeetingService</name>
    <message>
        <source>&apos;%1&apos; is not a known meeting type (%2)</source>
        <translation>« %1 » n&apos;est pas un type de réunion connu (%2)</translation>
    </message>
    <message>
        <source>the meeting date is missing or not a date</source>
        <translation>la date de la réunion manque ou n&apos;est pas une date</translation>
    </message>
    <message>
        <source>the meeting date %1 lies in the future: record the meeting once it has taken place</source>
        <translation>la date de la réunion %1 est dans le futur : enregistrez la réunion une fois qu&apos;elle a eu lieu</translation>
    </message>
    <message>
        <source>an agenda item is empty: type its subject or remove it</source>
        <translation>un point de l&apos;ordre du jour est vide : tapez son sujet ou supprimez-le</translation>
    </message>
    <message>
        <source>an attendee needs an organisation of the register or a role (for example &apos;uitbaters&apos;)</source>
        <translation>un participant doit avoir une organisation du registre ou une qualité (par exemple « exploitants »)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is already listed among the attendees</source>
        <translation>« %1 » figure déjà parmi les participants</translation>
    </message>
    <message>
        <source>organisation %1 is not in the register: choose an existing organisation or name the attendee by role</source>
        <translation>l&apos;organisation %1 n&apos;est pas dans le registre : choisissez une organisation existante ou désignez le participant par sa qualité</translation>
    </message>
    <message>
        <source>%1 is listed twice among the attendees</source>
        <translation>%1 figure deux fois parmi les participants</translation>
    </message>
    <message>
        <source>an action point has no description: say what is to be done</source>
        <translation>un point d&apos;action n&apos;a pas de description : dites ce qui doit être fait</translation>
    </message>
    <message>
        <source>action point &apos;%1&apos; has no owner: choose an organisation or name a role</source>
        <translation>le point d&apos;action « %1 » n&apos;a pas de responsable : choisissez une organisation ou indiquez une qualité</translation>
    </message>
    <message>
        <source>the owner of action point &apos;%1&apos; (%2) is not in the register</source>
        <translation>le responsable du point d&apos;action « %1 » (%2) n&apos;est pas dans le registre</translation>
    </message>
    <message>
        <source>action point &apos;%1&apos; has no due date</source>
        <translation>le point d&apos;action « %1 » n&apos;a pas d&apos;échéance</translation>
    </message>
    <message>
        <source>action point &apos;%1&apos; is due on %2, before the meeting of %3</source>
        <translation>le point d&apos;action « %1 » échoit le %2, avant la réunion du %3</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a status of an action point (%2)</source>
        <translation>« %1 » n&apos;est pas un statut de point d&apos;action (%2)</translation>
    </message>
    <message>
        <source>action point &apos;%1&apos; is done but has no date it was done</source>
        <translation>le point d&apos;action « %1 » est terminé mais n&apos;a pas de date de réalisation</translation>
    </message>
    <message>
        <source>action point &apos;%1&apos; cannot be done on %2, which lies in the future</source>
        <translation>le point d&apos;action « %1 » ne peut pas être terminé le %2, qui est dans le futur</translation>
    </message>
    <message>
        <source>action point &apos;%1&apos; cannot be done on %2, before the meeting of %3</source>
        <translation>le point d&apos;action « %1 » ne peut pas être terminé le %2, avant la réunion du %3</translation>
    </message>
    <message>
        <source>name the organisation that attended</source>
        <translation>indiquez l&apos;organisation présente</translation>
    </message>
    <message>
        <source>action point &apos;%1&apos; is already done</source>
        <translation>le point d&apos;action « %1 » est déjà terminé</translation>
    </message>
    <message>
        <source>action point &apos;%1&apos; was cancelled</source>
        <translation>le point d&apos;action « %1 » a été annulé</translation>
    </message>
    <message>
        <source>there is no meeting %1</source>
        <translation>il n&apos;y a pas de réunion %1</translation>
    </message>
    <message>
        <source>meeting %1 is already deleted</source>
        <translation>la réunion %1 est déjà supprimée</translation>
    </message>
    <message>
        <source>meeting %1 is not deleted: there is nothing to restore</source>
        <translation>la réunion %1 n&apos;est pas supprimée : il n&apos;y a rien à rétablir</translation>
    </message>
</context>
<context>
    <name>OffenceCatalogue</name>
    <message>
        <source>code is empty</source>
        <translation>le code est vide</translation>
    </message>
    <message>
        <source>offender role must be sex-worker, client, operator or other</source>
        <translation>le rôle du contrevenant doit être travailleur du sexe, client, exploitant ou autre (sex-worker, client, operator, other)</translation>
    </message>
    <message>
        <source>offence %1 exists</source>
        <translation>l’infraction %1 existe déjà</translation>
    </message>
</context>
<context>
    <name>PeopleService</name>
    <message>
        <source>family name is empty</source>
        <translation>le nom de famille est vide</translation>
    </message>
    <message>
        <source>birth date %1 differs from %2 in the number</source>
        <translation>la date de naissance %1 diffère de %2 dans le numéro</translation>
    </message>
    <message>
        <source>legal name is empty</source>
        <translation>la dénomination est vide</translation>
    </message>
    <message>
        <source>number already registered for person %1</source>
        <translation>numéro déjà enregistré pour la personne %1</translation>
    </message>
</context>
<context>
    <name>Planner</name>
    <message>
        <source>%1 is not a year</source>
        <translation>%1 n’est pas une année</translation>
    </message>
</context>
<context>
    <name>PremisesService</name>
    <message>
        <source>house number is empty</source>
        <translation>le numéro de maison est vide</translation>
    </message>
    <message>
        <source>%1 windows: a premises has 1 to 200 windows</source>
        <translation>%1 vitrines : un immeuble compte de 1 à 200 vitrines</translation>
    </message>
    <message>
        <source>begin date missing</source>
        <translation>date de début manquante</translation>
    </message>
    <message>
        <source>role ends before it begins</source>
        <translation>le rôle se termine avant de commencer</translation>
    </message>
    <message>
        <source>premises already has a main holder (%1) from %2</source>
        <translation>l’immeuble a déjà un titulaire principal (%1) à partir du %2</translation>
    </message>
    <message>
        <source>end date missing</source>
        <translation>date de fin manquante</translation>
    </message>
</context>
<context>
    <name>ProcedureText</name>
    <message>
        <source>Registered</source>
        <translation>Enregistré</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Entamé</translation>
    </message>
    <message>
        <source>Defence open</source>
        <translation>Défense en cours</translation>
    </message>
    <message>
        <source>Hearing planned</source>
        <translation>Audition planifiée</translation>
    </message>
    <message>
        <source>Heard</source>
        <translation>Entendu</translation>
    </message>
    <message>
        <source>Decided</source>
        <translation>Décidé</translation>
    </message>
    <message>
        <source>Appealed</source>
        <translation>En appel</translation>
    </message>
    <message>
        <source>Judged</source>
        <translation>Jugé</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Payé</translation>
    </message>
    <message>
        <source>In collection</source>
        <translation>En recouvrement</translation>
    </message>
    <message>
        <source>Closed without fine</source>
        <translation>Clôturé sans amende</translation>
    </message>
    <message>
        <source>Lapsed</source>
        <translation>Prescrit</translation>
    </message>
    <message>
        <source>Finding transmitted</source>
        <translation>Constat transmis</translation>
    </message>
    <message>
        <source>Start letter notified</source>
        <translation>Lettre d&apos;ouverture notifiée</translation>
    </message>
    <message>
        <source>End of defence term</source>
        <translation>Fin du délai de défense</translation>
    </message>
    <message>
        <source>Earliest decision</source>
        <translation>Décision au plus tôt</translation>
    </message>
    <message>
        <source>Limitation</source>
        <translation>Prescription</translation>
    </message>
    <message>
        <source>Decision notified</source>
        <translation>Décision notifiée</translation>
    </message>
    <message>
        <source>Payment due</source>
        <translation>Paiement dû</translation>
    </message>
    <message>
        <source>End of appeal term</source>
        <translation>Fin du délai d&apos;appel</translation>
    </message>
    <message>
        <source>Hearing</source>
        <translation>Audition</translation>
    </message>
    <message>
        <source>End of collection</source>
        <translation>Fin du recouvrement</translation>
    </message>
    <message>
        <source>End of place ban</source>
        <translation>Fin de l&apos;interdiction de lieu</translation>
    </message>
    <message>
        <source>End of closure</source>
        <translation>Fin de la fermeture</translation>
    </message>
    <message>
        <source>End of order</source>
        <translation>Fin de l&apos;ordre</translation>
    </message>
    <message>
        <source>Start letter posted</source>
        <translation>Lettre d&apos;ouverture envoyée</translation>
    </message>
    <message>
        <source>Start letter received</source>
        <translation>Lettre d&apos;ouverture reçue</translation>
    </message>
    <message>
        <source>Defence received</source>
        <translation>Défense reçue</translation>
    </message>
    <message>
        <source>Defence waived</source>
        <translation>Renonciation à la défense</translation>
    </message>
    <message>
        <source>Hearing requested</source>
        <translation>Audition demandée</translation>
    </message>
    <message>
        <source>Hearing held</source>
        <translation>Audition tenue</translation>
    </message>
    <message>
        <source>Mediation offered</source>
        <translation>Médiation proposée</translation>
    </message>
    <message>
        <source>Community service offered</source>
        <translation>Prestation citoyenne proposée</translation>
    </message>
    <message>
        <source>Decision posted</source>
        <translation>Décision envoyée</translation>
    </message>
    <message>
        <source>Decision received</source>
        <translation>Décision reçue</translation>
    </message>
    <message>
        <source>Appeal lodged</source>
        <translation>Appel introduit</translation>
    </message>
    <message>
        <source>Judgment</source>
        <translation>Jugement</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Paiement</translation>
    </message>
    <message>
        <source>Collection started</source>
        <translation>Recouvrement entamé</translation>
    </message>
    <message>
        <source>Renewed</source>
        <translation>Prolongé</translation>
    </message>
    <message>
        <source>Judicial authorities consulted</source>
        <translation>Autorités judiciaires consultées</translation>
    </message>
    <message>
        <source>Confirmed by the college</source>
        <translation>Confirmé par le collège</translation>
    </message>
    <message>
        <source>Lifted</source>
        <translation>Levé</translation>
    </message>
    <message>
        <source>Breach</source>
        <translation>Violation</translation>
    </message>
    <message>
        <source>GAS fine</source>
        <translation>Amende SAC</translation>
    </message>
    <message>
        <source>Place ban</source>
        <translation>Interdiction de lieu</translation>
    </message>
    <message>
        <source>Closure (trafficking)</source>
        <translation>Fermeture (traite des êtres humains)</translation>
    </message>
    <message>
        <source>Closure (public order)</source>
        <translation>Fermeture (ordre public)</translation>
    </message>
    <message>
        <source>Order after hearing</source>
        <translation>Ordre après audition</translation>
    </message>
    <message>
        <source>Certificate sanction</source>
        <translation>Sanction sur l&apos;attestation</translation>
    </message>
    <message>
        <source>In force</source>
        <translation>En vigueur</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>Planifiée</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Expirée</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Terminée</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>En retard</translation>
    </message>
    <message>
        <source>Due soon</source>
        <translation>Bientôt dû</translation>
    </message>
    <message>
        <source>Limitation near</source>
        <translation>Prescription proche</translation>
    </message>
    <message>
        <source>Hearing this week</source>
        <translation>Audition cette semaine</translation>
    </message>
    <message>
        <source>Measure ends</source>
        <translation>Fin de mesure</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ville</translation>
    </message>
    <message>
        <source>Citizen</source>
        <translation>Citoyen</translation>
    </message>
    <message>
        <source>fine</source>
        <translation>amende</translation>
    </message>
    <message>
        <source>no fine</source>
        <translation>pas d&apos;amende</translation>
    </message>
    <message>
        <source>mediation</source>
        <translation>médiation</translation>
    </message>
    <message>
        <source>community service</source>
        <translation>prestation citoyenne</translation>
    </message>
    <message>
        <source>confirmed</source>
        <translation>confirmé</translation>
    </message>
    <message>
        <source>reduced</source>
        <translation>réduit</translation>
    </message>
    <message>
        <source>annulled</source>
        <translation>annulé</translation>
    </message>
    <message>
        <source>End of Council of State appeal term</source>
        <translation>Fin du délai de recours au Conseil d’État</translation>
    </message>
    <message>
        <source>Sanction starts</source>
        <translation>Début de la sanction</translation>
    </message>
    <message>
        <source>Sanction ends</source>
        <translation>Fin de la sanction</translation>
    </message>
    <message>
        <source>Findings, no warning yet</source>
        <translation>Constats, pas encore d&apos;avertissement</translation>
    </message>
    <message>
        <source>Warned</source>
        <translation>Averti</translation>
    </message>
    <message>
        <source>Sanction track open</source>
        <translation>Procédure de sanction ouverte</translation>
    </message>
    <message>
        <source>Invited to a hearing</source>
        <translation>Convoqué à une audition</translation>
    </message>
    <message>
        <source>Under appeal</source>
        <translation>En recours</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Clôturé</translation>
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
    <name>RecordWords</name>
    <message>
        <source>Person</source>
        <translation>Personne</translation>
    </message>
    <message>
        <source>Premises</source>
        <translation>Immeuble</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>Vitrine</translation>
    </message>
    <message>
        <source>Holder of premises</source>
        <translation>Titulaire de l&apos;immeuble</translation>
    </message>
    <message>
        <source>GAS dossier</source>
        <translation>Dossier SAC</translation>
    </message>
    <message>
        <source>GAS dossier step</source>
        <translation>Étape du dossier SAC</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Paiement</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Mesure</translation>
    </message>
    <message>
        <source>Holder sanction</source>
        <translation>Sanction contre le titulaire</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Attestation</translation>
    </message>
    <message>
        <source>Certificate condition</source>
        <translation>Condition de l&apos;attestation</translation>
    </message>
    <message>
        <source>Certificate event</source>
        <translation>Événement de l&apos;attestation</translation>
    </message>
    <message>
        <source>Certificate document</source>
        <translation>Document de l&apos;attestation</translation>
    </message>
    <message>
        <source>Certificate check</source>
        <translation>Contrôle de l&apos;attestation</translation>
    </message>
    <message>
        <source>Inspection</source>
        <translation>Inspection</translation>
    </message>
    <message>
        <source>Inspection answer</source>
        <translation>Réponse d&apos;inspection</translation>
    </message>
    <message>
        <source>Inspection amendment</source>
        <translation>Modification d&apos;inspection</translation>
    </message>
    <message>
        <source>Inspection photo</source>
        <translation>Photo d&apos;inspection</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Constatation</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Lettre</translation>
    </message>
    <message>
        <source>Action plan</source>
        <translation>Plan d&apos;action</translation>
    </message>
    <message>
        <source>Policy line</source>
        <translation>Axe politique</translation>
    </message>
    <message>
        <source>Objective</source>
        <translation>Objectif</translation>
    </message>
    <message>
        <source>Fiche</source>
        <translation>Fiche</translation>
    </message>
    <message>
        <source>Fiche action</source>
        <translation>Action de la fiche</translation>
    </message>
    <message>
        <source>Fiche indicator</source>
        <translation>Indicateur de la fiche</translation>
    </message>
    <message>
        <source>Fiche partner</source>
        <translation>Partenaire de la fiche</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Offence</source>
        <translation>Infraction</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Réunion</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>Liste de contrôle</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Supprimé</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>Rue</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Numéro</translation>
    </message>
    <message>
        <source>Box</source>
        <translation>Boîte</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>Code postal</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Commune</translation>
    </message>
    <message>
        <source>Cadastral parcel</source>
        <translation>Parcelle cadastrale</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Nom de famille</translation>
    </message>
    <message>
        <source>Given names</source>
        <translation>Prénoms</translation>
    </message>
    <message>
        <source>Legal name</source>
        <translation>Dénomination</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Date de naissance</translation>
    </message>
    <message>
        <source>National register number</source>
        <translation>Numéro de registre national</translation>
    </message>
    <message>
        <source>Floor</source>
        <translation>Étage</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
    <message>
        <source>Remark</source>
        <translation>Remarque</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Issue</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Begins</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>Date de début</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>Date de fin</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Valable jusqu&apos;au</translation>
    </message>
    <message>
        <source>Application date</source>
        <translation>Date de la demande</translation>
    </message>
    <message>
        <source>Met on</source>
        <translation>Remplie le</translation>
    </message>
    <message>
        <source>Inspection date</source>
        <translation>Date de l&apos;inspection</translation>
    </message>
    <message>
        <source>Inspector</source>
        <translation>Inspecteur</translation>
    </message>
    <message>
        <source>Checklist item</source>
        <translation>Point de la liste de contrôle</translation>
    </message>
    <message>
        <source>Date of the facts</source>
        <translation>Date des faits</translation>
    </message>
    <message>
        <source>Hearing date</source>
        <translation>Date de l&apos;audition</translation>
    </message>
    <message>
        <source>Decision date</source>
        <translation>Date de la décision</translation>
    </message>
    <message>
        <source>Intended fine</source>
        <translation>Amende envisagée</translation>
    </message>
    <message>
        <source>Fine decided</source>
        <translation>Amende infligée</translation>
    </message>
    <message>
        <source>Amount paid</source>
        <translation>Montant payé</translation>
    </message>
    <message>
        <source>Meeting date</source>
        <translation>Date de la réunion</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>Meeting attendee</source>
        <translation>Participant à la réunion</translation>
    </message>
    <message>
        <source>Agenda item</source>
        <translation>Point de l’ordre du jour</translation>
    </message>
    <message>
        <source>Action point</source>
        <translation>Point d’action</translation>
    </message>
    <message>
        <source>Measure step</source>
        <translation>Étape de mesure</translation>
    </message>
    <message>
        <source>Holder sanction step</source>
        <translation>Étape de sanction contre le titulaire</translation>
    </message>
    <message>
        <source>Window register line</source>
        <translation>Ligne du registre des vitrines</translation>
    </message>
    <message>
        <source>Policy note</source>
        <translation>Note de politique</translation>
    </message>
    <message>
        <source>Branch count</source>
        <translation>Comptage des établissements</translation>
    </message>
    <message>
        <source>Partner figure</source>
        <translation>Chiffre d’un partenaire</translation>
    </message>
    <message>
        <source>Reporting round</source>
        <translation>Cycle de rapportage</translation>
    </message>
    <message>
        <source>Rule set</source>
        <translation>Jeu de règles</translation>
    </message>
</context>
<context>
    <name>RegisterFindingText</name>
    <message>
        <source>no entry in the register for %1 at window %2 on %3</source>
        <translation>aucune ligne dans le registre pour %1 à la vitrine %2 le %3</translation>
    </message>
    <message>
        <source>%1 is in the register for window %2 but not registered</source>
        <translation>%1 figure dans le registre pour la vitrine %2 mais n&apos;est pas enregistrée</translation>
    </message>
    <message>
        <source>the registration of %1 at window %2 was not validated by the police</source>
        <translation>l&apos;enregistrement de %1 à la vitrine %2 n&apos;a pas été validé par la police</translation>
    </message>
    <message>
        <source>worker not pre-registered: %1</source>
        <translation>travailleuse non préenregistrée : %1</translation>
    </message>
</context>
<context>
    <name>RegisteredPost</name>
    <message>
        <source>tracking number &apos;%1&apos; must be 8 to 30 letters and digits (spaces and dashes are ignored), e.g. RR123456785BE</source>
        <translation>le numéro de suivi « %1 » doit compter de 8 à 30 lettres et chiffres (espaces et tirets ignorés), p. ex. RR123456785BE</translation>
    </message>
    <message>
        <source>tracking number %1 is not in the UPU S10 form (e.g. RR123456785BE); stored as given</source>
        <translation>le numéro de suivi %1 n’a pas la forme UPU S10 (p. ex. RR123456785BE) ; enregistré tel quel</translation>
    </message>
    <message>
        <source>tracking number %1: check digit %2 does not match the serial number (expected %3); check for a typing error</source>
        <translation>numéro de suivi %1 : le chiffre de contrôle %2 ne correspond pas au numéro de série (attendu : %3) ; vérifiez la frappe</translation>
    </message>
    <message>
        <source>notified %1: receipt recorded on %1 (posted %2)</source>
        <translation>reçu le %1 : réception enregistrée le %1 (remis à la poste le %2)</translation>
    </message>
    <message>
        <source>the letter came back (%1), the presumption stands</source>
        <translation>la lettre est revenue (%1), la présomption de réception subsiste</translation>
    </message>
</context>
<context>
    <name>ReportCharts</name>
    <message>
        <source>nothing recorded in this period</source>
        <translation>rien d&apos;enregistré pendant cette période</translation>
    </message>
</context>
<context>
    <name>RoundReport</name>
    <message>
        <source>to be entered by the partner</source>
        <translation>à encoder par le partenaire</translation>
    </message>
    <message>
        <source>no registration file yet</source>
        <translation>pas encore de fichier d&apos;enregistrement</translation>
    </message>
    <message>
        <source>not counted yet</source>
        <translation>pas encore compté</translation>
    </message>
    <message>
        <source>Regie</source>
        <translation>Regie</translation>
    </message>
    <message>
        <source>partner</source>
        <translation>partenaire</translation>
    </message>
    <message>
        <source>registration file</source>
        <translation>fichier d&apos;enregistrement</translation>
    </message>
    <message>
        <source>City of Antwerp - prostitution policy office</source>
        <translation>Ville d&apos;Anvers - service de la politique en matière de prostitution</translation>
    </message>
    <message>
        <source>Progress report %1</source>
        <translation>Rapport d&apos;avancement %1</translation>
    </message>
    <message>
        <source>Reporting period %1 to %2</source>
        <translation>Période de rapport du %1 au %2</translation>
    </message>
    <message>
        <source>Figures frozen on %1 by %2.</source>
        <translation>Chiffres figés le %1 par %2.</translation>
    </message>
    <message>
        <source>Provisional figures: this round is not frozen yet (printed on %1).</source>
        <translation>Chiffres provisoires : ce tour n&apos;est pas encore figé (imprimé le %1).</translation>
    </message>
    <message>
        <source>Compared with the previous round %1 (%2 to %3).</source>
        <translation>Comparé avec le tour précédent %1 (du %2 au %3).</translation>
    </message>
    <message>
        <source>There is no earlier frozen round to compare with.</source>
        <translation>Il n&apos;y a pas de tour figé antérieur pour comparer.</translation>
    </message>
    <message>
        <source>For the planning group prostitution policy (action 3.4). Figures counted by Regie come from the city&apos;s own registers; partners&apos; figures and registration files name their source and date.</source>
        <translation>Pour le groupe de planification de la politique en matière de prostitution (action 3.4). Les chiffres comptés par Regie proviennent des registres de la ville ; les chiffres des partenaires et les fichiers d&apos;enregistrement mentionnent leur source et leur date.</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Résumé</translation>
    </message>
    <message>
        <source>%1 of the plan&apos;s %2 indicators have a value for this period; %3 wait for a partner&apos;s figure or registration file.</source>
        <translation>%1 des %2 indicateurs du plan ont une valeur pour cette période ; %3 attendent le chiffre d&apos;un partenaire ou un fichier d&apos;enregistrement.</translation>
    </message>
    <message>
        <source>Enforcement and certificates</source>
        <translation>Application et attestations d&apos;aptitude</translation>
    </message>
    <message>
        <source>GAS fines by offender role</source>
        <translation>Amendes SAC selon le rôle du contrevenant</translation>
    </message>
    <message>
        <source>sex workers</source>
        <translation>travailleurs du sexe</translation>
    </message>
    <message>
        <source>clients</source>
        <translation>clients</translation>
    </message>
    <message>
        <source>Mayor&apos;s measures by kind</source>
        <translation>Mesures du bourgmestre par type</translation>
    </message>
    <message>
        <source>place bans</source>
        <translation>interdictions de lieu</translation>
    </message>
    <message>
        <source>closures (trafficking)</source>
        <translation>fermetures (traite des êtres humains)</translation>
    </message>
    <message>
        <source>closures (public order)</source>
        <translation>fermetures (ordre public)</translation>
    </message>
    <message>
        <source>orders after a hearing</source>
        <translation>ordres après audition</translation>
    </message>
    <message>
        <source>previous</source>
        <translation>précédent</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indicateur</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Écart</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Fiche %1 - %2</source>
        <translation>Fiche %1 - %2</translation>
    </message>
    <message>
        <source>Carried out by %1</source>
        <translation>Exécuté par %1</translation>
    </message>
    <message>
        <source>Planned actions</source>
        <translation>Actions prévues</translation>
    </message>
    <message>
        <source>planned</source>
        <translation>prévue</translation>
    </message>
    <message>
        <source>running</source>
        <translation>en cours</translation>
    </message>
    <message>
        <source>done</source>
        <translation>réalisée</translation>
    </message>
    <message>
        <source>dropped</source>
        <translation>abandonnée</translation>
    </message>
    <message>
        <source>Measurement results</source>
        <translation>Résultats mesurés</translation>
    </message>
    <message>
        <source>Fiche %1</source>
        <translation>Fiche %1</translation>
    </message>
    <message>
        <source>Policy line %1: %2</source>
        <translation>Axe %1 : %2</translation>
    </message>
    <message>
        <source>Printed on %1 by Regie.</source>
        <translation>Imprimé le %1 par Regie.</translation>
    </message>
    <message>
        <source>%1 - progress report %2</source>
        <translation>%1 - rapport d&apos;avancement %2</translation>
    </message>
</context>
<context>
    <name>RuleBook</name>
    <message>
        <source>two rule sets for %1 from %2: %3 and %4</source>
        <translation>deux jeux de règles pour %1 à partir du %2 : %3 et %4</translation>
    </message>
    <message>
        <source>no %1 rule set valid on %2</source>
        <translation>aucun jeu de règles %1 valable le %2</translation>
    </message>
    <message>
        <source>no %1 rule set</source>
        <translation>aucun jeu de règles %1</translation>
    </message>
</context>
<context>
    <name>RuleSet</name>
    <message>
        <source>rule value must be an object</source>
        <translation>une valeur de règle doit être un objet</translation>
    </message>
    <message>
        <source>value must be a number or a bool</source>
        <translation>la valeur doit être un nombre ou un booléen</translation>
    </message>
    <message>
        <source>unit is required</source>
        <translation>l’unité est obligatoire</translation>
    </message>
    <message>
        <source>every rule value needs its legal basis</source>
        <translation>chaque valeur de règle nécessite sa base légale</translation>
    </message>
    <message>
        <source>rule value missing or not %1</source>
        <translation>valeur de règle manquante ou pas %1</translation>
    </message>
    <message>
        <source>rule set name is required</source>
        <translation>le nom du jeu de règles est obligatoire</translation>
    </message>
    <message>
        <source>unknown procedure</source>
        <translation>procédure inconnue</translation>
    </message>
    <message>
        <source>expected YYYY-MM-DD</source>
        <translation>attendu : AAAA-MM-JJ</translation>
    </message>
    <message>
        <source>rules must be an object</source>
        <translation>les règles doivent être un objet</translation>
    </message>
</context>
<context>
    <name>RuleStore</name>
    <message>
        <source>not a JSON object (%1 at offset %2)</source>
        <translation>pas un objet JSON (%1 à la position %2)</translation>
    </message>
    <message>
        <source>%1 starts on %2, not after %3 (%4), the newest set of %5</source>
        <translation>%1 commence le %2, pas après %3 (%4), le jeu le plus récent de %5</translation>
    </message>
    <message>
        <source>%1 starts more than five years from now</source>
        <translation>%1 commence dans plus de cinq ans</translation>
    </message>
</context>
<context>
    <name>SyncErrorText</name>
    <message>
        <source>Refused: the bundle is signed by an installation that is not on the trust list. Add that installation&apos;s public key first, after comparing its fingerprint by phone.</source>
        <translation>Refusé : le paquet est signé par une installation qui ne figure pas sur la liste de confiance. Ajoutez d&apos;abord la clé publique de cette installation, après avoir comparé son empreinte par téléphone.</translation>
    </message>
    <message>
        <source>Refused: the bundle is signed by a peer whose key has been revoked. Nothing from a revoked key is imported.</source>
        <translation>Refusé : le paquet est signé par un partenaire dont la clé a été révoquée. Rien n&apos;est importé d&apos;une clé révoquée.</translation>
    </message>
    <message>
        <source>Refused: the signature does not match the contents. The file was changed or damaged after it was signed; ask the sender for a new bundle.</source>
        <translation>Refusé : la signature ne correspond pas au contenu. Le fichier a été modifié ou endommagé après sa signature ; demandez un nouveau paquet à l&apos;expéditeur.</translation>
    </message>
    <message>
        <source>Refused: the file is incomplete (it was cut short while copying). Copy it again from the sender.</source>
        <translation>Refusé : le fichier est incomplet (il a été tronqué lors de la copie). Copiez-le à nouveau depuis l&apos;expéditeur.</translation>
    </message>
    <message>
        <source>Refused: this file is not a Regie bundle or receipt that this version can read.</source>
        <translation>Refusé : ce fichier n&apos;est pas un paquet ou un accusé de réception Regie que cette version peut lire.</translation>
    </message>
    <message>
        <source>Refused: the bundle is addressed to another installation. Only the installations it was made for can open it.</source>
        <translation>Refusé : le paquet est destiné à une autre installation. Seules les installations pour lesquelles il a été fait peuvent l&apos;ouvrir.</translation>
    </message>
    <message>
        <source>Refused: the bundle claims another sender than the key that signed it.</source>
        <translation>Refusé : le paquet indique un autre expéditeur que la clé qui l&apos;a signé.</translation>
    </message>
    <message>
        <source>Refused: the bundle was made by a newer version of Regie. Update Regie on this computer first, then import it again.</source>
        <translation>Refusé : le paquet a été fait par une version plus récente de Regie. Mettez d&apos;abord Regie à jour sur cet ordinateur, puis importez-le à nouveau.</translation>
    </message>
    <message>
        <source>Refused: this bundle was imported before. Importing it again would change nothing.</source>
        <translation>Refusé : ce paquet a déjà été importé. L&apos;importer à nouveau ne changerait rien.</translation>
    </message>
    <message>
        <source>The bundle still waits for an earlier bundle from the same peer.</source>
        <translation>Le paquet attend encore un paquet antérieur du même partenaire.</translation>
    </message>
    <message>
        <source>Refused: the encrypted contents are damaged. Nothing was changed; ask the sender for a new bundle.</source>
        <translation>Refusé : le contenu chiffré est endommagé. Rien n&apos;a été modifié ; demandez un nouveau paquet à l&apos;expéditeur.</translation>
    </message>
    <message>
        <source>The passphrase is wrong: the keys of this installation could not be opened.</source>
        <translation>La phrase secrète est erronée : les clés de cette installation n&apos;ont pas pu être ouvertes.</translation>
    </message>
    <message>
        <source>The passphrase is too short: use at least 8 characters.</source>
        <translation>La phrase secrète est trop courte : utilisez au moins 8 caractères.</translation>
    </message>
    <message>
        <source>This installation has no keys yet. Create them first.</source>
        <translation>Cette installation n&apos;a pas encore de clés. Créez-les d&apos;abord.</translation>
    </message>
    <message>
        <source>This installation already has keys; its peers trust them, so they are not replaced.</source>
        <translation>Cette installation a déjà des clés ; ses partenaires leur font confiance, elles ne sont donc pas remplacées.</translation>
    </message>
    <message>
        <source>This file is not a Regie public-key file, or it is damaged.</source>
        <translation>Ce fichier n&apos;est pas un fichier de clé publique Regie, ou il est endommagé.</translation>
    </message>
    <message>
        <source>The public-key file is damaged: its fingerprint does not match its keys.</source>
        <translation>Le fichier de clé publique est endommagé : son empreinte ne correspond pas à ses clés.</translation>
    </message>
    <message>
        <source>Give the peer a name of 1 to 40 letters, digits, spaces, &apos;.&apos; or &apos;-&apos;.</source>
        <translation>Donnez au partenaire un nom de 1 à 40 lettres, chiffres, espaces, &apos;.&apos; ou &apos;-&apos;.</translation>
    </message>
    <message>
        <source>This is the public key of this installation itself.</source>
        <translation>C&apos;est la clé publique de cette installation elle-même.</translation>
    </message>
    <message>
        <source>Another peer already has this name. Choose another name.</source>
        <translation>Un autre partenaire porte déjà ce nom. Choisissez un autre nom.</translation>
    </message>
    <message>
        <source>This installation is already on the trust list.</source>
        <translation>Cette installation figure déjà sur la liste de confiance.</translation>
    </message>
    <message>
        <source>There is no peer with this name on the trust list.</source>
        <translation>Aucun partenaire de ce nom ne figure sur la liste de confiance.</translation>
    </message>
    <message>
        <source>This peer is revoked: no bundle is made for it.</source>
        <translation>Ce partenaire est révoqué : aucun paquet n&apos;est fait pour lui.</translation>
    </message>
    <message>
        <source>The chosen scope names a kind of record that does not exist.</source>
        <translation>Le contenu choisi nomme un type de fiche qui n&apos;existe pas.</translation>
    </message>
    <message>
        <source>This conflict has already been resolved.</source>
        <translation>Ce conflit a déjà été résolu.</translation>
    </message>
    <message>
        <source>This conflict no longer exists.</source>
        <translation>Ce conflit n&apos;existe plus.</translation>
    </message>
    <message>
        <source>Refused: the bundle is written in a bundle format that this version of Regie does not read (a newer version made it). Update Regie on this computer first, then import it again.</source>
        <translation>Refusé : le paquet est écrit dans un format de paquet que cette version de Regie ne lit pas (une version plus récente l&apos;a créé). Mettez d&apos;abord Regie à jour sur cet ordinateur, puis importez-le à nouveau.</translation>
    </message>
</context>
<context>
    <name>TolerationZone</name>
    <message>
        <source>%1 lies outside the tolerated zone (%2)</source>
        <translation>%1 se trouve hors de la zone de tolérance (%2)</translation>
    </message>
</context>
<context>
    <name>WindowRegister</name>
    <message>
        <source>a pseudonymous reference has 4 to 40 letters, digits, &apos;-&apos; or &apos;_&apos;</source>
        <translation>une référence pseudonyme compte de 4 à 40 lettres, chiffres, « - » ou « _ »</translation>
    </message>
    <message>
        <source>this looks like a national register or BIS number: store only the pseudonymous reference of the police registration tool</source>
        <translation>ceci ressemble à un numéro de registre national ou BIS : n’enregistrez que la référence pseudonyme de l’outil d’enregistrement de la police</translation>
    </message>
    <message>
        <source>the period needs a first and a last day</source>
        <translation>la période nécessite un premier et un dernier jour</translation>
    </message>
    <message>
        <source>the period ends on %1, before it starts on %2</source>
        <translation>la période se termine le %1, avant de commencer le %2</translation>
    </message>
    <message>
        <source>reference %1 is already registered for window %2 in %3</source>
        <translation>la référence %1 est déjà enregistrée pour la vitrine %2 dans %3</translation>
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
    <message>
        <source>Plan period: earlier periods stay readable</source>
        <translation>Période du plan : les périodes antérieures restent consultables</translation>
    </message>
    <message>
        <source>Plan period</source>
        <translation>Période du plan</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Co&amp;mpare periods…</source>
        <translation>&amp;Comparer les périodes…</translation>
    </message>
    <message>
        <source>Fiches added, dropped and changed between two plan periods</source>
        <translation>Fiches ajoutées, supprimées et modifiées entre deux périodes du plan</translation>
    </message>
</context>
<context>
    <name>regie::ActionPointEditor</name>
    <message>
        <source>Open</source>
        <translation>Ouvert</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulé</translation>
    </message>
    <message>
        <source>Action point</source>
        <translation>Point d&apos;action</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>&amp;New action point</source>
        <translation>&amp;Nouveau point d&apos;action</translation>
    </message>
    <message>
        <source>Remove action point</source>
        <translation>Supprimer le point d&apos;action</translation>
    </message>
    <message>
        <source>(no organisation: name a role)</source>
        <translation>(pas d&apos;organisation : indiquez une qualité)</translation>
    </message>
    <message>
        <source>for example: preventiecoördinator, uitbaters</source>
        <translation>par exemple : coordinateur prévention, exploitants</translation>
    </message>
    <message>
        <source>&amp;What:</source>
        <translation>D&amp;escription :</translation>
    </message>
    <message>
        <source>Own&amp;er:</source>
        <translation>&amp;Responsable :</translation>
    </message>
    <message>
        <source>Owner&apos;s &amp;role:</source>
        <translation>Qua&amp;lité du responsable :</translation>
    </message>
    <message>
        <source>D&amp;ue:</source>
        <translation>Éc&amp;héance :</translation>
    </message>
    <message>
        <source>done on</source>
        <translation>terminé le</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Statut :</translation>
    </message>
    <message numerus="yes">
        <source>Overdue (%n day(s))</source>
        <translation>
            <numerusform>En retard (%n jour)</numerusform>
            <numerusform>En retard (%n jours)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>regie::BranchCountDialog</name>
    <message>
        <source>Branch inventory</source>
        <translation>Inventaire par secteur</translation>
    </message>
    <message>
        <source>&amp;Branch</source>
        <translation>&amp;Secteur</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;Du</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>&amp;Au</translation>
    </message>
    <message>
        <source>e.g. Politie Antwerpen, prostitutieteam</source>
        <translation>p. ex. Police d&apos;Anvers, équipe prostitution</translation>
    </message>
    <message>
        <source>&amp;Source</source>
        <translation>S&amp;ource</translation>
    </message>
    <message>
        <source>Source &amp;date</source>
        <translation>&amp;Date de la source</translation>
    </message>
    <message>
        <source>Window prostitution</source>
        <translation>Prostitution en vitrine</translation>
    </message>
    <message>
        <source>Street prostitution</source>
        <translation>Prostitution de rue</translation>
    </message>
    <message>
        <source>Strip club, bar</source>
        <translation>Club de strip-tease, bar</translation>
    </message>
    <message>
        <source>Escort</source>
        <translation>Escorte</translation>
    </message>
    <message>
        <source>Private reception</source>
        <translation>Réception privée</translation>
    </message>
    <message>
        <source>Home reception</source>
        <translation>Réception à domicile</translation>
    </message>
    <message>
        <source>Massage parlour</source>
        <translation>Salon de massage</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <source>Establishments</source>
        <translation>Établissements</translation>
    </message>
    <message>
        <source>Controls</source>
        <translation>Contrôles</translation>
    </message>
    <message>
        <source>Establishments checked</source>
        <translation>Établissements contrôlés</translation>
    </message>
    <message>
        <source>Persons checked</source>
        <translation>Personnes contrôlées</translation>
    </message>
    <message>
        <source>Police reports (PV)</source>
        <translation>Procès-verbaux (PV)</translation>
    </message>
    <message>
        <source>RIRs</source>
        <translation>RIR</translation>
    </message>
    <message>
        <source>Information reports</source>
        <translation>Rapports d&apos;information</translation>
    </message>
    <message>
        <source>Administrative arrests</source>
        <translation>Arrestations administratives</translation>
    </message>
    <message>
        <source>Judicial arrests</source>
        <translation>Arrestations judiciaires</translation>
    </message>
</context>
<context>
    <name>regie::CertificateLettersPanel</name>
    <message>
        <source>New letter…</source>
        <translation>Nouvelle lettre…</translation>
    </message>
    <message>
        <source>Decision letter, renewal reminder or condition reminder, as PDF</source>
        <translation>Lettre de décision, rappel de renouvellement ou rappel des conditions, en PDF</translation>
    </message>
    <message>
        <source>Save a cop&amp;y…</source>
        <translation>Enregistrer une cop&amp;ie…</translation>
    </message>
    <message>
        <source>Save the stored PDF of the selected letter, exactly as it was made</source>
        <translation>Enregistrer le PDF conservé de la lettre choisie, exactement tel qu&apos;il a été établi</translation>
    </message>
    <message>
        <source>Save a copy of the letter</source>
        <translation>Enregistrer une copie de la lettre</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documents PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Copy saved as %1.</source>
        <translation>Copie enregistrée sous %1.</translation>
    </message>
    <message>
        <source>Letter stored with dossier %1.</source>
        <translation>Lettre conservée avec le dossier %1.</translation>
    </message>
    <message>
        <source>✗ The copy could not be written to %1: %2</source>
        <translation>✗ La copie n&apos;a pas pu être écrite dans %1 : %2</translation>
    </message>
</context>
<context>
    <name>regie::ConflictListModel</name>
    <message>
        <source>(empty)</source>
        <translation>(vide)</translation>
    </message>
    <message numerus="yes">
        <source>(binary data, %n byte(s))</source>
        <translation>
            <numerusform>(données binaires, %n octet)</numerusform>
            <numerusform>(données binaires, %n octets)</numerusform>
        </translation>
    </message>
    <message>
        <source>(deleted)</source>
        <translation>(supprimé)</translation>
    </message>
    <message>
        <source>(present)</source>
        <translation>(présent)</translation>
    </message>
    <message>
        <source>%1 at %2, %3</source>
        <translation>%1 à %2, %3</translation>
    </message>
    <message>
        <source>Record %1</source>
        <translation>Fiche %1</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Fiche</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>Value here</source>
        <translation>Valeur ici</translation>
    </message>
    <message>
        <source>Edited here by</source>
        <translation>Modifié ici par</translation>
    </message>
    <message>
        <source>Value from the peer</source>
        <translation>Valeur du partenaire</translation>
    </message>
    <message>
        <source>Edited there by</source>
        <translation>Modifié là-bas par</translation>
    </message>
    <message>
        <source>(deleted the record)</source>
        <translation>(a supprimé l&apos;enregistrement)</translation>
    </message>
</context>
<context>
    <name>regie::ConflictsPage</name>
    <message>
        <source>No conflicts. When two installations edit the same field at the same time, both values appear here after the import.</source>
        <translation>Aucun conflit. Quand deux installations modifient le même champ en même temps, les deux valeurs apparaissent ici après l&apos;importation.</translation>
    </message>
    <message>
        <source>Decide</source>
        <translation>Décider</translation>
    </message>
    <message>
        <source>&lt;b&gt;Another value&lt;/b&gt;</source>
        <translation>&lt;b&gt;Une autre valeur&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Keep the value &amp;here</source>
        <translation>Garder la valeur d&apos;&amp;ici</translation>
    </message>
    <message>
        <source>Keep the &amp;peer&apos;s value</source>
        <translation>Garder la valeur du &amp;partenaire</translation>
    </message>
    <message>
        <source>&amp;Use this value</source>
        <translation>&amp;Utiliser cette valeur</translation>
    </message>
    <message>
        <source>this installation</source>
        <translation>cette installation</translation>
    </message>
    <message>
        <source>&lt;b&gt;Here&lt;/b&gt;: %1</source>
        <translation>&lt;b&gt;Ici&lt;/b&gt; : %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;At the peer&lt;/b&gt;: %1</source>
        <translation>&lt;b&gt;Chez le partenaire&lt;/b&gt; : %1</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Conflits</translation>
    </message>
    <message>
        <source>The same field was edited here and at a peer before either had seen the other&apos;s edit, or a record was deleted at one installation while it was being edited at another. Sync kept both sides; nothing is lost. Decide which is right: your choice travels to the peers with the next bundle.</source>
        <translation>Le même champ a été modifié ici et chez un partenaire avant que l&apos;un ait vu la modification de l&apos;autre, ou un enregistrement a été supprimé sur une installation pendant qu&apos;il était modifié sur une autre. La synchronisation a conservé les deux versions ; rien n&apos;est perdu. Décidez laquelle est correcte : votre choix part chez les partenaires avec le prochain paquet.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; was deleted at one installation while its &lt;b&gt;%2&lt;/b&gt; was edited at another, neither knowing the other&apos;s change. The record is %3 for now; the edited value is kept here. Restore the record with that value (or another), or confirm the deletion.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; a été supprimé sur une installation pendant que le champ &lt;b&gt;%2&lt;/b&gt; était modifié sur une autre, sans que l&apos;une connaisse la modification de l&apos;autre. L&apos;enregistrement est pour l&apos;instant %3 ; la valeur modifiée est conservée ici. Rétablissez l&apos;enregistrement avec cette valeur (ou une autre), ou confirmez la suppression.</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>supprimé</translation>
    </message>
    <message>
        <source>present</source>
        <translation>présent</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; of &lt;b&gt;%2&lt;/b&gt; – now in the record: %3</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; de &lt;b&gt;%2&lt;/b&gt; – actuellement dans l&apos;enregistrement : %3</translation>
    </message>
    <message>
        <source>Record %1</source>
        <translation>Enregistrement %1</translation>
    </message>
    <message>
        <source>&amp;Restore with the edited value</source>
        <translation>&amp;Rétablir avec la valeur modifiée</translation>
    </message>
    <message>
        <source>Confirm the &amp;deletion</source>
        <translation>Confirmer la &amp;suppression</translation>
    </message>
    <message>
        <source>Restore with &amp;this value</source>
        <translation>Rétablir avec cett&amp;e valeur</translation>
    </message>
    <message>
        <source>The deletion of %1 is confirmed. The choice goes to the peers with the next bundle.</source>
        <translation>La suppression de %1 est confirmée. Le choix part chez les partenaires avec le prochain paquet.</translation>
    </message>
    <message>
        <source>%1 of %2 now holds “%3”%4. The choice goes to the peers with the next bundle.</source>
        <translation>%1 de %2 contient maintenant «&#xa0;%3&#xa0;»%4. Le choix part chez les partenaires avec le prochain paquet.</translation>
    </message>
    <message>
        <source> (the record is restored)</source>
        <translation> (l&apos;enregistrement est rétabli)</translation>
    </message>
</context>
<context>
    <name>regie::DeadlineBoardModel</name>
    <message>
        <source>today</source>
        <translation>aujourd&apos;hui</translation>
    </message>
    <message>
        <source>%1 days late</source>
        <translation>%1 jours de retard</translation>
    </message>
    <message>
        <source>%1 days left</source>
        <translation>encore %1 jours</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Jours</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Dossier</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <source>Procedure</source>
        <translation>Procédure</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>%1 (%2). Binds: %3. State: %4.</source>
        <translation>%1 (%2). Délai pour : %3. État : %4.</translation>
    </message>
</context>
<context>
    <name>regie::DeletedMeetingsDialog</name>
    <message>
        <source>Deleted meetings</source>
        <translation>Réunions supprimées</translation>
    </message>
    <message>
        <source>A meeting deleted by mistake can be restored here, with the agenda, attendance and action points deleted with it.</source>
        <translation>Une réunion supprimée par erreur peut être rétablie ici, avec l&apos;ordre du jour, les présences et les points d&apos;action supprimés en même temps.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Deleted on</source>
        <translation>Supprimée le</translation>
    </message>
    <message>
        <source>Deleted by</source>
        <translation>Supprimée par</translation>
    </message>
    <message>
        <source>No deleted meetings.</source>
        <translation>Aucune réunion supprimée.</translation>
    </message>
    <message>
        <source>A meeting you delete on the Meetings page appears here, so that it can be restored.</source>
        <translation>Une réunion que vous supprimez sur la page Réunions apparaît ici, afin de pouvoir la rétablir.</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>Bring the selected meeting back with its agenda and action points (Enter or double-click)</source>
        <translation>Rétablir la réunion sélectionnée avec son ordre du jour et ses points d&apos;action (Entrée ou double-clic)</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>On installation %1</source>
        <translation>Sur l&apos;installation %1</translation>
    </message>
</context>
<context>
    <name>regie::DossierView</name>
    <message>
        <source>&amp;Dossier:</source>
        <translation>&amp;Dossier :</translation>
    </message>
    <message>
        <source>New &amp;application…</source>
        <translation>Nouvelle &amp;demande…</translation>
    </message>
    <message>
        <source>&amp;Renewal…</source>
        <translation>&amp;Renouvellement…</translation>
    </message>
    <message>
        <source>Docu&amp;ment…</source>
        <translation>Docu&amp;ment…</translation>
    </message>
    <message>
        <source>Chec&amp;k…</source>
        <translation>C&amp;ontrôle…</translation>
    </message>
    <message>
        <source>Dec&amp;ide…</source>
        <translation>Déc&amp;ider…</translation>
    </message>
    <message>
        <source>Condition me&amp;t…</source>
        <translation>Condition re&amp;mplie…</translation>
    </message>
    <message>
        <source>I&amp;nspection…</source>
        <translation>I&amp;nspection…</translation>
    </message>
    <message>
        <source>Start an inspection of this premises in field mode</source>
        <translation>Commencer une inspection de cet immeuble en mode terrain</translation>
    </message>
    <message>
        <source>Renewal</source>
        <translation>Renouvellement</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>Demande</translation>
    </message>
    <message>
        <source>%1 of %2 — %3</source>
        <translation>%1 du %2 — %3</translation>
    </message>
    <message>
        <source>Decision blocked until these are in order: %1</source>
        <translation>Décision bloquée jusqu&apos;à ce que ceci soit en ordre : %1</translation>
    </message>
    <message>
        <source>No application yet: start one first.</source>
        <translation>Pas encore de demande : commencez-en une d&apos;abord.</translation>
    </message>
    <message>
        <source>This dossier is decided: a change needs a renewal or a new application.</source>
        <translation>Ce dossier est décidé : une modification demande un renouvellement ou une nouvelle demande.</translation>
    </message>
    <message>
        <source>A dossier is already open or in force for this premises: use Renewal.</source>
        <translation>Un dossier est déjà ouvert ou en vigueur pour cet immeuble : utilisez Renouvellement.</translation>
    </message>
    <message>
        <source>Only a granted certificate can be renewed.</source>
        <translation>Seule une attestation accordée peut être renouvelée.</translation>
    </message>
    <message>
        <source>This dossier is already decided.</source>
        <translation>Ce dossier est déjà décidé.</translation>
    </message>
    <message>
        <source>Missing or stale: %1</source>
        <translation>Manquant ou trop ancien : %1</translation>
    </message>
    <message>
        <source>No open condition in this dossier.</source>
        <translation>Aucune condition ouverte dans ce dossier.</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Attestation</translation>
    </message>
    <message>
        <source>Holders</source>
        <translation>Titulaires</translation>
    </message>
    <message>
        <source>Window register</source>
        <translation>Registre des vitrines</translation>
    </message>
    <message>
        <source>Letters</source>
        <translation>Lettres</translation>
    </message>
    <message>
        <source>&amp;Letter…</source>
        <translation>&amp;Lettre…</translation>
    </message>
    <message>
        <source>Holders (%1)</source>
        <translation>Titulaires (%1)</translation>
    </message>
    <message>
        <source>Decision letter, renewal reminder or condition reminder</source>
        <translation>Lettre de décision, rappel de renouvellement ou rappel des conditions</translation>
    </message>
</context>
<context>
    <name>regie::ExportBundleDialog</name>
    <message>
        <source>Export a bundle</source>
        <translation>Exporter un paquet</translation>
    </message>
    <message>
        <source>&amp;For:</source>
        <translation>&amp;Pour :</translation>
    </message>
    <message>
        <source>&amp;Everything the peer has not confirmed yet</source>
        <translation>&amp;Tout ce que le partenaire n&apos;a pas encore confirmé</translation>
    </message>
    <message>
        <source>&amp;Only:</source>
        <translation>&amp;Seulement :</translation>
    </message>
    <message>
        <source>Premises</source>
        <translation>Immeubles</translation>
    </message>
    <message>
        <source>Certificates</source>
        <translation>Attestations</translation>
    </message>
    <message>
        <source>Inspections and findings</source>
        <translation>Inspections et constats</translation>
    </message>
    <message>
        <source>Contents:</source>
        <translation>Contenu :</translation>
    </message>
    <message>
        <source>&amp;Resend the changes after number</source>
        <translation>&amp;Renvoyer les modifications après le numéro</translation>
    </message>
    <message>
        <source>For a peer that lost a bundle: its history shows the numbers it has applied</source>
        <translation>Pour un partenaire qui a perdu un paquet : son historique montre les numéros qu&apos;il a appliqués</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <source>F&amp;ile:</source>
        <translation>F&amp;ichier :</translation>
    </message>
    <message>
        <source>The bundle is signed by this installation and encrypted so that only the chosen peer can open it. It holds personal data: carry it on an encrypted stick and delete it once imported.</source>
        <translation>Le paquet est signé par cette installation et chiffré pour que seul le partenaire choisi puisse l&apos;ouvrir. Il contient des données personnelles : transportez-le sur une clé chiffrée et supprimez-le une fois importé.</translation>
    </message>
    <message>
        <source>E&amp;xport</source>
        <translation>E&amp;xporter</translation>
    </message>
    <message>
        <source>Regie bundles (*.regiebundle)</source>
        <translation>Paquets Regie (*.regiebundle)</translation>
    </message>
    <message>
        <source>Add a peer to the trust list first.</source>
        <translation>Ajoutez d&apos;abord un partenaire à la liste de confiance.</translation>
    </message>
    <message>
        <source>Choose the file to write.</source>
        <translation>Choisissez le fichier à écrire.</translation>
    </message>
    <message>
        <source>Tick at least one kind of record.</source>
        <translation>Cochez au moins un type de fiche.</translation>
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
    <name>regie::FieldModeView</name>
    <message>
        <source>← Inspections</source>
        <translation>← Inspections</translation>
    </message>
    <message>
        <source>&amp;Window:</source>
        <translation>&amp;Vitrine :</translation>
    </message>
    <message>
        <source>Keys: 1 or C conform · 2 or N not conform · 3 or A n/a · ↑ ↓ item · Tab remark · P photo · F finding · Esc back</source>
        <translation>Touches : 1 ou C conforme · 2 ou N non conforme · 3 ou A sans objet · ↑ ↓ point · Tab remarque · P photo · F constat · Échap retour</translation>
    </message>
    <message>
        <source>A&amp;mend answer…</source>
        <translation>&amp;Rectifier la réponse…</translation>
    </message>
    <message>
        <source>Fi&amp;nalise inspection…</source>
        <translation>Clôtu&amp;rer l&apos;inspection…</translation>
    </message>
    <message>
        <source>Premises as a whole</source>
        <translation>L&apos;immeuble dans son ensemble</translation>
    </message>
    <message>
        <source>Window %1</source>
        <translation>Vitrine %1</translation>
    </message>
    <message>
        <source>The inspection could not be opened.</source>
        <translation>L&apos;inspection n&apos;a pas pu être ouverte.</translation>
    </message>
    <message>
        <source>Answer 1, 2 or 3 to store the remark</source>
        <translation>Répondez 1, 2 ou 3 pour enregistrer la remarque</translation>
    </message>
    <message>
        <source>✓ Amended</source>
        <translation>✓ Rectifiée</translation>
    </message>
    <message>
        <source>✓ Saved %1</source>
        <translation>✓ Enregistré %1</translation>
    </message>
    <message>
        <source>%1 — %2 inspection of %3</source>
        <translation>%1 — inspection %2 du %3</translation>
    </message>
    <message>
        <source>Checklist %1, version %2 · Inspector: %3 · Answered: %4 of %5</source>
        <translation>Liste %1, version %2 · Inspecteur : %3 · Répondu : %4 sur %5</translation>
    </message>
    <message>
        <source>(not named)</source>
        <translation>(non mentionné)</translation>
    </message>
    <message>
        <source>Finalised — read-only</source>
        <translation>Clôturée — lecture seule</translation>
    </message>
    <message>
        <source>Open — answers are saved at once</source>
        <translation>Ouverte — les réponses sont enregistrées immédiatement</translation>
    </message>
    <message>
        <source>Already finalised.</source>
        <translation>Déjà clôturée.</translation>
    </message>
    <message>
        <source>Before finalising, answer again instead of amending.</source>
        <translation>Avant la clôture, répondez à nouveau au lieu de rectifier.</translation>
    </message>
    <message>
        <source>✗ Not saved</source>
        <translation>✗ Non enregistré</translation>
    </message>
    <message>
        <source>Attach a photo</source>
        <translation>Joindre une photo</translation>
    </message>
    <message>
        <source>Images (*.jpg *.jpeg *.png *.gif *.webp *.heic *.tif *.tiff *.bmp);;All files (*)</source>
        <translation>Images (*.jpg *.jpeg *.png *.gif *.webp *.heic *.tif *.tiff *.bmp);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>%1 is %2, larger than the limit of %3: not attached.</source>
        <translation>%1 fait %2, plus que la limite de %3 : non jointe.</translation>
    </message>
    <message>
        <source>%1 could not be read: %2</source>
        <translation>%1 n&apos;a pas pu être lu : %2</translation>
    </message>
    <message>
        <source>✗ Photo refused</source>
        <translation>✗ Photo refusée</translation>
    </message>
    <message>
        <source>✓ Photo %1 attached.</source>
        <translation>✓ Photo %1 jointe.</translation>
    </message>
    <message>
        <source>✗ Only a not-conform answer can become a finding: answer 2 first.</source>
        <translation>✗ Seule une réponse non conforme peut devenir un constat : répondez d&apos;abord 2.</translation>
    </message>
    <message>
        <source>✓ Draft finding made of “%1”; it can open a warning or sanction procedure or become a certificate condition.</source>
        <translation>✓ Projet de constat établi pour « %1 » ; il peut ouvrir une procédure d&apos;avertissement ou de sanction ou devenir une condition de l&apos;attestation.</translation>
    </message>
    <message>
        <source>Finalise inspection</source>
        <translation>Clôturer l&apos;inspection</translation>
    </message>
    <message>
        <source>Finalise the inspection of %1? Afterwards answers can only be corrected by an amendment with its reason.</source>
        <translation>Clôturer l&apos;inspection de %1 ? Ensuite, les réponses ne pourront être corrigées que par une rectification motivée.</translation>
    </message>
    <message>
        <source>✓ Finalised. The inspection is locked.</source>
        <translation>✓ Clôturée. L&apos;inspection est verrouillée.</translation>
    </message>
    <message>
        <source>✓ Amendment stored; the original answer is kept.</source>
        <translation>✓ Rectification enregistrée ; la réponse d&apos;origine est conservée.</translation>
    </message>
    <message>
        <source>Amend an answer</source>
        <translation>Rectifier une réponse</translation>
    </message>
    <message>
        <source>Why the answer is corrected (required)</source>
        <translation>Pourquoi la réponse est corrigée (obligatoire)</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Point</translation>
    </message>
    <message>
        <source>&amp;Answer</source>
        <translation>&amp;Réponse</translation>
    </message>
    <message>
        <source>R&amp;emark</source>
        <translation>Re&amp;marque</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>&amp;Motif</translation>
    </message>
    <message>
        <source>✓ Register check: registered and validated.</source>
        <translation>✓ Vérification au registre : enregistrée et validée.</translation>
    </message>
    <message>
        <source>⚠ Register check: draft finding “worker not pre-registered” recorded.</source>
        <translation>⚠ Vérification au registre : projet de constat « travailleuse non préenregistrée » enregistré.</translation>
    </message>
    <message>
        <source>Registe&amp;r check…</source>
        <translation>Vérification au &amp;registre…</translation>
    </message>
    <message>
        <source>Check the reference of a worker met at a window against the police registration tool&apos;s outcome</source>
        <translation>Vérifier la référence d&apos;une travailleuse rencontrée à une vitrine au résultat de l&apos;outil d&apos;enregistrement de la police</translation>
    </message>
</context>
<context>
    <name>regie::FigureDialog</name>
    <message>
        <source>Partner&apos;s figure</source>
        <translation>Chiffre d&apos;un partenaire</translation>
    </message>
    <message>
        <source>Organisation and document, e.g. jaarverslag 2026</source>
        <translation>Organisation et document, p. ex. rapport annuel 2026</translation>
    </message>
    <message>
        <source>&amp;Indicator</source>
        <translation>&amp;Indicateur</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;Du</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>&amp;Au</translation>
    </message>
    <message>
        <source>&amp;Value</source>
        <translation>&amp;Valeur</translation>
    </message>
    <message>
        <source>&amp;Source</source>
        <translation>&amp;Source</translation>
    </message>
    <message>
        <source>Source &amp;date</source>
        <translation>&amp;Date de la source</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>&amp;Remarque</translation>
    </message>
</context>
<context>
    <name>regie::GasDossierListModel</name>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Numéro</translation>
    </message>
    <message>
        <source>Facts</source>
        <translation>Faits</translation>
    </message>
    <message>
        <source>Offender</source>
        <translation>Contrevenant</translation>
    </message>
    <message>
        <source>Offence</source>
        <translation>Infraction</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Next deadline</source>
        <translation>Prochaine échéance</translation>
    </message>
</context>
<context>
    <name>regie::GasDossierPanel</name>
    <message>
        <source>finding received late</source>
        <translation>constat reçu tardivement</translation>
    </message>
    <message>
        <source>repeat offence (24 months)</source>
        <translation>récidive (24 mois)</translation>
    </message>
    <message>
        <source>minor</source>
        <translation>mineur</translation>
    </message>
    <message>
        <source>unusual report number</source>
        <translation>numéro de PV inhabituel</translation>
    </message>
    <message>
        <source>birth date unknown</source>
        <translation>date de naissance inconnue</translation>
    </message>
    <message>
        <source>paid late</source>
        <translation>payé en retard</translation>
    </message>
    <message>
        <source>payment overdue</source>
        <translation>paiement en retard</translation>
    </message>
    <message>
        <source>not paid yet</source>
        <translation>pas encore payé</translation>
    </message>
    <message>
        <source>partly paid</source>
        <translation>payé en partie</translation>
    </message>
    <message>
        <source>paid</source>
        <translation>payé</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>en retard</translation>
    </message>
    <message>
        <source>no fine to pay</source>
        <translation>aucune amende à payer</translation>
    </message>
    <message>
        <source>&amp;Letter…</source>
        <translation>&amp;Lettre…</translation>
    </message>
    <message>
        <source>Write a letter for this dossier from a template, as PDF</source>
        <translation>Rédiger une lettre pour ce dossier à partir d&apos;un modèle, en PDF</translation>
    </message>
    <message>
        <source>Next steps</source>
        <translation>Étapes suivantes</translation>
    </message>
    <message>
        <source>&amp;Deadlines</source>
        <translation>&amp;Échéances</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>For</source>
        <translation>Pour</translation>
    </message>
    <message>
        <source>&amp;Timeline (newest first)</source>
        <translation>&amp;Chronologie (plus récent en premier)</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Étape</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>%1 — %2, facts of %3 at %4 — rule set %5</source>
        <translation>%1 — %2, faits du %3 à %4 — règles %5</translation>
    </message>
    <message>
        <source>(place not recorded)</source>
        <translation>(lieu non renseigné)</translation>
    </message>
    <message>
        <source>Next deadline: &lt;b&gt;%1&lt;/b&gt;, %2 (%3) — &lt;a href=&quot;why:%4&quot;&gt;why?&lt;/a&gt;</source>
        <translation>Prochaine échéance : &lt;b&gt;%1&lt;/b&gt;, %2 (%3) — &lt;a href=&quot;why:%4&quot;&gt;pourquoi ?&lt;/a&gt;</translation>
    </message>
    <message>
        <source>No deadline runs for this dossier.</source>
        <translation>Aucune échéance ne court pour ce dossier.</translation>
    </message>
    <message>
        <source>⚠ %1: %2</source>
        <translation>⚠ %1 : %2</translation>
    </message>
    <message>
        <source> (passed)</source>
        <translation> (dépassée)</translation>
    </message>
    <message>
        <source>No deadline can be computed yet.</source>
        <translation>Aucune échéance ne peut encore être calculée.</translation>
    </message>
    <message>
        <source>Select a deadline to see why it falls on its date.</source>
        <translation>Choisissez une échéance pour voir pourquoi elle tombe à cette date.</translation>
    </message>
    <message>
        <source>Why %1: %2</source>
        <translation>Pourquoi %1 : %2</translation>
    </message>
    <message>
        <source>%1 is the date recorded in the dossier.</source>
        <translation>%1 est la date inscrite au dossier.</translation>
    </message>
    <message>
        <source>Finding received</source>
        <translation>Constat reçu</translation>
    </message>
    <message>
        <source>Structured reference: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>Communication structurée : &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source> — fine %1, paid %2: %3</source>
        <translation> — amende %1, payé %2 : %3</translation>
    </message>
    <message>
        <source> (due %1)</source>
        <translation> (à payer pour le %1)</translation>
    </message>
    <message>
        <source>Record “%1” on this dossier</source>
        <translation>Enregistrer « %1 » dans ce dossier</translation>
    </message>
    <message>
        <source>%1 recorded; the dossier is now “%2”.</source>
        <translation>%1 enregistré ; le dossier est maintenant « %2 ».</translation>
    </message>
    <message>
        <source>Letter stored with dossier %1.</source>
        <translation>Lettre conservée dans le dossier %1.</translation>
    </message>
    <message>
        <source>L&amp;etters</source>
        <translation>L&amp;ettres</translation>
    </message>
    <message>
        <source>L&amp;etters (%1)</source>
        <translation>L&amp;ettres (%1)</translation>
    </message>
</context>
<context>
    <name>regie::GasIntakeDialog</name>
    <message>
        <source>New finding</source>
        <translation>Nouveau constat</translation>
    </message>
    <message>
        <source>Type part of a name or a national number</source>
        <translation>Tapez une partie d&apos;un nom ou un numéro de registre national</translation>
    </message>
    <message>
        <source>(search above)</source>
        <translation>(cherchez ci-dessus)</translation>
    </message>
    <message>
        <source>Find &amp;offender:</source>
        <translation>&amp;Chercher le contrevenant :</translation>
    </message>
    <message>
        <source>Off&amp;ender:</source>
        <translation>Contre&amp;venant :</translation>
    </message>
    <message>
        <source>Offen&amp;ce:</source>
        <translation>&amp;Infraction :</translation>
    </message>
    <message>
        <source>Date of &amp;facts:</source>
        <translation>Date des &amp;faits :</translation>
    </message>
    <message>
        <source>Finding rece&amp;ived on:</source>
        <translation>Constat &amp;reçu le :</translation>
    </message>
    <message>
        <source>e.g. AN.55.L3.012345/26</source>
        <translation>p.ex. AN.55.L3.012345/26</translation>
    </message>
    <message>
        <source>Police report</source>
        <translation>Procès-verbal</translation>
    </message>
    <message>
        <source>Administrative report</source>
        <translation>Rapport administratif</translation>
    </message>
    <message>
        <source>Re&amp;port:</source>
        <translation>Ra&amp;pport :</translation>
    </message>
    <message>
        <source>P&amp;lace:</source>
        <translation>&amp;Lieu :</translation>
    </message>
    <message>
        <source>not yet known</source>
        <translation>pas encore connue</translation>
    </message>
    <message>
        <source>Intended fi&amp;ne:</source>
        <translation>Amende envisa&amp;gée :</translation>
    </message>
    <message>
        <source>No&amp;tes:</source>
        <translation>&amp;Notes :</translation>
    </message>
    <message>
        <source>&amp;Register</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source> (born %1)</source>
        <translation> (né(e) le %1)</translation>
    </message>
    <message>
        <source>No one matches “%1”</source>
        <translation>Personne ne correspond à « %1 »</translation>
    </message>
    <message>
        <source>Choose the offender: type part of the name, then pick the person.</source>
        <translation>Choisissez le contrevenant : tapez une partie du nom, puis choisissez la personne.</translation>
    </message>
</context>
<context>
    <name>regie::GasListPanel</name>
    <message>
        <source>any</source>
        <translation>toutes</translation>
    </message>
    <message>
        <source>Select a dossier in the list to see its deadlines, timeline and next steps.</source>
        <translation>Choisissez un dossier dans la liste pour voir ses échéances, sa chronologie et les étapes suivantes.</translation>
    </message>
    <message>
        <source>Search number, report number, name, address (Ctrl+F)</source>
        <translation>Rechercher numéro, numéro de PV, nom, adresse (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search GAS dossiers</source>
        <translation>Rechercher des dossiers SAC</translation>
    </message>
    <message>
        <source>&amp;State:</source>
        <translation>É&amp;tat :</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Tous</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Before decision</source>
        <translation>Avant décision</translation>
    </message>
    <message>
        <source>Facts &amp;from:</source>
        <translation>Faits &amp;du :</translation>
    </message>
    <message>
        <source>Facts from</source>
        <translation>Faits du</translation>
    </message>
    <message>
        <source>t&amp;o:</source>
        <translation>a&amp;u :</translation>
    </message>
    <message>
        <source>Facts to</source>
        <translation>Faits au</translation>
    </message>
    <message>
        <source>New finding…</source>
        <translation>Nouveau constat…</translation>
    </message>
    <message>
        <source>Register a finding as a new GAS dossier (%1)</source>
        <translation>Enregistrer un constat comme nouveau dossier SAC (%1)</translation>
    </message>
    <message>
        <source>This list sorts by number or by date of facts.</source>
        <translation>Cette liste se trie par numéro ou par date des faits.</translation>
    </message>
    <message>
        <source>Dossier %1 registered.</source>
        <translation>Dossier %1 enregistré.</translation>
    </message>
    <message>
        <source>No dossier matches these filters. Clear the search or choose “All” states and “any” dates.</source>
        <translation>Aucun dossier ne correspond à ces filtres. Effacez la recherche ou choisissez « Tous » les états et « toutes » les dates.</translation>
    </message>
    <message>
        <source>No GAS dossiers yet — register a finding with %1.</source>
        <translation>Pas encore de dossiers SAC — enregistrez un constat avec %1.</translation>
    </message>
    <message>
        <source>GAS dossiers: %1</source>
        <translation>Dossiers SAC : %1</translation>
    </message>
</context>
<context>
    <name>regie::GasStepDialog</name>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>&amp;Hearing on:</source>
        <translation>&amp;Audition le :</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Date :</translation>
    </message>
    <message>
        <source>&amp;Amount paid:</source>
        <translation>&amp;Montant payé :</translation>
    </message>
    <message>
        <source>&amp;Fine:</source>
        <translation>&amp;Amende :</translation>
    </message>
    <message>
        <source>Fine</source>
        <translation>Amende</translation>
    </message>
    <message>
        <source>No fine</source>
        <translation>Pas d&apos;amende</translation>
    </message>
    <message>
        <source>Mediation</source>
        <translation>Médiation</translation>
    </message>
    <message>
        <source>Community service</source>
        <translation>Prestation citoyenne</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>Confirmé</translation>
    </message>
    <message>
        <source>Reduced</source>
        <translation>Réduit</translation>
    </message>
    <message>
        <source>Annulled</source>
        <translation>Annulé</translation>
    </message>
    <message>
        <source>&amp;Outcome:</source>
        <translation>&amp;Issue :</translation>
    </message>
    <message>
        <source>Police court or youth court</source>
        <translation>Tribunal de police ou tribunal de la jeunesse</translation>
    </message>
    <message>
        <source>&amp;Court:</source>
        <translation>&amp;Tribunal :</translation>
    </message>
    <message>
        <source>Re&amp;ference:</source>
        <translation>&amp;Communication :</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Note :</translation>
    </message>
    <message>
        <source>&amp;Record</source>
        <translation>&amp;Enregistrer</translation>
    </message>
</context>
<context>
    <name>regie::HolderDialog</name>
    <message>
        <source>Add a holder role</source>
        <translation>Ajouter un rôle de titulaire</translation>
    </message>
    <message>
        <source>Part of a name, a national or a company number</source>
        <translation>Partie d&apos;un nom, d&apos;un numéro national ou d&apos;entreprise</translation>
    </message>
    <message>
        <source>&amp;Find person:</source>
        <translation>&amp;Chercher une personne :</translation>
    </message>
    <message>
        <source>(search above)</source>
        <translation>(cherchez ci-dessus)</translation>
    </message>
    <message>
        <source>&amp;New person…</source>
        <translation>&amp;Nouvelle personne…</translation>
    </message>
    <message>
        <source>Add the person or organisation to the people register first</source>
        <translation>Ajoutez d&apos;abord la personne ou l&apos;organisation au registre des personnes</translation>
    </message>
    <message>
        <source>&amp;Person:</source>
        <translation>&amp;Personne :</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Rôle :</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>À partir &amp;du :</translation>
    </message>
    <message>
        <source>&amp;Until:</source>
        <translation>&amp;Jusqu&apos;au :</translation>
    </message>
    <message>
        <source>&amp;Add role</source>
        <translation>&amp;Ajouter le rôle</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>No one matches “%1”: add with New person…</source>
        <translation>Personne ne correspond à « %1 » : ajoutez avec Nouvelle personne…</translation>
    </message>
    <message numerus="yes">
        <source>%n people match: choose one</source>
        <translation>
            <numerusform>%n personne correspond : choisissez-en une</numerusform>
            <numerusform>%n personnes correspondent : choisissez-en une</numerusform>
        </translation>
    </message>
    <message>
        <source>✗ Choose the person: type part of the name, then pick the person, or add them with New person…</source>
        <translation>✗ Choisissez la personne : tapez une partie du nom puis choisissez la personne, ou ajoutez-la avec Nouvelle personne…</translation>
    </message>
</context>
<context>
    <name>regie::HolderSanctionPanel</name>
    <message>
        <source>Number</source>
        <translation>Numéro</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Ouvert</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>&amp;Record a step…</source>
        <translation>&amp;Enregistrer une étape…</translation>
    </message>
    <message>
        <source>&amp;Letter…</source>
        <translation>&amp;Lettre…</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Étape</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>No sanction procedure against a certificate holder. One opens from an inspection&apos;s finding or with regie-cli sanction open.</source>
        <translation>Aucune procédure de sanction contre un titulaire d&apos;attestation. Elle s&apos;ouvre à partir d&apos;un constat d&apos;inspection ou avec regie-cli sanction open.</translation>
    </message>
    <message>
        <source>Appeal to the Council of State possible until %1 (%2)</source>
        <translation>Recours au Conseil d&apos;État possible jusqu&apos;au %1 (%2)</translation>
    </message>
    <message>
        <source>Warned on %1: a new finding opens the sanction track.</source>
        <translation>Averti le %1 : un nouveau constat ouvre la procédure de sanction.</translation>
    </message>
    <message>
        <source>police report %1</source>
        <translation>procès-verbal %1</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>à partir du %1</translation>
    </message>
    <message>
        <source>until %1</source>
        <translation>jusqu&apos;au %1</translation>
    </message>
    <message>
        <source>notified %1</source>
        <translation>notifié le %1</translation>
    </message>
    <message>
        <source>Step recorded in %1.</source>
        <translation>Étape enregistrée dans %1.</translation>
    </message>
    <message>
        <source>Premises</source>
        <translation>Immeuble</translation>
    </message>
    <message>
        <source>&amp;Steps</source>
        <translation>É&amp;tapes</translation>
    </message>
    <message>
        <source>L&amp;etters</source>
        <translation>L&amp;ettres</translation>
    </message>
    <message>
        <source>L&amp;etters (%1)</source>
        <translation>L&amp;ettres (%1)</translation>
    </message>
</context>
<context>
    <name>regie::HolderSanctionStepDialog</name>
    <message>
        <source>Finding (police report)</source>
        <translation>Constat (procès-verbal)</translation>
    </message>
    <message>
        <source>Warning letter sent</source>
        <translation>Lettre d&apos;avertissement envoyée</translation>
    </message>
    <message>
        <source>Hearing invitation sent</source>
        <translation>Convocation à l&apos;audition envoyée</translation>
    </message>
    <message>
        <source>Hearing held</source>
        <translation>Audition tenue</translation>
    </message>
    <message>
        <source>College decision</source>
        <translation>Décision du collège</translation>
    </message>
    <message>
        <source>Execution control with the police</source>
        <translation>Contrôle de l&apos;exécution avec la police</translation>
    </message>
    <message>
        <source>Appeal to the Council of State</source>
        <translation>Recours au Conseil d&apos;État</translation>
    </message>
    <message>
        <source>Council of State&apos;s ruling</source>
        <translation>Arrêt du Conseil d&apos;État</translation>
    </message>
    <message>
        <source>Suspension of the certificate</source>
        <translation>Suspension de l&apos;attestation</translation>
    </message>
    <message>
        <source>Withdrawal of the certificate</source>
        <translation>Retrait de l&apos;attestation</translation>
    </message>
    <message>
        <source>Temporary closure</source>
        <translation>Fermeture temporaire</translation>
    </message>
    <message>
        <source>Definitive closure</source>
        <translation>Fermeture définitive</translation>
    </message>
    <message>
        <source>No sanction</source>
        <translation>Pas de sanction</translation>
    </message>
    <message>
        <source>Findings, no warning yet</source>
        <translation>Constats, pas encore d&apos;avertissement</translation>
    </message>
    <message>
        <source>Warned</source>
        <translation>Averti</translation>
    </message>
    <message>
        <source>Sanction track open</source>
        <translation>Procédure de sanction ouverte</translation>
    </message>
    <message>
        <source>Invited to a hearing</source>
        <translation>Convoqué à une audition</translation>
    </message>
    <message>
        <source>Heard</source>
        <translation>Entendu</translation>
    </message>
    <message>
        <source>Decided</source>
        <translation>Décidé</translation>
    </message>
    <message>
        <source>Under appeal</source>
        <translation>En recours</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Clôturé</translation>
    </message>
    <message>
        <source>Record a step in %1</source>
        <translation>Enregistrer une étape dans %1</translation>
    </message>
    <message>
        <source>e.g. AN.55.L1.012345/2026</source>
        <translation>p. ex. AN.55.L1.012345/2026</translation>
    </message>
    <message>
        <source>&amp;Step</source>
        <translation>É&amp;tape</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;Date</translation>
    </message>
    <message>
        <source>Police &amp;report</source>
        <translation>Procès-&amp;verbal</translation>
    </message>
    <message>
        <source>D&amp;ecision</source>
        <translation>Déc&amp;ision</translation>
    </message>
    <message>
        <source>&amp;First day</source>
        <translation>&amp;Premier jour</translation>
    </message>
    <message>
        <source>&amp;Last day</source>
        <translation>&amp;Dernier jour</translation>
    </message>
    <message>
        <source>N&amp;otified on</source>
        <translation>&amp;Notifié le</translation>
    </message>
    <message>
        <source>O&amp;utcome</source>
        <translation>&amp;Résultat</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>Re&amp;marque</translation>
    </message>
</context>
<context>
    <name>regie::HoldersPanel</name>
    <message>
        <source>Person</source>
        <translation>Personne</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Identifier</source>
        <translation>Identifiant</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Du</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Au</translation>
    </message>
    <message>
        <source>Add r&amp;ole…</source>
        <translation>Ajouter un r&amp;ôle…</translation>
    </message>
    <message>
        <source>Give a person a role on this premises from a date</source>
        <translation>Donner à une personne un rôle pour cet immeuble à partir d&apos;une date</translation>
    </message>
    <message>
        <source>Set &amp;until date…</source>
        <translation>Fixer la date de &amp;fin…</translation>
    </message>
    <message>
        <source>%1 (ended)</source>
        <translation>%1 (terminé)</translation>
    </message>
    <message>
        <source>⚠ none recorded</source>
        <translation>⚠ non enregistré</translation>
    </message>
    <message>
        <source>No holder recorded. Add the main holder with “Add role…”: letters about this premises are addressed to the main holder.</source>
        <translation>Aucun titulaire enregistré. Ajoutez le titulaire principal avec « Ajouter un rôle… » : les lettres concernant cet immeuble sont adressées au titulaire principal.</translation>
    </message>
    <message>
        <source>⚠ No main holder on %1: a letter about this premises cannot be addressed.</source>
        <translation>⚠ Aucun titulaire principal le %1 : une lettre concernant cet immeuble ne peut pas être adressée.</translation>
    </message>
    <message>
        <source>Main holder on %1: %2</source>
        <translation>Titulaire principal le %1 : %2</translation>
    </message>
    <message>
        <source>Record the last day of the selected role</source>
        <translation>Enregistrer le dernier jour du rôle choisi</translation>
    </message>
    <message>
        <source>This role already has an end date.</source>
        <translation>Ce rôle a déjà une date de fin.</translation>
    </message>
    <message>
        <source>Select a role without an end date first.</source>
        <translation>Choisissez d&apos;abord un rôle sans date de fin.</translation>
    </message>
    <message>
        <source>Role added to %1.</source>
        <translation>Rôle ajouté à %1.</translation>
    </message>
    <message>
        <source>End the role of %1</source>
        <translation>Mettre fin au rôle de %1</translation>
    </message>
    <message>
        <source>%1, %2 since %3</source>
        <translation>%1, %2 depuis le %3</translation>
    </message>
    <message>
        <source>&amp;Last day of the role:</source>
        <translation>&amp;Dernier jour du rôle :</translation>
    </message>
    <message>
        <source>Role of %1 ended.</source>
        <translation>Rôle de %1 terminé.</translation>
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
    <name>regie::ImportCountsModel</name>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Records that are not here yet</source>
        <translation>Fiches qui ne sont pas encore ici</translation>
    </message>
    <message>
        <source>Fields written, deletions included</source>
        <translation>Champs écrits, suppressions comprises</translation>
    </message>
    <message>
        <source>Fields edited here and there at the same time: both values are kept for a person to decide</source>
        <translation>Champs modifiés ici et là-bas en même temps : les deux valeurs sont gardées pour qu&apos;une personne décide</translation>
    </message>
    <message>
        <source>Changes older than what this installation already holds: nothing is overwritten</source>
        <translation>Modifications plus anciennes que ce que cette installation contient déjà : rien n&apos;est écrasé</translation>
    </message>
    <message>
        <source>Changes already here: nothing is done</source>
        <translation>Modifications déjà présentes : rien n&apos;est fait</translation>
    </message>
    <message>
        <source>Kind of record</source>
        <translation>Type de fiche</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nouvelles</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Modifiés</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Conflits</translation>
    </message>
    <message>
        <source>Outdated</source>
        <translation>Dépassées</translation>
    </message>
    <message>
        <source>Already here</source>
        <translation>Déjà présentes</translation>
    </message>
</context>
<context>
    <name>regie::IndicatorCharts</name>
    <message>
        <source>Trend across rounds: %1</source>
        <translation>Évolution au fil des tours : %1</translation>
    </message>
</context>
<context>
    <name>regie::IndicatorTableModel</name>
    <message>
        <source>counted by Regie</source>
        <translation>compté par Regie</translation>
    </message>
    <message>
        <source>partner&apos;s figure</source>
        <translation>chiffre du partenaire</translation>
    </message>
    <message>
        <source>registration file</source>
        <translation>fichier d&apos;enregistrement</translation>
    </message>
    <message>
        <source>to be entered by the partner</source>
        <translation>à encoder par le partenaire</translation>
    </message>
    <message>
        <source>no registration file yet</source>
        <translation>pas encore de fichier d&apos;enregistrement</translation>
    </message>
    <message>
        <source>nothing recorded yet</source>
        <translation>rien d&apos;enregistré</translation>
    </message>
    <message>
        <source>Regie</source>
        <translation>Regie</translation>
    </message>
    <message>
        <source>Fiche</source>
        <translation>Fiche</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indicateur</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Previous round</source>
        <translation>Tour précédent</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
</context>
<context>
    <name>regie::IndicatorTrendModel</name>
    <message>
        <source>Round</source>
        <translation>Tour</translation>
    </message>
</context>
<context>
    <name>regie::IndicatorsPage</name>
    <message>
        <source>Key indicators</source>
        <translation>Indicateurs clés</translation>
    </message>
    <message>
        <source>All indicators</source>
        <translation>Tous les indicateurs</translation>
    </message>
    <message>
        <source>Fiche %1</source>
        <translation>Fiche %1</translation>
    </message>
    <message>
        <source>&amp;New round…</source>
        <translation>&amp;Nouveau tour…</translation>
    </message>
    <message>
        <source>&amp;Freeze round</source>
        <translation>&amp;Figer le tour</translation>
    </message>
    <message>
        <source>PDF &amp;report…</source>
        <translation>&amp;Rapport PDF…</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exporter…</translation>
    </message>
    <message>
        <source>Re&amp;cord</source>
        <translation>En&amp;registrer</translation>
    </message>
    <message>
        <source>Meeting…</source>
        <translation>Réunion…</translation>
    </message>
    <message>
        <source>Note or covenant…</source>
        <translation>Note ou convention…</translation>
    </message>
    <message>
        <source>Import registration file…</source>
        <translation>Importer un fichier d&apos;enregistrement…</translation>
    </message>
    <message>
        <source>Round:</source>
        <translation>Tour :</translation>
    </message>
    <message>
        <source>%1 (frozen)</source>
        <translation>%1 (figé)</translation>
    </message>
    <message>
        <source>No reporting round yet: create one with New round.</source>
        <translation>Pas encore de tour de rapport : créez-en un avec Nouveau tour.</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>du %1 au %2</translation>
    </message>
    <message>
        <source>%1, frozen on %2 by %3</source>
        <translation>%1, figé le %2 par %3</translation>
    </message>
    <message>
        <source>%1, open: live values</source>
        <translation>%1, ouvert : valeurs actuelles</translation>
    </message>
    <message>
        <source>Meeting recorded</source>
        <translation>Réunion enregistrée</translation>
    </message>
    <message>
        <source>Note recorded</source>
        <translation>Note enregistrée</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n row(s) imported</source>
        <translation>
            <numerusform>%1 : %n ligne importée</numerusform>
            <numerusform>%1 : %n lignes importées</numerusform>
        </translation>
    </message>
    <message>
        <source>Care organisations (action 3.1)</source>
        <translation>Organisations d&apos;aide (action 3.1)</translation>
    </message>
    <message>
        <source>Safety actors (action 3.2)</source>
        <translation>Acteurs de la sécurité (action 3.2)</translation>
    </message>
    <message>
        <source>Import registration file</source>
        <translation>Importer un fichier d&apos;enregistrement</translation>
    </message>
    <message>
        <source>Minimum-format file of:</source>
        <translation>Fichier au format minimum de :</translation>
    </message>
    <message>
        <source>CSV (*.csv);;All files (*)</source>
        <translation>CSV (*.csv);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>%1 was not imported: nothing has changed. Correct the rows below and import the file again.</source>
        <translation>%1 n&apos;a pas été importé : rien n&apos;a changé. Corrigez les lignes ci-dessous et importez à nouveau le fichier.</translation>
    </message>
    <message>
        <source>Round %1 created</source>
        <translation>Tour %1 créé</translation>
    </message>
    <message>
        <source>New round</source>
        <translation>Nouveau tour</translation>
    </message>
    <message>
        <source>Freeze round</source>
        <translation>Figer le tour</translation>
    </message>
    <message>
        <source>Freeze round %1? Every indicator&apos;s value is stored with its source and date; a frozen round never changes.</source>
        <translation>Figer le tour %1 ? La valeur de chaque indicateur est conservée avec sa source et sa date ; un tour figé ne change plus jamais.</translation>
    </message>
    <message>
        <source>Round %1 frozen</source>
        <translation>Tour %1 figé</translation>
    </message>
    <message numerus="yes">
        <source>Report written to %1 (%n page(s))</source>
        <translation>
            <numerusform>Rapport enregistré dans %1 (%n page)</numerusform>
            <numerusform>Rapport enregistré dans %1 (%n pages)</numerusform>
        </translation>
    </message>
    <message>
        <source>PDF report</source>
        <translation>Rapport PDF</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Export indicator tables</source>
        <translation>Exporter les tableaux d&apos;indicateurs</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV, indicators only (*.csv)</source>
        <translation>Classeur Excel (*.xlsx);;CSV, indicateurs seulement (*.csv)</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>Exporté vers %1</translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation>Indicateurs</translation>
    </message>
    <message>
        <source>Partner&apos;s figure…</source>
        <translation>Chiffre d&apos;un partenaire…</translation>
    </message>
    <message>
        <source>Branch inventory…</source>
        <translation>Inventaire par secteur…</translation>
    </message>
    <message>
        <source>Figure recorded</source>
        <translation>Chiffre enregistré</translation>
    </message>
    <message>
        <source>Branch counts recorded</source>
        <translation>Comptages par secteur enregistrés</translation>
    </message>
</context>
<context>
    <name>regie::InspectionItemRow</name>
    <message>
        <source>safety</source>
        <translation>sécurité</translation>
    </message>
    <message>
        <source>accommodation</source>
        <translation>logement</translation>
    </message>
    <message>
        <source>prevention</source>
        <translation>prévention</translation>
    </message>
    <message>
        <source>registration</source>
        <translation>enregistrement</translation>
    </message>
    <message>
        <source>hygiene</source>
        <translation>hygiène</translation>
    </message>
    <message>
        <source>fire safety</source>
        <translation>sécurité incendie</translation>
    </message>
    <message>
        <source>1 · Conform</source>
        <translation>1 · Conforme</translation>
    </message>
    <message>
        <source>2 · Not conform</source>
        <translation>2 · Non conforme</translation>
    </message>
    <message>
        <source>3 · N/A</source>
        <translation>3 · S.O.</translation>
    </message>
    <message>
        <source>Remark (Tab)</source>
        <translation>Remarque (Tab)</translation>
    </message>
    <message>
        <source>Remark on %1</source>
        <translation>Remarque sur %1</translation>
    </message>
    <message>
        <source>Photo… (P)</source>
        <translation>Photo… (P)</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Constat</translation>
    </message>
    <message>
        <source>A draft finding was made of this item</source>
        <translation>Un projet de constat a été établi pour ce point</translation>
    </message>
    <message>
        <source>Amended after finalising</source>
        <translation>Rectifiée après clôture</translation>
    </message>
    <message>
        <source>Photos: %1 (P)</source>
        <translation>Photos : %1 (P)</translation>
    </message>
</context>
<context>
    <name>regie::InspectionListModel</name>
    <message>
        <source>%1 v%2</source>
        <translation>%1 v%2</translation>
    </message>
    <message>
        <source>Finalised</source>
        <translation>Clôturée</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouverte</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Premises</source>
        <translation>Immeuble</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>Liste de contrôle</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
</context>
<context>
    <name>regie::InspectionsPage</name>
    <message>
        <source>Search premises, date or kind (Ctrl+F)</source>
        <translation>Rechercher immeuble, date ou type (Ctrl+F)</translation>
    </message>
    <message>
        <source>New inspection…</source>
        <translation>Nouvelle inspection…</translation>
    </message>
    <message>
        <source>No inspections yet — start one with %1.</source>
        <translation>Pas encore d&apos;inspection — commencez-en une avec %1.</translation>
    </message>
    <message>
        <source>No inspection matches “%1”.</source>
        <translation>Aucune inspection ne correspond à « %1 ».</translation>
    </message>
    <message>
        <source>New inspection</source>
        <translation>Nouvelle inspection</translation>
    </message>
    <message>
        <source>&amp;Premises</source>
        <translation>&amp;Immeuble</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Type</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;Date</translation>
    </message>
    <message>
        <source>&amp;Inspector</source>
        <translation>&amp;Inspecteur</translation>
    </message>
    <message>
        <source>Inspections</source>
        <translation>Inspections</translation>
    </message>
</context>
<context>
    <name>regie::LetterPostDialog</name>
    <message>
        <source>Letter posted — %1</source>
        <translation>Lettre envoyée — %1</translation>
    </message>
    <message>
        <source>&amp;Posted on</source>
        <translation>&amp;Envoyée le</translation>
    </message>
    <message>
        <source>e.g. RR123456785BE</source>
        <translation>p. ex. RR123456785BE</translation>
    </message>
    <message>
        <source>The number on the bpost receipt of the registered letter</source>
        <translation>Le numéro figurant sur la preuve de dépôt bpost de la lettre recommandée</translation>
    </message>
    <message>
        <source>&amp;Tracking number</source>
        <translation>&amp;Numéro de suivi</translation>
    </message>
    <message>
        <source>%1, made on %2.</source>
        <translation>%1, établie le %2.</translation>
    </message>
</context>
<context>
    <name>regie::LetterPrintDialog</name>
    <message>
        <source>Print letter — %1</source>
        <translation>Imprimer une lettre — %1</translation>
    </message>
    <message>
        <source>e.g. 10.30 uur</source>
        <translation>p. ex. 10 h 30</translation>
    </message>
    <message>
        <source>Hearing &amp;time:</source>
        <translation>&amp;Heure de l&apos;audition :</translation>
    </message>
    <message>
        <source>&amp;Letter:</source>
        <translation>&amp;Lettre :</translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation>&amp;Enregistrer en PDF…</translation>
    </message>
    <message>
        <source>the date of the hearing (a planned hearing)</source>
        <translation>la date de l&apos;audition (une audition planifiée)</translation>
    </message>
    <message>
        <source>the decision with its amount</source>
        <translation>la décision et son montant</translation>
    </message>
    <message>
        <source>the payment due date (a notified decision)</source>
        <translation>l&apos;échéance du paiement (une décision notifiée)</translation>
    </message>
    <message>
        <source>the address of the person (edit the person)</source>
        <translation>l&apos;adresse de la personne (modifiez la personne)</translation>
    </message>
    <message>
        <source>the value &quot;%1&quot;</source>
        <translation>la donnée « %1 »</translation>
    </message>
    <message>
        <source>Give the hearing time to see the letter.</source>
        <translation>Indiquez l&apos;heure de l&apos;audition pour voir la lettre.</translation>
    </message>
    <message>
        <source>This letter needs %1, which the dossier does not hold yet. Record the step it comes from first.</source>
        <translation>Cette lettre a besoin de %1, qui ne figure pas encore dans le dossier. Enregistrez d&apos;abord l&apos;étape dont cela provient.</translation>
    </message>
    <message>
        <source>No letter template applies to this dossier.</source>
        <translation>Aucun modèle de lettre ne s&apos;applique à ce dossier.</translation>
    </message>
    <message>
        <source>Save letter</source>
        <translation>Enregistrer la lettre</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documents PDF (*.pdf)</translation>
    </message>
    <message>
        <source>The letter is stored but the file %1 could not be written: %2</source>
        <translation>La lettre est enregistrée, mais le fichier %1 n&apos;a pas pu être écrit : %2</translation>
    </message>
</context>
<context>
    <name>regie::LetterReceiptDialog</name>
    <message>
        <source>not collected at the post office</source>
        <translation>non retirée au bureau de poste</translation>
    </message>
    <message>
        <source>refused by the addressee</source>
        <translation>refusée par le destinataire</translation>
    </message>
    <message>
        <source>addressee unknown at the address</source>
        <translation>destinataire inconnu à l&apos;adresse</translation>
    </message>
    <message>
        <source>other reason</source>
        <translation>autre raison</translation>
    </message>
    <message>
        <source>Receipt or return — %1</source>
        <translation>Réception ou retour — %1</translation>
    </message>
    <message>
        <source>&amp;Received: proof of receipt signed on</source>
        <translation>&amp;Reçue : accusé de réception signé le</translation>
    </message>
    <message>
        <source>Re&amp;turned to the city:</source>
        <translation>Re&amp;tournée à la ville :</translation>
    </message>
    <message>
        <source>came back &amp;on</source>
        <translation>revenue &amp;le</translation>
    </message>
    <message>
        <source>%1, posted on %2 (%3).</source>
        <translation>%1, envoyée le %2 (%3).</translation>
    </message>
    <message>
        <source>The terms run from the day of receipt.</source>
        <translation>Les délais courent à partir du jour de la réception.</translation>
    </message>
    <message>
        <source>A returned letter still counts as notified on the third working day after posting; the terms keep running from that day.</source>
        <translation>Une lettre retournée est tout de même réputée notifiée le troisième jour ouvrable après l&apos;envoi ; les délais continuent de courir à partir de ce jour.</translation>
    </message>
</context>
<context>
    <name>regie::LetterRegisterWidget</name>
    <message>
        <source>Letter</source>
        <translation>Lettre</translation>
    </message>
    <message>
        <source>Posted</source>
        <translation>Envoyée</translation>
    </message>
    <message>
        <source>Receipt or return</source>
        <translation>Réception ou retour</translation>
    </message>
    <message>
        <source>Notified</source>
        <translation>Notifiée</translation>
    </message>
    <message>
        <source>&amp;Posted…</source>
        <translation>&amp;Envoyée…</translation>
    </message>
    <message>
        <source>Record the posting date and tracking number of the selected letter</source>
        <translation>Enregistrer la date d&apos;envoi et le numéro de suivi de la lettre choisie</translation>
    </message>
    <message>
        <source>Re&amp;ceipt or return…</source>
        <translation>Ré&amp;ception ou retour…</translation>
    </message>
    <message>
        <source>Record the proof of receipt of the selected letter, or that it came back</source>
        <translation>Enregistrer l&apos;accusé de réception de la lettre choisie, ou son retour</translation>
    </message>
    <message>
        <source>%1, made on %2 (template %3, version %4)</source>
        <translation>%1, établie le %2 (modèle %3, version %4)</translation>
    </message>
    <message>
        <source>ordinary post</source>
        <translation>courrier ordinaire</translation>
    </message>
    <message>
        <source>not yet posted</source>
        <translation>pas encore envoyée</translation>
    </message>
    <message>
        <source>received %1</source>
        <translation>reçue le %1</translation>
    </message>
    <message>
        <source>returned %1: %2</source>
        <translation>retournée le %1 : %2</translation>
    </message>
    <message>
        <source>returned: %1</source>
        <translation>retournée : %1</translation>
    </message>
    <message>
        <source>awaiting receipt</source>
        <translation>en attente de l&apos;accusé de réception</translation>
    </message>
    <message>
        <source>No letters for this dossier yet. Write one with “Letter…”.</source>
        <translation>Pas encore de lettre dans ce dossier. Rédigez-en une avec « Lettre… ».</translation>
    </message>
    <message>
        <source>Select a letter to see its place in the register.</source>
        <translation>Choisissez une lettre pour voir sa place dans le registre.</translation>
    </message>
    <message>
        <source>Sent by ordinary post: it has no place in the register and no term runs from it.</source>
        <translation>Envoyée par courrier ordinaire : elle ne figure pas au registre et aucun délai n&apos;en découle.</translation>
    </message>
    <message>
        <source>Not posted yet: the terms that run from this letter start only once its posting is recorded.</source>
        <translation>Pas encore envoyée : les délais qui découlent de cette lettre ne commencent qu&apos;une fois son envoi enregistré.</translation>
    </message>
    <message>
        <source>Notification: %1</source>
        <translation>Notification : %1</translation>
    </message>
    <message>
        <source>Posting</source>
        <translation>Envoi</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>Réception</translation>
    </message>
    <message>
        <source>Return</source>
        <translation>Retour</translation>
    </message>
    <message>
        <source>%1 of %2 recorded; notified on %3.</source>
        <translation>%1 de « %2 » enregistré ; notifiée le %3.</translation>
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
    <name>regie::MeasureEventDialog</name>
    <message>
        <source>Record an event — %1</source>
        <translation>Enregistrer un événement — %1</translation>
    </message>
    <message>
        <source>&amp;Event:</source>
        <translation>&amp;Événement :</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Date :</translation>
    </message>
    <message>
        <source> month(s)</source>
        <translation> mois</translation>
    </message>
    <message>
        <source>&amp;Renewed for:</source>
        <translation>&amp;Prolongé de :</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Note :</translation>
    </message>
    <message>
        <source>Re&amp;cord</source>
        <translation>&amp;Enregistrer</translation>
    </message>
</context>
<context>
    <name>regie::MeasureListModel</name>
    <message>
        <source>Number</source>
        <translation>Numéro</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Mesure</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Perimeter or order</source>
        <translation>Périmètre ou ordre</translation>
    </message>
</context>
<context>
    <name>regie::MeasureListPanel</name>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Type :</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Tous</translation>
    </message>
    <message>
        <source>S&amp;tate:</source>
        <translation>É&amp;tat :</translation>
    </message>
    <message>
        <source>Select a measure in the list to see its dates and events.</source>
        <translation>Choisissez une mesure dans la liste pour voir ses dates et ses événements.</translation>
    </message>
    <message>
        <source>No measures match. Measures are decided with regie-cli measure new; choose “All” to see every kind and state.</source>
        <translation>Aucune mesure ne correspond. Les mesures sont décidées avec regie-cli measure new ; choisissez « Tous » pour voir chaque type et état.</translation>
    </message>
    <message>
        <source>New measure…</source>
        <translation>Nouvelle mesure…</translation>
    </message>
    <message>
        <source>Record a measure the mayor decided (%1)</source>
        <translation>Enregistrer une mesure décidée par le bourgmestre (%1)</translation>
    </message>
    <message>
        <source>No measures match. Record a new one with %1, or choose “All” to see every kind and state.</source>
        <translation>Aucune mesure ne correspond. Enregistrez-en une avec %1, ou choisissez « Tous » pour voir chaque type et état.</translation>
    </message>
    <message>
        <source>Measure %1 recorded; it ends on %2.</source>
        <translation>Mesure %1 enregistrée ; elle prend fin le %2.</translation>
    </message>
</context>
<context>
    <name>regie::MeasureNewDialog</name>
    <message>
        <source>New mayor&apos;s measure</source>
        <translation>Nouvelle mesure du bourgmestre</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Type</translation>
    </message>
    <message>
        <source>&amp;Person</source>
        <translation>&amp;Personne</translation>
    </message>
    <message>
        <source>Pr&amp;emises</source>
        <translation>Imm&amp;euble</translation>
    </message>
    <message>
        <source>&amp;Decided on</source>
        <translation>&amp;Décidée le</translation>
    </message>
    <message>
        <source>The first day the measure applies; the decision date unless the decision says otherwise.</source>
        <translation>Le premier jour d&apos;application de la mesure ; la date de la décision, sauf si la décision en dispose autrement.</translation>
    </message>
    <message>
        <source>In effect &amp;from</source>
        <translation>En vigueur à partir &amp;du</translation>
    </message>
    <message>
        <source> month(s)</source>
        <translation> mois</translation>
    </message>
    <message>
        <source>Dura&amp;tion</source>
        <translation>Duré&amp;e</translation>
    </message>
    <message>
        <source>&amp;Valid until</source>
        <translation>&amp;Valable jusqu&apos;au</translation>
    </message>
    <message>
        <source>e.g. Schippersstraat, Verversrui and Vingerlingstraat</source>
        <translation>p. ex. Schippersstraat, Verversrui et Vingerlingstraat</translation>
    </message>
    <message>
        <source>Pe&amp;rimeter</source>
        <translation>Pé&amp;rimètre</translation>
    </message>
    <message>
        <source>&amp;held on</source>
        <translation>&amp;tenue le</translation>
    </message>
    <message>
        <source>Hearing</source>
        <translation>Audition</translation>
    </message>
    <message>
        <source>Only without a prior hearing: why it could not wait</source>
        <translation>Seulement sans audition préalable : pourquoi cela ne pouvait attendre</translation>
    </message>
    <message>
        <source>&amp;Urgency</source>
        <translation>&amp;Urgence</translation>
    </message>
    <message>
        <source>Judicial authorities &amp;consulted on</source>
        <translation>Autorités judiciaires &amp;consultées le</translation>
    </message>
    <message>
        <source>c&amp;onfirmed on</source>
        <translation>c&amp;onfirmée le</translation>
    </message>
    <message>
        <source>College</source>
        <translation>Collège</translation>
    </message>
    <message>
        <source>&amp;Order</source>
        <translation>&amp;Injonction</translation>
    </message>
    <message>
        <source>The facts and the legal basis the decision rests on</source>
        <translation>Les faits et la base légale sur lesquels repose la décision</translation>
    </message>
    <message>
        <source>Reason and &amp;basis</source>
        <translation>Motifs et &amp;base légale</translation>
    </message>
    <message>
        <source>Choose the person the ban concerns: type part of the name, then pick the person.</source>
        <translation>Choisissez la personne visée par l&apos;interdiction : tapez une partie du nom, puis choisissez la personne.</translation>
    </message>
    <message>
        <source>Choose the premises to close from the list (type part of the address).</source>
        <translation>Choisissez dans la liste l&apos;immeuble à fermer (tapez une partie de l&apos;adresse).</translation>
    </message>
    <message>
        <source>Choose the person or the premises the order concerns.</source>
        <translation>Choisissez la personne ou l&apos;immeuble visé par l&apos;injonction.</translation>
    </message>
    <message>
        <source>Type part of the address</source>
        <translation>Tapez une partie de l&apos;adresse</translation>
    </message>
    <message>
        <source>optional, e.g. GAS/2026/BH/0042</source>
        <translation>facultatif, p. ex. GAS/2026/BH/0042</translation>
    </message>
    <message>
        <source>The GAS dossier this measure follows on, by its number</source>
        <translation>Le dossier SAC auquel cette mesure fait suite, par son numéro</translation>
    </message>
    <message>
        <source>Linked &amp;GAS dossier</source>
        <translation>Dossier &amp;SAC lié</translation>
    </message>
    <message>
        <source>There is no GAS dossier %1: check the number, or leave the field empty.</source>
        <translation>Il n’y a pas de dossier SAC %1 : vérifiez le numéro ou laissez le champ vide.</translation>
    </message>
</context>
<context>
    <name>regie::MeasurePanel</name>
    <message>
        <source>&amp;Dates of the measure</source>
        <translation>&amp;Dates de la mesure</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>&amp;Events (newest first)</source>
        <translation>&amp;Événements (plus récent en premier)</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Événement</translation>
    </message>
    <message>
        <source>Months</source>
        <translation>Mois</translation>
    </message>
    <message>
        <source>&amp;Record an event…</source>
        <translation>En&amp;registrer un événement…</translation>
    </message>
    <message>
        <source>Why %1: %2</source>
        <translation>Pourquoi %1 : %2</translation>
    </message>
    <message>
        <source>Decided on %1; in effect from %2 until %3 (rule set %4).</source>
        <translation>Décidé le %1 ; en vigueur du %2 au %3 inclus (règles %4).</translation>
    </message>
    <message>
        <source>Perimeter: %1</source>
        <translation>Périmètre : %1</translation>
    </message>
    <message>
        <source>Order: %1</source>
        <translation>Ordre : %1</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>Motif : %1</translation>
    </message>
    <message>
        <source>Renewals: %1</source>
        <translation>Prolongations : %1</translation>
    </message>
    <message>
        <source>⚠ %1: %2</source>
        <translation>⚠ %1 : %2</translation>
    </message>
    <message>
        <source>No date can be computed for this measure.</source>
        <translation>Aucune date ne peut être calculée pour cette mesure.</translation>
    </message>
    <message>
        <source>Recorded; %1 now ends on %2.</source>
        <translation>Enregistré ; %1 prend fin le %2.</translation>
    </message>
</context>
<context>
    <name>regie::MeetingDeletion</name>
    <message>
        <source>The meeting was not restored: %1.</source>
        <translation>La réunion n&apos;a pas été rétablie : %1.</translation>
    </message>
    <message>
        <source>The meeting was not deleted: %1.</source>
        <translation>La réunion n&apos;a pas été supprimée : %1.</translation>
    </message>
    <message>
        <source>De&amp;lete meeting…</source>
        <translation>Supprimer &amp;la réunion…</translation>
    </message>
    <message>
        <source>Delete the selected meeting with its agenda and action points (%1)</source>
        <translation>Supprimer la réunion sélectionnée avec son ordre du jour et ses points d&apos;action (%1)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 (%2, &quot;%3&quot;)</source>
        <translation>%1 (%2, « %3 »)</translation>
    </message>
    <message>
        <source>Select a meeting first.</source>
        <translation>Sélectionnez d&apos;abord une réunion.</translation>
    </message>
    <message>
        <source>Delete meeting</source>
        <translation>Supprimer la réunion</translation>
    </message>
    <message>
        <source>Delete the meeting of %1?</source>
        <translation>Supprimer la réunion du %1 ?</translation>
    </message>
    <message>
        <source>It has no action points.</source>
        <translation>Elle n&apos;a pas de points d&apos;action.</translation>
    </message>
    <message numerus="yes">
        <source>%n action point(s) go with it (%1 still open).</source>
        <translation>
            <numerusform>%n point d&apos;action disparaît avec elle (dont %1 encore ouvert).</numerusform>
            <numerusform>%n points d&apos;action disparaissent avec elle (dont %1 encore ouverts).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Its agenda (%n item(s)) and attendance go with it too.</source>
        <translation>
            <numerusform>Son ordre du jour (%n point) et les présences disparaissent aussi.</numerusform>
            <numerusform>Son ordre du jour (%n points) et les présences disparaissent aussi.</numerusform>
        </translation>
    </message>
    <message>
        <source>Its open action points no longer appear in the list of action points and no longer count as overdue.</source>
        <translation>Ses points d&apos;action ouverts n&apos;apparaissent plus dans la liste des points d&apos;action et ne comptent plus comme en retard.</translation>
    </message>
    <message>
        <source>You can undo this with Ctrl+Z or the Undo button that appears.</source>
        <translation>Vous pouvez l&apos;annuler avec Ctrl+Z ou avec le bouton Annuler qui apparaît.</translation>
    </message>
    <message>
        <source>&amp;Delete meeting</source>
        <translation>&amp;Supprimer la réunion</translation>
    </message>
    <message>
        <source>delete meeting of %1</source>
        <translation>suppression de la réunion du %1</translation>
    </message>
    <message numerus="yes">
        <source>Meeting of %1 deleted, with %n action point(s).</source>
        <translation>
            <numerusform>Réunion du %1 supprimée, avec %n point d&apos;action.</numerusform>
            <numerusform>Réunion du %1 supprimée, avec %n points d&apos;action.</numerusform>
        </translation>
    </message>
    <message>
        <source>Meeting deleted</source>
        <translation>Réunion supprimée</translation>
    </message>
    <message numerus="yes">
        <source>Meeting of %1 restored, with %n action point(s).</source>
        <translation>
            <numerusform>Réunion du %1 rétablie, avec %n point d&apos;action.</numerusform>
            <numerusform>Réunion du %1 rétablie, avec %n points d&apos;action.</numerusform>
        </translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Réunion</translation>
    </message>
    <message>
        <source>Deleted meeting&amp;s…</source>
        <translation>Réunions &amp;supprimées…</translation>
    </message>
    <message>
        <source>Find a deleted meeting and restore it</source>
        <translation>Retrouver une réunion supprimée et la rétablir</translation>
    </message>
    <message>
        <source>restore meeting of %1</source>
        <translation>rétablissement de la réunion du %1</translation>
    </message>
</context>
<context>
    <name>regie::MeetingDialog</name>
    <message>
        <source>New meeting</source>
        <translation>Nouvelle réunion</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Réunion</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Type :</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Date :</translation>
    </message>
    <message>
        <source>T&amp;itle:</source>
        <translation>T&amp;itre :</translation>
    </message>
    <message>
        <source>&amp;Attendees</source>
        <translation>&amp;Participants</translation>
    </message>
    <message>
        <source>A&amp;genda and minutes</source>
        <translation>Ordre du &amp;jour et procès-verbal</translation>
    </message>
    <message>
        <source>Action &amp;points</source>
        <translation>Points d&apos;a&amp;ction</translation>
    </message>
    <message>
        <source>Attending &amp;organisations (Space ticks the selected one):</source>
        <translation>&amp;Organisations présentes (Espace coche la sélection) :</translation>
    </message>
    <message>
        <source>by role, separated by &apos;;&apos; - for example: uitbaters; buurtcomité</source>
        <translation>par qualité, séparés par « ; » - par exemple : exploitants ; comité de quartier</translation>
    </message>
    <message>
        <source>Other attendees (&amp;by role):</source>
        <translation>Autres participants (par &amp;qualité) :</translation>
    </message>
    <message>
        <source>Recorded as participants: %1</source>
        <translation>Enregistrés comme participants : %1</translation>
    </message>
    <message>
        <source>Agenda (F2 edits, Insert adds, Delete removes, Alt+Up/Down moves):</source>
        <translation>Ordre du jour (F2 modifie, Insert ajoute, Suppr supprime, Alt+Haut/Bas déplace) :</translation>
    </message>
    <message>
        <source>Add topi&amp;c</source>
        <translation>&amp;Ajouter un point</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Monter</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Descendre</translation>
    </message>
    <message>
        <source>&amp;Minutes:</source>
        <translation>Procès-&amp;verbal :</translation>
    </message>
    <message>
        <source>New topic</source>
        <translation>Nouveau point</translation>
    </message>
</context>
<context>
    <name>regie::MeetingsPage</name>
    <message>
        <source>Not saved: %1.</source>
        <translation>Non enregistré : %1.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Attendees</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>Points</translation>
    </message>
    <message>
        <source>Open action points</source>
        <translation>Points d&apos;action ouverts</translation>
    </message>
    <message>
        <source>Search meetings and action points (Ctrl+F)</source>
        <translation>Rechercher réunions et points d&apos;action (Ctrl+F)</translation>
    </message>
    <message>
        <source>&amp;New meeting…</source>
        <translation>&amp;Nouvelle réunion…</translation>
    </message>
    <message>
        <source>&amp;Open meeting</source>
        <translation>&amp;Ouvrir la réunion</translation>
    </message>
    <message>
        <source>Action points</source>
        <translation>Points d&apos;action</translation>
    </message>
    <message>
        <source>Show &amp;done and cancelled</source>
        <translation>Afficher &amp;terminés et annulés</translation>
    </message>
    <message>
        <source>&amp;Mark done today</source>
        <translation>&amp;Marquer terminé aujourd&apos;hui</translation>
    </message>
    <message>
        <source>Open &amp;its meeting</source>
        <translation>Ouvrir &amp;sa réunion</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Action point</source>
        <translation>Point d&apos;action</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Réunion</translation>
    </message>
    <message>
        <source>%1 (%2 overdue)</source>
        <translation>%1 (%2 en retard)</translation>
    </message>
    <message numerus="yes">
        <source>Overdue (%n day(s))</source>
        <translation>
            <numerusform>En retard (%n jour)</numerusform>
            <numerusform>En retard (%n jours)</numerusform>
        </translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvert</translation>
    </message>
    <message>
        <source>No open action points.</source>
        <translation>Aucun point d&apos;action ouvert.</translation>
    </message>
    <message numerus="yes">
        <source>%n open action point(s), of which %1 overdue.</source>
        <translation>
            <numerusform>%n point d’action ouvert, dont %1 en retard.</numerusform>
            <numerusform>%n points d’action ouverts, dont %1 en retard.</numerusform>
        </translation>
    </message>
    <message>
        <source>Meeting saved</source>
        <translation>Réunion enregistrée</translation>
    </message>
    <message>
        <source>Select an action point first.</source>
        <translation>Sélectionnez d&apos;abord un point d&apos;action.</translation>
    </message>
    <message>
        <source>Action point marked done</source>
        <translation>Point d&apos;action marqué terminé</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Réunions</translation>
    </message>
</context>
<context>
    <name>regie::NewPersonDialog</name>
    <message>
        <source>New person or organisation</source>
        <translation>Nouvelle personne ou organisation</translation>
    </message>
</context>
<context>
    <name>regie::NewRoundDialog</name>
    <message>
        <source>New reporting round</source>
        <translation>Nouveau tour de rapport</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Du :</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Au :</translation>
    </message>
</context>
<context>
    <name>regie::PassphraseDialog</name>
    <message>
        <source>New passphrase</source>
        <translation>Nouvelle phrase secrète</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Phrase secrète</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Phrase secrète :</translation>
    </message>
    <message>
        <source>&amp;Again:</source>
        <translation>&amp;Encore une fois :</translation>
    </message>
    <message>
        <source>At least %1 characters.</source>
        <translation>Au moins %1 caractères.</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>Les deux phrases secrètes diffèrent.</translation>
    </message>
    <message>
        <source>Type the passphrase of this installation&apos;s keys.</source>
        <translation>Tapez la phrase secrète des clés de cette installation.</translation>
    </message>
</context>
<context>
    <name>regie::PeerListModel</name>
    <message>
        <source>Read this fingerprint aloud with the other installation by phone; if it differs, revoke the peer at once.</source>
        <translation>Lisez cette empreinte à voix haute avec l&apos;autre installation par téléphone ; si elle diffère, révoquez le partenaire immédiatement.</translation>
    </message>
    <message>
        <source>Revoked on %1</source>
        <translation>Révoqué le %1</translation>
    </message>
    <message>
        <source>Trusted since %1</source>
        <translation>De confiance depuis le %1</translation>
    </message>
    <message>
        <source>Peer</source>
        <translation>Partenaire</translation>
    </message>
    <message>
        <source>Installation</source>
        <translation>Installation</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>Empreinte</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
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
    <name>regie::PersonPicker</name>
    <message>
        <source>Name or national number</source>
        <translation>Nom ou numéro de registre national</translation>
    </message>
    <message>
        <source>(search first)</source>
        <translation>(cherchez d&apos;abord)</translation>
    </message>
    <message>
        <source> (born %1)</source>
        <translation> (né(e) le %1)</translation>
    </message>
    <message>
        <source>No one matches “%1”</source>
        <translation>Personne ne correspond à « %1 »</translation>
    </message>
    <message>
        <source>%1 matches: pick one</source>
        <translation>%1 résultats : choisissez-en un</translation>
    </message>
</context>
<context>
    <name>regie::PlanCompareDialog</name>
    <message>
        <source>Compare plan periods</source>
        <translation>Comparer les périodes du plan</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;De</translation>
    </message>
    <message>
        <source>&amp;to</source>
        <translation>&amp;à</translation>
    </message>
    <message>
        <source>Fiche</source>
        <translation>Fiche</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Écart</translation>
    </message>
    <message>
        <source>What changed</source>
        <translation>Ce qui a changé</translation>
    </message>
    <message>
        <source>title</source>
        <translation>titre</translation>
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
        <source>contact</source>
        <translation>contact</translation>
    </message>
    <message>
        <source>staff effort</source>
        <translation>effectifs</translation>
    </message>
    <message>
        <source>funding</source>
        <translation>financement</translation>
    </message>
    <message>
        <source>planned actions</source>
        <translation>actions prévues</translation>
    </message>
    <message>
        <source>measurement results</source>
        <translation>résultats de mesure</translation>
    </message>
    <message>
        <source>partners</source>
        <translation>partenaires</translation>
    </message>
    <message>
        <source>added</source>
        <translation>ajoutée</translation>
    </message>
    <message>
        <source>dropped</source>
        <translation>abandonnée</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>modifiée</translation>
    </message>
    <message>
        <source>The two periods hold the same fiches.</source>
        <translation>Les deux périodes contiennent les mêmes fiches.</translation>
    </message>
    <message>
        <source>Added: %1 · dropped: %2 · changed: %3</source>
        <translation>Ajoutées : %1 · supprimées : %2 · modifiées : %3</translation>
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
    <name>regie::PlannerModel</name>
    <message>
        <source>No proactive inspection in %1</source>
        <translation>Pas d&apos;inspection proactive en %1</translation>
    </message>
    <message>
        <source>Certificate valid until %1 (%2)</source>
        <translation>Attestation valable jusqu&apos;au %1 (%2)</translation>
    </message>
    <message>
        <source>%1 (overdue)</source>
        <translation>%1 (dépassé)</translation>
    </message>
    <message>
        <source>Premises</source>
        <translation>Immeuble</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Détail</translation>
    </message>
</context>
<context>
    <name>regie::PlannerPage</name>
    <message>
        <source>Filter by premises, reason or detail (Ctrl+F)</source>
        <translation>Filtrer par immeuble, motif ou détail (Ctrl+F)</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>&amp;Année :</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimer…</translation>
    </message>
    <message>
        <source>Print the list as shown (%1)</source>
        <translation>Imprimer la liste telle qu&apos;affichée (%1)</translation>
    </message>
    <message>
        <source>E&amp;xport CSV…</source>
        <translation>E&amp;xporter en CSV…</translation>
    </message>
    <message>
        <source>%1: proactive inspections to do: %2 · renewals due: %3 · conditions overdue: %4</source>
        <translation>%1 : inspections proactives à faire : %2 · renouvellements à faire : %3 · conditions en retard : %4</translation>
    </message>
    <message>
        <source>The CSV file %1 could not be written: %2</source>
        <translation>Le fichier CSV %1 n&apos;a pas pu être écrit : %2</translation>
    </message>
    <message>
        <source>Planner exported to %1</source>
        <translation>Planning exporté vers %1</translation>
    </message>
    <message>
        <source>Export the planner</source>
        <translation>Exporter le planning</translation>
    </message>
    <message>
        <source>planner-%1.csv</source>
        <translation>planning-%1.csv</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>Planner %1</source>
        <translation>Planning %1</translation>
    </message>
    <message>
        <source>Printed %1</source>
        <translation>Imprimé le %1</translation>
    </message>
    <message>
        <source>Print the planner</source>
        <translation>Imprimer le planning</translation>
    </message>
    <message>
        <source>Planner</source>
        <translation>Planning</translation>
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
<context>
    <name>regie::PremisesListModel</name>
    <message>
        <source>(no holder)</source>
        <translation>(pas de titulaire)</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Windows</source>
        <translation>Vitrines</translation>
    </message>
    <message>
        <source>Holders</source>
        <translation>Titulaires</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Attestation</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Valable jusqu&apos;au</translation>
    </message>
</context>
<context>
    <name>regie::PremisesPage</name>
    <message>
        <source>Select a premises to see its certificate dossier.</source>
        <translation>Choisissez un immeuble pour voir le dossier de son attestation.</translation>
    </message>
    <message>
        <source>Search address, holder or status (Ctrl+F)</source>
        <translation>Rechercher adresse, titulaire ou état (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search premises</source>
        <translation>Rechercher des immeubles</translation>
    </message>
    <message>
        <source>New premises…</source>
        <translation>Nouvel immeuble…</translation>
    </message>
    <message>
        <source>No premises yet — add one with %1.</source>
        <translation>Pas encore d&apos;immeuble — ajoutez-en un avec %1.</translation>
    </message>
    <message>
        <source>No premises matches “%1”.</source>
        <translation>Aucun immeuble ne correspond à « %1 ».</translation>
    </message>
    <message>
        <source>Premises: %1</source>
        <translation>Immeubles : %1</translation>
    </message>
    <message>
        <source>Premises &amp; certificates</source>
        <translation>Immeubles &amp; attestations</translation>
    </message>
</context>
<context>
    <name>regie::ProceduresPage</name>
    <message>
        <source>&amp;GAS fines</source>
        <translation>&amp;Amendes SAC</translation>
    </message>
    <message>
        <source>&amp;Mayor&apos;s measures</source>
        <translation>&amp;Mesures du bourgmestre</translation>
    </message>
    <message>
        <source>R&amp;ule sets…</source>
        <translation>&amp;Règles…</translation>
    </message>
    <message>
        <source>The terms and limits in force, with their legal basis</source>
        <translation>Les délais et plafonds en vigueur, avec leur base légale</translation>
    </message>
    <message>
        <source>Procedures</source>
        <translation>Procédures</translation>
    </message>
    <message>
        <source>Sanctions against &amp;holders</source>
        <translation>Sanctions contre les &amp;titulaires</translation>
    </message>
</context>
<context>
    <name>regie::RecordDialog</name>
    <message>
        <source>Sectoral meeting of safety partners</source>
        <translation>Concertation sectorielle des partenaires de sécurité</translation>
    </message>
    <message>
        <source>Sectoral meeting of care partners</source>
        <translation>Concertation sectorielle des partenaires d&apos;aide</translation>
    </message>
    <message>
        <source>Intersectoral meeting</source>
        <translation>Concertation intersectorielle</translation>
    </message>
    <message>
        <source>Meeting with owners of window premises</source>
        <translation>Concertation avec les propriétaires de vitrines</translation>
    </message>
    <message>
        <source>Core group fitness certificate</source>
        <translation>Groupe central attestation d&apos;aptitude</translation>
    </message>
    <message>
        <source>Administrative enforcement with partners</source>
        <translation>Application administrative avec les partenaires</translation>
    </message>
    <message>
        <source>Police team with the actors involved</source>
        <translation>Équipe de police avec les acteurs concernés</translation>
    </message>
    <message>
        <source>Reporting moment</source>
        <translation>Moment de rapport</translation>
    </message>
    <message>
        <source>Policy note</source>
        <translation>Note de politique</translation>
    </message>
    <message>
        <source>Signal note</source>
        <translation>Note de signalement</translation>
    </message>
    <message>
        <source>Covenant</source>
        <translation>Convention</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Rapport</translation>
    </message>
    <message>
        <source>Explanation of the policy on request</source>
        <translation>Explication de la politique sur demande</translation>
    </message>
    <message>
        <source>Record a meeting</source>
        <translation>Enregistrer une réunion</translation>
    </message>
    <message>
        <source>Record a note or covenant</source>
        <translation>Enregistrer une note ou une convention</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Type :</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Type :</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Date :</translation>
    </message>
    <message>
        <source>T&amp;itle:</source>
        <translation>T&amp;itre :</translation>
    </message>
    <message>
        <source>&amp;Participants:</source>
        <translation>&amp;Participants :</translation>
    </message>
    <message>
        <source>&amp;Reference:</source>
        <translation>&amp;Référence :</translation>
    </message>
</context>
<context>
    <name>regie::RegisterCheckDialog</name>
    <message>
        <source>Check a worker against the register — %1</source>
        <translation>Vérifier une travailleuse au registre — %1</translation>
    </message>
    <message>
        <source>%1 — %2, %3</source>
        <translation>%1 — %2, %3</translation>
    </message>
    <message>
        <source>&amp;Inspection:</source>
        <translation>&amp;Inspection :</translation>
    </message>
    <message>
        <source>&amp;Window:</source>
        <translation>&amp;Vitrine :</translation>
    </message>
    <message>
        <source>&amp;Reference:</source>
        <translation>Ré&amp;férence :</translation>
    </message>
    <message>
        <source>The reference the worker gave, checked against the register on the inspection&apos;s date. Without a registered and validated line a draft finding “worker not pre-registered” is made.</source>
        <translation>La référence donnée par la travailleuse, vérifiée au registre à la date de l&apos;inspection. Sans ligne enregistrée et validée, un projet de constat « travailleuse non préenregistrée » est établi.</translation>
    </message>
    <message>
        <source>&amp;Check</source>
        <translation>&amp;Vérifier</translation>
    </message>
    <message>
        <source>✓ %1 is registered and validated by the police for window %2.</source>
        <translation>✓ %1 est enregistrée et validée par la police pour la vitrine %2.</translation>
    </message>
    <message>
        <source>⚠ Not conform: %1. A draft finding “worker not pre-registered” was recorded with the inspection.</source>
        <translation>⚠ Non conforme : %1. Un projet de constat « travailleuse non préenregistrée » a été enregistré avec l&apos;inspection.</translation>
    </message>
</context>
<context>
    <name>regie::RuleSetsDialog</name>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1 jours</translation>
    </message>
    <message>
        <source>%1 months</source>
        <translation>%1 mois</translation>
    </message>
    <message>
        <source>%1 years</source>
        <translation>%1 ans</translation>
    </message>
    <message>
        <source>%1 hours</source>
        <translation>%1 heures</translation>
    </message>
    <message>
        <source>age %1</source>
        <translation>âge %1</translation>
    </message>
    <message>
        <source>Rule sets</source>
        <translation>Règles</translation>
    </message>
    <message>
        <source>A procedure uses the rule set valid on its date of facts. These rules are read-only here; a newer set is added as data.</source>
        <translation>Une procédure applique les règles en vigueur à la date des faits. Ces règles sont ici en lecture seule ; un ensemble plus récent s&apos;ajoute comme données.</translation>
    </message>
    <message>
        <source>Rule set / rule</source>
        <translation>Ensemble / règle</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation>Base légale</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>valid %1 to %2</source>
        <translation>valable du %1 au %2</translation>
    </message>
    <message>
        <source>valid from %1</source>
        <translation>valable à partir du %1</translation>
    </message>
</context>
<context>
    <name>regie::SyncBacklogModel</name>
    <message>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <source>Sequences</source>
        <translation>Numéros de séquence</translation>
    </message>
    <message>
        <source>Bundle</source>
        <translation>Paquet</translation>
    </message>
</context>
<context>
    <name>regie::SyncHistoryModel</name>
    <message>
        <source>Bundle %1</source>
        <translation>Paquet %1</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Envoyé</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Reçu</translation>
    </message>
    <message>
        <source>Applied</source>
        <translation>Appliqué</translation>
    </message>
    <message>
        <source>Waiting for an earlier bundle</source>
        <translation>En attente d&apos;un paquet antérieur</translation>
    </message>
    <message>
        <source>Written</source>
        <translation>Écrit</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Sens</translation>
    </message>
    <message>
        <source>Peer</source>
        <translation>Partenaire</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Modifications</translation>
    </message>
    <message>
        <source>Sequences</source>
        <translation>Numéros de séquence</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
</context>
<context>
    <name>regie::SyncKeysPanel</name>
    <message>
        <source>&amp;Create keys…</source>
        <translation>&amp;Créer les clés…</translation>
    </message>
    <message>
        <source>Save &amp;public key…</source>
        <translation>Enregistrer la clé &amp;publique…</translation>
    </message>
    <message>
        <source>Write the public-key file to hand to a peer installation</source>
        <translation>Écrire le fichier de clé publique à remettre à une installation partenaire</translation>
    </message>
    <message>
        <source>&lt;b&gt;Trusted peers&lt;/b&gt;</source>
        <translation>&lt;b&gt;Partenaires de confiance&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&amp;Add peer…</source>
        <translation>&amp;Ajouter un partenaire…</translation>
    </message>
    <message>
        <source>Trust a peer installation from its public-key file</source>
        <translation>Faire confiance à une installation partenaire à partir de son fichier de clé publique</translation>
    </message>
    <message>
        <source>&amp;Revoke…</source>
        <translation>&amp;Révoquer…</translation>
    </message>
    <message>
        <source>This installation: &lt;b&gt;%1 – %2&lt;/b&gt;&lt;br&gt;Key fingerprint: &lt;b&gt;%3&lt;/b&gt;</source>
        <translation>Cette installation : &lt;b&gt;%1 – %2&lt;/b&gt;&lt;br&gt;Empreinte de la clé : &lt;b&gt;%3&lt;/b&gt;</translation>
    </message>
    <message>
        <source>This installation: &lt;b&gt;%1 – %2&lt;/b&gt;&lt;br&gt;No keys yet: create them before exchanging bundles with other installations.</source>
        <translation>Cette installation : &lt;b&gt;%1 – %2&lt;/b&gt;&lt;br&gt;Pas encore de clés : créez-les avant d&apos;échanger des paquets avec d&apos;autres installations.</translation>
    </message>
    <message>
        <source>Keys made. Fingerprint: %1. Keep the passphrase safe: without it no bundle can be made or opened here.</source>
        <translation>Clés créées. Empreinte : %1. Conservez la phrase secrète en lieu sûr : sans elle, aucun paquet ne peut être fait ni ouvert ici.</translation>
    </message>
    <message>
        <source>The public key could not be written to %1: %2</source>
        <translation>La clé publique n&apos;a pas pu être écrite dans %1 : %2</translation>
    </message>
    <message>
        <source>Public key written to %1. Fingerprint to read out by phone: %2</source>
        <translation>Clé publique écrite dans %1. Empreinte à lire par téléphone : %2</translation>
    </message>
    <message>
        <source>%1 could not be read: %2</source>
        <translation>%1 n&apos;a pas pu être lu : %2</translation>
    </message>
    <message>
        <source>%1 added to the trust list. Fingerprint: %2 – compare it with %1 by phone; if it differs, revoke the peer at once.</source>
        <translation>%1 ajouté à la liste de confiance. Empreinte : %2 – comparez-la avec %1 par téléphone ; si elle diffère, révoquez le partenaire immédiatement.</translation>
    </message>
    <message>
        <source>%1 is revoked: its bundles are refused from now on.</source>
        <translation>%1 est révoqué : ses paquets sont refusés désormais.</translation>
    </message>
    <message>
        <source>The private keys of this installation are stored encrypted under a passphrase. It is asked each time a bundle is made or opened. It cannot be recovered: if it is lost, new keys must be made and every peer must trust them again.</source>
        <translation>Les clés privées de cette installation sont conservées chiffrées sous une phrase secrète. Elle est demandée chaque fois qu&apos;un paquet est fait ou ouvert. Elle ne peut pas être récupérée : si elle est perdue, il faut créer de nouvelles clés et chaque partenaire doit à nouveau leur faire confiance.</translation>
    </message>
    <message>
        <source>Save the public key</source>
        <translation>Enregistrer la clé publique</translation>
    </message>
    <message>
        <source>Regie public keys (*.regiekey);;All files (*)</source>
        <translation>Clés publiques Regie (*.regiekey);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Public key of a peer</source>
        <translation>Clé publique d&apos;un partenaire</translation>
    </message>
    <message>
        <source>Regie public keys (*.regiekey *.pub *.txt);;All files (*)</source>
        <translation>Clés publiques Regie (*.regiekey *.pub *.txt);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Add peer</source>
        <translation>Ajouter un partenaire</translation>
    </message>
    <message>
        <source>Name for this peer on the trust list (e.g. &quot;office&quot; or &quot;laptop 2&quot;):</source>
        <translation>Nom de ce partenaire sur la liste de confiance (p. ex. &quot;bureau&quot; ou &quot;portable 2&quot;) :</translation>
    </message>
    <message>
        <source>Revoke peer</source>
        <translation>Révoquer le partenaire</translation>
    </message>
    <message>
        <source>Revoke %1? Bundles signed by %1 will be refused from now on, and no bundle is made for it. This cannot be undone: to trust it again, a new public-key file is needed.</source>
        <translation>Révoquer %1 ? Les paquets signés par %1 seront refusés désormais et aucun paquet ne sera fait pour lui. C&apos;est irréversible : pour lui faire à nouveau confiance, un nouveau fichier de clé publique est nécessaire.</translation>
    </message>
</context>
<context>
    <name>regie::SyncPage</name>
    <message>
        <source>Exchange work with other installations through signed, encrypted bundle files (USB stick, mail, shared folder).</source>
        <translation>Échanger le travail avec d&apos;autres installations par des fichiers de paquets signés et chiffrés (clé USB, courriel, dossier partagé).</translation>
    </message>
    <message>
        <source>&amp;Export bundle…</source>
        <translation>&amp;Exporter un paquet…</translation>
    </message>
    <message>
        <source>&amp;Import bundle…</source>
        <translation>&amp;Importer un paquet…</translation>
    </message>
    <message>
        <source>Import a bundle or a receipt from a peer; a preview comes first</source>
        <translation>Importer un paquet ou un accusé de réception d&apos;un partenaire ; un aperçu vient d&apos;abord</translation>
    </message>
    <message>
        <source>Preview of the import</source>
        <translation>Aperçu de l&apos;importation</translation>
    </message>
    <message>
        <source>I&amp;mport now</source>
        <translation>I&amp;mporter maintenant</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Abandonner</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <source>Backlog</source>
        <translation>File d&apos;attente</translation>
    </message>
    <message>
        <source>Backlog (%1)</source>
        <translation>File d&apos;attente (%1)</translation>
    </message>
    <message>
        <source>Write the changes a peer has not confirmed yet into a bundle for that peer</source>
        <translation>Écrire les modifications qu&apos;un partenaire n&apos;a pas encore confirmées dans un paquet pour ce partenaire</translation>
    </message>
    <message>
        <source>Create the keys of this installation first</source>
        <translation>Créez d&apos;abord les clés de cette installation</translation>
    </message>
    <message>
        <source>The bundle for %1 is signed with this installation&apos;s private key.</source>
        <translation>Le paquet pour %1 est signé avec la clé privée de cette installation.</translation>
    </message>
    <message>
        <source>Import a bundle</source>
        <translation>Importer un paquet</translation>
    </message>
    <message>
        <source>Regie bundles and receipts (*.regiebundle *.receipt);;All files (*)</source>
        <translation>Paquets et accusés de réception Regie (*.regiebundle *.receipt);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>The bundle is opened with this installation&apos;s private key.</source>
        <translation>Le paquet est ouvert avec la clé privée de cette installation.</translation>
    </message>
    <message>
        <source>Reading the receipt…</source>
        <translation>Lecture de l&apos;accusé de réception…</translation>
    </message>
    <message>
        <source>Writing the bundle for %1…</source>
        <translation>Écriture du paquet pour %1…</translation>
    </message>
    <message>
        <source>Checking the bundle…</source>
        <translation>Vérification du paquet…</translation>
    </message>
    <message>
        <source>Importing the bundle…</source>
        <translation>Importation du paquet…</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Synchronisation</translation>
    </message>
    <message>
        <source>Bundle written to %1. It holds no changes: the peer has confirmed everything this installation has.</source>
        <translation>Paquet écrit dans %1. Il ne contient aucune modification : le partenaire a confirmé tout ce que cette installation possède.</translation>
    </message>
    <message>
        <source>Bundle written to %1 with %2 change(s). Carry it to the peer and import it there.</source>
        <translation>Paquet écrit dans %1 avec %2 modification(s). Portez-le au partenaire et importez-le là-bas.</translation>
    </message>
    <message>
        <source>Bundle from &lt;b&gt;%1&lt;/b&gt;, made %2, starts at change %3 but this installation has applied %1&apos;s changes only up to %4. Importing it puts it in the backlog until the bundle before it arrives.</source>
        <translation>Paquet de &lt;b&gt;%1&lt;/b&gt;, fait le %2, commence à la modification %3 mais cette installation n&apos;a appliqué les modifications de %1 que jusqu&apos;à %4. L&apos;importer le place dans la file d&apos;attente jusqu&apos;à l&apos;arrivée du paquet précédent.</translation>
    </message>
    <message>
        <source>Bundle from &lt;b&gt;%1&lt;/b&gt;, made %2, with %3 change(s): %4 new record(s), %5 field(s) changed, %6 conflict(s). Nothing has been changed yet.</source>
        <translation>Paquet de &lt;b&gt;%1&lt;/b&gt;, fait le %2, avec %3 modification(s) : %4 nouvelle(s) fiche(s), %5 champ(s) modifié(s), %6 conflit(s). Rien n&apos;a encore été modifié.</translation>
    </message>
    <message>
        <source>Receipt from %1: it has applied this installation&apos;s changes up to change %2. The next bundle for %1 starts after it.</source>
        <translation>Accusé de réception de %1 : il a appliqué les modifications de cette installation jusqu&apos;à la modification %2. Le prochain paquet pour %1 commence après.</translation>
    </message>
    <message>
        <source>The bundle from %1 waits in the backlog. It is applied by itself when the bundle before it has been imported.</source>
        <translation>Le paquet de %1 attend dans la file d&apos;attente. Il est appliqué automatiquement quand le paquet précédent a été importé.</translation>
    </message>
    <message>
        <source>Imported the bundle from %1: %2 new record(s), %3 field(s) changed.</source>
        <translation>Paquet de %1 importé : %2 nouvelle(s) fiche(s), %3 champ(s) modifié(s).</translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s) wait on the Conflicts page.</source>
        <translation>
            <numerusform>%n conflit attend sur la page Conflits.</numerusform>
            <numerusform>%n conflits attendent sur la page Conflits.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n waiting bundle(s) from the backlog applied too.</source>
        <translation>
            <numerusform>%n lot en attente a aussi été appliqué.</numerusform>
            <numerusform>%n lots en attente ont aussi été appliqués.</numerusform>
        </translation>
    </message>
    <message>
        <source>Send the receipt %1 back to %2.</source>
        <translation>Renvoyez l&apos;accusé de réception %1 à %2.</translation>
    </message>
    <message>
        <source>No receipt could be written: %1</source>
        <translation>Aucun accusé de réception n&apos;a pu être écrit : %1</translation>
    </message>
</context>
<context>
    <name>regie::TodayPage</name>
    <message>
        <source>Filter by dossier number, deadline or state (Ctrl+F)</source>
        <translation>Filtrer par numéro de dossier, échéance ou état (Ctrl+F)</translation>
    </message>
    <message>
        <source>Filter the deadlines</source>
        <translation>Filtrer les échéances</translation>
    </message>
    <message>
        <source>D&amp;ue within:</source>
        <translation>&amp;Échéance dans :</translation>
    </message>
    <message>
        <source> days</source>
        <translation> jours</translation>
    </message>
    <message>
        <source>&amp;Why?</source>
        <translation>&amp;Pourquoi ?</translation>
    </message>
    <message>
        <source>Show how the selected date was computed (Alt+W)</source>
        <translation>Montrer comment la date choisie a été calculée (Alt+P)</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualiser</translation>
    </message>
    <message>
        <source>Compute the board again (%1)</source>
        <translation>Recalculer le tableau (%1)</translation>
    </message>
    <message>
        <source>&amp;Agenda (.ics)…</source>
        <translation>A&amp;genda (.ics)…</translation>
    </message>
    <message>
        <source>Save the deadlines shown as an iCalendar file for your agenda</source>
        <translation>Enregistrer les échéances affichées dans un fichier iCalendar pour votre agenda</translation>
    </message>
    <message>
        <source>Select a deadline to see how its date was computed.</source>
        <translation>Choisissez une échéance pour voir comment sa date a été calculée.</translation>
    </message>
    <message>
        <source>%1 — %2, %3</source>
        <translation>%1 — %2, %3</translation>
    </message>
    <message>
        <source>%1: the date recorded in the dossier.</source>
        <translation>%1 : la date inscrite au dossier.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>&lt;b style=&quot;color:#c01c28&quot;&gt;Overdue: %1&lt;/b&gt; — on the board: %2 (due within %3 days, limitations within 30 days, hearings this week, measures that end).</source>
        <translation>&lt;b style=&quot;color:#c01c28&quot;&gt;En retard : %1&lt;/b&gt; — au tableau : %2 (échéance dans %3 jours, prescriptions dans 30 jours, auditions cette semaine, mesures qui prennent fin).</translation>
    </message>
    <message>
        <source>Nothing overdue — on the board: %1 (due within %2 days, limitations within 30 days, hearings this week, measures that end).</source>
        <translation>Rien en retard — au tableau : %1 (échéance dans %2 jours, prescriptions dans 30 jours, auditions cette semaine, mesures qui prennent fin).</translation>
    </message>
    <message>
        <source>Nothing needs doing: no deadline has passed and none falls within the next %1 days.</source>
        <translation>Rien à faire : aucune échéance n&apos;est dépassée et aucune ne tombe dans les %1 prochains jours.</translation>
    </message>
    <message>
        <source>Save the deadlines for the agenda</source>
        <translation>Enregistrer les échéances pour l&apos;agenda</translation>
    </message>
    <message>
        <source>iCalendar files (*.ics)</source>
        <translation>Fichiers iCalendar (*.ics)</translation>
    </message>
    <message>
        <source>Could not save %1: %2</source>
        <translation>Impossible d&apos;enregistrer %1 : %2</translation>
    </message>
    <message>
        <source>Saved %1 deadlines to %2.</source>
        <translation>%1 échéances enregistrées dans %2.</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Aujourd&apos;hui</translation>
    </message>
</context>
<context>
    <name>regie::WindowRegisterDialog</name>
    <message>
        <source>Window %1</source>
        <translation>Vitrine %1</translation>
    </message>
    <message>
        <source>Pseudonym from the police tool, e.g. W-4471</source>
        <translation>Pseudonyme de l&apos;outil de la police, p. ex. W-4471</translation>
    </message>
    <message>
        <source>New window register line — %1</source>
        <translation>Nouvelle ligne du registre des vitrines — %1</translation>
    </message>
    <message>
        <source>&amp;Window:</source>
        <translation>&amp;Vitrine :</translation>
    </message>
    <message>
        <source>to</source>
        <translation>au</translation>
    </message>
    <message>
        <source>&amp;Period from:</source>
        <translation>&amp;Période du :</translation>
    </message>
    <message>
        <source>&amp;Reference:</source>
        <translation>Ré&amp;férence :</translation>
    </message>
    <message>
        <source>Re&amp;gistered in the police registration tool</source>
        <translation>Enre&amp;gistrée dans l&apos;outil d&apos;enregistrement de la police</translation>
    </message>
    <message>
        <source>Registration &amp;validated by the police</source>
        <translation>Enregistrement v&amp;alidé par la police</translation>
    </message>
    <message>
        <source>e.g. police export 2026-11</source>
        <translation>p. ex. export police 2026-11</translation>
    </message>
    <message>
        <source>&amp;Source:</source>
        <translation>&amp;Source :</translation>
    </message>
    <message>
        <source>Only the pseudonymous reference is kept: no name, no national number, no copy of an identity document.</source>
        <translation>Seule la référence pseudonyme est conservée : pas de nom, pas de numéro national, pas de copie d&apos;un document d&apos;identité.</translation>
    </message>
    <message>
        <source>Window register line — window %1</source>
        <translation>Ligne du registre des vitrines — vitrine %1</translation>
    </message>
    <message>
        <source>A line for another window is a new line.</source>
        <translation>Une ligne pour une autre vitrine est une nouvelle ligne.</translation>
    </message>
    <message>
        <source>4 to 40 letters, digits, &apos;-&apos; or &apos;_&apos;, as the police tool gives it.</source>
        <translation>4 à 40 lettres, chiffres, &apos;-&apos; ou &apos;_&apos;, telle que l&apos;outil de la police la donne.</translation>
    </message>
    <message>
        <source>✗ This is a national register or BIS number. Enter only the pseudonymous reference of the police tool.</source>
        <translation>✗ Ceci est un numéro de registre national ou BIS. Saisissez uniquement la référence pseudonyme de l&apos;outil de la police.</translation>
    </message>
    <message>
        <source>✗ A reference has 4 to 40 letters, digits, &apos;-&apos; or &apos;_&apos; — no spaces, no names.</source>
        <translation>✗ Une référence a 4 à 40 lettres, chiffres, &apos;-&apos; ou &apos;_&apos; — pas d&apos;espaces, pas de noms.</translation>
    </message>
    <message>
        <source>✓ Pseudonymous reference</source>
        <translation>✓ Référence pseudonyme</translation>
    </message>
    <message>
        <source>✗ This premises has no windows.</source>
        <translation>✗ Cet immeuble n&apos;a pas de vitrines.</translation>
    </message>
</context>
<context>
    <name>regie::WindowRegisterPanel</name>
    <message>
        <source>Window</source>
        <translation>Vitrine</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Enregistrée</translation>
    </message>
    <message>
        <source>Add &amp;period…</source>
        <translation>Ajouter une &amp;période…</translation>
    </message>
    <message>
        <source>Add a register line: a window, a period and the police tool&apos;s outcome</source>
        <translation>Ajouter une ligne : une vitrine, une période et le résultat de l&apos;outil de la police</translation>
    </message>
    <message>
        <source>Corre&amp;ct…</source>
        <translation>Corri&amp;ger…</translation>
    </message>
    <message>
        <source>Check at in&amp;spection…</source>
        <translation>Vérifier à l&apos;in&amp;spection…</translation>
    </message>
    <message>
        <source>Inspection</source>
        <translation>Inspection</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Constat</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source> (now)</source>
        <translation> (en cours)</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>⚠ No</source>
        <translation>⚠ Non</translation>
    </message>
    <message>
        <source>No line in the window register yet. Add the lines of the police registration tool&apos;s outcome per window and period.</source>
        <translation>Aucune ligne dans le registre des vitrines. Ajoutez le résultat de l&apos;outil d&apos;enregistrement de la police par vitrine et par période.</translation>
    </message>
    <message numerus="yes">
        <source>⚠ %n line(s) not registered or not validated by the police.</source>
        <translation>
            <numerusform>⚠ %n ligne non enregistrée ou non validée par la police.</numerusform>
            <numerusform>⚠ %n lignes non enregistrées ou non validées par la police.</numerusform>
        </translation>
    </message>
    <message>
        <source>Every line is registered and validated by the police.</source>
        <translation>Chaque ligne est enregistrée et validée par la police.</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Projet</translation>
    </message>
    <message>
        <source>No register check at an inspection found a discrepancy.</source>
        <translation>Aucune vérification au registre lors d&apos;une inspection n&apos;a relevé d&apos;écart.</translation>
    </message>
    <message numerus="yes">
        <source>⚠ %n draft finding(s) “worker not pre-registered” from register checks at inspections:</source>
        <translation>
            <numerusform>⚠ %n projet de constat « travailleuse non préenregistrée » issu des contrôles du registre lors des inspections :</numerusform>
            <numerusform>⚠ %n projets de constat « travailleuse non préenregistrée » issus des contrôles du registre lors des inspections :</numerusform>
        </translation>
    </message>
    <message>
        <source>Correct the selected line</source>
        <translation>Corriger la ligne choisie</translation>
    </message>
    <message>
        <source>Select a line first.</source>
        <translation>Choisissez d&apos;abord une ligne.</translation>
    </message>
    <message>
        <source>Check the reference of a worker met at an inspection</source>
        <translation>Vérifier la référence d&apos;une travailleuse rencontrée lors d&apos;une inspection</translation>
    </message>
    <message>
        <source>No inspection of this premises yet: start one first.</source>
        <translation>Aucune inspection de cet immeuble : commencez-en une d&apos;abord.</translation>
    </message>
    <message>
        <source>Window register line stored.</source>
        <translation>Ligne du registre des vitrines enregistrée.</translation>
    </message>
    <message>
        <source>Window register line corrected.</source>
        <translation>Ligne du registre des vitrines corrigée.</translation>
    </message>
    <message>
        <source>Register check: in order.</source>
        <translation>Vérification au registre : en ordre.</translation>
    </message>
    <message>
        <source>Register check: draft finding recorded.</source>
        <translation>Vérification au registre : projet de constat enregistré.</translation>
    </message>
    <message>
        <source>In a sanction dossier</source>
        <translation>Dans un dossier de sanction</translation>
    </message>
    <message>
        <source>In a GAS dossier</source>
        <translation>Dans un dossier SAC</translation>
    </message>
    <message>
        <source>Validated</source>
        <translation>Validé</translation>
    </message>
    <message>
        <source>Registered in the police&apos;s window register</source>
        <translation>Inscrit au registre des vitrines de la police</translation>
    </message>
    <message>
        <source>Validated by the police</source>
        <translation>Validé par la police</translation>
    </message>
    <message>
        <source>%1
Source: %2</source>
        <translation>%1
Source : %2</translation>
    </message>
</context>
</TS>
