<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_BE">
<context>
    <name>ErrorText</name>
    <message>
        <source>Family name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legal name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>National register or BIS number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff effort (FTE)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A file could not be read or written (%1). Check the disk and the folder&apos;s permissions, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file is not a Regie database. It was left untouched; choose another file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This database was written by a newer Regie (schema version %1). Install the newer Regie to open it; this version will not change it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database is in use by another Regie (%1). Close that Regie first, or wait until it has finished writing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database refused the change (%1). Nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The record no longer exists; it may have been deleted elsewhere.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A value is not valid: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rules do not allow this step: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This record was changed elsewhere at the same time: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is not in the expected format: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regie could not do this: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signature or encryption check failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FicheCommands</name>
    <message>
        <source>Edit %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit item</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FicheEditSession</name>
    <message>
        <source>title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>critical conditions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>executor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contact role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>staff effort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>staff effort text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>funding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move item</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IdentifierMessages</name>
    <message>
        <source>Enter a national register number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A national register number contains only digits, with dots, dashes or spaces between them. Remove the other characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A national register number has 11 digits. Check that no digit is missing or doubled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first six digits of a national register number are the birth date, and this date does not exist. Check the number on the identity document.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The check digits do not match: this is not a valid national register number. Check the number for a typing error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is a BIS number, not a national register number: its month is increased by 20 or 40. Enter it as a BIS number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a BIS number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A BIS number contains only digits, with dots, dashes or spaces between them. Remove the other characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A BIS number has 11 digits. Check that no digit is missing or doubled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The birth date in this BIS number does not exist. Check the number on the document.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The check digits do not match: this is not a valid BIS number. Check the number for a typing error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a BIS number: in a BIS number the birth month is increased by 20 or 40. If the person is in the National Register, enter it as a national register number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a company number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A company number contains only digits, with dots or spaces between them and optionally BE in front. Remove the other characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A company number has 10 digits (old numbers have 9). Check that no digit is missing or doubled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A company number starts with 0 or 1. Numbers that start with 2 to 8 belong to an establishment unit: enter the company number of the enterprise instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The check digits do not match: this is not a valid company number. Look the company up in the Crossroads Bank for Enterprises.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is an old company number of 9 digits; a 0 was added in front.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter an account number (IBAN).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A Belgian account number is BE followed by 14 digits; spaces are allowed. Remove the other characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only Belgian account numbers, starting with BE, are accepted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A Belgian account number has 16 characters: BE followed by 14 digits. Check that no digit is missing or doubled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The IBAN check digits do not match: this is not a valid account number. Check it for a typing error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last two digits do not match the rest of the account number: this is not a valid Belgian account number. Check it for a typing error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a structured payment reference.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A structured payment reference has 12 digits, written as +++123/4567/89002+++. Check the reference on the payment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The check digits do not match: this is not a valid structured payment reference. Check it for a typing error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This police report number does not have the usual form (for example AN.12.L3.00572/24). Check it; it is saved as entered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This identifier is not valid. Check it for a typing error.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Regie cannot start</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>regie::ActionPlanPage</name>
    <message>
        <source>Search fiches and policy lines (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save fiche</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the fiche&apos;s changes (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drop the fiche&apos;s unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fiche %1 saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fiche %1 has changes that are not saved. Save them now?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action plan</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>regie::FicheEditor</name>
    <message>
        <source>not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> FTE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;General</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned &amp;actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Measurement results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Partners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;otes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xecutor:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Contact (role):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>as written in the plan, e.g. &quot;¼ FTE lawyer&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff &amp;effort:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Funding:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Critical co&amp;nditions:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fiche %1 — %2  (not saved)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fiche %1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>regie::IdentifierFeedback</name>
    <message>
        <source>male</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>female</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sex not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>born %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>born in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ valid BIS number: %1, %2, %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ valid: %1, %2, %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional. 11 digits; dots, dashes and spaces are allowed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of 11 digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional. 10 digits (old numbers 9); dots, spaces and BE in front are allowed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ valid: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of 10 digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✗ %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>regie::MainWindow</name>
    <message>
        <source>Regie — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Navigation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Regie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Regie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Regie&lt;/b&gt; %1&lt;/p&gt;&lt;p&gt;Case management for the prostitution-policy office and administrative enforcement.&lt;/p&gt;&lt;p&gt;Licensed under the GNU GPL, version 3 or later.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Installation: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1  (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has changes that are not saved yet. Save them before closing?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>regie::PeoplePage</name>
    <message>
        <source>Search name, national or company number (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete person…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the changes to “%1”?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discarded changes are lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No people yet — add a person with %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No one matches “%1”. Search by part of a name, or by the digits of a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a person in the list to see and edit the details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a person with %1, or an organisation with %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matching “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>regie::PersonEditor</name>
    <message>
        <source>&amp;Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Revert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo the edits since the last save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the date as dd/mm/yyyy, or leave it empty when it is not known.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✗ %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edits discarded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete “%1”?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 will no longer appear in Regie. The deletion is kept in the change log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>regie::PersonForm</name>
    <message>
        <source>&amp;Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A natural person, identified by a national register or BIS number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A company or association, identified by its company number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Family name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Given names:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Birth date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dd/mm/yyyy — empty when not known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left empty, the birth date is taken from the national number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;National/BIS number:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>National register number or BIS number, e.g. YY.MM.DD-SSS.CC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Legal name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legal for&amp;m:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. BV, NV, VZW</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Company number:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Street and number
Postcode and city</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No&amp;tes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the date as dd/mm/yyyy, or leave it empty when it is not known.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>regie::PersonListModel</name>
    <message>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identifier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>regie::PlanItemListEditor</name>
    <message>
        <source>&amp;Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move &amp;down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New item</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>regie::PlanItemListModel</name>
    <message>
        <source>Planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dropped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entered by partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Computed by Regie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measurement result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>regie::PlanTreeModel</name>
    <message numerus="yes">
        <source>%n fiche(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 actions, %2 indicators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Policy line / fiche</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contents</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>regie::PolicyLineView</name>
    <message>
        <source>Goal:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Objectives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period %1 to %2 · %3 policy lines · %4 action fiches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a policy line or a fiche on the left. Edit a fiche, undo with Ctrl+Z and save with Ctrl+S.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
