<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_BE">
<context>
    <name>CalendarText</name>
    <message>
        <source>Monday</source>
        <translation>maandag</translation>
    </message>
    <message>
        <source>Tuesday</source>
        <translation>dinsdag</translation>
    </message>
    <message>
        <source>Wednesday</source>
        <translation>woensdag</translation>
    </message>
    <message>
        <source>Thursday</source>
        <translation>donderdag</translation>
    </message>
    <message>
        <source>Friday</source>
        <translation>vrijdag</translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation>zaterdag</translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation>zondag</translation>
    </message>
    <message>
        <source>January</source>
        <translation>januari</translation>
    </message>
    <message>
        <source>February</source>
        <translation>februari</translation>
    </message>
    <message>
        <source>March</source>
        <translation>maart</translation>
    </message>
    <message>
        <source>April</source>
        <translation>april</translation>
    </message>
    <message>
        <source>May</source>
        <translation>mei</translation>
    </message>
    <message>
        <source>June</source>
        <translation>juni</translation>
    </message>
    <message>
        <source>July</source>
        <translation>juli</translation>
    </message>
    <message>
        <source>August</source>
        <translation>augustus</translation>
    </message>
    <message>
        <source>September</source>
        <translation>september</translation>
    </message>
    <message>
        <source>October</source>
        <translation>oktober</translation>
    </message>
    <message>
        <source>November</source>
        <translation>november</translation>
    </message>
    <message>
        <source>December</source>
        <translation>december</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <extracomment>A month and its year, e.g. &quot;February 2026&quot;.</extracomment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 day</source>
        <translation>%1 dag</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1 dagen</translation>
    </message>
    <message>
        <source>%1 month</source>
        <translation>%1 maand</translation>
    </message>
    <message>
        <source>%1 months</source>
        <translation>%1 maanden</translation>
    </message>
    <message>
        <source>%1 year</source>
        <translation>%1 jaar</translation>
    </message>
    <message>
        <source>%1 years</source>
        <translation>%1 jaar</translation>
    </message>
</context>
<context>
    <name>CertificateDialogs</name>
    <message>
        <source>New premises</source>
        <translation>Nieuw pand</translation>
    </message>
    <message>
        <source>&amp;Street</source>
        <translation>&amp;Straat</translation>
    </message>
    <message>
        <source>&amp;Number</source>
        <translation>&amp;Nummer</translation>
    </message>
    <message>
        <source>&amp;Box</source>
        <translation>&amp;Bus</translation>
    </message>
    <message>
        <source>Cadastral &amp;parcel</source>
        <translation>Kadastraal &amp;perceel</translation>
    </message>
    <message>
        <source>&amp;Windows</source>
        <translation>&amp;Ramen</translation>
    </message>
    <message>
        <source>New application</source>
        <translation>Nieuwe aanvraag</translation>
    </message>
    <message>
        <source>Renewal</source>
        <translation>Hernieuwing</translation>
    </message>
    <message>
        <source>Application &amp;date</source>
        <translation>Aanvraag&amp;datum</translation>
    </message>
    <message>
        <source>Document received</source>
        <translation>Document ontvangen</translation>
    </message>
    <message>
        <source>&amp;Document</source>
        <translation>&amp;Document</translation>
    </message>
    <message>
        <source>&amp;Issued on</source>
        <translation>&amp;Uitgereikt op</translation>
    </message>
    <message>
        <source>&amp;Reference</source>
        <translation>&amp;Referentie</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Controle</translation>
    </message>
    <message>
        <source>Favourable</source>
        <translation>Gunstig</translation>
    </message>
    <message>
        <source>&amp;Check</source>
        <translation>&amp;Controle</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;Datum</translation>
    </message>
    <message>
        <source>&amp;Inspector</source>
        <translation>&amp;Inspecteur</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultaat</translation>
    </message>
    <message>
        <source>&amp;Remarks</source>
        <translation>&amp;Opmerkingen</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Beslissing</translation>
    </message>
    <message>
        <source>&amp;Outcome</source>
        <translation>&amp;Uitkomst</translation>
    </message>
    <message>
        <source>&amp;Motivation</source>
        <translation>&amp;Motivering</translation>
    </message>
    <message>
        <source>Add &amp;condition</source>
        <translation>&amp;Voorwaarde toevoegen</translation>
    </message>
    <message>
        <source>What must be done</source>
        <translation>Wat moet gebeuren</translation>
    </message>
    <message>
        <source>Conditions (text, due date)</source>
        <translation>Voorwaarden (tekst, uiterste datum)</translation>
    </message>
    <message>
        <source>Condition met</source>
        <translation>Voorwaarde vervuld</translation>
    </message>
    <message>
        <source>%1 (due %2)</source>
        <translation>%1 (uiterlijk %2)</translation>
    </message>
    <message>
        <source>&amp;Condition</source>
        <translation>&amp;Voorwaarde</translation>
    </message>
    <message>
        <source>Met &amp;on</source>
        <translation>Vervuld &amp;op</translation>
    </message>
</context>
<context>
    <name>CertificateService</name>
    <message>
        <source>%1 is not one of %2</source>
        <translation>%1 is niet een van %2</translation>
    </message>
    <message>
        <source>date missing</source>
        <translation>datum ontbreekt</translation>
    </message>
    <message>
        <source>%1 lies in the future (today is %2)</source>
        <translation>%1 ligt in de toekomst (vandaag is het %2)</translation>
    </message>
    <message>
        <source>certificate %1 belongs to another premises</source>
        <translation>geschiktheidsverklaring %1 hoort bij een ander pand</translation>
    </message>
    <message>
        <source>the dossier is decided</source>
        <translation>over het dossier is beslist</translation>
    </message>
    <message>
        <source>inspector missing</source>
        <translation>inspecteur ontbreekt</translation>
    </message>
    <message>
        <source>the dossier is already decided</source>
        <translation>over het dossier is al beslist</translation>
    </message>
    <message>
        <source>decision before the application</source>
        <translation>beslissing vóór de aanvraag</translation>
    </message>
    <message>
        <source>application documents missing or stale: %1</source>
        <translation>documenten van de aanvraag ontbreken of zijn verouderd: %1</translation>
    </message>
    <message>
        <source>checks missing: %1</source>
        <translation>controles ontbreken: %1</translation>
    </message>
    <message>
        <source>a conditional grant needs conditions</source>
        <translation>een voorwaardelijke toekenning vereist voorwaarden</translation>
    </message>
    <message>
        <source>only a conditional grant has conditions</source>
        <translation>alleen een voorwaardelijke toekenning heeft voorwaarden</translation>
    </message>
    <message>
        <source>each condition needs a text and a due date on or after the decision</source>
        <translation>elke voorwaarde vereist een tekst en een uiterste datum op of na de beslissing</translation>
    </message>
    <message>
        <source>%1 check is unfavourable: grant with conditions or refuse</source>
        <translation>controle %1 is ongunstig: ken toe onder voorwaarden of weiger</translation>
    </message>
    <message>
        <source>start date missing</source>
        <translation>begindatum ontbreekt</translation>
    </message>
    <message>
        <source>certificate %1 was not granted</source>
        <translation>geschiktheidsverklaring %1 werd niet toegekend</translation>
    </message>
    <message>
        <source>start before the grant</source>
        <translation>begin vóór de toekenning</translation>
    </message>
    <message>
        <source>certificate %1 is withdrawn</source>
        <translation>geschiktheidsverklaring %1 is ingetrokken</translation>
    </message>
    <message>
        <source>suspension ends before it starts</source>
        <translation>de schorsing eindigt voordat ze begint</translation>
    </message>
</context>
<context>
    <name>CertificateTexts</name>
    <message>
        <source>No application</source>
        <translation>Geen aanvraag</translation>
    </message>
    <message>
        <source>Applied</source>
        <translation>Aangevraagd</translation>
    </message>
    <message>
        <source>Granted</source>
        <translation>Toegekend</translation>
    </message>
    <message>
        <source>Granted with conditions</source>
        <translation>Toegekend onder voorwaarden</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Geweigerd</translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation>Geschorst</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Ingetrokken</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Verlopen</translation>
    </message>
    <message>
        <source>Cadastral data</source>
        <translation>Kadastrale gegevens</translation>
    </message>
    <message>
        <source>Proof of real rights</source>
        <translation>Bewijs van zakelijke rechten</translation>
    </message>
    <message>
        <source>Criminal-record extract</source>
        <translation>Uittreksel strafregister</translation>
    </message>
    <message>
        <source>Company publications</source>
        <translation>Publicaties vennootschap</translation>
    </message>
    <message>
        <source>Company registration</source>
        <translation>Inschrijving KBO</translation>
    </message>
    <message>
        <source>Copy of identity card</source>
        <translation>Kopie identiteitskaart</translation>
    </message>
    <message>
        <source>Fire safety</source>
        <translation>Brandveiligheid</translation>
    </message>
    <message>
        <source>Urban planning</source>
        <translation>Stedenbouw</translation>
    </message>
    <message>
        <source>Hygiene and accommodation</source>
        <translation>Hygiëne en huisvesting</translation>
    </message>
    <message>
        <source>Morality</source>
        <translation>Moraliteit</translation>
    </message>
    <message>
        <source>Conform</source>
        <translation>Conform</translation>
    </message>
    <message>
        <source>Not conform</source>
        <translation>Niet conform</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation>Niet van toepassing</translation>
    </message>
    <message>
        <source>Proactive</source>
        <translation>Proactief</translation>
    </message>
    <message>
        <source>Reactive</source>
        <translation>Reactief</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>Aanvraag</translation>
    </message>
    <message>
        <source>Document received</source>
        <translation>Document ontvangen</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Controle</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Beslissing</translation>
    </message>
    <message>
        <source>Condition met</source>
        <translation>Voorwaarde vervuld</translation>
    </message>
    <message>
        <source>Suspension</source>
        <translation>Schorsing</translation>
    </message>
    <message>
        <source>Withdrawal</source>
        <translation>Intrekking</translation>
    </message>
    <message>
        <source>No proactive inspection this year</source>
        <translation>Geen proactieve inspectie dit jaar</translation>
    </message>
    <message>
        <source>Renewal due</source>
        <translation>Hernieuwing nodig</translation>
    </message>
    <message>
        <source>Condition overdue</source>
        <translation>Voorwaarde over tijd</translation>
    </message>
</context>
<context>
    <name>ChecklistTemplates</name>
    <message>
        <source>%1 version %2 exists with other content: a change needs a new version</source>
        <translation>%1 versie %2 bestaat al met een andere inhoud: een wijziging vereist een nieuwe versie</translation>
    </message>
</context>
<context>
    <name>DeadlineBoard</name>
    <message>
        <source>college decision of %1: %2</source>
        <translation>beslissing van het college van %1: %2</translation>
    </message>
    <message>
        <source>from %1 (execution control with the police)</source>
        <translation>vanaf %1 (controle op de uitvoering met de politie)</translation>
    </message>
    <message>
        <source>last day %1</source>
        <translation>laatste dag %1</translation>
    </message>
</context>
<context>
    <name>DossierChecklist</name>
    <message>
        <source>%1 is missing</source>
        <translation>%1 ontbreekt</translation>
    </message>
    <message numerus="yes">
        <source>%1 dated %2 is older than %n month(s) on the application date %3</source>
        <translation>
            <numerusform>%1 van %2 is op de aanvraagdatum %3 ouder dan %n maand</numerusform>
            <numerusform>%1 van %2 is op de aanvraagdatum %3 ouder dan %n maanden</numerusform>
        </translation>
    </message>
    <message>
        <source>check “%1” not recorded</source>
        <translation>controle „%1” niet geregistreerd</translation>
    </message>
</context>
<context>
    <name>DossierHtml</name>
    <message>
        <source>favourable</source>
        <translation>gunstig</translation>
    </message>
    <message>
        <source>unfavourable</source>
        <translation>ongunstig</translation>
    </message>
    <message>
        <source>Windows</source>
        <translation>Ramen</translation>
    </message>
    <message>
        <source>Cadastral parcel</source>
        <translation>Kadastraal perceel</translation>
    </message>
    <message>
        <source>(not recorded)</source>
        <translation>(niet geregistreerd)</translation>
    </message>
    <message>
        <source>Holders</source>
        <translation>Houders</translation>
    </message>
    <message>
        <source>main holder</source>
        <translation>hoofdhouder</translation>
    </message>
    <message>
        <source>manager</source>
        <translation>uitbater</translation>
    </message>
    <message>
        <source>holder</source>
        <translation>houder</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>since %1</source>
        <translation>sinds %1</translation>
    </message>
    <message>
        <source> (ended)</source>
        <translation> (beëindigd)</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Verklaring</translation>
    </message>
    <message>
        <source>No application yet — start one with “New application”.</source>
        <translation>Nog geen aanvraag — start er een met „Nieuwe aanvraag”.</translation>
    </message>
    <message>
        <source>Application checklist (%1 of %2)</source>
        <translation>Aanvraagdossier (%1 van %2)</translation>
    </message>
    <message>
        <source>renewal</source>
        <translation>hernieuwing</translation>
    </message>
    <message>
        <source>application</source>
        <translation>aanvraag</translation>
    </message>
    <message>
        <source>received %1</source>
        <translation>ontvangen %1</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>Controles</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>niet geregistreerd</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Beslissing</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 op %2</translation>
    </message>
    <message>
        <source>valid until %1</source>
        <translation>geldig tot %1</translation>
    </message>
    <message>
        <source>Not decided yet.</source>
        <translation>Nog niet beslist.</translation>
    </message>
    <message>
        <source>Conditions</source>
        <translation>Voorwaarden</translation>
    </message>
    <message>
        <source>met on %1</source>
        <translation>vervuld op %1</translation>
    </message>
    <message>
        <source>⚠ overdue since %1</source>
        <translation>⚠ over tijd sinds %1</translation>
    </message>
    <message>
        <source>due %1</source>
        <translation>uiterlijk %1</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Geschiedenis</translation>
    </message>
    <message>
        <source>until %1</source>
        <translation>tot %1</translation>
    </message>
    <message>
        <source>Inspections</source>
        <translation>Inspecties</translation>
    </message>
    <message>
        <source>No inspection yet.</source>
        <translation>Nog geen inspectie.</translation>
    </message>
    <message>
        <source>checklist %1 v%2</source>
        <translation>checklist %1 v%2</translation>
    </message>
    <message>
        <source>finalised</source>
        <translation>afgesloten</translation>
    </message>
    <message>
        <source>open</source>
        <translation>open</translation>
    </message>
    <message>
        <source>No holder recorded — add one in the Holders tab.</source>
        <translation>Geen houder geregistreerd — voeg er een toe in het tabblad Houders.</translation>
    </message>
</context>
<context>
    <name>ErrorText</name>
    <message>
        <source>Family name</source>
        <translation>Familienaam</translation>
    </message>
    <message>
        <source>Legal name</source>
        <translation>Maatschappelijke naam</translation>
    </message>
    <message>
        <source>National register or BIS number</source>
        <translation>Rijksregister- of BIS-nummer</translation>
    </message>
    <message>
        <source>Company number</source>
        <translation>Ondernemingsnummer</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Geboortedatum</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Staff effort (FTE)</source>
        <translation>Inzet mensmiddelen (VTE)</translation>
    </message>
    <message>
        <source>List items</source>
        <translation>Lijstregels</translation>
    </message>
    <message>
        <source>A file could not be read or written (%1). Check the disk and the folder&apos;s permissions, then try again.</source>
        <translation>Een bestand kon niet worden gelezen of geschreven (%1). Controleer de schijf en de toegangsrechten van de map en probeer het daarna opnieuw.</translation>
    </message>
    <message>
        <source>This file is not a Regie database. It was left untouched; choose another file.</source>
        <translation>Dit bestand is geen Regie-databank. Het bestand is niet gewijzigd; kies een ander bestand.</translation>
    </message>
    <message>
        <source>This database was written by a newer Regie (schema version %1). Install the newer Regie to open it; this version will not change it.</source>
        <translation>Deze databank is aangemaakt met een nieuwere versie van Regie (schemaversie %1). Installeer die nieuwere versie om ze te openen; deze versie wijzigt de databank niet.</translation>
    </message>
    <message>
        <source>The database is in use by another Regie (%1). Close that Regie first, or wait until it has finished writing.</source>
        <translation>De databank is in gebruik door een ander Regie-programma (%1). Sluit dat programma eerst af, of wacht tot het klaar is met schrijven.</translation>
    </message>
    <message>
        <source>The database refused the change (%1). Nothing was saved.</source>
        <translation>De databank heeft de wijziging geweigerd (%1). Er is niets opgeslagen.</translation>
    </message>
    <message>
        <source>The record no longer exists; it may have been deleted elsewhere.</source>
        <translation>Deze gegevens bestaan niet meer; ze zijn mogelijk elders verwijderd.</translation>
    </message>
    <message>
        <source>A value is not valid: %1.</source>
        <translation>Een waarde is ongeldig: %1.</translation>
    </message>
    <message>
        <source>%1: %2.</source>
        <translation>%1: %2.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>The rules do not allow this step: %1</source>
        <translation>De regels laten deze stap niet toe: %1</translation>
    </message>
    <message>
        <source>This record was changed elsewhere at the same time: %1</source>
        <translation>Deze gegevens zijn tegelijk elders gewijzigd: %1</translation>
    </message>
    <message>
        <source>The file is not in the expected format: %1</source>
        <translation>Het bestand heeft niet het verwachte formaat: %1</translation>
    </message>
    <message>
        <source>Regie could not do this: %1</source>
        <translation>Regie kon dit niet uitvoeren: %1</translation>
    </message>
    <message>
        <source>The signature or encryption check failed: %1</source>
        <translation>De controle van de handtekening of de versleuteling is mislukt: %1</translation>
    </message>
    <message>
        <source>%1 is required: fill it in.</source>
        <translation>%1 is verplicht: vul dit veld in.</translation>
    </message>
    <message>
        <source>%1 is already registered for another person. Search for that person instead of adding them twice.</source>
        <translation>%1 is al geregistreerd voor een andere persoon. Zoek die persoon op in plaats van dezelfde persoon een tweede keer toe te voegen.</translation>
    </message>
    <message>
        <source>The birth date does not match the one in the national register number. Correct one of the two, or leave the birth date empty.</source>
        <translation>De geboortedatum komt niet overeen met die in het rijksregisternummer. Verbeter een van beide, of laat de geboortedatum leeg.</translation>
    </message>
    <message>
        <source>%1 cannot be negative.</source>
        <translation>%1 mag niet negatief zijn.</translation>
    </message>
    <message>
        <source>A list has an empty line: type a text or remove the line.</source>
        <translation>Een lijst bevat een lege regel: typ een tekst of verwijder de regel.</translation>
    </message>
</context>
<context>
    <name>FicheCommands</name>
    <message>
        <source>Edit %1</source>
        <translation>%1 wijzigen</translation>
    </message>
    <message>
        <source>Add item</source>
        <translation>Regel toevoegen</translation>
    </message>
    <message>
        <source>Remove item</source>
        <translation>Regel verwijderen</translation>
    </message>
    <message>
        <source>Edit item</source>
        <translation>Regel wijzigen</translation>
    </message>
</context>
<context>
    <name>FicheEditSession</name>
    <message>
        <source>title</source>
        <translation>titel</translation>
    </message>
    <message>
        <source>description</source>
        <translation>beschrijving</translation>
    </message>
    <message>
        <source>critical conditions</source>
        <translation>kritische randvoorwaarden</translation>
    </message>
    <message>
        <source>executor</source>
        <translation>uitvoerder</translation>
    </message>
    <message>
        <source>contact role</source>
        <translation>contactpersoon (rol)</translation>
    </message>
    <message>
        <source>staff effort</source>
        <translation>inzet mensmiddelen</translation>
    </message>
    <message>
        <source>staff effort text</source>
        <translation>omschrijving inzet mensmiddelen</translation>
    </message>
    <message>
        <source>funding</source>
        <translation>financieringsbron</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>notities</translation>
    </message>
    <message>
        <source>Move item</source>
        <translation>Regel verplaatsen</translation>
    </message>
</context>
<context>
    <name>GasDossierClock</name>
    <message>
        <source>payment due %1 + %2 = %3 (collection period, %4)</source>
        <translation>betaling verschuldigd op %1 + %2 = %3 (invorderingstermijn, %4)</translation>
    </message>
    <message>
        <source>hearing planned on</source>
        <translation>hoorzitting gepland op</translation>
    </message>
</context>
<context>
    <name>GasFineClock</name>
    <message>
        <source>birth date after the date of facts</source>
        <translation>geboortedatum na de datum van de feiten</translation>
    </message>
    <message>
        <source>facts on</source>
        <translation>feiten op</translation>
    </message>
    <message>
        <source>start letter received on %1 (recorded receipt)</source>
        <translation>aanvangsbrief ontvangen op %1 (geregistreerde ontvangst)</translation>
    </message>
    <message>
        <source>defence waived on %1</source>
        <translation>afstand van verweer op %1</translation>
    </message>
    <message>
        <source>end of the defence term %1</source>
        <translation>einde van de verweertermijn %1</translation>
    </message>
    <message>
        <source>hearing held on %1</source>
        <translation>hoorzitting gehouden op %1</translation>
    </message>
    <message>
        <source>day after the latest of: %1 → %2</source>
        <translation>dag na de laatste van: %1 → %2</translation>
    </message>
    <message>
        <source>the hearing request does not count: no hearing right</source>
        <translation>het verzoek om een hoorzitting telt niet mee: geen recht op een hoorzitting</translation>
    </message>
    <message>
        <source>facts on %1</source>
        <translation>feiten op %1</translation>
    </message>
    <message>
        <source>mediation-offered on %1: %2-month limitation</source>
        <translation>bemiddeling aangeboden op %1: verjaring na %2 maanden</translation>
    </message>
    <message>
        <source>community-service-offered on %1: %2-month limitation</source>
        <translation>gemeenschapsdienst aangeboden op %1: verjaring na %2 maanden</translation>
    </message>
    <message>
        <source>decision received on %1 (recorded receipt)</source>
        <translation>beslissing ontvangen op %1 (geregistreerde ontvangst)</translation>
    </message>
    <message>
        <source>finding received on %1, after the transmission term ended on %2 (%3 months from the facts on %4; %5): the dossier cannot start</source>
        <translation>vaststelling ontvangen op %1, na het einde van de termijn voor toezending op %2 (%3 maanden na de feiten op %4; %5): het dossier kan niet starten</translation>
    </message>
    <message>
        <source>aged %1 on the date of facts %2 (born %3), below the minimum age of %4 (%5): no GAS procedure is possible</source>
        <translation>%1 jaar oud op de datum van de feiten %2 (geboren op %3), jonger dan de minimumleeftijd van %4 (%5): geen GAS-procedure mogelijk</translation>
    </message>
    <message>
        <source>intended fine %1 exceeds the maximum of %2 for a minor (%3)</source>
        <translation>voorgenomen boete %1 overschrijdt het maximum van %2 voor een minderjarige (%3)</translation>
    </message>
    <message>
        <source>intended fine %1 exceeds the maximum of %2 for an adult (%3)</source>
        <translation>voorgenomen boete %1 overschrijdt het maximum van %2 voor een meerderjarige (%3)</translation>
    </message>
    <message>
        <source>decision posted on %1, before the earliest decision date %2 (rule: the decision comes after the defence term unless waived, the waiver and a requested hearing; %3)</source>
        <translation>beslissing ter post afgegeven op %1, vóór de vroegste beslissingsdatum %2 (regel: de beslissing volgt na de verweertermijn (tenzij afstand van verweer), na de afstand van verweer en na een gevraagde hoorzitting; %3)</translation>
    </message>
    <message>
        <source>decision posted on %1, after the limitation date %2 (%3): the fine can no longer be imposed</source>
        <translation>beslissing ter post afgegeven op %1, na de verjaringsdatum %2 (%3): de boete kan niet meer worden opgelegd</translation>
    </message>
    <message>
        <source>decision posted on %1 while the hearing requested on %2 has not been held (rule: a requested hearing is held before the decision)</source>
        <translation>beslissing ter post afgegeven op %1 terwijl de op %2 gevraagde hoorzitting niet heeft plaatsgevonden (regel: een gevraagde hoorzitting vindt plaats vóór de beslissing)</translation>
    </message>
</context>
<context>
    <name>GasReportWarning</name>
    <message>
        <source>&apos;%1&apos; does not look like XX.99.X9.99999/99 (district . category . service . sequence / year)</source>
        <translation>&apos;%1&apos; heeft niet de vorm XX.99.X9.99999/99 (arrondissement . categorie . dienst . volgnummer / jaar)</translation>
    </message>
</context>
<context>
    <name>GasRules</name>
    <message>
        <source>rule set %1 is not a gas-fine rule set</source>
        <translation>regelset %1 is geen regelset voor GAS-boetes</translation>
    </message>
</context>
<context>
    <name>GasService</name>
    <message>
        <source>offence %1 is not active</source>
        <translation>inbreuk %1 is niet actief</translation>
    </message>
    <message>
        <source>date of facts is required</source>
        <translation>de datum van de feiten is verplicht</translation>
    </message>
    <message>
        <source>date of facts %1 is after today %2</source>
        <translation>datum van de feiten %1 ligt na vandaag %2</translation>
    </message>
    <message>
        <source>the date the finding was received is required</source>
        <translation>de datum van ontvangst van de vaststelling is verplicht</translation>
    </message>
    <message>
        <source>finding received on %1: must be between the facts on %2 and today %3</source>
        <translation>vaststelling ontvangen op %1: moet liggen tussen de feiten op %2 en vandaag %3</translation>
    </message>
    <message>
        <source>report kind must be police or administrative</source>
        <translation>het soort proces-verbaal moet politie of administratief zijn</translation>
    </message>
    <message>
        <source>report number is required</source>
        <translation>het nummer van het proces-verbaal is verplicht</translation>
    </message>
    <message>
        <source>fine must not be negative</source>
        <translation>de boete mag niet negatief zijn</translation>
    </message>
    <message>
        <source>%1 (same offence %2) decided on %3 with a fine, within %4 months before the facts on %5</source>
        <translation>%1 (zelfde inbreuk %2) beslist op %3 met een boete, binnen %4 maanden vóór de feiten op %5</translation>
    </message>
    <message>
        <source>unknown event type &apos;%1&apos;; known: %2</source>
        <translation>onbekende stap &apos;%1&apos;; bekend: %2</translation>
    </message>
    <message>
        <source>date is required (YYYY-MM-DD)</source>
        <translation>de datum is verplicht (JJJJ-MM-DD)</translation>
    </message>
    <message>
        <source>%1 is not allowed in state %2 (allowed in: %3)</source>
        <translation>%1 is niet toegestaan in de toestand %2 (toegestaan in: %3)</translation>
    </message>
    <message>
        <source>%1 on %2 is after today %3</source>
        <translation>%1 op %2 ligt na vandaag %3</translation>
    </message>
    <message>
        <source>%1 on %2 is before the facts on %3</source>
        <translation>%1 op %2 ligt vóór de feiten op %3</translation>
    </message>
    <message>
        <source>finding received on %1, after the transmission term ended on %2: the dossier cannot start</source>
        <translation>vaststelling ontvangen op %1, na het einde van de termijn voor toezending op %2: het dossier kan niet starten</translation>
    </message>
    <message>
        <source>start letter posted on %1, before the finding was received on %2</source>
        <translation>aanvangsbrief ter post afgegeven op %1, vóór de ontvangst van de vaststelling op %2</translation>
    </message>
    <message>
        <source>an oral hearing can be requested only when the intended fine is above %1 (intended: %2) or by a minor (%3)</source>
        <translation>een mondelinge hoorzitting kan alleen worden gevraagd als de voorgenomen boete hoger is dan %1 (voorgenomen: %2) of door een minderjarige (%3)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>geen</translation>
    </message>
    <message>
        <source>no hearing was requested and the offender is not a minor</source>
        <translation>er werd geen hoorzitting gevraagd en de overtreder is niet minderjarig</translation>
    </message>
    <message>
        <source>lapsed on %1, but the limitation period runs until %2 (%3)</source>
        <translation>verjaard op %1, maar de verjaringstermijn loopt tot %2 (%3)</translation>
    </message>
    <message>
        <source>an appeal names the court (police court or youth court)</source>
        <translation>een beroep vermeldt de rechtbank (politierechtbank of jeugdrechtbank)</translation>
    </message>
    <message>
        <source>lodged on %1, after the appeal term ended on %2 (%3)</source>
        <translation>ingesteld op %1, na het einde van de beroepstermijn op %2 (%3)</translation>
    </message>
    <message>
        <source>a judgment&apos;s outcome is confirmed, reduced or annulled</source>
        <translation>de uitspraak van een vonnis is bevestigd, verminderd of vernietigd</translation>
    </message>
    <message>
        <source>a reduced fine needs the new amount</source>
        <translation>een verminderde boete vereist het nieuwe bedrag</translation>
    </message>
    <message>
        <source>a decision needs --amount EUR or an --outcome without fine (no-fine, mediation, community-service)</source>
        <translation>een beslissing vereist een bedrag in EUR (--amount) of een uitkomst zonder boete (--outcome: no-fine, mediation, community-service)</translation>
    </message>
    <message>
        <source>decision posted on %1 for a minor who has not been heard (rule: a minor is always heard; %2)</source>
        <translation>beslissing ter post afgegeven op %1 voor een minderjarige die niet werd gehoord (regel: een minderjarige wordt altijd gehoord; %2)</translation>
    </message>
    <message>
        <source>fine %1 exceeds the maximum of %2 for %3 (%4)</source>
        <translation>boete %1 overschrijdt het maximum van %2 voor %3 (%4)</translation>
    </message>
    <message>
        <source>a minor</source>
        <translation>een minderjarige</translation>
    </message>
    <message>
        <source>an adult</source>
        <translation>een meerderjarige</translation>
    </message>
    <message>
        <source>a payment needs --amount &gt; 0</source>
        <translation>een betaling vereist een bedrag groter dan 0 (--amount)</translation>
    </message>
    <message>
        <source>paid on %1, after the payment term ended on %2</source>
        <translation>betaald op %1, na het einde van de betalingstermijn op %2</translation>
    </message>
    <message>
        <source>%1 received for a fine of %2</source>
        <translation>%1 ontvangen voor een boete van %2</translation>
    </message>
    <message>
        <source>%1 of %2 paid</source>
        <translation>%1 van %2 betaald</translation>
    </message>
    <message>
        <source>collection on %1, but the payment term runs until %2 (%3)</source>
        <translation>invordering op %1, maar de betalingstermijn loopt tot %2 (%3)</translation>
    </message>
    <message>
        <source>collection on %1, after the collection period ended on %2</source>
        <translation>invordering op %1, na het einde van de invorderingstermijn op %2</translation>
    </message>
</context>
<context>
    <name>HolderSanctionService</name>
    <message>
        <source>unknown step %1 (one of %2)</source>
        <translation>onbekende stap %1 (een van %2)</translation>
    </message>
    <message>
        <source>the date of the step is required</source>
        <translation>de datum van de stap is verplicht</translation>
    </message>
    <message>
        <source>%1 on %2 lies after today %3</source>
        <translation>%1 op %2 ligt na vandaag %3</translation>
    </message>
    <message>
        <source>a finding needs the police report (PV) number</source>
        <translation>een vaststelling vereist het nummer van het proces-verbaal (pv)</translation>
    </message>
    <message>
        <source>dossier %1 was decided on %2: a new finding opens a new dossier</source>
        <translation>over dossier %1 werd beslist op %2: een nieuwe vaststelling opent een nieuw dossier</translation>
    </message>
    <message>
        <source>a warning letter on %1 needs a finding on or before that day</source>
        <translation>een waarschuwingsbrief op %1 vereist een vaststelling op of vóór die dag</translation>
    </message>
    <message>
        <source>the holder was already warned on %1; a new finding after it opens the sanction track</source>
        <translation>de houder werd al gewaarschuwd op %1; een nieuwe vaststelling daarna opent de sanctieprocedure</translation>
    </message>
    <message>
        <source>no warning letter was sent yet: the sanction track opens only after a warning</source>
        <translation>er werd nog geen waarschuwingsbrief verstuurd: de sanctieprocedure opent pas na een waarschuwing</translation>
    </message>
    <message>
        <source>no finding after the warning of %1: the sanction track is not open</source>
        <translation>geen vaststelling na de waarschuwing van %1: de sanctieprocedure is niet geopend</translation>
    </message>
    <message>
        <source>invitation on %1 precedes the finding of %2 that opens the track</source>
        <translation>de uitnodiging op %1 gaat vooraf aan de vaststelling van %2 die de procedure opent</translation>
    </message>
    <message>
        <source>no hearing invitation was sent</source>
        <translation>er werd geen uitnodiging voor de hoorzitting verstuurd</translation>
    </message>
    <message>
        <source>hearing on %1 precedes the invitation of %2</source>
        <translation>de hoorzitting op %1 gaat vooraf aan de uitnodiging van %2</translation>
    </message>
    <message>
        <source>%1 needs the college&apos;s decision first</source>
        <translation>%1 vereist eerst de beslissing van het college</translation>
    </message>
    <message>
        <source>control on %1 precedes the decision of %2</source>
        <translation>de controle op %1 gaat vooraf aan de beslissing van %2</translation>
    </message>
    <message>
        <source>an execution control needs its outcome</source>
        <translation>een controle op de uitvoering vereist haar resultaat</translation>
    </message>
    <message>
        <source>the decision&apos;s notification date is not known</source>
        <translation>de datum van kennisgeving van de beslissing is niet gekend</translation>
    </message>
    <message>
        <source>appeal on %1 precedes the notification of %2</source>
        <translation>het beroep op %1 gaat vooraf aan de kennisgeving van %2</translation>
    </message>
    <message>
        <source>appeal filed on %1, after the term that ended on %2 (%3)</source>
        <translation>beroep ingesteld op %1, na het einde van de termijn op %2 (%3)</translation>
    </message>
    <message>
        <source>no appeal was filed</source>
        <translation>er werd geen beroep ingesteld</translation>
    </message>
    <message>
        <source>the Council of State&apos;s outcome is annulled or rejected</source>
        <translation>de uitspraak van de Raad van State is vernietigd of verworpen</translation>
    </message>
    <message>
        <source>dossier %1 already has the college&apos;s decision</source>
        <translation>dossier %1 heeft al de beslissing van het college</translation>
    </message>
    <message>
        <source>the holder must be heard (or invited and absent, recorded as the hearing) before the college decides</source>
        <translation>de houder moet gehoord worden (of uitgenodigd en afwezig, geregistreerd als de hoorzitting) voordat het college beslist</translation>
    </message>
    <message>
        <source>decision on %1 precedes the hearing of %2</source>
        <translation>de beslissing op %1 gaat vooraf aan de hoorzitting van %2</translation>
    </message>
    <message>
        <source>the decision is one of %1</source>
        <translation>de beslissing is een van %1</translation>
    </message>
    <message>
        <source>notification on %1 precedes the decision of %2</source>
        <translation>de kennisgeving op %1 gaat vooraf aan de beslissing van %2</translation>
    </message>
    <message>
        <source>the sanction&apos;s first day is required</source>
        <translation>de eerste dag van de sanctie is verplicht</translation>
    </message>
    <message>
        <source>the sanction cannot start on %1, before the decision of %2</source>
        <translation>de sanctie kan niet ingaan op %1, vóór de beslissing van %2</translation>
    </message>
    <message>
        <source>a %1 needs its last day</source>
        <translation>een %1 vereist de laatste dag</translation>
    </message>
    <message>
        <source>last day %1 precedes the first day %2</source>
        <translation>de laatste dag %1 ligt vóór de eerste dag %2</translation>
    </message>
    <message>
        <source>closure from</source>
        <translation>sluiting vanaf</translation>
    </message>
    <message>
        <source>a temporary closure lasts at most %1 months: from %2 the last day is %3, not %4</source>
        <translation>een tijdelijke sluiting duurt hoogstens %1 maanden: vanaf %2 is de laatste dag %3, niet %4</translation>
    </message>
    <message>
        <source>finding %1 already belongs to sanction dossier %2</source>
        <translation>vaststelling %1 hoort al bij sanctiedossier %2</translation>
    </message>
</context>
<context>
    <name>HolderSanctionState</name>
    <message>
        <source>decision notified</source>
        <translation>kennisgeving van de beslissing</translation>
    </message>
</context>
<context>
    <name>HolderTexts</name>
    <message>
        <source>Main holder</source>
        <translation>Hoofdhouder</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>Uitbater</translation>
    </message>
    <message>
        <source>Holder</source>
        <translation>Houder</translation>
    </message>
    <message>
        <source>KBO %1 ✗ not valid</source>
        <translation>KBO %1 ✗ ongeldig</translation>
    </message>
    <message>
        <source>KBO %1 ✓</source>
        <translation>KBO %1 ✓</translation>
    </message>
    <message>
        <source>NRN %1 ✓</source>
        <translation>RRN %1 ✓</translation>
    </message>
    <message>
        <source>BIS %1 ✓</source>
        <translation>BIS %1 ✓</translation>
    </message>
    <message>
        <source>%1 ✗ not valid</source>
        <translation>%1 ✗ ongeldig</translation>
    </message>
    <message>
        <source>⚠ No company number recorded for this organisation: add it in People.</source>
        <translation>⚠ Geen ondernemingsnummer geregistreerd voor deze organisatie: vul het aan bij Personen.</translation>
    </message>
    <message>
        <source>⚠ No national register or BIS number recorded for this person: add it in People.</source>
        <translation>⚠ Geen rijksregister- of BIS-nummer geregistreerd voor deze persoon: vul het aan bij Personen.</translation>
    </message>
</context>
<context>
    <name>IdentifierMessages</name>
    <message>
        <source>Enter a national register number.</source>
        <translation>Vul een rijksregisternummer in.</translation>
    </message>
    <message>
        <source>A national register number contains only digits, with dots, dashes or spaces between them. Remove the other characters.</source>
        <translation>Een rijksregisternummer bevat alleen cijfers, eventueel met punten, streepjes of spaties ertussen. Verwijder de andere tekens.</translation>
    </message>
    <message>
        <source>A national register number has 11 digits. Check that no digit is missing or doubled.</source>
        <translation>Een rijksregisternummer telt 11 cijfers. Controleer of er geen cijfer ontbreekt of dubbel staat.</translation>
    </message>
    <message>
        <source>The first six digits of a national register number are the birth date, and this date does not exist. Check the number on the identity document.</source>
        <translation>De eerste zes cijfers van een rijksregisternummer vormen de geboortedatum, en die datum bestaat niet. Controleer het nummer op het identiteitsdocument.</translation>
    </message>
    <message>
        <source>The check digits do not match: this is not a valid national register number. Check the number for a typing error.</source>
        <translation>De controlecijfers kloppen niet: dit is geen geldig rijksregisternummer. Controleer het nummer op een tikfout.</translation>
    </message>
    <message>
        <source>This is a BIS number, not a national register number: its month is increased by 20 or 40. Enter it as a BIS number.</source>
        <translation>Dit is een BIS-nummer, geen rijksregisternummer: de maand is verhoogd met 20 of 40. Vul het in als BIS-nummer.</translation>
    </message>
    <message>
        <source>Enter a BIS number.</source>
        <translation>Vul een BIS-nummer in.</translation>
    </message>
    <message>
        <source>A BIS number contains only digits, with dots, dashes or spaces between them. Remove the other characters.</source>
        <translation>Een BIS-nummer bevat alleen cijfers, eventueel met punten, streepjes of spaties ertussen. Verwijder de andere tekens.</translation>
    </message>
    <message>
        <source>A BIS number has 11 digits. Check that no digit is missing or doubled.</source>
        <translation>Een BIS-nummer telt 11 cijfers. Controleer of er geen cijfer ontbreekt of dubbel staat.</translation>
    </message>
    <message>
        <source>The birth date in this BIS number does not exist. Check the number on the document.</source>
        <translation>De geboortedatum in dit BIS-nummer bestaat niet. Controleer het nummer op het document.</translation>
    </message>
    <message>
        <source>The check digits do not match: this is not a valid BIS number. Check the number for a typing error.</source>
        <translation>De controlecijfers kloppen niet: dit is geen geldig BIS-nummer. Controleer het nummer op een tikfout.</translation>
    </message>
    <message>
        <source>This is not a BIS number: in a BIS number the birth month is increased by 20 or 40. If the person is in the National Register, enter it as a national register number.</source>
        <translation>Dit is geen BIS-nummer: in een BIS-nummer is de geboortemaand verhoogd met 20 of 40. Staat de persoon in het Rijksregister, vul het nummer dan in als rijksregisternummer.</translation>
    </message>
    <message>
        <source>Enter a company number.</source>
        <translation>Vul een ondernemingsnummer in.</translation>
    </message>
    <message>
        <source>A company number contains only digits, with dots or spaces between them and optionally BE in front. Remove the other characters.</source>
        <translation>Een ondernemingsnummer bevat alleen cijfers, eventueel met punten of spaties ertussen en BE vooraan. Verwijder de andere tekens.</translation>
    </message>
    <message>
        <source>A company number has 10 digits (old numbers have 9). Check that no digit is missing or doubled.</source>
        <translation>Een ondernemingsnummer telt 10 cijfers (oude nummers hebben er 9). Controleer of er geen cijfer ontbreekt of dubbel staat.</translation>
    </message>
    <message>
        <source>A company number starts with 0 or 1. Numbers that start with 2 to 8 belong to an establishment unit: enter the company number of the enterprise instead.</source>
        <translation>Een ondernemingsnummer begint met 0 of 1. Nummers die met 2 tot 8 beginnen, horen bij een vestigingseenheid: vul in plaats daarvan het ondernemingsnummer van de onderneming in.</translation>
    </message>
    <message>
        <source>The check digits do not match: this is not a valid company number. Look the company up in the Crossroads Bank for Enterprises.</source>
        <translation>De controlecijfers kloppen niet: dit is geen geldig ondernemingsnummer. Zoek de onderneming op in de Kruispuntbank van Ondernemingen.</translation>
    </message>
    <message>
        <source>This is an old company number of 9 digits; a 0 was added in front.</source>
        <translation>Dit is een oud ondernemingsnummer van 9 cijfers; er is vooraan een 0 toegevoegd.</translation>
    </message>
    <message>
        <source>Enter an account number (IBAN).</source>
        <translation>Vul een rekeningnummer (IBAN) in.</translation>
    </message>
    <message>
        <source>A Belgian account number is BE followed by 14 digits; spaces are allowed. Remove the other characters.</source>
        <translation>Een Belgisch rekeningnummer bestaat uit BE gevolgd door 14 cijfers; spaties zijn toegestaan. Verwijder de andere tekens.</translation>
    </message>
    <message>
        <source>Only Belgian account numbers, starting with BE, are accepted.</source>
        <translation>Alleen Belgische rekeningnummers, die met BE beginnen, worden aanvaard.</translation>
    </message>
    <message>
        <source>A Belgian account number has 16 characters: BE followed by 14 digits. Check that no digit is missing or doubled.</source>
        <translation>Een Belgisch rekeningnummer telt 16 tekens: BE gevolgd door 14 cijfers. Controleer of er geen cijfer ontbreekt of dubbel staat.</translation>
    </message>
    <message>
        <source>The IBAN check digits do not match: this is not a valid account number. Check it for a typing error.</source>
        <translation>De IBAN-controlecijfers kloppen niet: dit is geen geldig rekeningnummer. Controleer het op een tikfout.</translation>
    </message>
    <message>
        <source>The last two digits do not match the rest of the account number: this is not a valid Belgian account number. Check it for a typing error.</source>
        <translation>De laatste twee cijfers passen niet bij de rest van het rekeningnummer: dit is geen geldig Belgisch rekeningnummer. Controleer het op een tikfout.</translation>
    </message>
    <message>
        <source>Enter a structured payment reference.</source>
        <translation>Vul een gestructureerde mededeling in.</translation>
    </message>
    <message>
        <source>A structured payment reference has 12 digits, written as +++123/4567/89002+++. Check the reference on the payment.</source>
        <translation>Een gestructureerde mededeling telt 12 cijfers, geschreven als +++123/4567/89002+++. Controleer de mededeling op de betaling.</translation>
    </message>
    <message>
        <source>The check digits do not match: this is not a valid structured payment reference. Check it for a typing error.</source>
        <translation>De controlecijfers kloppen niet: dit is geen geldige gestructureerde mededeling. Controleer ze op een tikfout.</translation>
    </message>
    <message>
        <source>This police report number does not have the usual form (for example AN.12.L3.00572/24). Check it; it is saved as entered.</source>
        <translation>Dit PV-nummer heeft niet de gebruikelijke vorm (bijvoorbeeld AN.12.L3.00572/24). Controleer het; het wordt opgeslagen zoals ingevuld.</translation>
    </message>
    <message>
        <source>This identifier is not valid. Check it for a typing error.</source>
        <translation>Dit identificatienummer is ongeldig. Controleer het op een tikfout.</translation>
    </message>
</context>
<context>
    <name>InspectionService</name>
    <message>
        <source>%1 is not proactive|reactive</source>
        <translation>%1 is niet proactief of reactief (proactive|reactive)</translation>
    </message>
    <message>
        <source>date missing</source>
        <translation>datum ontbreekt</translation>
    </message>
    <message>
        <source>inspection date %1 lies in the future (today is %2)</source>
        <translation>inspectiedatum %1 ligt in de toekomst (vandaag is het %2)</translation>
    </message>
    <message>
        <source>inspection %1 is finalised: correct it with an amendment and its reason</source>
        <translation>inspectie %1 is afgesloten: verbeter ze met een wijziging en de reden ervan</translation>
    </message>
    <message>
        <source>inspection %1 is still open: answer again instead of amending</source>
        <translation>inspectie %1 is nog open: antwoord opnieuw in plaats van te wijzigen</translation>
    </message>
    <message>
        <source>window %1 does not exist in this premises</source>
        <translation>raam %1 bestaat niet in dit pand</translation>
    </message>
    <message>
        <source>%1 is not one of %2</source>
        <translation>%1 is niet een van %2</translation>
    </message>
    <message>
        <source>item %1 is not on checklist %2 version %3</source>
        <translation>punt %1 staat niet op checklist %2 versie %3</translation>
    </message>
    <message>
        <source>%1 is not an image (JPEG, PNG, GIF, WebP, HEIC, TIFF or BMP)</source>
        <translation>%1 is geen afbeelding (JPEG, PNG, GIF, WebP, HEIC, TIFF of BMP)</translation>
    </message>
    <message>
        <source>%1 is %2 bytes, larger than the limit of %3 bytes</source>
        <translation>%1 is %2 bytes, groter dan de grens van %3 bytes</translation>
    </message>
    <message>
        <source>items not answered: %1</source>
        <translation>niet beantwoorde punten: %1</translation>
    </message>
    <message>
        <source>an amendment needs a reason</source>
        <translation>een wijziging vereist een reden</translation>
    </message>
    <message>
        <source>item %1 is not answered not-conform</source>
        <translation>punt %1 is niet als niet-conform beantwoord</translation>
    </message>
</context>
<context>
    <name>LegalCalendar</name>
    <message>
        <source>New Year&apos;s Day</source>
        <translation>Nieuwjaar</translation>
    </message>
    <message>
        <source>Easter Monday</source>
        <translation>Paasmaandag</translation>
    </message>
    <message>
        <source>Labour Day</source>
        <translation>Dag van de Arbeid</translation>
    </message>
    <message>
        <source>Ascension Day</source>
        <translation>Onze-Lieve-Heer-Hemelvaart</translation>
    </message>
    <message>
        <source>Whit Monday</source>
        <translation>Pinkstermaandag</translation>
    </message>
    <message>
        <source>Belgian National Day</source>
        <translation>Nationale feestdag</translation>
    </message>
    <message>
        <source>Assumption Day</source>
        <translation>Onze-Lieve-Vrouw-Hemelvaart</translation>
    </message>
    <message>
        <source>All Saints&apos; Day</source>
        <translation>Allerheiligen</translation>
    </message>
    <message>
        <source>Armistice Day</source>
        <translation>Wapenstilstand</translation>
    </message>
    <message>
        <source>Christmas Day</source>
        <translation>Kerstmis</translation>
    </message>
    <message>
        <source>%1 has no day %2: last day of the month</source>
        <translation>%1 heeft geen dag %2: laatste dag van de maand</translation>
    </message>
    <message>
        <source>notified %1: third working day after posting on %2</source>
        <translation>vermoed ontvangen op %1: derde werkdag na de afgifte ter post op %2</translation>
    </message>
    <message>
        <source>not counted: %1</source>
        <translation>niet meegeteld: %1</translation>
    </message>
    <message>
        <source>in force for %1: %2 + %1 = %3</source>
        <translation>van kracht gedurende %1: %2 + %1 = %3</translation>
    </message>
    <message>
        <source>minus one day = %1</source>
        <translation>min één dag = %1</translation>
    </message>
    <message>
        <source>city term: not moved</source>
        <translation>termijn van de stad: niet verschoven</translation>
    </message>
    <message>
        <source>a %1</source>
        <extracomment>The day of the week a term ends on, e.g. &quot;a Saturday&quot;.</extracomment>
        <translation>een %1</translation>
    </message>
    <message>
        <source>%1 (legal holiday)</source>
        <translation>%1 (wettelijke feestdag)</translation>
    </message>
    <message>
        <source>%1 is %2, a legal holiday</source>
        <translation>%1 is %2, een wettelijke feestdag</translation>
    </message>
</context>
<context>
    <name>LetterData</name>
    <message>
        <source>the premises %1 has no main holder on %2 to address the letter to</source>
        <translation>het pand %1 heeft op %2 geen hoofdhouder aan wie de brief kan worden gericht</translation>
    </message>
</context>
<context>
    <name>LetterFiller</name>
    <message>
        <source>malformed placeholder near &apos;%1&apos;</source>
        <translation>onjuist gevormd veld bij &apos;%1&apos;</translation>
    </message>
</context>
<context>
    <name>LetterService</name>
    <message>
        <source>letter %1 (%2) is sent by ordinary post and has no place in the register</source>
        <translation>brief %1 (%2) wordt met gewone post verstuurd en hoort niet in het register</translation>
    </message>
    <message>
        <source>letter %1 was posted on %2; a new posting is a new letter</source>
        <translation>brief %1 werd ter post afgegeven op %2; een nieuwe verzending is een nieuwe brief</translation>
    </message>
    <message>
        <source>posting date is required (YYYY-MM-DD)</source>
        <translation>de datum van afgifte ter post is verplicht (JJJJ-MM-DD)</translation>
    </message>
    <message>
        <source>posting on %1 must lie between the letter&apos;s date %2 and today %3</source>
        <translation>de afgifte ter post op %1 moet liggen tussen de datum van de brief %2 en vandaag %3</translation>
    </message>
    <message>
        <source>record the decision first (gas event --type decision-posted)</source>
        <translation>registreer eerst de beslissing (stap ‘beslissing ter post afgegeven’)</translation>
    </message>
    <message>
        <source>the decision is recorded as posted on %1; the decision letter must carry that posting date, not %2</source>
        <translation>de beslissing is geregistreerd als ter post afgegeven op %1; de beslissingsbrief moet die datum van afgifte dragen, niet %2</translation>
    </message>
    <message>
        <source>letter %1 has no posting date yet</source>
        <translation>brief %1 heeft nog geen datum van afgifte ter post</translation>
    </message>
    <message>
        <source>receipt date is required (YYYY-MM-DD)</source>
        <translation>de datum van ontvangst is verplicht (JJJJ-MM-DD)</translation>
    </message>
    <message>
        <source>letter %1 already has a receipt on %2</source>
        <translation>brief %1 heeft al een ontvangst op %2</translation>
    </message>
    <message>
        <source>letter %1 already has a return (%2)</source>
        <translation>brief %1 is al teruggekomen (%2)</translation>
    </message>
    <message>
        <source>receipt on %1 must lie between the posting on %2 and today %3</source>
        <translation>de ontvangst op %1 moet liggen tussen de afgifte ter post op %2 en vandaag %3</translation>
    </message>
    <message>
        <source>return reason &apos;%1&apos; is not one of %2</source>
        <translation>reden van terugzending &apos;%1&apos; is niet een van %2</translation>
    </message>
    <message>
        <source>letter %1 already has a receipt or a return</source>
        <translation>brief %1 heeft al een ontvangst of een terugzending</translation>
    </message>
    <message>
        <source>return on %1 must lie between the posting on %2 and today %3</source>
        <translation>de terugzending op %1 moet liggen tussen de afgifte ter post op %2 en vandaag %3</translation>
    </message>
    <message>
        <source>template %1 is for %2 dossiers, %3 is a %4 dossier</source>
        <translation>sjabloon %1 is voor dossiers van het type %2, %3 is een dossier van het type %4</translation>
    </message>
    <message>
        <source>%1 is a reminder after the payment term; the payment of %2 is %3</source>
        <translation>%1 is een herinnering na de betalingstermijn; de betaling van %2 is %3</translation>
    </message>
    <message>
        <source>not applicable</source>
        <translation>niet van toepassing</translation>
    </message>
    <message>
        <source>%1 comes from the dossier or the letterhead and cannot be set</source>
        <translation>%1 komt uit het dossier of het briefhoofd en kan niet worden ingesteld</translation>
    </message>
</context>
<context>
    <name>LetterSettings</name>
    <message>
        <source>unknown letter setting &apos;%1&apos;; known: %2</source>
        <translation>onbekende instelling voor brieven &apos;%1&apos;; bekend: %2</translation>
    </message>
</context>
<context>
    <name>MeasureClock</name>
    <message>
        <source>ban from</source>
        <translation>verbod vanaf</translation>
    </message>
    <message>
        <source>renewal %1 (decided %2) runs on from the day after: %3</source>
        <translation>verlenging %1 (beslist op %2) loopt door vanaf de dag erna: %3</translation>
    </message>
    <message>
        <source>%1 renewals recorded (the last on %2); %3 allows at most %4</source>
        <translation>%1 verlengingen geregistreerd (de laatste op %2); %3 staat er hoogstens %4 toe</translation>
    </message>
    <message>
        <source>ban starting on %1</source>
        <translation>verbod met ingang van %1</translation>
    </message>
    <message>
        <source>renewal decided on %1</source>
        <translation>verlenging beslist op %1</translation>
    </message>
    <message>
        <source>closure from</source>
        <translation>sluiting vanaf</translation>
    </message>
    <message>
        <source>closure starting on %1</source>
        <translation>sluiting met ingang van %1</translation>
    </message>
    <message>
        <source>%1 for %2 (events[%3]) exceeds the maximum of %4 (%5)</source>
        <translation>%1 voor %2 (events[%3]) overschrijdt het maximum van %4 (%5)</translation>
    </message>
</context>
<context>
    <name>MeasureService</name>
    <message>
        <source>order valid until</source>
        <translation>bevel geldig tot</translation>
    </message>
    <message>
        <source>decision date is required</source>
        <translation>de datum van de beslissing is verplicht</translation>
    </message>
    <message>
        <source>decision on %1 is after today %2</source>
        <translation>beslissing op %1 ligt na vandaag %2</translation>
    </message>
    <message>
        <source>start on %1 is before the decision on %2</source>
        <translation>begin op %1 ligt vóór de beslissing op %2</translation>
    </message>
    <message>
        <source>months must be 1 or more</source>
        <translation>het aantal maanden moet 1 of meer zijn</translation>
    </message>
    <message>
        <source>hearing on %1 is after the decision on %2</source>
        <translation>hoorzitting op %1 ligt na de beslissing op %2</translation>
    </message>
    <message>
        <source>a place ban needs a perimeter</source>
        <translation>een plaatsverbod vereist een perimeter</translation>
    </message>
    <message>
        <source>a place ban decided on %1 needs a hearing before the decision, or the reason for urgency</source>
        <translation>een plaatsverbod beslist op %1 vereist een hoorzitting vóór de beslissing, of de reden van hoogdringendheid</translation>
    </message>
    <message>
        <source>a closure needs its months</source>
        <translation>een sluiting vereist het aantal maanden</translation>
    </message>
    <message>
        <source>a closure for human trafficking decided on %1 needs the prior consultation of the judicial authorities (got %2)</source>
        <translation>een sluiting wegens mensenhandel beslist op %1 vereist het voorafgaand overleg met de gerechtelijke overheden (ontvangen: %2)</translation>
    </message>
    <message>
        <source>college confirmation on %1 is before the decision on %2</source>
        <translation>bevestiging door het college op %1 ligt vóór de beslissing op %2</translation>
    </message>
    <message>
        <source>a hearing order needs its text</source>
        <translation>een bevel na hoorzitting vereist de tekst ervan</translation>
    </message>
    <message>
        <source>a hearing order needs the hearing date</source>
        <translation>een bevel na hoorzitting vereist de datum van de hoorzitting</translation>
    </message>
    <message>
        <source>a hearing order needs its validity (on or after the decision)</source>
        <translation>een bevel na hoorzitting vereist de geldigheidsdatum (op of na de beslissing)</translation>
    </message>
    <message>
        <source>kind must be one of: %1</source>
        <translation>het soort moet een van de volgende zijn: %1</translation>
    </message>
    <message>
        <source>a place ban names a person</source>
        <translation>een plaatsverbod vermeldt een persoon</translation>
    </message>
    <message>
        <source>a closure names the premises</source>
        <translation>een sluiting vermeldt het pand</translation>
    </message>
    <message>
        <source>a measure names a person or premises</source>
        <translation>een maatregel vermeldt een persoon of een pand</translation>
    </message>
    <message>
        <source>the college must confirm the closure at its next meeting</source>
        <translation>het college moet de sluiting op zijn eerstvolgende vergadering bevestigen</translation>
    </message>
    <message>
        <source>unknown event type &apos;%1&apos;; known: %2</source>
        <translation>onbekende stap &apos;%1&apos;; bekend: %2</translation>
    </message>
    <message>
        <source>date is required (YYYY-MM-DD)</source>
        <translation>de datum is verplicht (JJJJ-MM-DD)</translation>
    </message>
    <message>
        <source>%1 applies only to a %2, not to a %3</source>
        <translation>%1 geldt alleen voor een %2, niet voor een %3</translation>
    </message>
    <message>
        <source>%1 is not allowed in state %2</source>
        <translation>%1 is niet toegestaan in de toestand %2</translation>
    </message>
    <message>
        <source>%1 on %2 is after today %3</source>
        <translation>%1 op %2 ligt na vandaag %3</translation>
    </message>
    <message>
        <source>%1 on %2 is before the decision on %3</source>
        <translation>%1 op %2 ligt vóór de beslissing op %3</translation>
    </message>
    <message>
        <source>renewal decided on %1, after the ban ended on %2: decide a new ban instead</source>
        <translation>verlenging beslist op %1, na het einde van het verbod op %2: beslis in de plaats daarvan een nieuw verbod</translation>
    </message>
</context>
<context>
    <name>MeetingRepository</name>
    <message>
        <source>there is no meeting %1</source>
        <translation>er is geen overleg %1</translation>
    </message>
    <message>
        <source>there is no action point %1</source>
        <translation>er is geen actiepunt %1</translation>
    </message>
    <message>
        <source>there is no organisation &apos;%1&apos; in the register</source>
        <translation>er is geen organisatie &apos;%1&apos; in het register</translation>
    </message>
    <message>
        <source>&apos;%1&apos; names more than one organisation: %2; give the id</source>
        <translation>&apos;%1&apos; past bij meer dan één organisatie: %2; geef de id op</translation>
    </message>
</context>
<context>
    <name>MeetingService</name>
    <message>
        <source>&apos;%1&apos; is not a known meeting type (%2)</source>
        <translation>&apos;%1&apos; is geen gekend soort overleg (%2)</translation>
    </message>
    <message>
        <source>the meeting date is missing or not a date</source>
        <translation>de datum van het overleg ontbreekt of is geen datum</translation>
    </message>
    <message>
        <source>the meeting date %1 lies in the future: record the meeting once it has taken place</source>
        <translation>de datum van het overleg %1 ligt in de toekomst: registreer het overleg zodra het heeft plaatsgevonden</translation>
    </message>
    <message>
        <source>an agenda item is empty: type its subject or remove it</source>
        <translation>een agendapunt is leeg: typ het onderwerp of verwijder het</translation>
    </message>
    <message>
        <source>an attendee needs an organisation of the register or a role (for example &apos;uitbaters&apos;)</source>
        <translation>een aanwezige heeft een organisatie uit het register of een hoedanigheid nodig (bijvoorbeeld &apos;uitbaters&apos;)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is already listed among the attendees</source>
        <translation>&apos;%1&apos; staat al bij de aanwezigen</translation>
    </message>
    <message>
        <source>organisation %1 is not in the register: choose an existing organisation or name the attendee by role</source>
        <translation>organisatie %1 staat niet in het register: kies een bestaande organisatie of vermeld de aanwezige volgens hoedanigheid</translation>
    </message>
    <message>
        <source>%1 is listed twice among the attendees</source>
        <translation>%1 staat twee keer bij de aanwezigen</translation>
    </message>
    <message>
        <source>an action point has no description: say what is to be done</source>
        <translation>een actiepunt heeft geen omschrijving: zeg wat er moet gebeuren</translation>
    </message>
    <message>
        <source>action point &apos;%1&apos; has no owner: choose an organisation or name a role</source>
        <translation>actiepunt &apos;%1&apos; heeft geen verantwoordelijke: kies een organisatie of vermeld een hoedanigheid</translation>
    </message>
    <message>
        <source>the owner of action point &apos;%1&apos; (%2) is not in the register</source>
        <translation>de verantwoordelijke van actiepunt &apos;%1&apos; (%2) staat niet in het register</translation>
    </message>
    <message>
        <source>action point &apos;%1&apos; has no due date</source>
        <translation>actiepunt &apos;%1&apos; heeft geen uiterste datum</translation>
    </message>
    <message>
        <source>action point &apos;%1&apos; is due on %2, before the meeting of %3</source>
        <translation>actiepunt &apos;%1&apos; vervalt op %2, vóór het overleg van %3</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a status of an action point (%2)</source>
        <translation>&apos;%1&apos; is geen status van een actiepunt (%2)</translation>
    </message>
    <message>
        <source>action point &apos;%1&apos; is done but has no date it was done</source>
        <translation>actiepunt &apos;%1&apos; is afgerond maar heeft geen datum van afronding</translation>
    </message>
    <message>
        <source>action point &apos;%1&apos; cannot be done on %2, which lies in the future</source>
        <translation>actiepunt &apos;%1&apos; kan niet afgerond zijn op %2, dat in de toekomst ligt</translation>
    </message>
    <message>
        <source>action point &apos;%1&apos; cannot be done on %2, before the meeting of %3</source>
        <translation>actiepunt &apos;%1&apos; kan niet afgerond zijn op %2, vóór het overleg van %3</translation>
    </message>
    <message>
        <source>name the organisation that attended</source>
        <translation>vermeld de organisatie die aanwezig was</translation>
    </message>
    <message>
        <source>action point &apos;%1&apos; is already done</source>
        <translation>actiepunt &apos;%1&apos; is al afgerond</translation>
    </message>
    <message>
        <source>action point &apos;%1&apos; was cancelled</source>
        <translation>actiepunt &apos;%1&apos; werd geannuleerd</translation>
    </message>
    <message>
        <source>there is no meeting %1</source>
        <translation>er is geen overleg %1</translation>
    </message>
    <message>
        <source>meeting %1 is already deleted</source>
        <translation>overleg %1 is al verwijderd</translation>
    </message>
    <message>
        <source>meeting %1 is not deleted: there is nothing to restore</source>
        <translation>overleg %1 is niet verwijderd: er valt niets terug te zetten</translation>
    </message>
</context>
<context>
    <name>OffenceCatalogue</name>
    <message>
        <source>code is empty</source>
        <translation>de code is leeg</translation>
    </message>
    <message>
        <source>offender role must be sex-worker, client, operator or other</source>
        <translation>de rol van de overtreder moet sekswerker, klant, uitbater of andere zijn (sex-worker, client, operator, other)</translation>
    </message>
    <message>
        <source>offence %1 exists</source>
        <translation>inbreuk %1 bestaat al</translation>
    </message>
</context>
<context>
    <name>PeopleService</name>
    <message>
        <source>family name is empty</source>
        <translation>de familienaam is leeg</translation>
    </message>
    <message>
        <source>birth date %1 differs from %2 in the number</source>
        <translation>de geboortedatum %1 verschilt van %2 in het nummer</translation>
    </message>
    <message>
        <source>legal name is empty</source>
        <translation>de juridische naam is leeg</translation>
    </message>
    <message>
        <source>number already registered for person %1</source>
        <translation>het nummer is al geregistreerd voor persoon %1</translation>
    </message>
</context>
<context>
    <name>Planner</name>
    <message>
        <source>%1 is not a year</source>
        <translation>%1 is geen jaartal</translation>
    </message>
</context>
<context>
    <name>PremisesService</name>
    <message>
        <source>house number is empty</source>
        <translation>het huisnummer is leeg</translation>
    </message>
    <message>
        <source>%1 windows: a premises has 1 to 200 windows</source>
        <translation>%1 ramen: een pand heeft 1 tot 200 ramen</translation>
    </message>
    <message>
        <source>begin date missing</source>
        <translation>begindatum ontbreekt</translation>
    </message>
    <message>
        <source>role ends before it begins</source>
        <translation>de rol eindigt voordat ze begint</translation>
    </message>
    <message>
        <source>premises already has a main holder (%1) from %2</source>
        <translation>het pand heeft al een hoofdhouder (%1) vanaf %2</translation>
    </message>
    <message>
        <source>end date missing</source>
        <translation>einddatum ontbreekt</translation>
    </message>
</context>
<context>
    <name>ProcedureText</name>
    <message>
        <source>Registered</source>
        <translation>Geregistreerd</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Opgestart</translation>
    </message>
    <message>
        <source>Defence open</source>
        <translation>Verweer loopt</translation>
    </message>
    <message>
        <source>Hearing planned</source>
        <translation>Hoorzitting gepland</translation>
    </message>
    <message>
        <source>Heard</source>
        <translation>Gehoord</translation>
    </message>
    <message>
        <source>Decided</source>
        <translation>Beslist</translation>
    </message>
    <message>
        <source>Appealed</source>
        <translation>In beroep</translation>
    </message>
    <message>
        <source>Judged</source>
        <translation>Gevonnist</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Betaald</translation>
    </message>
    <message>
        <source>In collection</source>
        <translation>In invordering</translation>
    </message>
    <message>
        <source>Closed without fine</source>
        <translation>Afgesloten zonder boete</translation>
    </message>
    <message>
        <source>Lapsed</source>
        <translation>Verjaard</translation>
    </message>
    <message>
        <source>Finding transmitted</source>
        <translation>Vaststelling overgemaakt</translation>
    </message>
    <message>
        <source>Start letter notified</source>
        <translation>Aanvangsbrief ter kennis gebracht</translation>
    </message>
    <message>
        <source>End of defence term</source>
        <translation>Einde verweertermijn</translation>
    </message>
    <message>
        <source>Earliest decision</source>
        <translation>Vroegste beslissing</translation>
    </message>
    <message>
        <source>Limitation</source>
        <translation>Verjaring</translation>
    </message>
    <message>
        <source>Decision notified</source>
        <translation>Beslissing ter kennis gebracht</translation>
    </message>
    <message>
        <source>Payment due</source>
        <translation>Betaaltermijn</translation>
    </message>
    <message>
        <source>End of appeal term</source>
        <translation>Einde beroepstermijn</translation>
    </message>
    <message>
        <source>Hearing</source>
        <translation>Hoorzitting</translation>
    </message>
    <message>
        <source>End of collection</source>
        <translation>Einde invordering</translation>
    </message>
    <message>
        <source>End of place ban</source>
        <translation>Einde plaatsverbod</translation>
    </message>
    <message>
        <source>End of closure</source>
        <translation>Einde sluiting</translation>
    </message>
    <message>
        <source>End of order</source>
        <translation>Einde bevel</translation>
    </message>
    <message>
        <source>Start letter posted</source>
        <translation>Aanvangsbrief verstuurd</translation>
    </message>
    <message>
        <source>Start letter received</source>
        <translation>Aanvangsbrief ontvangen</translation>
    </message>
    <message>
        <source>Defence received</source>
        <translation>Verweer ontvangen</translation>
    </message>
    <message>
        <source>Defence waived</source>
        <translation>Afstand van verweer</translation>
    </message>
    <message>
        <source>Hearing requested</source>
        <translation>Hoorzitting gevraagd</translation>
    </message>
    <message>
        <source>Hearing held</source>
        <translation>Hoorzitting gehouden</translation>
    </message>
    <message>
        <source>Mediation offered</source>
        <translation>Bemiddeling aangeboden</translation>
    </message>
    <message>
        <source>Community service offered</source>
        <translation>Gemeenschapsdienst aangeboden</translation>
    </message>
    <message>
        <source>Decision posted</source>
        <translation>Beslissing verstuurd</translation>
    </message>
    <message>
        <source>Decision received</source>
        <translation>Beslissing ontvangen</translation>
    </message>
    <message>
        <source>Appeal lodged</source>
        <translation>Beroep ingesteld</translation>
    </message>
    <message>
        <source>Judgment</source>
        <translation>Vonnis</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Betaling</translation>
    </message>
    <message>
        <source>Collection started</source>
        <translation>Invordering gestart</translation>
    </message>
    <message>
        <source>Renewed</source>
        <translation>Verlengd</translation>
    </message>
    <message>
        <source>Judicial authorities consulted</source>
        <translation>Gerechtelijke overheden geraadpleegd</translation>
    </message>
    <message>
        <source>Confirmed by the college</source>
        <translation>Bevestigd door het college</translation>
    </message>
    <message>
        <source>Lifted</source>
        <translation>Opgeheven</translation>
    </message>
    <message>
        <source>Breach</source>
        <translation>Overtreding</translation>
    </message>
    <message>
        <source>GAS fine</source>
        <translation>GAS-boete</translation>
    </message>
    <message>
        <source>Place ban</source>
        <translation>Plaatsverbod</translation>
    </message>
    <message>
        <source>Closure (trafficking)</source>
        <translation>Sluiting (mensenhandel)</translation>
    </message>
    <message>
        <source>Closure (public order)</source>
        <translation>Sluiting (openbare orde)</translation>
    </message>
    <message>
        <source>Order after hearing</source>
        <translation>Bevel na hoorzitting</translation>
    </message>
    <message>
        <source>Certificate sanction</source>
        <translation>Sanctie op attest</translation>
    </message>
    <message>
        <source>In force</source>
        <translation>Van kracht</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>Gepland</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Verlopen</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Beëindigd</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Te laat</translation>
    </message>
    <message>
        <source>Due soon</source>
        <translation>Binnenkort</translation>
    </message>
    <message>
        <source>Limitation near</source>
        <translation>Verjaring nadert</translation>
    </message>
    <message>
        <source>Hearing this week</source>
        <translation>Hoorzitting deze week</translation>
    </message>
    <message>
        <source>Measure ends</source>
        <translation>Maatregel eindigt</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Stad</translation>
    </message>
    <message>
        <source>Citizen</source>
        <translation>Burger</translation>
    </message>
    <message>
        <source>fine</source>
        <translation>boete</translation>
    </message>
    <message>
        <source>no fine</source>
        <translation>geen boete</translation>
    </message>
    <message>
        <source>mediation</source>
        <translation>bemiddeling</translation>
    </message>
    <message>
        <source>community service</source>
        <translation>gemeenschapsdienst</translation>
    </message>
    <message>
        <source>confirmed</source>
        <translation>bevestigd</translation>
    </message>
    <message>
        <source>reduced</source>
        <translation>verminderd</translation>
    </message>
    <message>
        <source>annulled</source>
        <translation>vernietigd</translation>
    </message>
    <message>
        <source>End of Council of State appeal term</source>
        <translation>Einde termijn beroep bij de Raad van State</translation>
    </message>
    <message>
        <source>Sanction starts</source>
        <translation>Sanctie gaat in</translation>
    </message>
    <message>
        <source>Sanction ends</source>
        <translation>Sanctie eindigt</translation>
    </message>
    <message>
        <source>Findings, no warning yet</source>
        <translation>Vaststellingen, nog geen waarschuwing</translation>
    </message>
    <message>
        <source>Warned</source>
        <translation>Gewaarschuwd</translation>
    </message>
    <message>
        <source>Sanction track open</source>
        <translation>Sanctieprocedure geopend</translation>
    </message>
    <message>
        <source>Invited to a hearing</source>
        <translation>Uitgenodigd voor een hoorzitting</translation>
    </message>
    <message>
        <source>Under appeal</source>
        <translation>In beroep</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Afgesloten</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Regie cannot start</source>
        <translation>Regie kan niet starten</translation>
    </message>
</context>
<context>
    <name>RecordWords</name>
    <message>
        <source>Person</source>
        <translation>Persoon</translation>
    </message>
    <message>
        <source>Premises</source>
        <translation>Pand</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>Raam</translation>
    </message>
    <message>
        <source>Holder of premises</source>
        <translation>Houder van het pand</translation>
    </message>
    <message>
        <source>GAS dossier</source>
        <translation>GAS-dossier</translation>
    </message>
    <message>
        <source>GAS dossier step</source>
        <translation>Stap in het GAS-dossier</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Betaling</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Maatregel</translation>
    </message>
    <message>
        <source>Holder sanction</source>
        <translation>Sanctie tegen de houder</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Attest</translation>
    </message>
    <message>
        <source>Certificate condition</source>
        <translation>Voorwaarde bij het attest</translation>
    </message>
    <message>
        <source>Certificate event</source>
        <translation>Gebeurtenis bij het attest</translation>
    </message>
    <message>
        <source>Certificate document</source>
        <translation>Document bij het attest</translation>
    </message>
    <message>
        <source>Certificate check</source>
        <translation>Controle bij het attest</translation>
    </message>
    <message>
        <source>Inspection</source>
        <translation>Inspectie</translation>
    </message>
    <message>
        <source>Inspection answer</source>
        <translation>Antwoord bij de inspectie</translation>
    </message>
    <message>
        <source>Inspection amendment</source>
        <translation>Wijziging van de inspectie</translation>
    </message>
    <message>
        <source>Inspection photo</source>
        <translation>Foto bij de inspectie</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Vaststelling</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Brief</translation>
    </message>
    <message>
        <source>Action plan</source>
        <translation>Actieplan</translation>
    </message>
    <message>
        <source>Policy line</source>
        <translation>Beleidslijn</translation>
    </message>
    <message>
        <source>Objective</source>
        <translation>Doelstelling</translation>
    </message>
    <message>
        <source>Fiche</source>
        <translation>Fiche</translation>
    </message>
    <message>
        <source>Fiche action</source>
        <translation>Actie van de fiche</translation>
    </message>
    <message>
        <source>Fiche indicator</source>
        <translation>Indicator van de fiche</translation>
    </message>
    <message>
        <source>Fiche partner</source>
        <translation>Partner van de fiche</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisatie</translation>
    </message>
    <message>
        <source>Offence</source>
        <translation>Inbreuk</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Vergadering</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>Checklist</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Bestand</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Verwijderd</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notities</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>Straat</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <source>Box</source>
        <translation>Bus</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>Postcode</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Gemeente</translation>
    </message>
    <message>
        <source>Cadastral parcel</source>
        <translation>Kadastraal perceel</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Familienaam</translation>
    </message>
    <message>
        <source>Given names</source>
        <translation>Voornamen</translation>
    </message>
    <message>
        <source>Legal name</source>
        <translation>Naam van de rechtspersoon</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adres</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Geboortedatum</translation>
    </message>
    <message>
        <source>National register number</source>
        <translation>Rijksregisternummer</translation>
    </message>
    <message>
        <source>Floor</source>
        <translation>Verdieping</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Toestand</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschrijving</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Tekst</translation>
    </message>
    <message>
        <source>Remark</source>
        <translation>Opmerking</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultaat</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Uitkomst</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Plaats</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Referentie</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Bedrag</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Uiterste datum</translation>
    </message>
    <message>
        <source>Begins</source>
        <translation>Begint</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>Eindigt</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>Begindatum</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>Einddatum</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Geldig tot</translation>
    </message>
    <message>
        <source>Application date</source>
        <translation>Datum van de aanvraag</translation>
    </message>
    <message>
        <source>Met on</source>
        <translation>Vervuld op</translation>
    </message>
    <message>
        <source>Inspection date</source>
        <translation>Datum van de inspectie</translation>
    </message>
    <message>
        <source>Inspector</source>
        <translation>Inspecteur</translation>
    </message>
    <message>
        <source>Checklist item</source>
        <translation>Punt van de checklist</translation>
    </message>
    <message>
        <source>Date of the facts</source>
        <translation>Datum van de feiten</translation>
    </message>
    <message>
        <source>Hearing date</source>
        <translation>Datum van de hoorzitting</translation>
    </message>
    <message>
        <source>Decision date</source>
        <translation>Datum van de beslissing</translation>
    </message>
    <message>
        <source>Intended fine</source>
        <translation>Voorgenomen boete</translation>
    </message>
    <message>
        <source>Fine decided</source>
        <translation>Opgelegde boete</translation>
    </message>
    <message>
        <source>Amount paid</source>
        <translation>Betaald bedrag</translation>
    </message>
    <message>
        <source>Meeting date</source>
        <translation>Datum van de vergadering</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Meeting attendee</source>
        <translation>Aanwezige op overleg</translation>
    </message>
    <message>
        <source>Agenda item</source>
        <translation>Agendapunt</translation>
    </message>
    <message>
        <source>Action point</source>
        <translation>Actiepunt</translation>
    </message>
    <message>
        <source>Measure step</source>
        <translation>Stap van maatregel</translation>
    </message>
    <message>
        <source>Holder sanction step</source>
        <translation>Stap van sanctie tegen houder</translation>
    </message>
    <message>
        <source>Window register line</source>
        <translation>Lijn van het raamregister</translation>
    </message>
    <message>
        <source>Policy note</source>
        <translation>Beleidsnota</translation>
    </message>
    <message>
        <source>Branch count</source>
        <translation>Telling van vestigingen</translation>
    </message>
    <message>
        <source>Partner figure</source>
        <translation>Cijfer van partner</translation>
    </message>
    <message>
        <source>Reporting round</source>
        <translation>Rapporteringsronde</translation>
    </message>
    <message>
        <source>Rule set</source>
        <translation>Regelset</translation>
    </message>
</context>
<context>
    <name>RegisterFindingText</name>
    <message>
        <source>no entry in the register for %1 at window %2 on %3</source>
        <translation>geen lijn in het register voor %1 aan raam %2 op %3</translation>
    </message>
    <message>
        <source>%1 is in the register for window %2 but not registered</source>
        <translation>%1 staat in het register voor raam %2 maar is niet geregistreerd</translation>
    </message>
    <message>
        <source>the registration of %1 at window %2 was not validated by the police</source>
        <translation>de registratie van %1 aan raam %2 is niet door de politie gevalideerd</translation>
    </message>
    <message>
        <source>worker not pre-registered: %1</source>
        <translation>sekswerker niet vooraf geregistreerd: %1</translation>
    </message>
</context>
<context>
    <name>RegisteredPost</name>
    <message>
        <source>tracking number &apos;%1&apos; must be 8 to 30 letters and digits (spaces and dashes are ignored), e.g. RR123456785BE</source>
        <translation>het zendingsnummer &apos;%1&apos; moet uit 8 tot 30 letters en cijfers bestaan (spaties en streepjes worden genegeerd), bv. RR123456785BE</translation>
    </message>
    <message>
        <source>tracking number %1 is not in the UPU S10 form (e.g. RR123456785BE); stored as given</source>
        <translation>het zendingsnummer %1 heeft niet de UPU S10-vorm (bv. RR123456785BE); bewaard zoals ingegeven</translation>
    </message>
    <message>
        <source>tracking number %1: check digit %2 does not match the serial number (expected %3); check for a typing error</source>
        <translation>zendingsnummer %1: controlecijfer %2 past niet bij het volgnummer (verwacht: %3); controleer op een tikfout</translation>
    </message>
    <message>
        <source>notified %1: receipt recorded on %1 (posted %2)</source>
        <translation>ontvangen op %1: ontvangst geregistreerd op %1 (ter post afgegeven op %2)</translation>
    </message>
    <message>
        <source>the letter came back (%1), the presumption stands</source>
        <translation>de brief kwam terug (%1), het vermoeden van ontvangst blijft gelden</translation>
    </message>
</context>
<context>
    <name>ReportCharts</name>
    <message>
        <source>nothing recorded in this period</source>
        <translation>niets geregistreerd in deze periode</translation>
    </message>
</context>
<context>
    <name>RoundReport</name>
    <message>
        <source>to be entered by the partner</source>
        <translation>in te vullen door de partner</translation>
    </message>
    <message>
        <source>no registration file yet</source>
        <translation>nog geen registratiebestand</translation>
    </message>
    <message>
        <source>not counted yet</source>
        <translation>nog niet geteld</translation>
    </message>
    <message>
        <source>Regie</source>
        <translation>Regie</translation>
    </message>
    <message>
        <source>partner</source>
        <translation>partner</translation>
    </message>
    <message>
        <source>registration file</source>
        <translation>registratiebestand</translation>
    </message>
    <message>
        <source>City of Antwerp - prostitution policy office</source>
        <translation>Stad Antwerpen - dienst prostitutiebeleid</translation>
    </message>
    <message>
        <source>Progress report %1</source>
        <translation>Voortgangsrapport %1</translation>
    </message>
    <message>
        <source>Reporting period %1 to %2</source>
        <translation>Rapporteringsperiode %1 tot %2</translation>
    </message>
    <message>
        <source>Figures frozen on %1 by %2.</source>
        <translation>Cijfers vastgelegd op %1 door %2.</translation>
    </message>
    <message>
        <source>Provisional figures: this round is not frozen yet (printed on %1).</source>
        <translation>Voorlopige cijfers: deze ronde is nog niet vastgelegd (afgedrukt op %1).</translation>
    </message>
    <message>
        <source>Compared with the previous round %1 (%2 to %3).</source>
        <translation>Vergeleken met de vorige ronde %1 (%2 tot %3).</translation>
    </message>
    <message>
        <source>There is no earlier frozen round to compare with.</source>
        <translation>Er is geen eerdere vastgelegde ronde om mee te vergelijken.</translation>
    </message>
    <message>
        <source>For the planning group prostitution policy (action 3.4). Figures counted by Regie come from the city&apos;s own registers; partners&apos; figures and registration files name their source and date.</source>
        <translation>Voor de plangroep prostitutiebeleid (actie 3.4). Cijfers die Regie telt, komen uit de eigen registers van de stad; cijfers van partners en registratiebestanden vermelden hun bron en datum.</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Samenvatting</translation>
    </message>
    <message>
        <source>%1 of the plan&apos;s %2 indicators have a value for this period; %3 wait for a partner&apos;s figure or registration file.</source>
        <translation>%1 van de %2 indicatoren van het plan hebben een waarde voor deze periode; %3 wachten op een cijfer van een partner of een registratiebestand.</translation>
    </message>
    <message>
        <source>Enforcement and certificates</source>
        <translation>Handhaving en geschiktheidsverklaringen</translation>
    </message>
    <message>
        <source>GAS fines by offender role</source>
        <translation>GAS-boetes naar rol van de overtreder</translation>
    </message>
    <message>
        <source>sex workers</source>
        <translation>sekswerkers</translation>
    </message>
    <message>
        <source>clients</source>
        <translation>klanten</translation>
    </message>
    <message>
        <source>Mayor&apos;s measures by kind</source>
        <translation>Maatregelen van de burgemeester per soort</translation>
    </message>
    <message>
        <source>place bans</source>
        <translation>plaatsverboden</translation>
    </message>
    <message>
        <source>closures (trafficking)</source>
        <translation>sluitingen (mensenhandel)</translation>
    </message>
    <message>
        <source>closures (public order)</source>
        <translation>sluitingen (openbare orde)</translation>
    </message>
    <message>
        <source>orders after a hearing</source>
        <translation>bevelen na hoorzitting</translation>
    </message>
    <message>
        <source>previous</source>
        <translation>vorige</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Verschil</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Bron</translation>
    </message>
    <message>
        <source>Fiche %1 - %2</source>
        <translation>Fiche %1 - %2</translation>
    </message>
    <message>
        <source>Carried out by %1</source>
        <translation>Uitgevoerd door %1</translation>
    </message>
    <message>
        <source>Planned actions</source>
        <translation>Voorziene acties</translation>
    </message>
    <message>
        <source>planned</source>
        <translation>gepland</translation>
    </message>
    <message>
        <source>running</source>
        <translation>lopend</translation>
    </message>
    <message>
        <source>done</source>
        <translation>uitgevoerd</translation>
    </message>
    <message>
        <source>dropped</source>
        <translation>geschrapt</translation>
    </message>
    <message>
        <source>Measurement results</source>
        <translation>Meetresultaten</translation>
    </message>
    <message>
        <source>Fiche %1</source>
        <translation>Fiche %1</translation>
    </message>
    <message>
        <source>Policy line %1: %2</source>
        <translation>Krachtlijn %1: %2</translation>
    </message>
    <message>
        <source>Printed on %1 by Regie.</source>
        <translation>Afgedrukt op %1 door Regie.</translation>
    </message>
    <message>
        <source>%1 - progress report %2</source>
        <translation>%1 - voortgangsrapport %2</translation>
    </message>
</context>
<context>
    <name>RuleBook</name>
    <message>
        <source>two rule sets for %1 from %2: %3 and %4</source>
        <translation>twee regelsets voor %1 vanaf %2: %3 en %4</translation>
    </message>
    <message>
        <source>no %1 rule set valid on %2</source>
        <translation>geen regelset voor %1 geldig op %2</translation>
    </message>
    <message>
        <source>no %1 rule set</source>
        <translation>geen regelset voor %1</translation>
    </message>
</context>
<context>
    <name>RuleSet</name>
    <message>
        <source>rule value must be an object</source>
        <translation>een regelwaarde moet een object zijn</translation>
    </message>
    <message>
        <source>value must be a number or a bool</source>
        <translation>de waarde moet een getal of een booleaanse waarde zijn</translation>
    </message>
    <message>
        <source>unit is required</source>
        <translation>de eenheid is verplicht</translation>
    </message>
    <message>
        <source>every rule value needs its legal basis</source>
        <translation>elke regelwaarde vereist haar rechtsgrond</translation>
    </message>
    <message>
        <source>rule value missing or not %1</source>
        <translation>regelwaarde ontbreekt of is geen %1</translation>
    </message>
    <message>
        <source>rule set name is required</source>
        <translation>de naam van de regelset is verplicht</translation>
    </message>
    <message>
        <source>unknown procedure</source>
        <translation>onbekende procedure</translation>
    </message>
    <message>
        <source>expected YYYY-MM-DD</source>
        <translation>verwacht: JJJJ-MM-DD</translation>
    </message>
    <message>
        <source>rules must be an object</source>
        <translation>de regels moeten een object zijn</translation>
    </message>
</context>
<context>
    <name>RuleStore</name>
    <message>
        <source>not a JSON object (%1 at offset %2)</source>
        <translation>geen JSON-object (%1 op positie %2)</translation>
    </message>
    <message>
        <source>%1 starts on %2, not after %3 (%4), the newest set of %5</source>
        <translation>%1 begint op %2, niet na %3 (%4), de nieuwste regelset voor %5</translation>
    </message>
    <message>
        <source>%1 starts more than five years from now</source>
        <translation>%1 begint meer dan vijf jaar na vandaag</translation>
    </message>
</context>
<context>
    <name>SyncErrorText</name>
    <message>
        <source>Refused: the bundle is signed by an installation that is not on the trust list. Add that installation&apos;s public key first, after comparing its fingerprint by phone.</source>
        <translation>Geweigerd: de bundel is ondertekend door een installatie die niet op de vertrouwenslijst staat. Voeg eerst de publieke sleutel van die installatie toe, nadat u de vingerafdruk telefonisch hebt vergeleken.</translation>
    </message>
    <message>
        <source>Refused: the bundle is signed by a peer whose key has been revoked. Nothing from a revoked key is imported.</source>
        <translation>Geweigerd: de bundel is ondertekend door een partner wiens sleutel ingetrokken is. Niets van een ingetrokken sleutel wordt geïmporteerd.</translation>
    </message>
    <message>
        <source>Refused: the signature does not match the contents. The file was changed or damaged after it was signed; ask the sender for a new bundle.</source>
        <translation>Geweigerd: de handtekening klopt niet met de inhoud. Het bestand werd na de ondertekening gewijzigd of beschadigd; vraag de afzender om een nieuwe bundel.</translation>
    </message>
    <message>
        <source>Refused: the file is incomplete (it was cut short while copying). Copy it again from the sender.</source>
        <translation>Geweigerd: het bestand is onvolledig (het werd bij het kopiëren afgebroken). Kopieer het opnieuw van de afzender.</translation>
    </message>
    <message>
        <source>Refused: this file is not a Regie bundle or receipt that this version can read.</source>
        <translation>Geweigerd: dit bestand is geen Regie-bundel of ontvangstbewijs dat deze versie kan lezen.</translation>
    </message>
    <message>
        <source>Refused: the bundle is addressed to another installation. Only the installations it was made for can open it.</source>
        <translation>Geweigerd: de bundel is voor een andere installatie bestemd. Alleen de installaties waarvoor hij gemaakt is, kunnen hem openen.</translation>
    </message>
    <message>
        <source>Refused: the bundle claims another sender than the key that signed it.</source>
        <translation>Geweigerd: de bundel vermeldt een andere afzender dan de sleutel die hem ondertekende.</translation>
    </message>
    <message>
        <source>Refused: the bundle was made by a newer version of Regie. Update Regie on this computer first, then import it again.</source>
        <translation>Geweigerd: de bundel werd door een nieuwere versie van Regie gemaakt. Werk Regie op deze computer eerst bij en importeer hem dan opnieuw.</translation>
    </message>
    <message>
        <source>Refused: this bundle was imported before. Importing it again would change nothing.</source>
        <translation>Geweigerd: deze bundel werd al eerder geïmporteerd. Opnieuw importeren zou niets veranderen.</translation>
    </message>
    <message>
        <source>The bundle still waits for an earlier bundle from the same peer.</source>
        <translation>De bundel wacht nog op een eerdere bundel van dezelfde partner.</translation>
    </message>
    <message>
        <source>Refused: the encrypted contents are damaged. Nothing was changed; ask the sender for a new bundle.</source>
        <translation>Geweigerd: de versleutelde inhoud is beschadigd. Er werd niets gewijzigd; vraag de afzender om een nieuwe bundel.</translation>
    </message>
    <message>
        <source>The passphrase is wrong: the keys of this installation could not be opened.</source>
        <translation>De wachtzin is fout: de sleutels van deze installatie konden niet geopend worden.</translation>
    </message>
    <message>
        <source>The passphrase is too short: use at least 8 characters.</source>
        <translation>De wachtzin is te kort: gebruik minstens 8 tekens.</translation>
    </message>
    <message>
        <source>This installation has no keys yet. Create them first.</source>
        <translation>Deze installatie heeft nog geen sleutels. Maak ze eerst aan.</translation>
    </message>
    <message>
        <source>This installation already has keys; its peers trust them, so they are not replaced.</source>
        <translation>Deze installatie heeft al sleutels; haar partners vertrouwen ze, dus ze worden niet vervangen.</translation>
    </message>
    <message>
        <source>This file is not a Regie public-key file, or it is damaged.</source>
        <translation>Dit bestand is geen publieke-sleutelbestand van Regie, of het is beschadigd.</translation>
    </message>
    <message>
        <source>The public-key file is damaged: its fingerprint does not match its keys.</source>
        <translation>Het publieke-sleutelbestand is beschadigd: de vingerafdruk klopt niet met de sleutels.</translation>
    </message>
    <message>
        <source>Give the peer a name of 1 to 40 letters, digits, spaces, &apos;.&apos; or &apos;-&apos;.</source>
        <translation>Geef de partner een naam van 1 tot 40 letters, cijfers, spaties, &apos;.&apos; of &apos;-&apos;.</translation>
    </message>
    <message>
        <source>This is the public key of this installation itself.</source>
        <translation>Dit is de publieke sleutel van deze installatie zelf.</translation>
    </message>
    <message>
        <source>Another peer already has this name. Choose another name.</source>
        <translation>Een andere partner heeft al deze naam. Kies een andere naam.</translation>
    </message>
    <message>
        <source>This installation is already on the trust list.</source>
        <translation>Deze installatie staat al op de vertrouwenslijst.</translation>
    </message>
    <message>
        <source>There is no peer with this name on the trust list.</source>
        <translation>Er staat geen partner met deze naam op de vertrouwenslijst.</translation>
    </message>
    <message>
        <source>This peer is revoked: no bundle is made for it.</source>
        <translation>Deze partner is ingetrokken: er wordt geen bundel voor gemaakt.</translation>
    </message>
    <message>
        <source>The chosen scope names a kind of record that does not exist.</source>
        <translation>De gekozen inhoud noemt een soort record die niet bestaat.</translation>
    </message>
    <message>
        <source>This conflict has already been resolved.</source>
        <translation>Dit conflict is al opgelost.</translation>
    </message>
    <message>
        <source>This conflict no longer exists.</source>
        <translation>Dit conflict bestaat niet meer.</translation>
    </message>
    <message>
        <source>Refused: the bundle is written in a bundle format that this version of Regie does not read (a newer version made it). Update Regie on this computer first, then import it again.</source>
        <translation>Geweigerd: de bundel is geschreven in een bundelformaat dat deze versie van Regie niet leest (een nieuwere versie heeft hem gemaakt). Werk Regie op deze computer eerst bij en importeer hem daarna opnieuw.</translation>
    </message>
</context>
<context>
    <name>TolerationZone</name>
    <message>
        <source>%1 lies outside the tolerated zone (%2)</source>
        <translation>%1 ligt buiten de gedoogzone (%2)</translation>
    </message>
</context>
<context>
    <name>WindowRegister</name>
    <message>
        <source>a pseudonymous reference has 4 to 40 letters, digits, &apos;-&apos; or &apos;_&apos;</source>
        <translation>een gepseudonimiseerde referentie bestaat uit 4 tot 40 letters, cijfers, &apos;-&apos; of &apos;_&apos;</translation>
    </message>
    <message>
        <source>this looks like a national register or BIS number: store only the pseudonymous reference of the police registration tool</source>
        <translation>dit lijkt op een rijksregister- of BIS-nummer: bewaar alleen de gepseudonimiseerde referentie uit de registratietool van de politie</translation>
    </message>
    <message>
        <source>the period needs a first and a last day</source>
        <translation>de periode vereist een eerste en een laatste dag</translation>
    </message>
    <message>
        <source>the period ends on %1, before it starts on %2</source>
        <translation>de periode eindigt op %1, voordat ze begint op %2</translation>
    </message>
    <message>
        <source>reference %1 is already registered for window %2 in %3</source>
        <translation>referentie %1 is al geregistreerd voor raam %2 in %3</translation>
    </message>
</context>
<context>
    <name>regie::ActionPlanPage</name>
    <message>
        <source>Search fiches and policy lines (Ctrl+F)</source>
        <translation>Fiches en krachtlijnen zoeken (Ctrl+F)</translation>
    </message>
    <message>
        <source>&amp;Save fiche</source>
        <translation>Fiche op&amp;slaan</translation>
    </message>
    <message>
        <source>Save the fiche&apos;s changes (Ctrl+S)</source>
        <translation>De wijzigingen aan de fiche opslaan (Ctrl+S)</translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation>Te&amp;rugdraaien</translation>
    </message>
    <message>
        <source>Drop the fiche&apos;s unsaved changes</source>
        <translation>De niet-opgeslagen wijzigingen aan de fiche verwerpen</translation>
    </message>
    <message>
        <source>Fiche %1 saved</source>
        <translation>Fiche %1 opgeslagen</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Niet-opgeslagen wijzigingen</translation>
    </message>
    <message>
        <source>Fiche %1 has changes that are not saved. Save them now?</source>
        <translation>Fiche %1 bevat wijzigingen die niet zijn opgeslagen. Wilt u ze nu opslaan?</translation>
    </message>
    <message>
        <source>Action plan</source>
        <translation>Actieplan</translation>
    </message>
    <message>
        <source>Plan period: earlier periods stay readable</source>
        <translation>Planperiode: vorige periodes blijven raadpleegbaar</translation>
    </message>
    <message>
        <source>Plan period</source>
        <translation>Planperiode</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Co&amp;mpare periods…</source>
        <translation>Periodes &amp;vergelijken…</translation>
    </message>
    <message>
        <source>Fiches added, dropped and changed between two plan periods</source>
        <translation>Fiches toegevoegd, geschrapt en gewijzigd tussen twee planperiodes</translation>
    </message>
</context>
<context>
    <name>regie::ActionPointEditor</name>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Afgerond</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Geannuleerd</translation>
    </message>
    <message>
        <source>Action point</source>
        <translation>Actiepunt</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Verantwoordelijke</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Uiterlijk</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Stand</translation>
    </message>
    <message>
        <source>&amp;New action point</source>
        <translation>&amp;Nieuw actiepunt</translation>
    </message>
    <message>
        <source>Remove action point</source>
        <translation>Actiepunt verwijderen</translation>
    </message>
    <message>
        <source>(no organisation: name a role)</source>
        <translation>(geen organisatie: vermeld een hoedanigheid)</translation>
    </message>
    <message>
        <source>for example: preventiecoördinator, uitbaters</source>
        <translation>bijvoorbeeld: preventiecoördinator, uitbaters</translation>
    </message>
    <message>
        <source>&amp;What:</source>
        <translation>Om&amp;schrijving:</translation>
    </message>
    <message>
        <source>Own&amp;er:</source>
        <translation>Verantwoorde&amp;lijke:</translation>
    </message>
    <message>
        <source>Owner&apos;s &amp;role:</source>
        <translation>&amp;Hoedanigheid verantwoordelijke:</translation>
    </message>
    <message>
        <source>D&amp;ue:</source>
        <translation>Tegen &amp;wanneer:</translation>
    </message>
    <message>
        <source>done on</source>
        <translation>afgerond op</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>Stat&amp;us:</translation>
    </message>
    <message numerus="yes">
        <source>Overdue (%n day(s))</source>
        <translation>
            <numerusform>Te laat (%n dag)</numerusform>
            <numerusform>Te laat (%n dagen)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>regie::BranchCountDialog</name>
    <message>
        <source>Branch inventory</source>
        <translation>Inventaris per branche</translation>
    </message>
    <message>
        <source>&amp;Branch</source>
        <translation>&amp;Branche</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;Van</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>&amp;Tot</translation>
    </message>
    <message>
        <source>e.g. Politie Antwerpen, prostitutieteam</source>
        <translation>bv. Politie Antwerpen, prostitutieteam</translation>
    </message>
    <message>
        <source>&amp;Source</source>
        <translation>B&amp;ron</translation>
    </message>
    <message>
        <source>Source &amp;date</source>
        <translation>&amp;Datum van de bron</translation>
    </message>
    <message>
        <source>Window prostitution</source>
        <translation>Raamprostitutie</translation>
    </message>
    <message>
        <source>Street prostitution</source>
        <translation>Straatprostitutie</translation>
    </message>
    <message>
        <source>Strip club, bar</source>
        <translation>Striptease- of barbedrijf</translation>
    </message>
    <message>
        <source>Escort</source>
        <translation>Escort</translation>
    </message>
    <message>
        <source>Private reception</source>
        <translation>Privé-ontvangst</translation>
    </message>
    <message>
        <source>Home reception</source>
        <translation>Thuisontvangst</translation>
    </message>
    <message>
        <source>Massage parlour</source>
        <translation>Massagesalon</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Andere</translation>
    </message>
    <message>
        <source>Establishments</source>
        <translation>Inrichtingen</translation>
    </message>
    <message>
        <source>Controls</source>
        <translation>Controles</translation>
    </message>
    <message>
        <source>Establishments checked</source>
        <translation>Gecontroleerde inrichtingen</translation>
    </message>
    <message>
        <source>Persons checked</source>
        <translation>Gecontroleerde personen</translation>
    </message>
    <message>
        <source>Police reports (PV)</source>
        <translation>Processen-verbaal (pv)</translation>
    </message>
    <message>
        <source>RIRs</source>
        <translation>RIR&apos;s</translation>
    </message>
    <message>
        <source>Information reports</source>
        <translation>Informatierapporten</translation>
    </message>
    <message>
        <source>Administrative arrests</source>
        <translation>Bestuurlijke aanhoudingen</translation>
    </message>
    <message>
        <source>Judicial arrests</source>
        <translation>Gerechtelijke aanhoudingen</translation>
    </message>
</context>
<context>
    <name>regie::CertificateLettersPanel</name>
    <message>
        <source>New letter…</source>
        <translation>Nieuwe brief…</translation>
    </message>
    <message>
        <source>Decision letter, renewal reminder or condition reminder, as PDF</source>
        <translation>Beslissingsbrief, herinnering hernieuwing of herinnering voorwaarden, als pdf</translation>
    </message>
    <message>
        <source>Save a cop&amp;y…</source>
        <translation>Kopie op&amp;slaan…</translation>
    </message>
    <message>
        <source>Save the stored PDF of the selected letter, exactly as it was made</source>
        <translation>De bewaarde pdf van de gekozen brief opslaan, precies zoals hij gemaakt werd</translation>
    </message>
    <message>
        <source>Save a copy of the letter</source>
        <translation>Een kopie van de brief opslaan</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Pdf-documenten (*.pdf)</translation>
    </message>
    <message>
        <source>Copy saved as %1.</source>
        <translation>Kopie opgeslagen als %1.</translation>
    </message>
    <message>
        <source>Letter stored with dossier %1.</source>
        <translation>Brief bewaard bij dossier %1.</translation>
    </message>
    <message>
        <source>✗ The copy could not be written to %1: %2</source>
        <translation>✗ De kopie kon niet naar %1 geschreven worden: %2</translation>
    </message>
</context>
<context>
    <name>regie::ConflictListModel</name>
    <message>
        <source>(empty)</source>
        <translation>(leeg)</translation>
    </message>
    <message numerus="yes">
        <source>(binary data, %n byte(s))</source>
        <translation>
            <numerusform>(binaire gegevens, %n byte)</numerusform>
            <numerusform>(binaire gegevens, %n bytes)</numerusform>
        </translation>
    </message>
    <message>
        <source>(deleted)</source>
        <translation>(verwijderd)</translation>
    </message>
    <message>
        <source>(present)</source>
        <translation>(aanwezig)</translation>
    </message>
    <message>
        <source>%1 at %2, %3</source>
        <translation>%1 op %2, %3</translation>
    </message>
    <message>
        <source>Record %1</source>
        <translation>Record %1</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Veld</translation>
    </message>
    <message>
        <source>Value here</source>
        <translation>Waarde hier</translation>
    </message>
    <message>
        <source>Edited here by</source>
        <translation>Hier gewijzigd door</translation>
    </message>
    <message>
        <source>Value from the peer</source>
        <translation>Waarde van de partner</translation>
    </message>
    <message>
        <source>Edited there by</source>
        <translation>Daar gewijzigd door</translation>
    </message>
    <message>
        <source>(deleted the record)</source>
        <translation>(heeft het record verwijderd)</translation>
    </message>
</context>
<context>
    <name>regie::ConflictsPage</name>
    <message>
        <source>No conflicts. When two installations edit the same field at the same time, both values appear here after the import.</source>
        <translation>Geen conflicten. Wanneer twee installaties tegelijk hetzelfde veld wijzigen, verschijnen beide waarden hier na de import.</translation>
    </message>
    <message>
        <source>Decide</source>
        <translation>Beslissen</translation>
    </message>
    <message>
        <source>&lt;b&gt;Another value&lt;/b&gt;</source>
        <translation>&lt;b&gt;Een andere waarde&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Keep the value &amp;here</source>
        <translation>Waarde van &amp;hier behouden</translation>
    </message>
    <message>
        <source>Keep the &amp;peer&apos;s value</source>
        <translation>Waarde van de &amp;partner behouden</translation>
    </message>
    <message>
        <source>&amp;Use this value</source>
        <translation>Deze waarde &amp;gebruiken</translation>
    </message>
    <message>
        <source>this installation</source>
        <translation>deze installatie</translation>
    </message>
    <message>
        <source>&lt;b&gt;Here&lt;/b&gt;: %1</source>
        <translation>&lt;b&gt;Hier&lt;/b&gt;: %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;At the peer&lt;/b&gt;: %1</source>
        <translation>&lt;b&gt;Bij de partner&lt;/b&gt;: %1</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Conflicten</translation>
    </message>
    <message>
        <source>The same field was edited here and at a peer before either had seen the other&apos;s edit, or a record was deleted at one installation while it was being edited at another. Sync kept both sides; nothing is lost. Decide which is right: your choice travels to the peers with the next bundle.</source>
        <translation>Hetzelfde veld werd hier en bij een partner gewijzigd voordat de ene de wijziging van de andere had gezien, of een record werd op de ene installatie verwijderd terwijl het op een andere werd gewijzigd. De synchronisatie heeft beide kanten bewaard; er gaat niets verloren. Beslis wat juist is: uw keuze gaat met de volgende bundel naar de partners.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; was deleted at one installation while its &lt;b&gt;%2&lt;/b&gt; was edited at another, neither knowing the other&apos;s change. The record is %3 for now; the edited value is kept here. Restore the record with that value (or another), or confirm the deletion.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; werd op de ene installatie verwijderd terwijl het veld &lt;b&gt;%2&lt;/b&gt; op een andere werd gewijzigd, zonder dat de ene de wijziging van de andere kende. Het record is voorlopig %3; de gewijzigde waarde wordt hier bewaard. Zet het record terug met die waarde (of een andere), of bevestig de verwijdering.</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>verwijderd</translation>
    </message>
    <message>
        <source>present</source>
        <translation>aanwezig</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; of &lt;b&gt;%2&lt;/b&gt; – now in the record: %3</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; van &lt;b&gt;%2&lt;/b&gt; – nu in het record: %3</translation>
    </message>
    <message>
        <source>Record %1</source>
        <translation>Record %1</translation>
    </message>
    <message>
        <source>&amp;Restore with the edited value</source>
        <translation>&amp;Terugzetten met de gewijzigde waarde</translation>
    </message>
    <message>
        <source>Confirm the &amp;deletion</source>
        <translation>&amp;Verwijdering bevestigen</translation>
    </message>
    <message>
        <source>Restore with &amp;this value</source>
        <translation>Terugzetten met dez&amp;e waarde</translation>
    </message>
    <message>
        <source>The deletion of %1 is confirmed. The choice goes to the peers with the next bundle.</source>
        <translation>De verwijdering van %1 is bevestigd. De keuze gaat met de volgende bundel naar de partners.</translation>
    </message>
    <message>
        <source>%1 of %2 now holds “%3”%4. The choice goes to the peers with the next bundle.</source>
        <translation>%1 van %2 bevat nu “%3”%4. De keuze gaat met de volgende bundel naar de partners.</translation>
    </message>
    <message>
        <source> (the record is restored)</source>
        <translation> (het record is teruggezet)</translation>
    </message>
</context>
<context>
    <name>regie::DeadlineBoardModel</name>
    <message>
        <source>today</source>
        <translation>vandaag</translation>
    </message>
    <message>
        <source>%1 days late</source>
        <translation>%1 dagen te laat</translation>
    </message>
    <message>
        <source>%1 days left</source>
        <translation>nog %1 dagen</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Dagen</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Termijn</translation>
    </message>
    <message>
        <source>Dossier</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <source>Procedure</source>
        <translation>Procedure</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Stand</translation>
    </message>
    <message>
        <source>%1 (%2). Binds: %3. State: %4.</source>
        <translation>%1 (%2). Termijn voor: %3. Stand: %4.</translation>
    </message>
</context>
<context>
    <name>regie::DeletedMeetingsDialog</name>
    <message>
        <source>Deleted meetings</source>
        <translation>Verwijderde overleggen</translation>
    </message>
    <message>
        <source>A meeting deleted by mistake can be restored here, with the agenda, attendance and action points deleted with it.</source>
        <translation>Een per vergissing verwijderd overleg kunt u hier terugzetten, met de agenda, de aanwezigheden en de actiepunten die mee verwijderd zijn.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Soort</translation>
    </message>
    <message>
        <source>Deleted on</source>
        <translation>Verwijderd op</translation>
    </message>
    <message>
        <source>Deleted by</source>
        <translation>Verwijderd door</translation>
    </message>
    <message>
        <source>No deleted meetings.</source>
        <translation>Geen verwijderde overleggen.</translation>
    </message>
    <message>
        <source>A meeting you delete on the Meetings page appears here, so that it can be restored.</source>
        <translation>Een overleg dat u op de pagina Overleg verwijdert, verschijnt hier, zodat u het kunt terugzetten.</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Terugzetten</translation>
    </message>
    <message>
        <source>Bring the selected meeting back with its agenda and action points (Enter or double-click)</source>
        <translation>Het geselecteerde overleg terugzetten met zijn agenda en actiepunten (Enter of dubbelklikken)</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>onbekend</translation>
    </message>
    <message>
        <source>On installation %1</source>
        <translation>Op installatie %1</translation>
    </message>
</context>
<context>
    <name>regie::DossierView</name>
    <message>
        <source>&amp;Dossier:</source>
        <translation>&amp;Dossier:</translation>
    </message>
    <message>
        <source>New &amp;application…</source>
        <translation>Nieuwe &amp;aanvraag…</translation>
    </message>
    <message>
        <source>&amp;Renewal…</source>
        <translation>&amp;Hernieuwing…</translation>
    </message>
    <message>
        <source>Docu&amp;ment…</source>
        <translation>Docu&amp;ment…</translation>
    </message>
    <message>
        <source>Chec&amp;k…</source>
        <translation>Con&amp;trole…</translation>
    </message>
    <message>
        <source>Dec&amp;ide…</source>
        <translation>Be&amp;slissen…</translation>
    </message>
    <message>
        <source>Condition me&amp;t…</source>
        <translation>Voorwaarde &amp;vervuld…</translation>
    </message>
    <message>
        <source>I&amp;nspection…</source>
        <translation>I&amp;nspectie…</translation>
    </message>
    <message>
        <source>Start an inspection of this premises in field mode</source>
        <translation>Een inspectie van dit pand starten in veldmodus</translation>
    </message>
    <message>
        <source>Renewal</source>
        <translation>Hernieuwing</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>Aanvraag</translation>
    </message>
    <message>
        <source>%1 of %2 — %3</source>
        <translation>%1 van %2 — %3</translation>
    </message>
    <message>
        <source>Decision blocked until these are in order: %1</source>
        <translation>Beslissing geblokkeerd tot dit in orde is: %1</translation>
    </message>
    <message>
        <source>No application yet: start one first.</source>
        <translation>Nog geen aanvraag: start er eerst een.</translation>
    </message>
    <message>
        <source>This dossier is decided: a change needs a renewal or a new application.</source>
        <translation>Over dit dossier is beslist: een wijziging vraagt een hernieuwing of een nieuwe aanvraag.</translation>
    </message>
    <message>
        <source>A dossier is already open or in force for this premises: use Renewal.</source>
        <translation>Voor dit pand loopt al een dossier of is een verklaring van kracht: gebruik Hernieuwing.</translation>
    </message>
    <message>
        <source>Only a granted certificate can be renewed.</source>
        <translation>Alleen een toegekende verklaring kan hernieuwd worden.</translation>
    </message>
    <message>
        <source>This dossier is already decided.</source>
        <translation>Over dit dossier is al beslist.</translation>
    </message>
    <message>
        <source>Missing or stale: %1</source>
        <translation>Ontbreekt of te oud: %1</translation>
    </message>
    <message>
        <source>No open condition in this dossier.</source>
        <translation>Geen openstaande voorwaarde in dit dossier.</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Verklaring</translation>
    </message>
    <message>
        <source>Holders</source>
        <translation>Houders</translation>
    </message>
    <message>
        <source>Window register</source>
        <translation>Raamregister</translation>
    </message>
    <message>
        <source>Letters</source>
        <translation>Brieven</translation>
    </message>
    <message>
        <source>&amp;Letter…</source>
        <translation>Bri&amp;ef…</translation>
    </message>
    <message>
        <source>Holders (%1)</source>
        <translation>Houders (%1)</translation>
    </message>
    <message>
        <source>Decision letter, renewal reminder or condition reminder</source>
        <translation>Beslissingsbrief, herinnering hernieuwing of herinnering voorwaarden</translation>
    </message>
</context>
<context>
    <name>regie::ExportBundleDialog</name>
    <message>
        <source>Export a bundle</source>
        <translation>Een bundel exporteren</translation>
    </message>
    <message>
        <source>&amp;For:</source>
        <translation>&amp;Voor:</translation>
    </message>
    <message>
        <source>&amp;Everything the peer has not confirmed yet</source>
        <translation>&amp;Alles wat de partner nog niet bevestigd heeft</translation>
    </message>
    <message>
        <source>&amp;Only:</source>
        <translation>&amp;Enkel:</translation>
    </message>
    <message>
        <source>Premises</source>
        <translation>Panden</translation>
    </message>
    <message>
        <source>Certificates</source>
        <translation>Verklaringen</translation>
    </message>
    <message>
        <source>Inspections and findings</source>
        <translation>Inspecties en vaststellingen</translation>
    </message>
    <message>
        <source>Contents:</source>
        <translation>Inhoud:</translation>
    </message>
    <message>
        <source>&amp;Resend the changes after number</source>
        <translation>Wijzigingen &amp;opnieuw sturen na nummer</translation>
    </message>
    <message>
        <source>For a peer that lost a bundle: its history shows the numbers it has applied</source>
        <translation>Voor een partner die een bundel verloor: zijn geschiedenis toont de nummers die hij verwerkt heeft</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Bladeren…</translation>
    </message>
    <message>
        <source>F&amp;ile:</source>
        <translation>&amp;Bestand:</translation>
    </message>
    <message>
        <source>The bundle is signed by this installation and encrypted so that only the chosen peer can open it. It holds personal data: carry it on an encrypted stick and delete it once imported.</source>
        <translation>De bundel wordt door deze installatie ondertekend en versleuteld zodat alleen de gekozen partner hem kan openen. Hij bevat persoonsgegevens: vervoer hem op een versleutelde stick en verwijder hem zodra hij geïmporteerd is.</translation>
    </message>
    <message>
        <source>E&amp;xport</source>
        <translation>E&amp;xporteren</translation>
    </message>
    <message>
        <source>Regie bundles (*.regiebundle)</source>
        <translation>Regie-bundels (*.regiebundle)</translation>
    </message>
    <message>
        <source>Add a peer to the trust list first.</source>
        <translation>Voeg eerst een partner toe aan de vertrouwenslijst.</translation>
    </message>
    <message>
        <source>Choose the file to write.</source>
        <translation>Kies het bestand dat geschreven wordt.</translation>
    </message>
    <message>
        <source>Tick at least one kind of record.</source>
        <translation>Vink minstens één soort record aan.</translation>
    </message>
</context>
<context>
    <name>regie::FicheEditor</name>
    <message>
        <source>not set</source>
        <translation>niet ingevuld</translation>
    </message>
    <message>
        <source> FTE</source>
        <translation> VTE</translation>
    </message>
    <message>
        <source>&amp;General</source>
        <translation>&amp;Algemeen</translation>
    </message>
    <message>
        <source>Planned &amp;actions</source>
        <translation>Geplande acti&amp;es</translation>
    </message>
    <message>
        <source>&amp;Measurement results</source>
        <translation>&amp;Meetresultaten</translation>
    </message>
    <message>
        <source>&amp;Partners</source>
        <translation>&amp;Partners</translation>
    </message>
    <message>
        <source>N&amp;otes</source>
        <translation>&amp;Notities</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <source>E&amp;xecutor:</source>
        <translation>&amp;Uitvoerder:</translation>
    </message>
    <message>
        <source>&amp;Contact (role):</source>
        <translation>&amp;Contactpersoon (rol):</translation>
    </message>
    <message>
        <source>as written in the plan, e.g. &quot;¼ FTE lawyer&quot;</source>
        <translation>zoals in het plan vermeld, bv. &quot;¼ VTE jurist&quot;</translation>
    </message>
    <message>
        <source>Staff &amp;effort:</source>
        <translation>&amp;Inzet mensmiddelen:</translation>
    </message>
    <message>
        <source>&amp;Funding:</source>
        <translation>&amp;Financieringsbron:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>Beschrij&amp;ving:</translation>
    </message>
    <message>
        <source>Critical co&amp;nditions:</source>
        <translation>&amp;Kritische randvoorwaarden:</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(geen)</translation>
    </message>
    <message>
        <source>Fiche %1 — %2  (not saved)</source>
        <translation>Fiche %1 — %2  (niet opgeslagen)</translation>
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
        <translation>← Inspecties</translation>
    </message>
    <message>
        <source>&amp;Window:</source>
        <translation>&amp;Raam:</translation>
    </message>
    <message>
        <source>Keys: 1 or C conform · 2 or N not conform · 3 or A n/a · ↑ ↓ item · Tab remark · P photo · F finding · Esc back</source>
        <translation>Toetsen: 1 of C conform · 2 of N niet conform · 3 of A n.v.t. · ↑ ↓ punt · Tab opmerking · P foto · F vaststelling · Esc terug</translation>
    </message>
    <message>
        <source>A&amp;mend answer…</source>
        <translation>Antwoord &amp;rechtzetten…</translation>
    </message>
    <message>
        <source>Fi&amp;nalise inspection…</source>
        <translation>Inspectie af&amp;sluiten…</translation>
    </message>
    <message>
        <source>Premises as a whole</source>
        <translation>Het pand als geheel</translation>
    </message>
    <message>
        <source>Window %1</source>
        <translation>Raam %1</translation>
    </message>
    <message>
        <source>The inspection could not be opened.</source>
        <translation>De inspectie kon niet geopend worden.</translation>
    </message>
    <message>
        <source>Answer 1, 2 or 3 to store the remark</source>
        <translation>Antwoord 1, 2 of 3 om de opmerking te bewaren</translation>
    </message>
    <message>
        <source>✓ Amended</source>
        <translation>✓ Rechtgezet</translation>
    </message>
    <message>
        <source>✓ Saved %1</source>
        <translation>✓ Bewaard %1</translation>
    </message>
    <message>
        <source>%1 — %2 inspection of %3</source>
        <translation>%1 — %2 inspectie van %3</translation>
    </message>
    <message>
        <source>Checklist %1, version %2 · Inspector: %3 · Answered: %4 of %5</source>
        <translation>Checklist %1, versie %2 · Inspecteur: %3 · Beantwoord: %4 van %5</translation>
    </message>
    <message>
        <source>(not named)</source>
        <translation>(niet vermeld)</translation>
    </message>
    <message>
        <source>Finalised — read-only</source>
        <translation>Afgesloten — alleen lezen</translation>
    </message>
    <message>
        <source>Open — answers are saved at once</source>
        <translation>Open — antwoorden worden meteen bewaard</translation>
    </message>
    <message>
        <source>Already finalised.</source>
        <translation>Al afgesloten.</translation>
    </message>
    <message>
        <source>Before finalising, answer again instead of amending.</source>
        <translation>Vóór het afsluiten antwoordt u gewoon opnieuw in plaats van recht te zetten.</translation>
    </message>
    <message>
        <source>✗ Not saved</source>
        <translation>✗ Niet bewaard</translation>
    </message>
    <message>
        <source>Attach a photo</source>
        <translation>Foto toevoegen</translation>
    </message>
    <message>
        <source>Images (*.jpg *.jpeg *.png *.gif *.webp *.heic *.tif *.tiff *.bmp);;All files (*)</source>
        <translation>Afbeeldingen (*.jpg *.jpeg *.png *.gif *.webp *.heic *.tif *.tiff *.bmp);;Alle bestanden (*)</translation>
    </message>
    <message>
        <source>%1 is %2, larger than the limit of %3: not attached.</source>
        <translation>%1 is %2, groter dan de grens van %3: niet toegevoegd.</translation>
    </message>
    <message>
        <source>%1 could not be read: %2</source>
        <translation>%1 kon niet gelezen worden: %2</translation>
    </message>
    <message>
        <source>✗ Photo refused</source>
        <translation>✗ Foto geweigerd</translation>
    </message>
    <message>
        <source>✓ Photo %1 attached.</source>
        <translation>✓ Foto %1 toegevoegd.</translation>
    </message>
    <message>
        <source>✗ Only a not-conform answer can become a finding: answer 2 first.</source>
        <translation>✗ Alleen een niet-conform antwoord kan een vaststelling worden: antwoord eerst 2.</translation>
    </message>
    <message>
        <source>✓ Draft finding made of “%1”; it can open a warning or sanction procedure or become a certificate condition.</source>
        <translation>✓ Ontwerp van vaststelling gemaakt van „%1”; het kan een waarschuwings- of sanctieprocedure openen of een voorwaarde bij de verklaring worden.</translation>
    </message>
    <message>
        <source>Finalise inspection</source>
        <translation>Inspectie afsluiten</translation>
    </message>
    <message>
        <source>Finalise the inspection of %1? Afterwards answers can only be corrected by an amendment with its reason.</source>
        <translation>De inspectie van %1 afsluiten? Daarna kunnen antwoorden alleen nog rechtgezet worden, met opgave van reden.</translation>
    </message>
    <message>
        <source>✓ Finalised. The inspection is locked.</source>
        <translation>✓ Afgesloten. De inspectie is vergrendeld.</translation>
    </message>
    <message>
        <source>✓ Amendment stored; the original answer is kept.</source>
        <translation>✓ Rechtzetting bewaard; het oorspronkelijke antwoord blijft behouden.</translation>
    </message>
    <message>
        <source>Amend an answer</source>
        <translation>Antwoord rechtzetten</translation>
    </message>
    <message>
        <source>Why the answer is corrected (required)</source>
        <translation>Waarom het antwoord rechtgezet wordt (verplicht)</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Punt</translation>
    </message>
    <message>
        <source>&amp;Answer</source>
        <translation>&amp;Antwoord</translation>
    </message>
    <message>
        <source>R&amp;emark</source>
        <translation>Op&amp;merking</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>&amp;Reden</translation>
    </message>
    <message>
        <source>✓ Register check: registered and validated.</source>
        <translation>✓ Toetsing aan het register: geregistreerd en gevalideerd.</translation>
    </message>
    <message>
        <source>⚠ Register check: draft finding “worker not pre-registered” recorded.</source>
        <translation>⚠ Toetsing aan het register: ontwerpvaststelling “sekswerker niet vooraf geregistreerd” geregistreerd.</translation>
    </message>
    <message>
        <source>Registe&amp;r check…</source>
        <translation>Registercon&amp;trole…</translation>
    </message>
    <message>
        <source>Check the reference of a worker met at a window against the police registration tool&apos;s outcome</source>
        <translation>De referentie van een sekswerker aan een raam toetsen aan de uitkomst van de registratietool van de politie</translation>
    </message>
</context>
<context>
    <name>regie::FigureDialog</name>
    <message>
        <source>Partner&apos;s figure</source>
        <translation>Cijfer van een partner</translation>
    </message>
    <message>
        <source>Organisation and document, e.g. jaarverslag 2026</source>
        <translation>Organisatie en document, bv. jaarverslag 2026</translation>
    </message>
    <message>
        <source>&amp;Indicator</source>
        <translation>&amp;Indicator</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;Van</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>&amp;Tot</translation>
    </message>
    <message>
        <source>&amp;Value</source>
        <translation>&amp;Waarde</translation>
    </message>
    <message>
        <source>&amp;Source</source>
        <translation>&amp;Bron</translation>
    </message>
    <message>
        <source>Source &amp;date</source>
        <translation>&amp;Datum van de bron</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>&amp;Opmerking</translation>
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
        <translation>Nummer</translation>
    </message>
    <message>
        <source>Facts</source>
        <translation>Feiten</translation>
    </message>
    <message>
        <source>Offender</source>
        <translation>Overtreder</translation>
    </message>
    <message>
        <source>Offence</source>
        <translation>Inbreuk</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Stand</translation>
    </message>
    <message>
        <source>Next deadline</source>
        <translation>Volgende termijn</translation>
    </message>
</context>
<context>
    <name>regie::GasDossierPanel</name>
    <message>
        <source>finding received late</source>
        <translation>vaststelling laattijdig ontvangen</translation>
    </message>
    <message>
        <source>repeat offence (24 months)</source>
        <translation>herhaling (24 maanden)</translation>
    </message>
    <message>
        <source>minor</source>
        <translation>minderjarige</translation>
    </message>
    <message>
        <source>unusual report number</source>
        <translation>ongewoon pv-nummer</translation>
    </message>
    <message>
        <source>birth date unknown</source>
        <translation>geboortedatum onbekend</translation>
    </message>
    <message>
        <source>paid late</source>
        <translation>laattijdig betaald</translation>
    </message>
    <message>
        <source>payment overdue</source>
        <translation>betaling te laat</translation>
    </message>
    <message>
        <source>not paid yet</source>
        <translation>nog niet betaald</translation>
    </message>
    <message>
        <source>partly paid</source>
        <translation>gedeeltelijk betaald</translation>
    </message>
    <message>
        <source>paid</source>
        <translation>betaald</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>te laat</translation>
    </message>
    <message>
        <source>no fine to pay</source>
        <translation>geen boete te betalen</translation>
    </message>
    <message>
        <source>&amp;Letter…</source>
        <translation>&amp;Brief…</translation>
    </message>
    <message>
        <source>Write a letter for this dossier from a template, as PDF</source>
        <translation>Een brief voor dit dossier opmaken vanuit een sjabloon, als pdf</translation>
    </message>
    <message>
        <source>Next steps</source>
        <translation>Volgende stappen</translation>
    </message>
    <message>
        <source>&amp;Deadlines</source>
        <translation>&amp;Termijnen</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Termijn</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>For</source>
        <translation>Voor</translation>
    </message>
    <message>
        <source>&amp;Timeline (newest first)</source>
        <translation>&amp;Verloop (nieuwste eerst)</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Stap</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>%1 — %2, facts of %3 at %4 — rule set %5</source>
        <translation>%1 — %2, feiten van %3 te %4 — regelset %5</translation>
    </message>
    <message>
        <source>(place not recorded)</source>
        <translation>(plaats niet ingevuld)</translation>
    </message>
    <message>
        <source>Next deadline: &lt;b&gt;%1&lt;/b&gt;, %2 (%3) — &lt;a href=&quot;why:%4&quot;&gt;why?&lt;/a&gt;</source>
        <translation>Volgende termijn: &lt;b&gt;%1&lt;/b&gt;, %2 (%3) — &lt;a href=&quot;why:%4&quot;&gt;waarom?&lt;/a&gt;</translation>
    </message>
    <message>
        <source>No deadline runs for this dossier.</source>
        <translation>Voor dit dossier loopt geen termijn.</translation>
    </message>
    <message>
        <source>⚠ %1: %2</source>
        <translation>⚠ %1: %2</translation>
    </message>
    <message>
        <source> (passed)</source>
        <translation> (verstreken)</translation>
    </message>
    <message>
        <source>No deadline can be computed yet.</source>
        <translation>Er kan nog geen termijn berekend worden.</translation>
    </message>
    <message>
        <source>Select a deadline to see why it falls on its date.</source>
        <translation>Kies een termijn om te zien waarom hij op die datum valt.</translation>
    </message>
    <message>
        <source>Why %1: %2</source>
        <translation>Waarom %1: %2</translation>
    </message>
    <message>
        <source>%1 is the date recorded in the dossier.</source>
        <translation>%1 is de datum die in het dossier staat.</translation>
    </message>
    <message>
        <source>Finding received</source>
        <translation>Vaststelling ontvangen</translation>
    </message>
    <message>
        <source>Structured reference: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>Gestructureerde mededeling: &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source> — fine %1, paid %2: %3</source>
        <translation> — boete %1, betaald %2: %3</translation>
    </message>
    <message>
        <source> (due %1)</source>
        <translation> (te betalen tegen %1)</translation>
    </message>
    <message>
        <source>Record “%1” on this dossier</source>
        <translation>“%1” in dit dossier registreren</translation>
    </message>
    <message>
        <source>%1 recorded; the dossier is now “%2”.</source>
        <translation>%1 geregistreerd; het dossier staat nu op “%2”.</translation>
    </message>
    <message>
        <source>Letter stored with dossier %1.</source>
        <translation>Brief bewaard bij dossier %1.</translation>
    </message>
    <message>
        <source>L&amp;etters</source>
        <translation>Br&amp;ieven</translation>
    </message>
    <message>
        <source>L&amp;etters (%1)</source>
        <translation>Br&amp;ieven (%1)</translation>
    </message>
</context>
<context>
    <name>regie::GasIntakeDialog</name>
    <message>
        <source>New finding</source>
        <translation>Nieuwe vaststelling</translation>
    </message>
    <message>
        <source>Type part of a name or a national number</source>
        <translation>Typ een deel van een naam of een rijksregisternummer</translation>
    </message>
    <message>
        <source>(search above)</source>
        <translation>(zoek hierboven)</translation>
    </message>
    <message>
        <source>Find &amp;offender:</source>
        <translation>Overtreder &amp;zoeken:</translation>
    </message>
    <message>
        <source>Off&amp;ender:</source>
        <translation>Over&amp;treder:</translation>
    </message>
    <message>
        <source>Offen&amp;ce:</source>
        <translation>&amp;Inbreuk:</translation>
    </message>
    <message>
        <source>Date of &amp;facts:</source>
        <translation>Datum van de &amp;feiten:</translation>
    </message>
    <message>
        <source>Finding rece&amp;ived on:</source>
        <translation>Vaststelling &amp;ontvangen op:</translation>
    </message>
    <message>
        <source>e.g. AN.55.L3.012345/26</source>
        <translation>bv. AN.55.L3.012345/26</translation>
    </message>
    <message>
        <source>Police report</source>
        <translation>Proces-verbaal</translation>
    </message>
    <message>
        <source>Administrative report</source>
        <translation>Bestuurlijk verslag</translation>
    </message>
    <message>
        <source>Re&amp;port:</source>
        <translation>Versla&amp;g:</translation>
    </message>
    <message>
        <source>P&amp;lace:</source>
        <translation>&amp;Plaats:</translation>
    </message>
    <message>
        <source>not yet known</source>
        <translation>nog niet bekend</translation>
    </message>
    <message>
        <source>Intended fi&amp;ne:</source>
        <translation>&amp;Voorgenomen boete:</translation>
    </message>
    <message>
        <source>No&amp;tes:</source>
        <translation>&amp;Notities:</translation>
    </message>
    <message>
        <source>&amp;Register</source>
        <translation>&amp;Registreren</translation>
    </message>
    <message>
        <source> (born %1)</source>
        <translation> (geboren %1)</translation>
    </message>
    <message>
        <source>No one matches “%1”</source>
        <translation>Niemand komt overeen met “%1”</translation>
    </message>
    <message>
        <source>Choose the offender: type part of the name, then pick the person.</source>
        <translation>Kies de overtreder: typ een deel van de naam en kies dan de persoon.</translation>
    </message>
</context>
<context>
    <name>regie::GasListPanel</name>
    <message>
        <source>any</source>
        <translation>om het even</translation>
    </message>
    <message>
        <source>Select a dossier in the list to see its deadlines, timeline and next steps.</source>
        <translation>Kies een dossier in de lijst om de termijnen, het verloop en de volgende stappen te zien.</translation>
    </message>
    <message>
        <source>Search number, report number, name, address (Ctrl+F)</source>
        <translation>Zoek op nummer, pv-nummer, naam, adres (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search GAS dossiers</source>
        <translation>GAS-dossiers zoeken</translation>
    </message>
    <message>
        <source>&amp;State:</source>
        <translation>&amp;Stand:</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Lopend</translation>
    </message>
    <message>
        <source>Before decision</source>
        <translation>Vóór beslissing</translation>
    </message>
    <message>
        <source>Facts &amp;from:</source>
        <translation>Feiten &amp;van:</translation>
    </message>
    <message>
        <source>Facts from</source>
        <translation>Feiten van</translation>
    </message>
    <message>
        <source>t&amp;o:</source>
        <translation>t&amp;ot:</translation>
    </message>
    <message>
        <source>Facts to</source>
        <translation>Feiten tot</translation>
    </message>
    <message>
        <source>New finding…</source>
        <translation>Nieuwe vaststelling…</translation>
    </message>
    <message>
        <source>Register a finding as a new GAS dossier (%1)</source>
        <translation>Een vaststelling registreren als nieuw GAS-dossier (%1)</translation>
    </message>
    <message>
        <source>This list sorts by number or by date of facts.</source>
        <translation>Deze lijst sorteert op nummer of op datum van de feiten.</translation>
    </message>
    <message>
        <source>Dossier %1 registered.</source>
        <translation>Dossier %1 geregistreerd.</translation>
    </message>
    <message>
        <source>No dossier matches these filters. Clear the search or choose “All” states and “any” dates.</source>
        <translation>Geen dossier voldoet aan deze filters. Wis de zoekterm of kies “Alle” standen en “om het even” welke datum.</translation>
    </message>
    <message>
        <source>No GAS dossiers yet — register a finding with %1.</source>
        <translation>Nog geen GAS-dossiers — registreer een vaststelling met %1.</translation>
    </message>
    <message>
        <source>GAS dossiers: %1</source>
        <translation>GAS-dossiers: %1</translation>
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
        <translation>&amp;Hoorzitting op:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Datum:</translation>
    </message>
    <message>
        <source>&amp;Amount paid:</source>
        <translation>&amp;Betaald bedrag:</translation>
    </message>
    <message>
        <source>&amp;Fine:</source>
        <translation>&amp;Boete:</translation>
    </message>
    <message>
        <source>Fine</source>
        <translation>Boete</translation>
    </message>
    <message>
        <source>No fine</source>
        <translation>Geen boete</translation>
    </message>
    <message>
        <source>Mediation</source>
        <translation>Bemiddeling</translation>
    </message>
    <message>
        <source>Community service</source>
        <translation>Gemeenschapsdienst</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>Bevestigd</translation>
    </message>
    <message>
        <source>Reduced</source>
        <translation>Verminderd</translation>
    </message>
    <message>
        <source>Annulled</source>
        <translation>Vernietigd</translation>
    </message>
    <message>
        <source>&amp;Outcome:</source>
        <translation>&amp;Uitkomst:</translation>
    </message>
    <message>
        <source>Police court or youth court</source>
        <translation>Politierechtbank of jeugdrechtbank</translation>
    </message>
    <message>
        <source>&amp;Court:</source>
        <translation>&amp;Rechtbank:</translation>
    </message>
    <message>
        <source>Re&amp;ference:</source>
        <translation>&amp;Mededeling:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Notitie:</translation>
    </message>
    <message>
        <source>&amp;Record</source>
        <translation>&amp;Registreren</translation>
    </message>
</context>
<context>
    <name>regie::HolderDialog</name>
    <message>
        <source>Add a holder role</source>
        <translation>Een rol als houder toevoegen</translation>
    </message>
    <message>
        <source>Part of a name, a national or a company number</source>
        <translation>Deel van een naam, een rijksregister- of ondernemingsnummer</translation>
    </message>
    <message>
        <source>&amp;Find person:</source>
        <translation>&amp;Zoek persoon:</translation>
    </message>
    <message>
        <source>(search above)</source>
        <translation>(zoek hierboven)</translation>
    </message>
    <message>
        <source>&amp;New person…</source>
        <translation>&amp;Nieuwe persoon…</translation>
    </message>
    <message>
        <source>Add the person or organisation to the people register first</source>
        <translation>Voeg de persoon of organisatie eerst toe aan het personenregister</translation>
    </message>
    <message>
        <source>&amp;Person:</source>
        <translation>&amp;Persoon:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Rol:</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>Van&amp;af:</translation>
    </message>
    <message>
        <source>&amp;Until:</source>
        <translation>&amp;Tot en met:</translation>
    </message>
    <message>
        <source>&amp;Add role</source>
        <translation>Rol toevoe&amp;gen</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>No one matches “%1”: add with New person…</source>
        <translation>Niemand komt overeen met “%1”: voeg toe met Nieuwe persoon…</translation>
    </message>
    <message numerus="yes">
        <source>%n people match: choose one</source>
        <translation>
            <numerusform>%n persoon komt overeen: kies er een</numerusform>
            <numerusform>%n personen komen overeen: kies er een</numerusform>
        </translation>
    </message>
    <message>
        <source>✗ Choose the person: type part of the name, then pick the person, or add them with New person…</source>
        <translation>✗ Kies de persoon: typ een deel van de naam en kies dan de persoon, of voeg hem of haar toe met Nieuwe persoon…</translation>
    </message>
</context>
<context>
    <name>regie::HolderSanctionPanel</name>
    <message>
        <source>Number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Geopend</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Fase</translation>
    </message>
    <message>
        <source>&amp;Record a step…</source>
        <translation>Stap &amp;registreren…</translation>
    </message>
    <message>
        <source>&amp;Letter…</source>
        <translation>&amp;Brief…</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Stap</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>No sanction procedure against a certificate holder. One opens from an inspection&apos;s finding or with regie-cli sanction open.</source>
        <translation>Geen sanctieprocedure tegen een houder van een geschiktheidsverklaring. Een procedure start vanuit een vaststelling bij een inspectie of met regie-cli sanction open.</translation>
    </message>
    <message>
        <source>Appeal to the Council of State possible until %1 (%2)</source>
        <translation>Beroep bij de Raad van State mogelijk tot %1 (%2)</translation>
    </message>
    <message>
        <source>Warned on %1: a new finding opens the sanction track.</source>
        <translation>Gewaarschuwd op %1: een nieuwe vaststelling opent de sanctieprocedure.</translation>
    </message>
    <message>
        <source>police report %1</source>
        <translation>proces-verbaal %1</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>vanaf %1</translation>
    </message>
    <message>
        <source>until %1</source>
        <translation>tot %1</translation>
    </message>
    <message>
        <source>notified %1</source>
        <translation>ter kennis gebracht %1</translation>
    </message>
    <message>
        <source>Step recorded in %1.</source>
        <translation>Stap geregistreerd in %1.</translation>
    </message>
    <message>
        <source>Premises</source>
        <translation>Pand</translation>
    </message>
    <message>
        <source>&amp;Steps</source>
        <translation>&amp;Stappen</translation>
    </message>
    <message>
        <source>L&amp;etters</source>
        <translation>Br&amp;ieven</translation>
    </message>
    <message>
        <source>L&amp;etters (%1)</source>
        <translation>Br&amp;ieven (%1)</translation>
    </message>
</context>
<context>
    <name>regie::HolderSanctionStepDialog</name>
    <message>
        <source>Finding (police report)</source>
        <translation>Vaststelling (proces-verbaal)</translation>
    </message>
    <message>
        <source>Warning letter sent</source>
        <translation>Waarschuwingsbrief verstuurd</translation>
    </message>
    <message>
        <source>Hearing invitation sent</source>
        <translation>Uitnodiging tot hoorzitting verstuurd</translation>
    </message>
    <message>
        <source>Hearing held</source>
        <translation>Hoorzitting gehouden</translation>
    </message>
    <message>
        <source>College decision</source>
        <translation>Beslissing van het college</translation>
    </message>
    <message>
        <source>Execution control with the police</source>
        <translation>Controle op de uitvoering met de politie</translation>
    </message>
    <message>
        <source>Appeal to the Council of State</source>
        <translation>Beroep bij de Raad van State</translation>
    </message>
    <message>
        <source>Council of State&apos;s ruling</source>
        <translation>Arrest van de Raad van State</translation>
    </message>
    <message>
        <source>Suspension of the certificate</source>
        <translation>Schorsing van de geschiktheidsverklaring</translation>
    </message>
    <message>
        <source>Withdrawal of the certificate</source>
        <translation>Intrekking van de geschiktheidsverklaring</translation>
    </message>
    <message>
        <source>Temporary closure</source>
        <translation>Tijdelijke sluiting</translation>
    </message>
    <message>
        <source>Definitive closure</source>
        <translation>Definitieve sluiting</translation>
    </message>
    <message>
        <source>No sanction</source>
        <translation>Geen sanctie</translation>
    </message>
    <message>
        <source>Findings, no warning yet</source>
        <translation>Vaststellingen, nog geen waarschuwing</translation>
    </message>
    <message>
        <source>Warned</source>
        <translation>Gewaarschuwd</translation>
    </message>
    <message>
        <source>Sanction track open</source>
        <translation>Sanctieprocedure geopend</translation>
    </message>
    <message>
        <source>Invited to a hearing</source>
        <translation>Uitgenodigd voor een hoorzitting</translation>
    </message>
    <message>
        <source>Heard</source>
        <translation>Gehoord</translation>
    </message>
    <message>
        <source>Decided</source>
        <translation>Beslist</translation>
    </message>
    <message>
        <source>Under appeal</source>
        <translation>In beroep</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Afgesloten</translation>
    </message>
    <message>
        <source>Record a step in %1</source>
        <translation>Stap registreren in %1</translation>
    </message>
    <message>
        <source>e.g. AN.55.L1.012345/2026</source>
        <translation>bv. AN.55.L1.012345/2026</translation>
    </message>
    <message>
        <source>&amp;Step</source>
        <translation>&amp;Stap</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;Datum</translation>
    </message>
    <message>
        <source>Police &amp;report</source>
        <translation>Proces-&amp;verbaal</translation>
    </message>
    <message>
        <source>D&amp;ecision</source>
        <translation>B&amp;eslissing</translation>
    </message>
    <message>
        <source>&amp;First day</source>
        <translation>Ee&amp;rste dag</translation>
    </message>
    <message>
        <source>&amp;Last day</source>
        <translation>&amp;Laatste dag</translation>
    </message>
    <message>
        <source>N&amp;otified on</source>
        <translation>Ter kennis &amp;gebracht op</translation>
    </message>
    <message>
        <source>O&amp;utcome</source>
        <translation>&amp;Uitkomst</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>&amp;Opmerking</translation>
    </message>
</context>
<context>
    <name>regie::HoldersPanel</name>
    <message>
        <source>Person</source>
        <translation>Persoon</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>Identifier</source>
        <translation>Identificatie</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Vanaf</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Tot en met</translation>
    </message>
    <message>
        <source>Add r&amp;ole…</source>
        <translation>&amp;Rol toevoegen…</translation>
    </message>
    <message>
        <source>Give a person a role on this premises from a date</source>
        <translation>Geef een persoon vanaf een datum een rol voor dit pand</translation>
    </message>
    <message>
        <source>Set &amp;until date…</source>
        <translation>Einddatum &amp;zetten…</translation>
    </message>
    <message>
        <source>%1 (ended)</source>
        <translation>%1 (beëindigd)</translation>
    </message>
    <message>
        <source>⚠ none recorded</source>
        <translation>⚠ niet geregistreerd</translation>
    </message>
    <message>
        <source>No holder recorded. Add the main holder with “Add role…”: letters about this premises are addressed to the main holder.</source>
        <translation>Geen houder geregistreerd. Voeg de hoofdhouder toe met “Rol toevoegen…”: brieven over dit pand worden aan de hoofdhouder gericht.</translation>
    </message>
    <message>
        <source>⚠ No main holder on %1: a letter about this premises cannot be addressed.</source>
        <translation>⚠ Geen hoofdhouder op %1: een brief over dit pand kan niet geadresseerd worden.</translation>
    </message>
    <message>
        <source>Main holder on %1: %2</source>
        <translation>Hoofdhouder op %1: %2</translation>
    </message>
    <message>
        <source>Record the last day of the selected role</source>
        <translation>Registreer de laatste dag van de gekozen rol</translation>
    </message>
    <message>
        <source>This role already has an end date.</source>
        <translation>Deze rol heeft al een einddatum.</translation>
    </message>
    <message>
        <source>Select a role without an end date first.</source>
        <translation>Kies eerst een rol zonder einddatum.</translation>
    </message>
    <message>
        <source>Role added to %1.</source>
        <translation>Rol toegevoegd aan %1.</translation>
    </message>
    <message>
        <source>End the role of %1</source>
        <translation>De rol van %1 beëindigen</translation>
    </message>
    <message>
        <source>%1, %2 since %3</source>
        <translation>%1, %2 sinds %3</translation>
    </message>
    <message>
        <source>&amp;Last day of the role:</source>
        <translation>&amp;Laatste dag van de rol:</translation>
    </message>
    <message>
        <source>Role of %1 ended.</source>
        <translation>Rol van %1 beëindigd.</translation>
    </message>
</context>
<context>
    <name>regie::IdentifierFeedback</name>
    <message>
        <source>male</source>
        <translation>man</translation>
    </message>
    <message>
        <source>female</source>
        <translation>vrouw</translation>
    </message>
    <message>
        <source>sex not recorded</source>
        <translation>geslacht niet geregistreerd</translation>
    </message>
    <message>
        <source>born %1</source>
        <translation>geboren op %1</translation>
    </message>
    <message>
        <source>born in %1</source>
        <translation>geboren in %1</translation>
    </message>
    <message>
        <source>✓ valid BIS number: %1, %2, %3</source>
        <translation>✓ geldig BIS-nummer: %1, %2, %3</translation>
    </message>
    <message>
        <source>✓ valid: %1, %2, %3</source>
        <translation>✓ geldig: %1, %2, %3</translation>
    </message>
    <message>
        <source>Optional. 11 digits; dots, dashes and spaces are allowed.</source>
        <translation>Optioneel. 11 cijfers; punten, streepjes en spaties zijn toegestaan.</translation>
    </message>
    <message>
        <source>%1 of 11 digits</source>
        <translation>%1 van 11 cijfers</translation>
    </message>
    <message>
        <source>Optional. 10 digits (old numbers 9); dots, spaces and BE in front are allowed.</source>
        <translation>Optioneel. 10 cijfers (oude nummers 9); punten, spaties en BE vooraan zijn toegestaan.</translation>
    </message>
    <message>
        <source>✓ valid: %1</source>
        <translation>✓ geldig: %1</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 of 10 digits</source>
        <translation>%1 van 10 cijfers</translation>
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
        <translation>Totaal</translation>
    </message>
    <message>
        <source>Records that are not here yet</source>
        <translation>Records die hier nog niet zijn</translation>
    </message>
    <message>
        <source>Fields written, deletions included</source>
        <translation>Geschreven velden, verwijderingen inbegrepen</translation>
    </message>
    <message>
        <source>Fields edited here and there at the same time: both values are kept for a person to decide</source>
        <translation>Velden die hier en daar tegelijk gewijzigd zijn: beide waarden worden bewaard zodat iemand beslist</translation>
    </message>
    <message>
        <source>Changes older than what this installation already holds: nothing is overwritten</source>
        <translation>Wijzigingen die ouder zijn dan wat deze installatie al heeft: er wordt niets overschreven</translation>
    </message>
    <message>
        <source>Changes already here: nothing is done</source>
        <translation>Wijzigingen die hier al zijn: er gebeurt niets</translation>
    </message>
    <message>
        <source>Kind of record</source>
        <translation>Soort record</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nieuw</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Gewijzigd</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Conflicten</translation>
    </message>
    <message>
        <source>Outdated</source>
        <translation>Verouderd</translation>
    </message>
    <message>
        <source>Already here</source>
        <translation>Al aanwezig</translation>
    </message>
</context>
<context>
    <name>regie::IndicatorCharts</name>
    <message>
        <source>Trend across rounds: %1</source>
        <translation>Verloop over de rondes: %1</translation>
    </message>
</context>
<context>
    <name>regie::IndicatorTableModel</name>
    <message>
        <source>counted by Regie</source>
        <translation>geteld door Regie</translation>
    </message>
    <message>
        <source>partner&apos;s figure</source>
        <translation>cijfer van partner</translation>
    </message>
    <message>
        <source>registration file</source>
        <translation>registratiebestand</translation>
    </message>
    <message>
        <source>to be entered by the partner</source>
        <translation>in te vullen door de partner</translation>
    </message>
    <message>
        <source>no registration file yet</source>
        <translation>nog geen registratiebestand</translation>
    </message>
    <message>
        <source>nothing recorded yet</source>
        <translation>nog niets geregistreerd</translation>
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
        <translation>Indicator</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Waarde</translation>
    </message>
    <message>
        <source>Previous round</source>
        <translation>Vorige ronde</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Bron</translation>
    </message>
</context>
<context>
    <name>regie::IndicatorTrendModel</name>
    <message>
        <source>Round</source>
        <translation>Ronde</translation>
    </message>
</context>
<context>
    <name>regie::IndicatorsPage</name>
    <message>
        <source>Key indicators</source>
        <translation>Kernindicatoren</translation>
    </message>
    <message>
        <source>All indicators</source>
        <translation>Alle indicatoren</translation>
    </message>
    <message>
        <source>Fiche %1</source>
        <translation>Fiche %1</translation>
    </message>
    <message>
        <source>&amp;New round…</source>
        <translation>&amp;Nieuwe ronde…</translation>
    </message>
    <message>
        <source>&amp;Freeze round</source>
        <translation>Ronde &amp;vastleggen</translation>
    </message>
    <message>
        <source>PDF &amp;report…</source>
        <translation>PDF-&amp;rapport…</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exporteren…</translation>
    </message>
    <message>
        <source>Re&amp;cord</source>
        <translation>Re&amp;gistreren</translation>
    </message>
    <message>
        <source>Meeting…</source>
        <translation>Overleg…</translation>
    </message>
    <message>
        <source>Note or covenant…</source>
        <translation>Nota of convenant…</translation>
    </message>
    <message>
        <source>Import registration file…</source>
        <translation>Registratiebestand importeren…</translation>
    </message>
    <message>
        <source>Round:</source>
        <translation>Ronde:</translation>
    </message>
    <message>
        <source>%1 (frozen)</source>
        <translation>%1 (vastgelegd)</translation>
    </message>
    <message>
        <source>No reporting round yet: create one with New round.</source>
        <translation>Nog geen rapporteringsronde: maak er een met Nieuwe ronde.</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 tot %2</translation>
    </message>
    <message>
        <source>%1, frozen on %2 by %3</source>
        <translation>%1, vastgelegd op %2 door %3</translation>
    </message>
    <message>
        <source>%1, open: live values</source>
        <translation>%1, open: actuele waarden</translation>
    </message>
    <message>
        <source>Meeting recorded</source>
        <translation>Overleg geregistreerd</translation>
    </message>
    <message>
        <source>Note recorded</source>
        <translation>Nota geregistreerd</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n row(s) imported</source>
        <translation>
            <numerusform>%1: %n rij ingelezen</numerusform>
            <numerusform>%1: %n rijen ingelezen</numerusform>
        </translation>
    </message>
    <message>
        <source>Care organisations (action 3.1)</source>
        <translation>Hulpverleners (actie 3.1)</translation>
    </message>
    <message>
        <source>Safety actors (action 3.2)</source>
        <translation>Veiligheidsactoren (actie 3.2)</translation>
    </message>
    <message>
        <source>Import registration file</source>
        <translation>Registratiebestand importeren</translation>
    </message>
    <message>
        <source>Minimum-format file of:</source>
        <translation>Bestand in minimumformat van:</translation>
    </message>
    <message>
        <source>CSV (*.csv);;All files (*)</source>
        <translation>CSV (*.csv);;Alle bestanden (*)</translation>
    </message>
    <message>
        <source>%1 was not imported: nothing has changed. Correct the rows below and import the file again.</source>
        <translation>%1 is niet geïmporteerd: er is niets veranderd. Verbeter de rijen hieronder en importeer het bestand opnieuw.</translation>
    </message>
    <message>
        <source>Round %1 created</source>
        <translation>Ronde %1 aangemaakt</translation>
    </message>
    <message>
        <source>New round</source>
        <translation>Nieuwe ronde</translation>
    </message>
    <message>
        <source>Freeze round</source>
        <translation>Ronde vastleggen</translation>
    </message>
    <message>
        <source>Freeze round %1? Every indicator&apos;s value is stored with its source and date; a frozen round never changes.</source>
        <translation>Ronde %1 vastleggen? De waarde van elke indicator wordt bewaard met haar bron en datum; een vastgelegde ronde verandert nooit meer.</translation>
    </message>
    <message>
        <source>Round %1 frozen</source>
        <translation>Ronde %1 vastgelegd</translation>
    </message>
    <message numerus="yes">
        <source>Report written to %1 (%n page(s))</source>
        <translation>
            <numerusform>Rapport opgeslagen als %1 (%n pagina)</numerusform>
            <numerusform>Rapport opgeslagen als %1 (%n pagina&apos;s)</numerusform>
        </translation>
    </message>
    <message>
        <source>PDF report</source>
        <translation>PDF-rapport</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Export indicator tables</source>
        <translation>Indicatortabellen exporteren</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV, indicators only (*.csv)</source>
        <translation>Excel-werkmap (*.xlsx);;CSV, alleen indicatoren (*.csv)</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>Geëxporteerd naar %1</translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation>Indicatoren</translation>
    </message>
    <message>
        <source>Partner&apos;s figure…</source>
        <translation>Cijfer van een partner…</translation>
    </message>
    <message>
        <source>Branch inventory…</source>
        <translation>Inventaris per branche…</translation>
    </message>
    <message>
        <source>Figure recorded</source>
        <translation>Cijfer geregistreerd</translation>
    </message>
    <message>
        <source>Branch counts recorded</source>
        <translation>Tellingen per branche geregistreerd</translation>
    </message>
</context>
<context>
    <name>regie::InspectionItemRow</name>
    <message>
        <source>safety</source>
        <translation>veiligheid</translation>
    </message>
    <message>
        <source>accommodation</source>
        <translation>huisvesting</translation>
    </message>
    <message>
        <source>prevention</source>
        <translation>preventie</translation>
    </message>
    <message>
        <source>registration</source>
        <translation>registratie</translation>
    </message>
    <message>
        <source>hygiene</source>
        <translation>hygiëne</translation>
    </message>
    <message>
        <source>fire safety</source>
        <translation>brandveiligheid</translation>
    </message>
    <message>
        <source>1 · Conform</source>
        <translation>1 · Conform</translation>
    </message>
    <message>
        <source>2 · Not conform</source>
        <translation>2 · Niet conform</translation>
    </message>
    <message>
        <source>3 · N/A</source>
        <translation>3 · N.v.t.</translation>
    </message>
    <message>
        <source>Remark (Tab)</source>
        <translation>Opmerking (Tab)</translation>
    </message>
    <message>
        <source>Remark on %1</source>
        <translation>Opmerking bij %1</translation>
    </message>
    <message>
        <source>Photo… (P)</source>
        <translation>Foto… (P)</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Vaststelling</translation>
    </message>
    <message>
        <source>A draft finding was made of this item</source>
        <translation>Van dit punt werd een ontwerp van vaststelling gemaakt</translation>
    </message>
    <message>
        <source>Amended after finalising</source>
        <translation>Rechtgezet na afsluiten</translation>
    </message>
    <message>
        <source>Photos: %1 (P)</source>
        <translation>Foto&apos;s: %1 (P)</translation>
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
        <translation>Afgesloten</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Premises</source>
        <translation>Pand</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>Checklist</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Stand</translation>
    </message>
</context>
<context>
    <name>regie::InspectionsPage</name>
    <message>
        <source>Search premises, date or kind (Ctrl+F)</source>
        <translation>Zoek pand, datum of soort (Ctrl+F)</translation>
    </message>
    <message>
        <source>New inspection…</source>
        <translation>Nieuwe inspectie…</translation>
    </message>
    <message>
        <source>No inspections yet — start one with %1.</source>
        <translation>Nog geen inspecties — start er een met %1.</translation>
    </message>
    <message>
        <source>No inspection matches “%1”.</source>
        <translation>Geen inspectie past bij „%1”.</translation>
    </message>
    <message>
        <source>New inspection</source>
        <translation>Nieuwe inspectie</translation>
    </message>
    <message>
        <source>&amp;Premises</source>
        <translation>&amp;Pand</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Soort</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;Datum</translation>
    </message>
    <message>
        <source>&amp;Inspector</source>
        <translation>&amp;Inspecteur</translation>
    </message>
    <message>
        <source>Inspections</source>
        <translation>Inspecties</translation>
    </message>
</context>
<context>
    <name>regie::LetterPostDialog</name>
    <message>
        <source>Letter posted — %1</source>
        <translation>Brief verstuurd — %1</translation>
    </message>
    <message>
        <source>&amp;Posted on</source>
        <translation>&amp;Verstuurd op</translation>
    </message>
    <message>
        <source>e.g. RR123456785BE</source>
        <translation>bv. RR123456785BE</translation>
    </message>
    <message>
        <source>The number on the bpost receipt of the registered letter</source>
        <translation>Het nummer op het bpost-afgiftebewijs van de aangetekende brief</translation>
    </message>
    <message>
        <source>&amp;Tracking number</source>
        <translation>&amp;Zendingsnummer</translation>
    </message>
    <message>
        <source>%1, made on %2.</source>
        <translation>%1, opgemaakt op %2.</translation>
    </message>
</context>
<context>
    <name>regie::LetterPrintDialog</name>
    <message>
        <source>Print letter — %1</source>
        <translation>Brief afdrukken — %1</translation>
    </message>
    <message>
        <source>e.g. 10.30 uur</source>
        <translation>bv. 10.30 uur</translation>
    </message>
    <message>
        <source>Hearing &amp;time:</source>
        <translation>&amp;Uur van de hoorzitting:</translation>
    </message>
    <message>
        <source>&amp;Letter:</source>
        <translation>&amp;Brief:</translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation>Op&amp;slaan als pdf…</translation>
    </message>
    <message>
        <source>the date of the hearing (a planned hearing)</source>
        <translation>de datum van de hoorzitting (een geplande hoorzitting)</translation>
    </message>
    <message>
        <source>the decision with its amount</source>
        <translation>de beslissing met het bedrag</translation>
    </message>
    <message>
        <source>the payment due date (a notified decision)</source>
        <translation>de vervaldag van de betaling (een betekende beslissing)</translation>
    </message>
    <message>
        <source>the address of the person (edit the person)</source>
        <translation>het adres van de persoon (pas de persoon aan)</translation>
    </message>
    <message>
        <source>the value &quot;%1&quot;</source>
        <translation>het gegeven &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Give the hearing time to see the letter.</source>
        <translation>Vul het uur van de hoorzitting in om de brief te zien.</translation>
    </message>
    <message>
        <source>This letter needs %1, which the dossier does not hold yet. Record the step it comes from first.</source>
        <translation>Deze brief heeft %1 nodig, dat nog niet in het dossier staat. Registreer eerst de stap waaruit het komt.</translation>
    </message>
    <message>
        <source>No letter template applies to this dossier.</source>
        <translation>Voor dit dossier is er geen briefsjabloon.</translation>
    </message>
    <message>
        <source>Save letter</source>
        <translation>Brief opslaan</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Pdf-documenten (*.pdf)</translation>
    </message>
    <message>
        <source>The letter is stored but the file %1 could not be written: %2</source>
        <translation>De brief is bewaard, maar het bestand %1 kon niet worden geschreven: %2</translation>
    </message>
</context>
<context>
    <name>regie::LetterReceiptDialog</name>
    <message>
        <source>not collected at the post office</source>
        <translation>niet afgehaald op het postkantoor</translation>
    </message>
    <message>
        <source>refused by the addressee</source>
        <translation>geweigerd door de geadresseerde</translation>
    </message>
    <message>
        <source>addressee unknown at the address</source>
        <translation>geadresseerde onbekend op het adres</translation>
    </message>
    <message>
        <source>other reason</source>
        <translation>andere reden</translation>
    </message>
    <message>
        <source>Receipt or return — %1</source>
        <translation>Ontvangst of terugzending — %1</translation>
    </message>
    <message>
        <source>&amp;Received: proof of receipt signed on</source>
        <translation>&amp;Ontvangen: ontvangstbewijs ondertekend op</translation>
    </message>
    <message>
        <source>Re&amp;turned to the city:</source>
        <translation>&amp;Teruggekomen bij de stad:</translation>
    </message>
    <message>
        <source>came back &amp;on</source>
        <translation>teruggekomen o&amp;p</translation>
    </message>
    <message>
        <source>%1, posted on %2 (%3).</source>
        <translation>%1, verstuurd op %2 (%3).</translation>
    </message>
    <message>
        <source>The terms run from the day of receipt.</source>
        <translation>De termijnen lopen vanaf de dag van ontvangst.</translation>
    </message>
    <message>
        <source>A returned letter still counts as notified on the third working day after posting; the terms keep running from that day.</source>
        <translation>Een teruggekomen brief geldt toch als ter kennis gebracht op de derde werkdag na de verzending; de termijnen blijven vanaf die dag lopen.</translation>
    </message>
</context>
<context>
    <name>regie::LetterRegisterWidget</name>
    <message>
        <source>Letter</source>
        <translation>Brief</translation>
    </message>
    <message>
        <source>Posted</source>
        <translation>Verstuurd</translation>
    </message>
    <message>
        <source>Receipt or return</source>
        <translation>Ontvangst of terugzending</translation>
    </message>
    <message>
        <source>Notified</source>
        <translation>Ter kennis gebracht</translation>
    </message>
    <message>
        <source>&amp;Posted…</source>
        <translation>&amp;Verstuurd…</translation>
    </message>
    <message>
        <source>Record the posting date and tracking number of the selected letter</source>
        <translation>De verzenddatum en het zendingsnummer van de gekozen brief registreren</translation>
    </message>
    <message>
        <source>Re&amp;ceipt or return…</source>
        <translation>Ontvangst of te&amp;rugzending…</translation>
    </message>
    <message>
        <source>Record the proof of receipt of the selected letter, or that it came back</source>
        <translation>Het ontvangstbewijs van de gekozen brief registreren, of dat hij terugkwam</translation>
    </message>
    <message>
        <source>%1, made on %2 (template %3, version %4)</source>
        <translation>%1, opgemaakt op %2 (sjabloon %3, versie %4)</translation>
    </message>
    <message>
        <source>ordinary post</source>
        <translation>gewone post</translation>
    </message>
    <message>
        <source>not yet posted</source>
        <translation>nog niet verstuurd</translation>
    </message>
    <message>
        <source>received %1</source>
        <translation>ontvangen %1</translation>
    </message>
    <message>
        <source>returned %1: %2</source>
        <translation>teruggekomen %1: %2</translation>
    </message>
    <message>
        <source>returned: %1</source>
        <translation>teruggekomen: %1</translation>
    </message>
    <message>
        <source>awaiting receipt</source>
        <translation>wacht op ontvangstbewijs</translation>
    </message>
    <message>
        <source>No letters for this dossier yet. Write one with “Letter…”.</source>
        <translation>Nog geen brieven in dit dossier. Maak er een met “Brief…”.</translation>
    </message>
    <message>
        <source>Select a letter to see its place in the register.</source>
        <translation>Kies een brief om zijn plaats in het register te zien.</translation>
    </message>
    <message>
        <source>Sent by ordinary post: it has no place in the register and no term runs from it.</source>
        <translation>Met gewone post verstuurd: de brief staat niet in het register en er loopt geen termijn vanaf.</translation>
    </message>
    <message>
        <source>Not posted yet: the terms that run from this letter start only once its posting is recorded.</source>
        <translation>Nog niet verstuurd: de termijnen die vanaf deze brief lopen, beginnen pas als de verzending geregistreerd is.</translation>
    </message>
    <message>
        <source>Notification: %1</source>
        <translation>Kennisgeving: %1</translation>
    </message>
    <message>
        <source>Posting</source>
        <translation>Verzending</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>Ontvangst</translation>
    </message>
    <message>
        <source>Return</source>
        <translation>Terugzending</translation>
    </message>
    <message>
        <source>%1 of %2 recorded; notified on %3.</source>
        <translation>%1 van %2 geregistreerd; ter kennis gebracht op %3.</translation>
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
        <translation>Navigatie</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Bestand</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Opslaan</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Afsluiten</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>Be&amp;werken</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Ongedaan maken</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>Opn&amp;ieuw</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Zoeken</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Ga naar</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;About Regie</source>
        <translation>&amp;Over Regie</translation>
    </message>
    <message>
        <source>About Regie</source>
        <translation>Over Regie</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Regie&lt;/b&gt; %1&lt;/p&gt;&lt;p&gt;Case management for the prostitution-policy office and administrative enforcement.&lt;/p&gt;&lt;p&gt;Licensed under the GNU GPL, version 3 or later.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Regie&lt;/b&gt; %1&lt;/p&gt;&lt;p&gt;Dossierbeheer voor de dienst prostitutiebeleid en de bestuurlijke handhaving.&lt;/p&gt;&lt;p&gt;Vrijgegeven onder de GNU GPL, versie 3 of later.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Databank: %1</translation>
    </message>
    <message>
        <source>Installation: %1</source>
        <translation>Installatie: %1</translation>
    </message>
    <message>
        <source>User: %1</source>
        <translation>Gebruiker: %1</translation>
    </message>
    <message>
        <source>%1  (%2)</source>
        <translation>%1  (%2)</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>&amp;Ongedaan maken: %1</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>Opn&amp;ieuw: %1</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Niet-opgeslagen wijzigingen</translation>
    </message>
    <message>
        <source>%1 has changes that are not saved yet. Save them before closing?</source>
        <translation>De pagina “%1” bevat wijzigingen die nog niet zijn opgeslagen. Wilt u ze opslaan voordat u afsluit?</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>Beel&amp;d</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Taal</translation>
    </message>
    <message>
        <source>As the system</source>
        <translation>Zoals het systeem</translation>
    </message>
    <message>
        <source>The language changes when Regie starts again.</source>
        <translation>De nieuwe taal geldt vanaf de volgende start van Regie.</translation>
    </message>
</context>
<context>
    <name>regie::MeasureEventDialog</name>
    <message>
        <source>Record an event — %1</source>
        <translation>Gebeurtenis registreren — %1</translation>
    </message>
    <message>
        <source>&amp;Event:</source>
        <translation>&amp;Gebeurtenis:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Datum:</translation>
    </message>
    <message>
        <source> month(s)</source>
        <translation> maand(en)</translation>
    </message>
    <message>
        <source>&amp;Renewed for:</source>
        <translation>&amp;Verlengd met:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Notitie:</translation>
    </message>
    <message>
        <source>Re&amp;cord</source>
        <translation>&amp;Registreren</translation>
    </message>
</context>
<context>
    <name>regie::MeasureListModel</name>
    <message>
        <source>Number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Maatregel</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Begin</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Einde</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Stand</translation>
    </message>
    <message>
        <source>Perimeter or order</source>
        <translation>Perimeter of bevel</translation>
    </message>
</context>
<context>
    <name>regie::MeasureListPanel</name>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Soort:</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>S&amp;tate:</source>
        <translation>S&amp;tand:</translation>
    </message>
    <message>
        <source>Select a measure in the list to see its dates and events.</source>
        <translation>Kies een maatregel in de lijst om de data en gebeurtenissen te zien.</translation>
    </message>
    <message>
        <source>No measures match. Measures are decided with regie-cli measure new; choose “All” to see every kind and state.</source>
        <translation>Geen maatregelen gevonden. Maatregelen worden beslist met regie-cli measure new; kies “Alle” om elke soort en stand te zien.</translation>
    </message>
    <message>
        <source>New measure…</source>
        <translation>Nieuwe maatregel…</translation>
    </message>
    <message>
        <source>Record a measure the mayor decided (%1)</source>
        <translation>Een maatregel registreren waartoe de burgemeester besliste (%1)</translation>
    </message>
    <message>
        <source>No measures match. Record a new one with %1, or choose “All” to see every kind and state.</source>
        <translation>Geen maatregelen gevonden. Registreer een nieuwe met %1, of kies “Alle” om elke soort en toestand te zien.</translation>
    </message>
    <message>
        <source>Measure %1 recorded; it ends on %2.</source>
        <translation>Maatregel %1 geregistreerd; hij eindigt op %2.</translation>
    </message>
</context>
<context>
    <name>regie::MeasureNewDialog</name>
    <message>
        <source>New mayor&apos;s measure</source>
        <translation>Nieuwe maatregel van de burgemeester</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Soort</translation>
    </message>
    <message>
        <source>&amp;Person</source>
        <translation>&amp;Persoon</translation>
    </message>
    <message>
        <source>Pr&amp;emises</source>
        <translation>P&amp;and</translation>
    </message>
    <message>
        <source>&amp;Decided on</source>
        <translation>&amp;Beslist op</translation>
    </message>
    <message>
        <source>The first day the measure applies; the decision date unless the decision says otherwise.</source>
        <translation>De eerste dag waarop de maatregel geldt; de datum van de beslissing, tenzij de beslissing iets anders bepaalt.</translation>
    </message>
    <message>
        <source>In effect &amp;from</source>
        <translation>Van &amp;kracht vanaf</translation>
    </message>
    <message>
        <source> month(s)</source>
        <translation> maand(en)</translation>
    </message>
    <message>
        <source>Dura&amp;tion</source>
        <translation>&amp;Duur</translation>
    </message>
    <message>
        <source>&amp;Valid until</source>
        <translation>Geldig &amp;tot</translation>
    </message>
    <message>
        <source>e.g. Schippersstraat, Verversrui and Vingerlingstraat</source>
        <translation>bv. Schippersstraat, Verversrui en Vingerlingstraat</translation>
    </message>
    <message>
        <source>Pe&amp;rimeter</source>
        <translation>Pe&amp;rimeter</translation>
    </message>
    <message>
        <source>&amp;held on</source>
        <translation>&amp;gehouden op</translation>
    </message>
    <message>
        <source>Hearing</source>
        <translation>Hoorzitting</translation>
    </message>
    <message>
        <source>Only without a prior hearing: why it could not wait</source>
        <translation>Alleen zonder voorafgaande hoorzitting: waarom het niet kon wachten</translation>
    </message>
    <message>
        <source>&amp;Urgency</source>
        <translation>Hoogdringendh&amp;eid</translation>
    </message>
    <message>
        <source>Judicial authorities &amp;consulted on</source>
        <translation>&amp;Gerechtelijke overheden geraadpleegd op</translation>
    </message>
    <message>
        <source>c&amp;onfirmed on</source>
        <translation>b&amp;evestigd op</translation>
    </message>
    <message>
        <source>College</source>
        <translation>College</translation>
    </message>
    <message>
        <source>&amp;Order</source>
        <translation>Be&amp;vel</translation>
    </message>
    <message>
        <source>The facts and the legal basis the decision rests on</source>
        <translation>De feiten en de rechtsgrond waarop de beslissing steunt</translation>
    </message>
    <message>
        <source>Reason and &amp;basis</source>
        <translation>&amp;Motivering en rechtsgrond</translation>
    </message>
    <message>
        <source>Choose the person the ban concerns: type part of the name, then pick the person.</source>
        <translation>Kies de persoon op wie het verbod slaat: typ een deel van de naam en kies dan de persoon.</translation>
    </message>
    <message>
        <source>Choose the premises to close from the list (type part of the address).</source>
        <translation>Kies het te sluiten pand uit de lijst (typ een deel van het adres).</translation>
    </message>
    <message>
        <source>Choose the person or the premises the order concerns.</source>
        <translation>Kies de persoon of het pand waarop het bevel slaat.</translation>
    </message>
    <message>
        <source>Type part of the address</source>
        <translation>Typ een deel van het adres</translation>
    </message>
    <message>
        <source>optional, e.g. GAS/2026/BH/0042</source>
        <translation>optioneel, bv. GAS/2026/BH/0042</translation>
    </message>
    <message>
        <source>The GAS dossier this measure follows on, by its number</source>
        <translation>Het GAS-dossier waarop deze maatregel volgt, met zijn nummer</translation>
    </message>
    <message>
        <source>Linked &amp;GAS dossier</source>
        <translation>Gek&amp;oppeld GAS-dossier</translation>
    </message>
    <message>
        <source>There is no GAS dossier %1: check the number, or leave the field empty.</source>
        <translation>Er is geen GAS-dossier %1: controleer het nummer of laat het veld leeg.</translation>
    </message>
</context>
<context>
    <name>regie::MeasurePanel</name>
    <message>
        <source>&amp;Dates of the measure</source>
        <translation>&amp;Data van de maatregel</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wanneer</translation>
    </message>
    <message>
        <source>&amp;Events (newest first)</source>
        <translation>&amp;Gebeurtenissen (nieuwste eerst)</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Gebeurtenis</translation>
    </message>
    <message>
        <source>Months</source>
        <translation>Maanden</translation>
    </message>
    <message>
        <source>&amp;Record an event…</source>
        <translation>Gebeurtenis &amp;registreren…</translation>
    </message>
    <message>
        <source>Why %1: %2</source>
        <translation>Waarom %1: %2</translation>
    </message>
    <message>
        <source>Decided on %1; in effect from %2 until %3 (rule set %4).</source>
        <translation>Beslist op %1; van kracht van %2 tot en met %3 (regelset %4).</translation>
    </message>
    <message>
        <source>Perimeter: %1</source>
        <translation>Perimeter: %1</translation>
    </message>
    <message>
        <source>Order: %1</source>
        <translation>Bevel: %1</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>Reden: %1</translation>
    </message>
    <message>
        <source>Renewals: %1</source>
        <translation>Verlengingen: %1</translation>
    </message>
    <message>
        <source>⚠ %1: %2</source>
        <translation>⚠ %1: %2</translation>
    </message>
    <message>
        <source>No date can be computed for this measure.</source>
        <translation>Voor deze maatregel kan geen datum berekend worden.</translation>
    </message>
    <message>
        <source>Recorded; %1 now ends on %2.</source>
        <translation>Geregistreerd; %1 eindigt nu op %2.</translation>
    </message>
</context>
<context>
    <name>regie::MeetingDeletion</name>
    <message>
        <source>The meeting was not restored: %1.</source>
        <translation>Het overleg is niet teruggezet: %1.</translation>
    </message>
    <message>
        <source>The meeting was not deleted: %1.</source>
        <translation>Het overleg is niet verwijderd: %1.</translation>
    </message>
    <message>
        <source>De&amp;lete meeting…</source>
        <translation>Overleg &amp;verwijderen…</translation>
    </message>
    <message>
        <source>Delete the selected meeting with its agenda and action points (%1)</source>
        <translation>Het geselecteerde overleg verwijderen, met zijn agenda en actiepunten (%1)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>Onge&amp;daan maken</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 (%2, &quot;%3&quot;)</source>
        <translation>%1 (%2, &quot;%3&quot;)</translation>
    </message>
    <message>
        <source>Select a meeting first.</source>
        <translation>Selecteer eerst een overleg.</translation>
    </message>
    <message>
        <source>Delete meeting</source>
        <translation>Overleg verwijderen</translation>
    </message>
    <message>
        <source>Delete the meeting of %1?</source>
        <translation>Het overleg van %1 verwijderen?</translation>
    </message>
    <message>
        <source>It has no action points.</source>
        <translation>Het heeft geen actiepunten.</translation>
    </message>
    <message numerus="yes">
        <source>%n action point(s) go with it (%1 still open).</source>
        <translation>
            <numerusform>%n actiepunt verdwijnt mee (waarvan %1 nog open).</numerusform>
            <numerusform>%n actiepunten verdwijnen mee (waarvan %1 nog open).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Its agenda (%n item(s)) and attendance go with it too.</source>
        <translation>
            <numerusform>De agenda (%n punt) en de aanwezigheden verdwijnen ook mee.</numerusform>
            <numerusform>De agenda (%n punten) en de aanwezigheden verdwijnen ook mee.</numerusform>
        </translation>
    </message>
    <message>
        <source>Its open action points no longer appear in the list of action points and no longer count as overdue.</source>
        <translation>De open actiepunten staan dan niet meer in de lijst van actiepunten en tellen niet meer als te laat.</translation>
    </message>
    <message>
        <source>You can undo this with Ctrl+Z or the Undo button that appears.</source>
        <translation>U kunt dit ongedaan maken met Ctrl+Z of met de knop Ongedaan maken die dan verschijnt.</translation>
    </message>
    <message>
        <source>&amp;Delete meeting</source>
        <translation>Overleg &amp;verwijderen</translation>
    </message>
    <message>
        <source>delete meeting of %1</source>
        <translation>overleg van %1 verwijderen</translation>
    </message>
    <message numerus="yes">
        <source>Meeting of %1 deleted, with %n action point(s).</source>
        <translation>
            <numerusform>Overleg van %1 verwijderd, met %n actiepunt.</numerusform>
            <numerusform>Overleg van %1 verwijderd, met %n actiepunten.</numerusform>
        </translation>
    </message>
    <message>
        <source>Meeting deleted</source>
        <translation>Overleg verwijderd</translation>
    </message>
    <message numerus="yes">
        <source>Meeting of %1 restored, with %n action point(s).</source>
        <translation>
            <numerusform>Overleg van %1 teruggezet, met %n actiepunt.</numerusform>
            <numerusform>Overleg van %1 teruggezet, met %n actiepunten.</numerusform>
        </translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Overleg</translation>
    </message>
    <message>
        <source>Deleted meeting&amp;s…</source>
        <translation>Ve&amp;rwijderde overleggen…</translation>
    </message>
    <message>
        <source>Find a deleted meeting and restore it</source>
        <translation>Een verwijderd overleg terugvinden en terugzetten</translation>
    </message>
    <message>
        <source>restore meeting of %1</source>
        <translation>overleg van %1 terugzetten</translation>
    </message>
</context>
<context>
    <name>regie::MeetingDialog</name>
    <message>
        <source>New meeting</source>
        <translation>Nieuw overleg</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Overleg</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Type:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Datum:</translation>
    </message>
    <message>
        <source>T&amp;itle:</source>
        <translation>T&amp;itel:</translation>
    </message>
    <message>
        <source>&amp;Attendees</source>
        <translation>&amp;Aanwezigen</translation>
    </message>
    <message>
        <source>A&amp;genda and minutes</source>
        <translation>A&amp;genda en verslag</translation>
    </message>
    <message>
        <source>Action &amp;points</source>
        <translation>Actie&amp;punten</translation>
    </message>
    <message>
        <source>Attending &amp;organisations (Space ticks the selected one):</source>
        <translation>Aanwezige &amp;organisaties (spatie vinkt de geselecteerde aan):</translation>
    </message>
    <message>
        <source>by role, separated by &apos;;&apos; - for example: uitbaters; buurtcomité</source>
        <translation>volgens hoedanigheid, gescheiden door &apos;;&apos; - bijvoorbeeld: uitbaters; buurtcomité</translation>
    </message>
    <message>
        <source>Other attendees (&amp;by role):</source>
        <translation>Andere aanwezigen (volgens &amp;hoedanigheid):</translation>
    </message>
    <message>
        <source>Recorded as participants: %1</source>
        <translation>Geregistreerd als deelnemers: %1</translation>
    </message>
    <message>
        <source>Agenda (F2 edits, Insert adds, Delete removes, Alt+Up/Down moves):</source>
        <translation>Agenda (F2 bewerkt, Insert voegt toe, Delete verwijdert, Alt+Omhoog/Omlaag verplaatst):</translation>
    </message>
    <message>
        <source>Add topi&amp;c</source>
        <translation>Agendapunt toe&amp;voegen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Omhoog</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Omlaag</translation>
    </message>
    <message>
        <source>&amp;Minutes:</source>
        <translation>V&amp;erslag:</translation>
    </message>
    <message>
        <source>New topic</source>
        <translation>Nieuw agendapunt</translation>
    </message>
</context>
<context>
    <name>regie::MeetingsPage</name>
    <message>
        <source>Not saved: %1.</source>
        <translation>Niet bewaard: %1.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Soort</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Attendees</source>
        <translation>Aanwezigen</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>Agendapunten</translation>
    </message>
    <message>
        <source>Open action points</source>
        <translation>Open actiepunten</translation>
    </message>
    <message>
        <source>Search meetings and action points (Ctrl+F)</source>
        <translation>Zoek in overleg en actiepunten (Ctrl+F)</translation>
    </message>
    <message>
        <source>&amp;New meeting…</source>
        <translation>&amp;Nieuw overleg…</translation>
    </message>
    <message>
        <source>&amp;Open meeting</source>
        <translation>Overleg &amp;openen</translation>
    </message>
    <message>
        <source>Action points</source>
        <translation>Actiepunten</translation>
    </message>
    <message>
        <source>Show &amp;done and cancelled</source>
        <translation>&amp;Afgeronde en geannuleerde tonen</translation>
    </message>
    <message>
        <source>&amp;Mark done today</source>
        <translation>Vandaag als afgerond &amp;markeren</translation>
    </message>
    <message>
        <source>Open &amp;its meeting</source>
        <translation>&amp;Bijbehorend overleg openen</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Stand</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Uiterlijk</translation>
    </message>
    <message>
        <source>Action point</source>
        <translation>Actiepunt</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Verantwoordelijke</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Overleg</translation>
    </message>
    <message>
        <source>%1 (%2 overdue)</source>
        <translation>%1 (%2 te laat)</translation>
    </message>
    <message numerus="yes">
        <source>Overdue (%n day(s))</source>
        <translation>
            <numerusform>Te laat (%n dag)</numerusform>
            <numerusform>Te laat (%n dagen)</numerusform>
        </translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>No open action points.</source>
        <translation>Geen open actiepunten.</translation>
    </message>
    <message numerus="yes">
        <source>%n open action point(s), of which %1 overdue.</source>
        <translation>
            <numerusform>%n open actiepunt, waarvan %1 te laat.</numerusform>
            <numerusform>%n open actiepunten, waarvan %1 te laat.</numerusform>
        </translation>
    </message>
    <message>
        <source>Meeting saved</source>
        <translation>Overleg bewaard</translation>
    </message>
    <message>
        <source>Select an action point first.</source>
        <translation>Selecteer eerst een actiepunt.</translation>
    </message>
    <message>
        <source>Action point marked done</source>
        <translation>Actiepunt als afgerond gemarkeerd</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Overleg</translation>
    </message>
</context>
<context>
    <name>regie::NewPersonDialog</name>
    <message>
        <source>New person or organisation</source>
        <translation>Nieuwe persoon of organisatie</translation>
    </message>
</context>
<context>
    <name>regie::NewRoundDialog</name>
    <message>
        <source>New reporting round</source>
        <translation>Nieuwe rapporteringsronde</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Naam:</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Van:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Tot:</translation>
    </message>
</context>
<context>
    <name>regie::PassphraseDialog</name>
    <message>
        <source>New passphrase</source>
        <translation>Nieuwe wachtzin</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Wachtzin</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Wachtzin:</translation>
    </message>
    <message>
        <source>&amp;Again:</source>
        <translation>&amp;Nogmaals:</translation>
    </message>
    <message>
        <source>At least %1 characters.</source>
        <translation>Minstens %1 tekens.</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>De twee wachtzinnen verschillen.</translation>
    </message>
    <message>
        <source>Type the passphrase of this installation&apos;s keys.</source>
        <translation>Typ de wachtzin van de sleutels van deze installatie.</translation>
    </message>
</context>
<context>
    <name>regie::PeerListModel</name>
    <message>
        <source>Read this fingerprint aloud with the other installation by phone; if it differs, revoke the peer at once.</source>
        <translation>Lees deze vingerafdruk telefonisch voor met de andere installatie; verschilt hij, trek de partner dan meteen in.</translation>
    </message>
    <message>
        <source>Revoked on %1</source>
        <translation>Ingetrokken op %1</translation>
    </message>
    <message>
        <source>Trusted since %1</source>
        <translation>Vertrouwd sinds %1</translation>
    </message>
    <message>
        <source>Peer</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>Installation</source>
        <translation>Installatie</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>Vingerafdruk</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Toestand</translation>
    </message>
</context>
<context>
    <name>regie::PeoplePage</name>
    <message>
        <source>Search name, national or company number (Ctrl+F)</source>
        <translation>Zoeken op naam, rijksregister- of ondernemingsnummer (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search people</source>
        <translation>Personen zoeken</translation>
    </message>
    <message>
        <source>New person</source>
        <translation>Nieuwe persoon</translation>
    </message>
    <message>
        <source>New organisation</source>
        <translation>Nieuwe organisatie</translation>
    </message>
    <message>
        <source>Delete person…</source>
        <translation>Persoon verwijderen…</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Niet-opgeslagen wijzigingen</translation>
    </message>
    <message>
        <source>Save the changes to “%1”?</source>
        <translation>Wilt u de wijzigingen aan “%1” opslaan?</translation>
    </message>
    <message>
        <source>Discarded changes are lost.</source>
        <translation>Wijzigingen die u verwerpt, gaan verloren.</translation>
    </message>
    <message>
        <source>No people yet — add a person with %1.</source>
        <translation>Nog geen personen — voeg een persoon toe met %1.</translation>
    </message>
    <message>
        <source>No one matches “%1”. Search by part of a name, or by the digits of a number.</source>
        <translation>Niemand gevonden voor “%1”. Zoek op een deel van een naam, of op de cijfers van een nummer.</translation>
    </message>
    <message>
        <source>Select a person in the list to see and edit the details.</source>
        <translation>Selecteer een persoon in de lijst om de gegevens te bekijken en te bewerken.</translation>
    </message>
    <message>
        <source>Add a person with %1, or an organisation with %2.</source>
        <translation>Voeg een persoon toe met %1, of een organisatie met %2.</translation>
    </message>
    <message>
        <source>People: %1</source>
        <translation>Personen: %1</translation>
    </message>
    <message>
        <source>Matching “%1”: %2</source>
        <translation>Gevonden voor “%1”: %2</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personen</translation>
    </message>
</context>
<context>
    <name>regie::PersonEditor</name>
    <message>
        <source>&amp;Delete…</source>
        <translation>Verw&amp;ijderen…</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Niet-opgeslagen wijzigingen</translation>
    </message>
    <message>
        <source>&amp;Revert</source>
        <translation>&amp;Terugdraaien</translation>
    </message>
    <message>
        <source>Undo the edits since the last save</source>
        <translation>De wijzigingen sinds het laatste opslaan ongedaan maken</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>Op&amp;slaan</translation>
    </message>
    <message>
        <source>Save (%1)</source>
        <translation>Opslaan (%1)</translation>
    </message>
    <message>
        <source>New organisation</source>
        <translation>Nieuwe organisatie</translation>
    </message>
    <message>
        <source>New person</source>
        <translation>Nieuwe persoon</translation>
    </message>
    <message>
        <source>Enter the date as dd/mm/yyyy, or leave it empty when it is not known.</source>
        <translation>Vul de datum in als dd/mm/jjjj, of laat het veld leeg als de datum onbekend is.</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>%1 opgeslagen.</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Niet opgeslagen: %1</translation>
    </message>
    <message>
        <source>✗ %1</source>
        <translation>✗ %1</translation>
    </message>
    <message>
        <source>Edits discarded.</source>
        <translation>Wijzigingen verworpen.</translation>
    </message>
    <message>
        <source>Delete person</source>
        <translation>Persoon verwijderen</translation>
    </message>
    <message>
        <source>Delete “%1”?</source>
        <translation>“%1” verwijderen?</translation>
    </message>
    <message>
        <source>%1 will no longer appear in Regie. The deletion is kept in the change log.</source>
        <translation>%1 verschijnt niet langer in Regie. De verwijdering blijft bewaard in het wijzigingslogboek.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <source>Deleted %1.</source>
        <translation>%1 verwijderd.</translation>
    </message>
    <message>
        <source>Delete organisation</source>
        <translation>Organisatie verwijderen</translation>
    </message>
</context>
<context>
    <name>regie::PersonForm</name>
    <message>
        <source>&amp;Person</source>
        <translation>&amp;Persoon</translation>
    </message>
    <message>
        <source>A natural person, identified by a national register or BIS number</source>
        <translation>Een natuurlijke persoon, geïdentificeerd door een rijksregister- of BIS-nummer</translation>
    </message>
    <message>
        <source>&amp;Organisation</source>
        <translation>&amp;Organisatie</translation>
    </message>
    <message>
        <source>A company or association, identified by its company number</source>
        <translation>Een rechtspersoon (vennootschap of vereniging), geïdentificeerd door het ondernemingsnummer</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>Soort:</translation>
    </message>
    <message>
        <source>&amp;Family name:</source>
        <translation>&amp;Familienaam:</translation>
    </message>
    <message>
        <source>&amp;Given names:</source>
        <translation>&amp;Voornamen:</translation>
    </message>
    <message>
        <source>&amp;Birth date:</source>
        <translation>G&amp;eboortedatum:</translation>
    </message>
    <message>
        <source>dd/mm/yyyy — empty when not known</source>
        <translation>dd/mm/jjjj — leeg als onbekend</translation>
    </message>
    <message>
        <source>Left empty, the birth date is taken from the national number.</source>
        <translation>Blijft dit veld leeg, dan wordt de geboortedatum uit het rijksregisternummer gehaald.</translation>
    </message>
    <message>
        <source>&amp;National/BIS number:</source>
        <translation>&amp;Rijksregister-/BIS-nummer:</translation>
    </message>
    <message>
        <source>National register number or BIS number, e.g. YY.MM.DD-SSS.CC</source>
        <translation>Rijksregisternummer of BIS-nummer, bv. JJ.MM.DD-VVV.CC</translation>
    </message>
    <message>
        <source>&amp;Legal name:</source>
        <translation>&amp;Maatschappelijke naam:</translation>
    </message>
    <message>
        <source>Legal for&amp;m:</source>
        <translation>Rechts&amp;vorm:</translation>
    </message>
    <message>
        <source>e.g. BV, NV, VZW</source>
        <translation>bv. BV, NV, VZW</translation>
    </message>
    <message>
        <source>&amp;Company number:</source>
        <translation>Ond&amp;ernemingsnummer:</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Adres:</translation>
    </message>
    <message>
        <source>Street and number
Postcode and city</source>
        <translation>Straat en huisnummer
Postcode en gemeente</translation>
    </message>
    <message>
        <source>No&amp;tes:</source>
        <translation>&amp;Notities:</translation>
    </message>
    <message>
        <source>Enter the date as dd/mm/yyyy, or leave it empty when it is not known.</source>
        <translation>Vul de datum in als dd/mm/jjjj, of laat het veld leeg als de datum onbekend is.</translation>
    </message>
</context>
<context>
    <name>regie::PersonListModel</name>
    <message>
        <source>Organisation</source>
        <translation>Organisatie</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Persoon</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Geboortedatum</translation>
    </message>
    <message>
        <source>Identifier</source>
        <translation>Identificatienummer</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adres</translation>
    </message>
</context>
<context>
    <name>regie::PersonPicker</name>
    <message>
        <source>Name or national number</source>
        <translation>Naam of rijksregisternummer</translation>
    </message>
    <message>
        <source>(search first)</source>
        <translation>(eerst zoeken)</translation>
    </message>
    <message>
        <source> (born %1)</source>
        <translation> (geboren %1)</translation>
    </message>
    <message>
        <source>No one matches “%1”</source>
        <translation>Niemand gevonden voor “%1”</translation>
    </message>
    <message>
        <source>%1 matches: pick one</source>
        <translation>%1 gevonden: kies er een</translation>
    </message>
</context>
<context>
    <name>regie::PlanCompareDialog</name>
    <message>
        <source>Compare plan periods</source>
        <translation>Planperiodes vergelijken</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;Van</translation>
    </message>
    <message>
        <source>&amp;to</source>
        <translation>&amp;tot</translation>
    </message>
    <message>
        <source>Fiche</source>
        <translation>Fiche</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Verschil</translation>
    </message>
    <message>
        <source>What changed</source>
        <translation>Wat gewijzigd is</translation>
    </message>
    <message>
        <source>title</source>
        <translation>titel</translation>
    </message>
    <message>
        <source>description</source>
        <translation>beschrijving</translation>
    </message>
    <message>
        <source>critical conditions</source>
        <translation>kritische voorwaarden</translation>
    </message>
    <message>
        <source>executor</source>
        <translation>uitvoerder</translation>
    </message>
    <message>
        <source>contact</source>
        <translation>contactpersoon</translation>
    </message>
    <message>
        <source>staff effort</source>
        <translation>inzet mensmiddelen</translation>
    </message>
    <message>
        <source>funding</source>
        <translation>financiering</translation>
    </message>
    <message>
        <source>planned actions</source>
        <translation>voorziene acties</translation>
    </message>
    <message>
        <source>measurement results</source>
        <translation>meetresultaten</translation>
    </message>
    <message>
        <source>partners</source>
        <translation>partners</translation>
    </message>
    <message>
        <source>added</source>
        <translation>toegevoegd</translation>
    </message>
    <message>
        <source>dropped</source>
        <translation>geschrapt</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>gewijzigd</translation>
    </message>
    <message>
        <source>The two periods hold the same fiches.</source>
        <translation>De twee periodes bevatten dezelfde fiches.</translation>
    </message>
    <message>
        <source>Added: %1 · dropped: %2 · changed: %3</source>
        <translation>Toegevoegd: %1 · geschrapt: %2 · gewijzigd: %3</translation>
    </message>
</context>
<context>
    <name>regie::PlanItemListEditor</name>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Toevoegen</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>&amp;Verwijderen</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>&amp;Omhoog</translation>
    </message>
    <message>
        <source>Move &amp;down</source>
        <translation>Om&amp;laag</translation>
    </message>
    <message>
        <source>New item</source>
        <translation>Nieuwe regel</translation>
    </message>
</context>
<context>
    <name>regie::PlanItemListModel</name>
    <message>
        <source>Planned</source>
        <translation>Gepland</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Lopend</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Uitgevoerd</translation>
    </message>
    <message>
        <source>Dropped</source>
        <translation>Geschrapt</translation>
    </message>
    <message>
        <source>Entered by partner</source>
        <translation>Ingevoerd door partner</translation>
    </message>
    <message>
        <source>Computed by Regie</source>
        <translation>Berekend door Regie</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Geïmporteerd</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Bron</translation>
    </message>
    <message>
        <source>Planned action</source>
        <translation>Geplande actie</translation>
    </message>
    <message>
        <source>Measurement result</source>
        <translation>Meetresultaat</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partner</translation>
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
        <translation>Krachtlijn / fiche</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Inhoud</translation>
    </message>
    <message numerus="yes">
        <source>%n action(s)</source>
        <translation>
            <numerusform>%n actie</numerusform>
            <numerusform>%n acties</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n indicator(s)</source>
        <translation>
            <numerusform>%n indicator</numerusform>
            <numerusform>%n indicatoren</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>regie::PlannerModel</name>
    <message>
        <source>No proactive inspection in %1</source>
        <translation>Geen proactieve inspectie in %1</translation>
    </message>
    <message>
        <source>Certificate valid until %1 (%2)</source>
        <translation>Verklaring geldig tot %1 (%2)</translation>
    </message>
    <message>
        <source>%1 (overdue)</source>
        <translation>%1 (over tijd)</translation>
    </message>
    <message>
        <source>Premises</source>
        <translation>Pand</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reden</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Uiterlijk</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Toelichting</translation>
    </message>
</context>
<context>
    <name>regie::PlannerPage</name>
    <message>
        <source>Filter by premises, reason or detail (Ctrl+F)</source>
        <translation>Filter op pand, reden of toelichting (Ctrl+F)</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>&amp;Jaar:</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>Af&amp;drukken…</translation>
    </message>
    <message>
        <source>Print the list as shown (%1)</source>
        <translation>De lijst afdrukken zoals getoond (%1)</translation>
    </message>
    <message>
        <source>E&amp;xport CSV…</source>
        <translation>E&amp;xporteren naar CSV…</translation>
    </message>
    <message>
        <source>%1: proactive inspections to do: %2 · renewals due: %3 · conditions overdue: %4</source>
        <translation>%1: proactieve inspecties te doen: %2 · hernieuwingen nodig: %3 · voorwaarden over tijd: %4</translation>
    </message>
    <message>
        <source>The CSV file %1 could not be written: %2</source>
        <translation>Het CSV-bestand %1 kon niet geschreven worden: %2</translation>
    </message>
    <message>
        <source>Planner exported to %1</source>
        <translation>Planning geëxporteerd naar %1</translation>
    </message>
    <message>
        <source>Export the planner</source>
        <translation>Planning exporteren</translation>
    </message>
    <message>
        <source>planner-%1.csv</source>
        <translation>planning-%1.csv</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-bestanden (*.csv)</translation>
    </message>
    <message>
        <source>Planner %1</source>
        <translation>Planning %1</translation>
    </message>
    <message>
        <source>Printed %1</source>
        <translation>Afgedrukt %1</translation>
    </message>
    <message>
        <source>Print the planner</source>
        <translation>Planning afdrukken</translation>
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
        <translation>Beleidsdoelstelling:</translation>
    </message>
    <message>
        <source>Vision</source>
        <translation>Visie</translation>
    </message>
    <message>
        <source>Objectives</source>
        <translation>Doelstellingen</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Resultaten</translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation>Indicatoren</translation>
    </message>
    <message>
        <source>Period %1 to %2 · %3 policy lines · %4 action fiches</source>
        <translation>Periode van %1 tot %2 · %3 krachtlijnen · %4 actiefiches</translation>
    </message>
    <message>
        <source>Choose a policy line or a fiche on the left. Edit a fiche, undo with Ctrl+Z and save with Ctrl+S.</source>
        <translation>Kies links een krachtlijn of een fiche. Bewerk een fiche, maak ongedaan met Ctrl+Z en sla op met Ctrl+S.</translation>
    </message>
</context>
<context>
    <name>regie::PremisesListModel</name>
    <message>
        <source>(no holder)</source>
        <translation>(geen houder)</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adres</translation>
    </message>
    <message>
        <source>Windows</source>
        <translation>Ramen</translation>
    </message>
    <message>
        <source>Holders</source>
        <translation>Houders</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Verklaring</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Geldig tot</translation>
    </message>
</context>
<context>
    <name>regie::PremisesPage</name>
    <message>
        <source>Select a premises to see its certificate dossier.</source>
        <translation>Kies een pand om het dossier van de geschiktheidsverklaring te zien.</translation>
    </message>
    <message>
        <source>Search address, holder or status (Ctrl+F)</source>
        <translation>Zoek adres, houder of stand (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search premises</source>
        <translation>Panden zoeken</translation>
    </message>
    <message>
        <source>New premises…</source>
        <translation>Nieuw pand…</translation>
    </message>
    <message>
        <source>No premises yet — add one with %1.</source>
        <translation>Nog geen panden — voeg er een toe met %1.</translation>
    </message>
    <message>
        <source>No premises matches “%1”.</source>
        <translation>Geen pand past bij „%1”.</translation>
    </message>
    <message>
        <source>Premises: %1</source>
        <translation>Panden: %1</translation>
    </message>
    <message>
        <source>Premises &amp; certificates</source>
        <translation>Panden &amp; verklaringen</translation>
    </message>
</context>
<context>
    <name>regie::ProceduresPage</name>
    <message>
        <source>&amp;GAS fines</source>
        <translation>&amp;GAS-boetes</translation>
    </message>
    <message>
        <source>&amp;Mayor&apos;s measures</source>
        <translation>&amp;Maatregelen van de burgemeester</translation>
    </message>
    <message>
        <source>R&amp;ule sets…</source>
        <translation>&amp;Regelsets…</translation>
    </message>
    <message>
        <source>The terms and limits in force, with their legal basis</source>
        <translation>De geldende termijnen en grenzen, met hun rechtsgrond</translation>
    </message>
    <message>
        <source>Procedures</source>
        <translation>Procedures</translation>
    </message>
    <message>
        <source>Sanctions against &amp;holders</source>
        <translation>Sancties tegen &amp;houders</translation>
    </message>
</context>
<context>
    <name>regie::RecordDialog</name>
    <message>
        <source>Sectoral meeting of safety partners</source>
        <translation>Sectoraal overleg veiligheidspartners</translation>
    </message>
    <message>
        <source>Sectoral meeting of care partners</source>
        <translation>Sectoraal overleg hulpverleningspartners</translation>
    </message>
    <message>
        <source>Intersectoral meeting</source>
        <translation>Intersectoraal overleg</translation>
    </message>
    <message>
        <source>Meeting with owners of window premises</source>
        <translation>Overleg met eigenaars van raamprostitutiepanden</translation>
    </message>
    <message>
        <source>Core group fitness certificate</source>
        <translation>Kerngroep geschiktheidsverklaring</translation>
    </message>
    <message>
        <source>Administrative enforcement with partners</source>
        <translation>Bestuurlijke handhaving met partners</translation>
    </message>
    <message>
        <source>Police team with the actors involved</source>
        <translation>Prostitutieteam met betrokken actoren</translation>
    </message>
    <message>
        <source>Reporting moment</source>
        <translation>Rapportagemoment</translation>
    </message>
    <message>
        <source>Policy note</source>
        <translation>Beleidsnota</translation>
    </message>
    <message>
        <source>Signal note</source>
        <translation>Signaalnota</translation>
    </message>
    <message>
        <source>Covenant</source>
        <translation>Convenant</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Rapport</translation>
    </message>
    <message>
        <source>Explanation of the policy on request</source>
        <translation>Toelichting van het beleid op verzoek</translation>
    </message>
    <message>
        <source>Record a meeting</source>
        <translation>Overleg registreren</translation>
    </message>
    <message>
        <source>Record a note or covenant</source>
        <translation>Nota of convenant registreren</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Type:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Soort:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Datum:</translation>
    </message>
    <message>
        <source>T&amp;itle:</source>
        <translation>T&amp;itel:</translation>
    </message>
    <message>
        <source>&amp;Participants:</source>
        <translation>&amp;Deelnemers:</translation>
    </message>
    <message>
        <source>&amp;Reference:</source>
        <translation>&amp;Referentie:</translation>
    </message>
</context>
<context>
    <name>regie::RegisterCheckDialog</name>
    <message>
        <source>Check a worker against the register — %1</source>
        <translation>Een sekswerker toetsen aan het register — %1</translation>
    </message>
    <message>
        <source>%1 — %2, %3</source>
        <translation>%1 — %2, %3</translation>
    </message>
    <message>
        <source>&amp;Inspection:</source>
        <translation>&amp;Inspectie:</translation>
    </message>
    <message>
        <source>&amp;Window:</source>
        <translation>&amp;Raam:</translation>
    </message>
    <message>
        <source>&amp;Reference:</source>
        <translation>Re&amp;ferentie:</translation>
    </message>
    <message>
        <source>The reference the worker gave, checked against the register on the inspection&apos;s date. Without a registered and validated line a draft finding “worker not pre-registered” is made.</source>
        <translation>De referentie die de sekswerker gaf, getoetst aan het register op de datum van de inspectie. Zonder geregistreerde en gevalideerde lijn wordt een ontwerpvaststelling “sekswerker niet vooraf geregistreerd” gemaakt.</translation>
    </message>
    <message>
        <source>&amp;Check</source>
        <translation>&amp;Toetsen</translation>
    </message>
    <message>
        <source>✓ %1 is registered and validated by the police for window %2.</source>
        <translation>✓ %1 is geregistreerd en door de politie gevalideerd voor raam %2.</translation>
    </message>
    <message>
        <source>⚠ Not conform: %1. A draft finding “worker not pre-registered” was recorded with the inspection.</source>
        <translation>⚠ Niet conform: %1. Een ontwerpvaststelling “sekswerker niet vooraf geregistreerd” is bij de inspectie geregistreerd.</translation>
    </message>
</context>
<context>
    <name>regie::RuleSetsDialog</name>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nee</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1 dagen</translation>
    </message>
    <message>
        <source>%1 months</source>
        <translation>%1 maanden</translation>
    </message>
    <message>
        <source>%1 years</source>
        <translation>%1 jaar</translation>
    </message>
    <message>
        <source>%1 hours</source>
        <translation>%1 uur</translation>
    </message>
    <message>
        <source>age %1</source>
        <translation>leeftijd %1</translation>
    </message>
    <message>
        <source>Rule sets</source>
        <translation>Regelsets</translation>
    </message>
    <message>
        <source>A procedure uses the rule set valid on its date of facts. These rules are read-only here; a newer set is added as data.</source>
        <translation>Een procedure gebruikt de regelset die gold op de datum van de feiten. Deze regels zijn hier alleen te lezen; een nieuwere set wordt als gegevens toegevoegd.</translation>
    </message>
    <message>
        <source>Rule set / rule</source>
        <translation>Regelset / regel</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Waarde</translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation>Rechtsgrond</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>valid %1 to %2</source>
        <translation>geldig van %1 tot %2</translation>
    </message>
    <message>
        <source>valid from %1</source>
        <translation>geldig vanaf %1</translation>
    </message>
</context>
<context>
    <name>regie::SyncBacklogModel</name>
    <message>
        <source>From</source>
        <translation>Van</translation>
    </message>
    <message>
        <source>Sequences</source>
        <translation>Volgnummers</translation>
    </message>
    <message>
        <source>Bundle</source>
        <translation>Bundel</translation>
    </message>
</context>
<context>
    <name>regie::SyncHistoryModel</name>
    <message>
        <source>Bundle %1</source>
        <translation>Bundel %1</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Verzonden</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Ontvangen</translation>
    </message>
    <message>
        <source>Applied</source>
        <translation>Verwerkt</translation>
    </message>
    <message>
        <source>Waiting for an earlier bundle</source>
        <translation>Wacht op een eerdere bundel</translation>
    </message>
    <message>
        <source>Written</source>
        <translation>Geschreven</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wanneer</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Richting</translation>
    </message>
    <message>
        <source>Peer</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Wijzigingen</translation>
    </message>
    <message>
        <source>Sequences</source>
        <translation>Volgnummers</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>regie::SyncKeysPanel</name>
    <message>
        <source>&amp;Create keys…</source>
        <translation>Sleutels &amp;aanmaken…</translation>
    </message>
    <message>
        <source>Save &amp;public key…</source>
        <translation>&amp;Publieke sleutel bewaren…</translation>
    </message>
    <message>
        <source>Write the public-key file to hand to a peer installation</source>
        <translation>Het publieke-sleutelbestand schrijven om aan een partnerinstallatie te bezorgen</translation>
    </message>
    <message>
        <source>&lt;b&gt;Trusted peers&lt;/b&gt;</source>
        <translation>&lt;b&gt;Vertrouwde partners&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&amp;Add peer…</source>
        <translation>Partner &amp;toevoegen…</translation>
    </message>
    <message>
        <source>Trust a peer installation from its public-key file</source>
        <translation>Een partnerinstallatie vertrouwen op basis van haar publieke-sleutelbestand</translation>
    </message>
    <message>
        <source>&amp;Revoke…</source>
        <translation>&amp;Intrekken…</translation>
    </message>
    <message>
        <source>This installation: &lt;b&gt;%1 – %2&lt;/b&gt;&lt;br&gt;Key fingerprint: &lt;b&gt;%3&lt;/b&gt;</source>
        <translation>Deze installatie: &lt;b&gt;%1 – %2&lt;/b&gt;&lt;br&gt;Vingerafdruk van de sleutel: &lt;b&gt;%3&lt;/b&gt;</translation>
    </message>
    <message>
        <source>This installation: &lt;b&gt;%1 – %2&lt;/b&gt;&lt;br&gt;No keys yet: create them before exchanging bundles with other installations.</source>
        <translation>Deze installatie: &lt;b&gt;%1 – %2&lt;/b&gt;&lt;br&gt;Nog geen sleutels: maak ze aan voor u bundels uitwisselt met andere installaties.</translation>
    </message>
    <message>
        <source>Keys made. Fingerprint: %1. Keep the passphrase safe: without it no bundle can be made or opened here.</source>
        <translation>Sleutels aangemaakt. Vingerafdruk: %1. Bewaar de wachtzin goed: zonder wachtzin kan hier geen bundel gemaakt of geopend worden.</translation>
    </message>
    <message>
        <source>The public key could not be written to %1: %2</source>
        <translation>De publieke sleutel kon niet naar %1 geschreven worden: %2</translation>
    </message>
    <message>
        <source>Public key written to %1. Fingerprint to read out by phone: %2</source>
        <translation>Publieke sleutel geschreven naar %1. Vingerafdruk om telefonisch voor te lezen: %2</translation>
    </message>
    <message>
        <source>%1 could not be read: %2</source>
        <translation>%1 kon niet gelezen worden: %2</translation>
    </message>
    <message>
        <source>%1 added to the trust list. Fingerprint: %2 – compare it with %1 by phone; if it differs, revoke the peer at once.</source>
        <translation>%1 toegevoegd aan de vertrouwenslijst. Vingerafdruk: %2 – vergelijk hem telefonisch met %1; verschilt hij, trek de partner dan meteen in.</translation>
    </message>
    <message>
        <source>%1 is revoked: its bundles are refused from now on.</source>
        <translation>%1 is ingetrokken: zijn bundels worden voortaan geweigerd.</translation>
    </message>
    <message>
        <source>The private keys of this installation are stored encrypted under a passphrase. It is asked each time a bundle is made or opened. It cannot be recovered: if it is lost, new keys must be made and every peer must trust them again.</source>
        <translation>De private sleutels van deze installatie worden versleuteld bewaard onder een wachtzin. Die wordt gevraagd telkens een bundel gemaakt of geopend wordt. Ze kan niet hersteld worden: gaat ze verloren, dan moeten nieuwe sleutels gemaakt worden en moet elke partner ze opnieuw vertrouwen.</translation>
    </message>
    <message>
        <source>Save the public key</source>
        <translation>De publieke sleutel bewaren</translation>
    </message>
    <message>
        <source>Regie public keys (*.regiekey);;All files (*)</source>
        <translation>Publieke sleutels van Regie (*.regiekey);;Alle bestanden (*)</translation>
    </message>
    <message>
        <source>Public key of a peer</source>
        <translation>Publieke sleutel van een partner</translation>
    </message>
    <message>
        <source>Regie public keys (*.regiekey *.pub *.txt);;All files (*)</source>
        <translation>Publieke sleutels van Regie (*.regiekey *.pub *.txt);;Alle bestanden (*)</translation>
    </message>
    <message>
        <source>Add peer</source>
        <translation>Partner toevoegen</translation>
    </message>
    <message>
        <source>Name for this peer on the trust list (e.g. &quot;office&quot; or &quot;laptop 2&quot;):</source>
        <translation>Naam van deze partner op de vertrouwenslijst (bv. &quot;kantoor&quot; of &quot;laptop 2&quot;):</translation>
    </message>
    <message>
        <source>Revoke peer</source>
        <translation>Partner intrekken</translation>
    </message>
    <message>
        <source>Revoke %1? Bundles signed by %1 will be refused from now on, and no bundle is made for it. This cannot be undone: to trust it again, a new public-key file is needed.</source>
        <translation>%1 intrekken? Bundels ondertekend door %1 worden voortaan geweigerd en er wordt geen bundel meer voor gemaakt. Dit kan niet ongedaan gemaakt worden: om opnieuw te vertrouwen is een nieuw publieke-sleutelbestand nodig.</translation>
    </message>
</context>
<context>
    <name>regie::SyncPage</name>
    <message>
        <source>Exchange work with other installations through signed, encrypted bundle files (USB stick, mail, shared folder).</source>
        <translation>Werk uitwisselen met andere installaties via ondertekende, versleutelde bundelbestanden (USB-stick, e-mail, gedeelde map).</translation>
    </message>
    <message>
        <source>&amp;Export bundle…</source>
        <translation>Bundel &amp;exporteren…</translation>
    </message>
    <message>
        <source>&amp;Import bundle…</source>
        <translation>Bundel &amp;importeren…</translation>
    </message>
    <message>
        <source>Import a bundle or a receipt from a peer; a preview comes first</source>
        <translation>Een bundel of ontvangstbewijs van een partner importeren; eerst komt een voorbeeld</translation>
    </message>
    <message>
        <source>Preview of the import</source>
        <translation>Voorbeeld van de import</translation>
    </message>
    <message>
        <source>I&amp;mport now</source>
        <translation>Nu i&amp;mporteren</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Verwerpen</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Geschiedenis</translation>
    </message>
    <message>
        <source>Backlog</source>
        <translation>Wachtrij</translation>
    </message>
    <message>
        <source>Backlog (%1)</source>
        <translation>Wachtrij (%1)</translation>
    </message>
    <message>
        <source>Write the changes a peer has not confirmed yet into a bundle for that peer</source>
        <translation>De wijzigingen die een partner nog niet bevestigd heeft in een bundel voor die partner schrijven</translation>
    </message>
    <message>
        <source>Create the keys of this installation first</source>
        <translation>Maak eerst de sleutels van deze installatie aan</translation>
    </message>
    <message>
        <source>The bundle for %1 is signed with this installation&apos;s private key.</source>
        <translation>De bundel voor %1 wordt ondertekend met de private sleutel van deze installatie.</translation>
    </message>
    <message>
        <source>Import a bundle</source>
        <translation>Een bundel importeren</translation>
    </message>
    <message>
        <source>Regie bundles and receipts (*.regiebundle *.receipt);;All files (*)</source>
        <translation>Regie-bundels en ontvangstbewijzen (*.regiebundle *.receipt);;Alle bestanden (*)</translation>
    </message>
    <message>
        <source>The bundle is opened with this installation&apos;s private key.</source>
        <translation>De bundel wordt geopend met de private sleutel van deze installatie.</translation>
    </message>
    <message>
        <source>Reading the receipt…</source>
        <translation>Het ontvangstbewijs wordt gelezen…</translation>
    </message>
    <message>
        <source>Writing the bundle for %1…</source>
        <translation>De bundel voor %1 wordt geschreven…</translation>
    </message>
    <message>
        <source>Checking the bundle…</source>
        <translation>De bundel wordt gecontroleerd…</translation>
    </message>
    <message>
        <source>Importing the bundle…</source>
        <translation>De bundel wordt geïmporteerd…</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Synchronisatie</translation>
    </message>
    <message>
        <source>Bundle written to %1. It holds no changes: the peer has confirmed everything this installation has.</source>
        <translation>Bundel geschreven naar %1. Hij bevat geen wijzigingen: de partner heeft alles bevestigd wat deze installatie heeft.</translation>
    </message>
    <message>
        <source>Bundle written to %1 with %2 change(s). Carry it to the peer and import it there.</source>
        <translation>Bundel geschreven naar %1 met %2 wijziging(en). Breng hem naar de partner en importeer hem daar.</translation>
    </message>
    <message>
        <source>Bundle from &lt;b&gt;%1&lt;/b&gt;, made %2, starts at change %3 but this installation has applied %1&apos;s changes only up to %4. Importing it puts it in the backlog until the bundle before it arrives.</source>
        <translation>Bundel van &lt;b&gt;%1&lt;/b&gt;, gemaakt op %2, begint bij wijziging %3, maar deze installatie heeft de wijzigingen van %1 pas tot %4 verwerkt. Importeren zet hem in de wachtrij tot de bundel ervoor aankomt.</translation>
    </message>
    <message>
        <source>Bundle from &lt;b&gt;%1&lt;/b&gt;, made %2, with %3 change(s): %4 new record(s), %5 field(s) changed, %6 conflict(s). Nothing has been changed yet.</source>
        <translation>Bundel van &lt;b&gt;%1&lt;/b&gt;, gemaakt op %2, met %3 wijziging(en): %4 nieuwe record(s), %5 gewijzigde veld(en), %6 conflict(en). Er is nog niets gewijzigd.</translation>
    </message>
    <message>
        <source>Receipt from %1: it has applied this installation&apos;s changes up to change %2. The next bundle for %1 starts after it.</source>
        <translation>Ontvangstbewijs van %1: die heeft de wijzigingen van deze installatie verwerkt tot wijziging %2. De volgende bundel voor %1 begint daarna.</translation>
    </message>
    <message>
        <source>The bundle from %1 waits in the backlog. It is applied by itself when the bundle before it has been imported.</source>
        <translation>De bundel van %1 wacht in de wachtrij. Hij wordt vanzelf verwerkt zodra de bundel ervoor geïmporteerd is.</translation>
    </message>
    <message>
        <source>Imported the bundle from %1: %2 new record(s), %3 field(s) changed.</source>
        <translation>Bundel van %1 geïmporteerd: %2 nieuwe record(s), %3 gewijzigde veld(en).</translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s) wait on the Conflicts page.</source>
        <translation>
            <numerusform>%n conflict wacht op de pagina Conflicten.</numerusform>
            <numerusform>%n conflicten wachten op de pagina Conflicten.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n waiting bundle(s) from the backlog applied too.</source>
        <translation>
            <numerusform>Ook %n wachtende bundel uit de wachtrij is toegepast.</numerusform>
            <numerusform>Ook %n wachtende bundels uit de wachtrij zijn toegepast.</numerusform>
        </translation>
    </message>
    <message>
        <source>Send the receipt %1 back to %2.</source>
        <translation>Stuur het ontvangstbewijs %1 terug naar %2.</translation>
    </message>
    <message>
        <source>No receipt could be written: %1</source>
        <translation>Er kon geen ontvangstbewijs geschreven worden: %1</translation>
    </message>
</context>
<context>
    <name>regie::TodayPage</name>
    <message>
        <source>Filter by dossier number, deadline or state (Ctrl+F)</source>
        <translation>Filter op dossiernummer, termijn of stand (Ctrl+F)</translation>
    </message>
    <message>
        <source>Filter the deadlines</source>
        <translation>Termijnen filteren</translation>
    </message>
    <message>
        <source>D&amp;ue within:</source>
        <translation>&amp;Vervalt binnen:</translation>
    </message>
    <message>
        <source> days</source>
        <translation> dagen</translation>
    </message>
    <message>
        <source>&amp;Why?</source>
        <translation>&amp;Waarom?</translation>
    </message>
    <message>
        <source>Show how the selected date was computed (Alt+W)</source>
        <translation>Toon hoe de gekozen datum berekend is (Alt+W)</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>Ver&amp;nieuwen</translation>
    </message>
    <message>
        <source>Compute the board again (%1)</source>
        <translation>Het overzicht opnieuw berekenen (%1)</translation>
    </message>
    <message>
        <source>&amp;Agenda (.ics)…</source>
        <translation>&amp;Agenda (.ics)…</translation>
    </message>
    <message>
        <source>Save the deadlines shown as an iCalendar file for your agenda</source>
        <translation>De getoonde termijnen als iCalendar-bestand bewaren voor uw agenda</translation>
    </message>
    <message>
        <source>Select a deadline to see how its date was computed.</source>
        <translation>Kies een termijn om te zien hoe de datum berekend is.</translation>
    </message>
    <message>
        <source>%1 — %2, %3</source>
        <translation>%1 — %2, %3</translation>
    </message>
    <message>
        <source>%1: the date recorded in the dossier.</source>
        <translation>%1: de datum die in het dossier staat.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>&lt;b style=&quot;color:#c01c28&quot;&gt;Overdue: %1&lt;/b&gt; — on the board: %2 (due within %3 days, limitations within 30 days, hearings this week, measures that end).</source>
        <translation>&lt;b style=&quot;color:#c01c28&quot;&gt;Te laat: %1&lt;/b&gt; — op het overzicht: %2 (vervalt binnen %3 dagen, verjaringen binnen 30 dagen, hoorzittingen deze week, maatregelen die eindigen).</translation>
    </message>
    <message>
        <source>Nothing overdue — on the board: %1 (due within %2 days, limitations within 30 days, hearings this week, measures that end).</source>
        <translation>Niets te laat — op het overzicht: %1 (vervalt binnen %2 dagen, verjaringen binnen 30 dagen, hoorzittingen deze week, maatregelen die eindigen).</translation>
    </message>
    <message>
        <source>Nothing needs doing: no deadline has passed and none falls within the next %1 days.</source>
        <translation>Niets te doen: geen termijn is verstreken en geen enkele valt binnen de komende %1 dagen.</translation>
    </message>
    <message>
        <source>Save the deadlines for the agenda</source>
        <translation>De termijnen voor de agenda bewaren</translation>
    </message>
    <message>
        <source>iCalendar files (*.ics)</source>
        <translation>iCalendar-bestanden (*.ics)</translation>
    </message>
    <message>
        <source>Could not save %1: %2</source>
        <translation>Kon %1 niet bewaren: %2</translation>
    </message>
    <message>
        <source>Saved %1 deadlines to %2.</source>
        <translation>%1 termijnen bewaard in %2.</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Vandaag</translation>
    </message>
</context>
<context>
    <name>regie::WindowRegisterDialog</name>
    <message>
        <source>Window %1</source>
        <translation>Raam %1</translation>
    </message>
    <message>
        <source>Pseudonym from the police tool, e.g. W-4471</source>
        <translation>Pseudoniem uit de politietool, bv. W-4471</translation>
    </message>
    <message>
        <source>New window register line — %1</source>
        <translation>Nieuwe lijn in het raamregister — %1</translation>
    </message>
    <message>
        <source>&amp;Window:</source>
        <translation>&amp;Raam:</translation>
    </message>
    <message>
        <source>to</source>
        <translation>tot en met</translation>
    </message>
    <message>
        <source>&amp;Period from:</source>
        <translation>&amp;Periode van:</translation>
    </message>
    <message>
        <source>&amp;Reference:</source>
        <translation>Re&amp;ferentie:</translation>
    </message>
    <message>
        <source>Re&amp;gistered in the police registration tool</source>
        <translation>&amp;Geregistreerd in de registratietool van de politie</translation>
    </message>
    <message>
        <source>Registration &amp;validated by the police</source>
        <translation>Registratie ge&amp;valideerd door de politie</translation>
    </message>
    <message>
        <source>e.g. police export 2026-11</source>
        <translation>bv. politie-export 2026-11</translation>
    </message>
    <message>
        <source>&amp;Source:</source>
        <translation>&amp;Bron:</translation>
    </message>
    <message>
        <source>Only the pseudonymous reference is kept: no name, no national number, no copy of an identity document.</source>
        <translation>Alleen de pseudonieme referentie wordt bewaard: geen naam, geen rijksregisternummer, geen kopie van een identiteitsdocument.</translation>
    </message>
    <message>
        <source>Window register line — window %1</source>
        <translation>Lijn in het raamregister — raam %1</translation>
    </message>
    <message>
        <source>A line for another window is a new line.</source>
        <translation>Een lijn voor een ander raam is een nieuwe lijn.</translation>
    </message>
    <message>
        <source>4 to 40 letters, digits, &apos;-&apos; or &apos;_&apos;, as the police tool gives it.</source>
        <translation>4 tot 40 letters, cijfers, &apos;-&apos; of &apos;_&apos;, zoals de politietool ze geeft.</translation>
    </message>
    <message>
        <source>✗ This is a national register or BIS number. Enter only the pseudonymous reference of the police tool.</source>
        <translation>✗ Dit is een rijksregister- of BIS-nummer. Vul alleen de pseudonieme referentie uit de politietool in.</translation>
    </message>
    <message>
        <source>✗ A reference has 4 to 40 letters, digits, &apos;-&apos; or &apos;_&apos; — no spaces, no names.</source>
        <translation>✗ Een referentie heeft 4 tot 40 letters, cijfers, &apos;-&apos; of &apos;_&apos; — geen spaties, geen namen.</translation>
    </message>
    <message>
        <source>✓ Pseudonymous reference</source>
        <translation>✓ Pseudonieme referentie</translation>
    </message>
    <message>
        <source>✗ This premises has no windows.</source>
        <translation>✗ Dit pand heeft geen ramen.</translation>
    </message>
</context>
<context>
    <name>regie::WindowRegisterPanel</name>
    <message>
        <source>Window</source>
        <translation>Raam</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Periode</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Referentie</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Geregistreerd</translation>
    </message>
    <message>
        <source>Add &amp;period…</source>
        <translation>&amp;Periode toevoegen…</translation>
    </message>
    <message>
        <source>Add a register line: a window, a period and the police tool&apos;s outcome</source>
        <translation>Een lijn toevoegen: een raam, een periode en de uitkomst van de politietool</translation>
    </message>
    <message>
        <source>Corre&amp;ct…</source>
        <translation>&amp;Corrigeren…</translation>
    </message>
    <message>
        <source>Check at in&amp;spection…</source>
        <translation>Toetsen bij &amp;inspectie…</translation>
    </message>
    <message>
        <source>Inspection</source>
        <translation>Inspectie</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Vaststelling</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stand</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source> (now)</source>
        <translation> (nu)</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>⚠ No</source>
        <translation>⚠ Nee</translation>
    </message>
    <message>
        <source>No line in the window register yet. Add the lines of the police registration tool&apos;s outcome per window and period.</source>
        <translation>Nog geen lijn in het raamregister. Voeg de uitkomst van de registratietool van de politie toe per raam en periode.</translation>
    </message>
    <message numerus="yes">
        <source>⚠ %n line(s) not registered or not validated by the police.</source>
        <translation>
            <numerusform>⚠ %n lijn niet geregistreerd of niet gevalideerd door de politie.</numerusform>
            <numerusform>⚠ %n lijnen niet geregistreerd of niet gevalideerd door de politie.</numerusform>
        </translation>
    </message>
    <message>
        <source>Every line is registered and validated by the police.</source>
        <translation>Elke lijn is geregistreerd en gevalideerd door de politie.</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Ontwerp</translation>
    </message>
    <message>
        <source>No register check at an inspection found a discrepancy.</source>
        <translation>Geen toetsing aan het register bij een inspectie vond een afwijking.</translation>
    </message>
    <message numerus="yes">
        <source>⚠ %n draft finding(s) “worker not pre-registered” from register checks at inspections:</source>
        <translation>
            <numerusform>⚠ %n ontwerpvaststelling “sekswerker niet vooraf geregistreerd” uit registercontroles bij inspecties:</numerusform>
            <numerusform>⚠ %n ontwerpvaststellingen “sekswerker niet vooraf geregistreerd” uit registercontroles bij inspecties:</numerusform>
        </translation>
    </message>
    <message>
        <source>Correct the selected line</source>
        <translation>De gekozen lijn corrigeren</translation>
    </message>
    <message>
        <source>Select a line first.</source>
        <translation>Kies eerst een lijn.</translation>
    </message>
    <message>
        <source>Check the reference of a worker met at an inspection</source>
        <translation>De referentie toetsen van een sekswerker die bij een inspectie werd aangetroffen</translation>
    </message>
    <message>
        <source>No inspection of this premises yet: start one first.</source>
        <translation>Nog geen inspectie van dit pand: start er eerst een.</translation>
    </message>
    <message>
        <source>Window register line stored.</source>
        <translation>Lijn in het raamregister bewaard.</translation>
    </message>
    <message>
        <source>Window register line corrected.</source>
        <translation>Lijn in het raamregister gecorrigeerd.</translation>
    </message>
    <message>
        <source>Register check: in order.</source>
        <translation>Toetsing aan het register: in orde.</translation>
    </message>
    <message>
        <source>Register check: draft finding recorded.</source>
        <translation>Toetsing aan het register: ontwerpvaststelling geregistreerd.</translation>
    </message>
    <message>
        <source>In a sanction dossier</source>
        <translation>In een sanctiedossier</translation>
    </message>
    <message>
        <source>In a GAS dossier</source>
        <translation>In een GAS-dossier</translation>
    </message>
    <message>
        <source>Validated</source>
        <translation>Gevalideerd</translation>
    </message>
    <message>
        <source>Registered in the police&apos;s window register</source>
        <translation>Ingeschreven in het raamregister van de politie</translation>
    </message>
    <message>
        <source>Validated by the police</source>
        <translation>Gevalideerd door de politie</translation>
    </message>
    <message>
        <source>%1
Source: %2</source>
        <translation>%1
Bron: %2</translation>
    </message>
</context>
</TS>
