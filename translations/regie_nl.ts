<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_BE">
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
    <name>QObject</name>
    <message>
        <source>Regie cannot start</source>
        <translation>Regie kan niet starten</translation>
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
</TS>
