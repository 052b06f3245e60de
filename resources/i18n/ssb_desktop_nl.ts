<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL" sourcelanguage="en">
<context>
    <name>AdministrationPage</name>
    <message>
        <source>&amp;Add user…</source>
        <translation>Gebruiker &amp;toevoegen…</translation>
    </message>
    <message>
        <source>&amp;Edit user…</source>
        <translation>Gebruiker &amp;bewerken…</translation>
    </message>
    <message>
        <source>&amp;Users</source>
        <translation>&amp;Gebruikers</translation>
    </message>
    <message>
        <source>Accounts that open the program for the first time are added with read-only access; give them the roles they need here.</source>
        <translation>Accounts die het programma voor het eerst openen, worden toegevoegd met alleen leesrechten; geef ze hier de rollen die ze nodig hebben.</translation>
    </message>
    <message>
        <source>Add &amp;district…</source>
        <translation>&amp;Wijk toevoegen…</translation>
    </message>
    <message>
        <source>Dist&amp;ricts</source>
        <translation>Wij&amp;ken</translation>
    </message>
    <message>
        <source>Districts</source>
        <translation>Wijken</translation>
    </message>
    <message>
        <source>Districts are never deleted, because organisations and applications refer to them; make a district inactive when it is no longer used.</source>
        <translation>Wijken worden nooit verwijderd, omdat organisaties en aanvragen ernaar verwijzen; maak een wijk inactief als deze niet meer wordt gebruikt.</translation>
    </message>
    <message>
        <source>Edit d&amp;istrict…</source>
        <translation>W&amp;ijk bewerken…</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Gebruikers</translation>
    </message>
    <message>
        <source>You can look at users and districts here. Only an administrator can change them.</source>
        <translation>Hier kunt u gebruikers en wijken bekijken. Alleen een beheerder kan ze wijzigen.</translation>
    </message>
</context>
<context>
    <name>AttentionList</name>
    <message>
        <source>Nothing needs attention here.</source>
        <translation>Hier vraagt niets om aandacht.</translation>
    </message>
    <message>
        <source>Showing the first {shown} of {total}.</source>
        <translation>De eerste {shown} van {total} worden getoond.</translation>
    </message>
</context>
<context>
    <name>AuditAction</name>
    <message>
        <source>Added</source>
        <translation>Toegevoegd</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Gewijzigd</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Verwijderd</translation>
    </message>
</context>
<context>
    <name>AuditLogPage</name>
    <message>
        <source>&amp;Check chain</source>
        <translation>Keten &amp;controleren</translation>
    </message>
    <message>
        <source>&amp;Export to Excel…</source>
        <translation>&amp;Exporteren naar Excel…</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;Van</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>&amp;Tot en met</translation>
    </message>
    <message>
        <source>&amp;User</source>
        <translation>&amp;Gebruiker</translation>
    </message>
    <message>
        <source>All record types</source>
        <translation>Alle soorten records</translation>
    </message>
    <message>
        <source>All users</source>
        <translation>Alle gebruikers</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Auditlog</translation>
    </message>
    <message>
        <source>Audit log entries</source>
        <translation>Regels van het auditlog</translation>
    </message>
    <message>
        <source>C&amp;lear filters</source>
        <translation>Filters &amp;wissen</translation>
    </message>
    <message>
        <source>Checking the audit log…</source>
        <translation>Het auditlog wordt gecontroleerd…</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exporteren</translation>
    </message>
    <message>
        <source>Export the entries shown (Ctrl+E)</source>
        <translation>De getoonde regels exporteren (Ctrl+E)</translation>
    </message>
    <message>
        <source>Exporting the audit log…</source>
        <translation>Het auditlog wordt geëxporteerd…</translation>
    </message>
    <message>
        <source>Fingerprint: {hash}</source>
        <translation>Vingerafdruk: {hash}</translation>
    </message>
    <message>
        <source>Only the newest {limit} entries are loaded; narrow the filters to see older ones.</source>
        <translation>Alleen de nieuwste {limit} regels zijn geladen; verfijn de filters om oudere te zien.</translation>
    </message>
    <message>
        <source>Record &amp;number</source>
        <translation>Record&amp;nummer</translation>
    </message>
    <message>
        <source>Record &amp;type</source>
        <translation>Record&amp;soort</translation>
    </message>
    <message>
        <source>Search in the entries shown</source>
        <translation>Zoeken in de getoonde regels</translation>
    </message>
    <message>
        <source>Search in the entries shown (Ctrl+F)</source>
        <translation>Zoeken in de getoonde regels (Ctrl+F)</translation>
    </message>
    <message>
        <source>Select an entry to see all its values.</source>
        <translation>Selecteer een regel om alle waarden ervan te zien.</translation>
    </message>
    <message>
        <source>There are no entries to export.</source>
        <translation>Er zijn geen regels om te exporteren.</translation>
    </message>
    <message>
        <source>Values of the selected entry</source>
        <translation>Waarden van de geselecteerde regel</translation>
    </message>
    <message>
        <source>Verify that no entry was changed, removed or inserted afterwards</source>
        <translation>Controleren dat er achteraf geen regel is gewijzigd, verwijderd of ingevoegd</translation>
    </message>
    <message>
        <source>any</source>
        <translation>alle</translation>
    </message>
    <message>
        <source>{n} entries checked, the chain is intact.</source>
        <translation>{n} regels gecontroleerd, de keten is intact.</translation>
    </message>
    <message>
        <source>{n} entries written to {path}.</source>
        <translation>{n} regels geschreven naar {path}.</translation>
    </message>
    <message>
        <source>{record}: {action} on {moment} by {user}</source>
        <translation>{record}: {action} op {moment} door {user}</translation>
    </message>
    <message>
        <source>{shown} of {loaded} entries shown.</source>
        <translation>{shown} van {loaded} regels getoond.</translation>
    </message>
</context>
<context>
    <name>AuditTable</name>
    <message>
        <source>Award decision</source>
        <translation>Gunningsbeslissing</translation>
    </message>
    <message>
        <source>Bid</source>
        <translation>Inschrijving</translation>
    </message>
    <message>
        <source>Bid document</source>
        <translation>Document bij inschrijving</translation>
    </message>
    <message>
        <source>Bid member</source>
        <translation>Lid van combinatie</translation>
    </message>
    <message>
        <source>Completeness request</source>
        <translation>Verzoek om aanvulling</translation>
    </message>
    <message>
        <source>Conflict-of-interest declaration</source>
        <translation>Verklaring geen belangenconflict</translation>
    </message>
    <message>
        <source>Consensus meeting</source>
        <translation>Consensusoverleg</translation>
    </message>
    <message>
        <source>Consensus score</source>
        <translation>Consensusscore</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contactpersoon</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>Contract</translation>
    </message>
    <message>
        <source>Contract party</source>
        <translation>Contractpartij</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>Gunningscriterium</translation>
    </message>
    <message>
        <source>District</source>
        <translation>Wijk</translation>
    </message>
    <message>
        <source>Evaluator</source>
        <translation>Beoordelaar</translation>
    </message>
    <message>
        <source>Extension option</source>
        <translation>Verlengingsoptie</translation>
    </message>
    <message>
        <source>Extra holiday</source>
        <translation>Extra feestdag</translation>
    </message>
    <message>
        <source>Individual score</source>
        <translation>Individuele score</translation>
    </message>
    <message>
        <source>Lot</source>
        <translation>Perceel</translation>
    </message>
    <message>
        <source>Lot extension option</source>
        <translation>Verlengingsoptie van perceel</translation>
    </message>
    <message>
        <source>Objection</source>
        <translation>Bezwaar</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisatie</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Betaling</translation>
    </message>
    <message>
        <source>Procurement</source>
        <translation>Aanbesteding</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultaat</translation>
    </message>
    <message>
        <source>Scale</source>
        <translation>Beoordelingsschaal</translation>
    </message>
    <message>
        <source>Scale value</source>
        <translation>Schaalwaarde</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>Instelling</translation>
    </message>
    <message>
        <source>Subsidy application</source>
        <translation>Subsidieaanvraag</translation>
    </message>
    <message>
        <source>Subsidy scheme</source>
        <translation>Subsidieregeling</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Thema</translation>
    </message>
    <message>
        <source>Threshold</source>
        <translation>Drempelwaarde</translation>
    </message>
    <message>
        <source>Tie-break</source>
        <translation>Beslissing bij gelijke stand</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Gebruiker</translation>
    </message>
    <message>
        <source>User role</source>
        <translation>Gebruikersrol</translation>
    </message>
</context>
<context>
    <name>Background</name>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>Please wait</source>
        <translation>Even geduld</translation>
    </message>
</context>
<context>
    <name>Columns</name>
    <message>
        <source>Account</source>
        <translation>Account</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Actie</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Actief</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Bedrag</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Gearchiveerd</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Wijzigingen</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Plaats</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Kolom</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contactpersoon</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Omschrijving</translation>
    </message>
    <message>
        <source>Districts</source>
        <translation>Wijken</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Veld</translation>
    </message>
    <message>
        <source>IBAN</source>
        <translation>IBAN</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <source>KvK</source>
        <translation>KvK</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Melding</translation>
    </message>
    <message>
        <source>Moment</source>
        <translation>Tijdstip</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>New value</source>
        <translation>Nieuwe waarde</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nee</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <source>Old value</source>
        <translation>Oude waarde</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Rollen</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Rij</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Ernst</translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation>Werkblad</translation>
    </message>
    <message>
        <source>Succeeded by {name}</source>
        <translation>Opgevolgd door {name}</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Gebruiker</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Vernieuwen</translation>
    </message>
    <message>
        <source>Accounts that opened the program and were added automatically with read-only access. Give them the roles they need in Administration.</source>
        <translation>Accounts die het programma hebben geopend en automatisch zijn toegevoegd met alleen leesrechten. Geef ze onder Beheer de rollen die ze nodig hebben.</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Actief</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Alle soorten</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Gearchiveerd</translation>
    </message>
    <message>
        <source>Bids</source>
        <translation>Inschrijvingen</translation>
    </message>
    <message>
        <source>Count again (F5)</source>
        <translation>Opnieuw tellen (F5)</translation>
    </message>
    <message>
        <source>Double-click a row or press Enter to open it.</source>
        <translation>Dubbelklik op een rij of druk op Enter om deze te openen.</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>Inactief</translation>
    </message>
    <message>
        <source>Lots</source>
        <translation>Percelen</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>Vraagt aandacht</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>Organisaties</translation>
    </message>
    <message>
        <source>Organisations that are not archived and work in no district.</source>
        <translation>Organisaties die niet zijn gearchiveerd en in geen enkele wijk werken.</translation>
    </message>
    <message>
        <source>Organisations without a KvK number</source>
        <translation>Organisaties zonder KvK-nummer</translation>
    </message>
    <message>
        <source>Organisations without a district</source>
        <translation>Organisaties zonder wijk</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Overzicht</translation>
    </message>
    <message>
        <source>Procurement</source>
        <translation>Aanbesteding</translation>
    </message>
    <message>
        <source>Procurements</source>
        <translation>Aanbestedingen</translation>
    </message>
    <message>
        <source>Professional and volunteer organisations that are not archived and have no KvK number: bids and subsidy applications need one.</source>
        <translation>Professionele en vrijwilligersorganisaties die niet zijn gearchiveerd en geen KvK-nummer hebben: voor inschrijvingen en subsidieaanvragen is dat nodig.</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Totaal</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Gebruikers</translation>
    </message>
    <message>
        <source>Users with read-only access only</source>
        <translation>Gebruikers met alleen leesrechten</translation>
    </message>
</context>
<context>
    <name>DistrictDialog</name>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Naam</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>Opsl&amp;aan</translation>
    </message>
    <message>
        <source>Ac&amp;tive: can be chosen for organisations</source>
        <translation>Ac&amp;tief: kan worden gekozen voor organisaties</translation>
    </message>
    <message>
        <source>Edit district</source>
        <translation>Wijk bewerken</translation>
    </message>
    <message>
        <source>N&amp;umber</source>
        <translation>N&amp;ummer</translation>
    </message>
    <message>
        <source>New district</source>
        <translation>Nieuwe wijk</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>A Dutch IBAN has 18 characters: NL, 2 digits, 4 letters, 10 digits.</source>
        <translation>Een Nederlands IBAN heeft 18 tekens: NL, 2 cijfers, 4 letters en 10 cijfers.</translation>
    </message>
    <message>
        <source>A Dutch postcode looks like 2312 AB.</source>
        <translation>Een Nederlandse postcode ziet eruit als 2312 AB.</translation>
    </message>
    <message>
        <source>A KvK number has exactly 8 digits.</source>
        <translation>Een KvK-nummer heeft precies 8 cijfers.</translation>
    </message>
    <message>
        <source>A KvK number has only digits.</source>
        <translation>Een KvK-nummer bestaat alleen uit cijfers.</translation>
    </message>
    <message>
        <source>A contact person needs a name.</source>
        <translation>Een contactpersoon moet een naam hebben.</translation>
    </message>
    <message>
        <source>A district number is 0 or more.</source>
        <translation>Een wijknummer is 0 of hoger.</translation>
    </message>
    <message>
        <source>A shared PostgreSQL database is backed up by its server (pg_dump); ask the database administrator.</source>
        <translation>Van een gedeelde PostgreSQL-database maakt de server zelf de back-up (pg_dump); vraag het de databasebeheerder.</translation>
    </message>
    <message>
        <source>A user with the account {account} already exists.</source>
        <translation>Er bestaat al een gebruiker met het account {account}.</translation>
    </message>
    <message>
        <source>An RSIN has exactly 9 digits.</source>
        <translation>Een RSIN heeft precies 9 cijfers.</translation>
    </message>
    <message>
        <source>An organisation cannot be its own successor.</source>
        <translation>Een organisatie kan niet haar eigen opvolger zijn.</translation>
    </message>
    <message>
        <source>Cancelled; nothing was changed.</source>
        <translation>Geannuleerd; er is niets gewijzigd.</translation>
    </message>
    <message>
        <source>Choose two different organisations to merge.</source>
        <translation>Kies twee verschillende organisaties om samen te voegen.</translation>
    </message>
    <message>
        <source>District {number} or a district named {name} already exists.</source>
        <translation>Wijk {number} of een wijk met de naam {name} bestaat al.</translation>
    </message>
    <message>
        <source>Enter the Windows account name of the user.</source>
        <translation>Vul de Windows-accountnaam van de gebruiker in.</translation>
    </message>
    <message>
        <source>Enter the name of the district.</source>
        <translation>Vul de naam van de wijk in.</translation>
    </message>
    <message>
        <source>Enter the name of the organisation.</source>
        <translation>Vul de naam van de organisatie in.</translation>
    </message>
    <message>
        <source>Give the user at least one role.</source>
        <translation>Geef de gebruiker ten minste één rol.</translation>
    </message>
    <message>
        <source>KvK number {kvk} already belongs to {name}.</source>
        <translation>KvK-nummer {kvk} hoort al bij {name}.</translation>
    </message>
    <message>
        <source>KvK number {kvk} also appears on row {other}; keep one of the two rows.</source>
        <translation>KvK-nummer {kvk} staat ook op rij {other}; laat één van de twee rijen staan.</translation>
    </message>
    <message>
        <source>Only a procurement officer may change procurements and bids.</source>
        <translation>Alleen een inkoopadviseur mag aanbestedingen en inschrijvingen wijzigen.</translation>
    </message>
    <message>
        <source>Only a subsidy officer may change subsidies.</source>
        <translation>Alleen een subsidiemedewerker mag subsidies wijzigen.</translation>
    </message>
    <message>
        <source>Only an administrator may change reference data such as districts.</source>
        <translation>Alleen een beheerder mag basisgegevens zoals wijken wijzigen.</translation>
    </message>
    <message>
        <source>Only an administrator may manage users and roles. Ask an administrator.</source>
        <translation>Alleen een beheerder mag gebruikers en rollen beheren. Vraag het een beheerder.</translation>
    </message>
    <message>
        <source>Only an evaluator may enter scores.</source>
        <translation>Alleen een beoordelaar mag scores invoeren.</translation>
    </message>
    <message>
        <source>SQLite reports damage: {detail}. Restore a backup.</source>
        <translation>SQLite meldt een beschadiging: {detail}. Zet een back-up terug.</translation>
    </message>
    <message>
        <source>Someone else changed this record since you opened it. Reload it to see their changes, then make yours again.</source>
        <translation>Iemand anders heeft deze gegevens gewijzigd nadat u ze opende. Laad ze opnieuw om die wijzigingen te zien en breng daarna uw eigen wijzigingen opnieuw aan.</translation>
    </message>
    <message>
        <source>Table {table} refers to a record that does not exist.</source>
        <translation>Tabel {table} verwijst naar gegevens die niet bestaan.</translation>
    </message>
    <message>
        <source>The audit log has been tampered with: entry {entry} was changed after it was written. The {checked} entries before it are intact. Tell your application administrator.</source>
        <translation>Er is met het auditlog geknoeid: regel {entry} is gewijzigd nadat deze was geschreven. De {checked} regels daarvóór zijn intact. Meld dit aan uw applicatiebeheerder.</translation>
    </message>
    <message>
        <source>The audit log has been tampered with: the link of entry {entry} to the entry before it is broken, so an entry was removed or inserted. The {checked} entries before it are intact. Tell your application administrator.</source>
        <translation>Er is met het auditlog geknoeid: de koppeling van regel {entry} met de regel daarvoor is verbroken, dus er is een regel verwijderd of ingevoegd. De {checked} regels daarvóór zijn intact. Meld dit aan uw applicatiebeheerder.</translation>
    </message>
    <message>
        <source>The audit log was changed: entry {entry} does not match the chain (first broken link). Everything before it is intact.</source>
        <translation>Het auditlog is gewijzigd: regel {entry} past niet in de keten (de eerste verbroken schakel). Alles daarvóór is onaangetast.</translation>
    </message>
    <message>
        <source>The backup file {path} already exists. Choose another name.</source>
        <translation>Het back-upbestand {path} bestaat al. Kies een andere naam.</translation>
    </message>
    <message>
        <source>The change breaks a rule of the database (a duplicate or a missing reference), so nothing was saved.</source>
        <translation>De wijziging is in strijd met een regel van de database (een dubbele waarde of een ontbrekende verwijzing); er is niets opgeslagen.</translation>
    </message>
    <message>
        <source>The database cannot be opened. Check the file or the server address and your network connection.</source>
        <translation>De database kan niet worden geopend. Controleer het bestand of het serveradres en uw netwerkverbinding.</translation>
    </message>
    <message>
        <source>The database cannot be written: the file or its folder is read-only. Choose a folder where you may save files, or ask your IT department.</source>
        <translation>Er kan niet in de database worden geschreven: het bestand of de map is alleen-lezen. Kies een map waarin u bestanden mag opslaan, of vraag het uw IT-afdeling.</translation>
    </message>
    <message>
        <source>The database file {path} is on a network share. SQLite files on a network share get damaged when colleagues use them together; keep the file on this computer, or let your team use a shared PostgreSQL database (see the README).</source>
        <translation>Het databasebestand {path} staat op een netwerkschijf. SQLite-bestanden op een netwerkschijf raken beschadigd als collega&apos;s ze tegelijk gebruiken; bewaar het bestand op deze computer, of laat uw team een gedeelde PostgreSQL-database gebruiken (zie de README).</translation>
    </message>
    <message>
        <source>The database is busy: another program or colleague is writing to it. Wait a moment and try again.</source>
        <translation>De database is bezet: een ander programma of een collega schrijft erin. Wacht even en probeer het opnieuw.</translation>
    </message>
    <message>
        <source>The database reported a problem, so nothing was saved. Try again; if it keeps happening, send the log file to your IT department.</source>
        <translation>De database meldde een probleem; er is niets opgeslagen. Probeer het opnieuw; blijft het gebeuren, stuur dan het logbestand naar uw IT-afdeling.</translation>
    </message>
    <message>
        <source>The disk is full, so nothing was saved. Free some space and try again.</source>
        <translation>De schijf is vol; er is niets opgeslagen. Maak ruimte vrij en probeer het opnieuw.</translation>
    </message>
    <message>
        <source>The mapping file {path} cannot be read as JSON: {reason}</source>
        <translation>Het koppelingsbestand {path} kan niet als JSON worden gelezen: {reason}</translation>
    </message>
    <message>
        <source>The mapping file {path} must hold one JSON object of column header to field name.</source>
        <translation>Het koppelingsbestand {path} moet één JSON-object bevatten dat kolomkoppen aan veldnamen koppelt.</translation>
    </message>
    <message>
        <source>The schema version {found} is not the program&apos;s {expected}.</source>
        <translation>De schemaversie {found} is niet die van het programma ({expected}).</translation>
    </message>
    <message>
        <source>There is no organisation with id {value} in this database; empty the id cell to add it as a new organisation.</source>
        <translation>Deze database heeft geen organisatie met id {value}; maak de id-cel leeg om haar als nieuwe organisatie toe te voegen.</translation>
    </message>
    <message>
        <source>This IBAN fails its check digits; check it for a typing error.</source>
        <translation>De controlecijfers van dit IBAN kloppen niet; controleer het op een typefout.</translation>
    </message>
    <message>
        <source>This RSIN fails the 11-check; check it for a typing error.</source>
        <translation>Dit RSIN voldoet niet aan de elfproef; controleer het op een typefout.</translation>
    </message>
    <message>
        <source>This database was made by a newer version of ssb-desktop. Install the newest version of the program to open it.</source>
        <translation>Deze database is gemaakt met een nieuwere versie van ssb-desktop. Installeer de nieuwste versie van het programma om haar te openen.</translation>
    </message>
    <message>
        <source>This district no longer exists. Reload the list.</source>
        <translation>Deze wijk bestaat niet meer. Laad de lijst opnieuw.</translation>
    </message>
    <message>
        <source>This file is not a usable ssb-desktop database (it is damaged or of another kind). Open another file or restore a backup.</source>
        <translation>Dit bestand is geen bruikbare ssb-desktop-database (het is beschadigd of van een andere soort). Open een ander bestand of zet een back-up terug.</translation>
    </message>
    <message>
        <source>This is a branch number (12 digits); enter the 8-digit KvK number.</source>
        <translation>Dit is een vestigingsnummer (12 cijfers); vul het KvK-nummer van 8 cijfers in.</translation>
    </message>
    <message>
        <source>This is not an IBAN; it starts with a country code such as NL.</source>
        <translation>Dit is geen IBAN; een IBAN begint met een landcode zoals NL.</translation>
    </message>
    <message>
        <source>This is not an e-mail address (name@example.nl).</source>
        <translation>Dit is geen e-mailadres (naam@voorbeeld.nl).</translation>
    </message>
    <message>
        <source>This is the last administrator; make someone else administrator first.</source>
        <translation>Dit is de laatste beheerder; maak eerst iemand anders beheerder.</translation>
    </message>
    <message>
        <source>This organisation also appears on row {other}; keep one of the two rows.</source>
        <translation>Deze organisatie staat ook op rij {other}; laat één van de twee rijen staan.</translation>
    </message>
    <message>
        <source>This organisation no longer exists. Reload the list.</source>
        <translation>Deze organisatie bestaat niet meer. Laad de lijst opnieuw.</translation>
    </message>
    <message>
        <source>This user no longer exists. Reload the list.</source>
        <translation>Deze gebruiker bestaat niet meer. Laad de lijst opnieuw.</translation>
    </message>
    <message>
        <source>Unknown district {value}; use the names on the Administration page.</source>
        <translation>Onbekende wijk {value}; gebruik de namen op de pagina Beheer.</translation>
    </message>
    <message>
        <source>Unknown kind of export {kind}.</source>
        <translation>Onbekende soort export {kind}.</translation>
    </message>
    <message>
        <source>Unknown kind of import {kind}.</source>
        <translation>Onbekende soort import {kind}.</translation>
    </message>
    <message>
        <source>Unknown kind of organisation {value}; use Professioneel, Vrijwilligers or Overig.</source>
        <translation>Onbekende soort organisatie {value}; gebruik Professioneel, Vrijwilligers of Overig.</translation>
    </message>
    <message>
        <source>Write Ja or Nee in this column.</source>
        <translation>Vul in deze kolom Ja of Nee in.</translation>
    </message>
    <message>
        <source>Your account has no access to this database.</source>
        <translation>Uw account heeft geen toegang tot deze database.</translation>
    </message>
    <message>
        <source>Your role may not change organisations. Ask an administrator for the role of procurement officer or subsidy officer.</source>
        <translation>Met uw rol mag u geen organisaties wijzigen. Vraag een beheerder om de rol inkoopadviseur of subsidiemedewerker.</translation>
    </message>
    <message>
        <source>{first} and {second} have different KvK numbers, so they are not duplicates of one another.</source>
        <translation>{first} en {second} hebben verschillende KvK-nummers; het zijn dus geen dubbele vermeldingen van dezelfde organisatie.</translation>
    </message>
    <message>
        <source>{name} is referred to by bids, contracts or applications, so it cannot be deleted. Archive it instead.</source>
        <translation>{name} kan niet worden verwijderd, omdat inschrijvingen, contracten of aanvragen ernaar verwijzen. Archiveer {name} in plaats daarvan.</translation>
    </message>
    <message>
        <source>{path} already exists; the demo never overwrites a file. Choose another name.</source>
        <translation>{path} bestaat al; de demo overschrijft nooit een bestand. Kies een andere naam.</translation>
    </message>
</context>
<context>
    <name>Excel</name>
    <message>
        <source>&quot;{value}&quot; is not a date; write it as dd-mm-yyyy, for example 25-01-2020.</source>
        <translation>&quot;{value}&quot; is geen datum; schrijf deze als dd-mm-jjjj, bijvoorbeeld 25-01-2020.</translation>
    </message>
    <message>
        <source>&quot;{value}&quot; is not a whole number; write digits only.</source>
        <translation>&quot;{value}&quot; is geen geheel getal; gebruik alleen cijfers.</translation>
    </message>
    <message>
        <source>&quot;{value}&quot; is not an amount; write it as a number such as 1.234,56.</source>
        <translation>&quot;{value}&quot; is geen bedrag; schrijf het als een getal zoals 1.234,56.</translation>
    </message>
    <message>
        <source>Cell {cell} on sheet {sheet} holds more than {limit} characters, more than Excel allows; shorten the text and try again.</source>
        <translation>Cel {cell} op werkblad {sheet} bevat meer dan {limit} tekens, meer dan Excel toestaat; kort de tekst in en probeer het opnieuw.</translation>
    </message>
    <message>
        <source>No row with column names was found in the first {count} rows; put the column names in one row above the data and try again.</source>
        <translation>In de eerste {count} rijen is geen rij met kolomnamen gevonden; zet de kolomnamen in één rij boven de gegevens en probeer het opnieuw.</translation>
    </message>
    <message>
        <source>Sheet {sheet} has merged cells {cells} inside the data; unmerge them and try again.</source>
        <translation>Werkblad {sheet} heeft samengevoegde cellen {cells} binnen de gegevens; hef het samenvoegen op en probeer het opnieuw.</translation>
    </message>
    <message>
        <source>Sheet {sheet} would have more than {limit} rows, more than Excel can show; export fewer rows and try again.</source>
        <translation>Werkblad {sheet} zou meer dan {limit} rijen krijgen, meer dan Excel kan tonen; exporteer minder rijen en probeer het opnieuw.</translation>
    </message>
    <message>
        <source>The amount {value} is too large; check the amount.</source>
        <translation>Het bedrag {value} is te groot; controleer het bedrag.</translation>
    </message>
    <message>
        <source>The column mapping assigns both &quot;{first}&quot; and &quot;{second}&quot; to &quot;{field}&quot;; keep one and try again.</source>
        <translation>De kolomkoppeling wijst zowel &quot;{first}&quot; als &quot;{second}&quot; toe aan &quot;{field}&quot;; houd er één over en probeer het opnieuw.</translation>
    </message>
    <message>
        <source>The column mapping assigns the column &quot;{column}&quot; to &quot;{field}&quot;, which is not a known field; correct the mapping and try again.</source>
        <translation>De kolomkoppeling wijst de kolom &quot;{column}&quot; toe aan &quot;{field}&quot;, maar dat is geen bekend veld; verbeter de koppeling en probeer het opnieuw.</translation>
    </message>
    <message>
        <source>The column mapping names the column &quot;{column}&quot;, which is not in the header row; correct the mapping or the workbook and try again.</source>
        <translation>De kolomkoppeling noemt de kolom &quot;{column}&quot;, maar die staat niet in de rij met kolomnamen; verbeter de koppeling of de werkmap en probeer het opnieuw.</translation>
    </message>
    <message>
        <source>The disk is full, so {name} was not saved; free some space or choose another folder and try again.</source>
        <translation>De schijf is vol, dus {name} is niet opgeslagen; maak ruimte vrij of kies een andere map en probeer het opnieuw.</translation>
    </message>
    <message>
        <source>The file {name} cannot be read; check that you have access to it and try again.</source>
        <translation>Het bestand {name} kan niet worden gelezen; controleer of u er toegang toe hebt en probeer het opnieuw.</translation>
    </message>
    <message>
        <source>The file {name} could not be saved; choose another folder or file name and try again.</source>
        <translation>Het bestand {name} kon niet worden opgeslagen; kies een andere map of bestandsnaam en probeer het opnieuw.</translation>
    </message>
    <message>
        <source>The file {name} does not exist; check the folder and the name and try again.</source>
        <translation>Het bestand {name} bestaat niet; controleer de map en de naam en probeer het opnieuw.</translation>
    </message>
    <message>
        <source>The file {name} is an old Excel 97-2003 workbook (.xls); open it in Excel, save it as .xlsx and try again.</source>
        <translation>Het bestand {name} is een oude Excel 97-2003-werkmap (.xls); open het in Excel, sla het op als .xlsx en probeer het opnieuw.</translation>
    </message>
    <message>
        <source>The file {name} is empty; choose a workbook that contains data.</source>
        <translation>Het bestand {name} is leeg; kies een werkmap met gegevens.</translation>
    </message>
    <message>
        <source>The file {name} is larger than {limit} MB; split the data over smaller workbooks and try again.</source>
        <translation>Het bestand {name} is groter dan {limit} MB; verdeel de gegevens over kleinere werkmappen en probeer het opnieuw.</translation>
    </message>
    <message>
        <source>The file {name} is not an Excel workbook; choose a workbook saved by Excel as .xlsx.</source>
        <translation>Het bestand {name} is geen Excel-werkmap; kies een werkmap die in Excel is opgeslagen als .xlsx.</translation>
    </message>
    <message>
        <source>The file {name} is open in another program or read-only; close the file in Excel and try again.</source>
        <translation>Het bestand {name} is geopend in een ander programma of is alleen-lezen; sluit het bestand in Excel en probeer het opnieuw.</translation>
    </message>
    <message>
        <source>The file {name} is password-protected or an old .xls workbook; open it in Excel, save it as .xlsx without a password and try again.</source>
        <translation>Het bestand {name} is met een wachtwoord beveiligd of is een oude .xls-werkmap; open het in Excel, sla het zonder wachtwoord op als .xlsx en probeer het opnieuw.</translation>
    </message>
    <message>
        <source>The folder {folder} does not exist; choose another folder and try again.</source>
        <translation>De map {folder} bestaat niet; kies een andere map en probeer het opnieuw.</translation>
    </message>
    <message>
        <source>The sheet {sheet} in {name} is empty; choose the sheet that holds the data.</source>
        <translation>Het werkblad {sheet} in {name} is leeg; kies het werkblad met de gegevens.</translation>
    </message>
    <message>
        <source>The text in cell {cell} on sheet {sheet} is longer than the {limit} characters Excel allows; shorten it and try again.</source>
        <translation>De tekst in cel {cell} op werkblad {sheet} is langer dan de {limit} tekens die Excel toestaat; kort de tekst in en probeer het opnieuw.</translation>
    </message>
    <message>
        <source>The workbook {name} cannot be read; open it in Excel, save it again as .xlsx and try again.</source>
        <translation>De werkmap {name} kan niet worden gelezen; open de werkmap in Excel, sla deze opnieuw op als .xlsx en probeer het opnieuw.</translation>
    </message>
    <message>
        <source>The workbook {name} consists of more than {limit} parts, which no normal workbook has; copy the data into a new workbook and try again.</source>
        <translation>De werkmap {name} bestaat uit meer dan {limit} onderdelen, wat bij een normale werkmap nooit voorkomt; kopieer de gegevens naar een nieuwe werkmap en probeer het opnieuw.</translation>
    </message>
    <message>
        <source>The workbook {name} contains content that Excel never writes and was refused for safety; copy the data into a new workbook in Excel and try again.</source>
        <translation>De werkmap {name} bevat inhoud die Excel nooit schrijft en is voor de veiligheid geweigerd; kopieer de gegevens in Excel naar een nieuwe werkmap en probeer het opnieuw.</translation>
    </message>
    <message>
        <source>The workbook {name} has a sheet that spans {cells} cells, more than the {limit} this program reads; split the data over smaller sheets and try again.</source>
        <translation>De werkmap {name} heeft een werkblad van {cells} cellen, meer dan de {limit} die dit programma leest; verdeel de gegevens over kleinere werkbladen en probeer het opnieuw.</translation>
    </message>
    <message>
        <source>The workbook {name} has no sheet named {sheet}; choose one of these sheets: {sheets}.</source>
        <translation>De werkmap {name} heeft geen werkblad met de naam {sheet}; kies een van deze werkbladen: {sheets}.</translation>
    </message>
    <message>
        <source>The workbook {name} has no sheets with data; choose another workbook.</source>
        <translation>De werkmap {name} heeft geen werkbladen met gegevens; kies een andere werkmap.</translation>
    </message>
    <message>
        <source>The workbook {name} is damaged or incomplete; open it in Excel, save it again as .xlsx and try again.</source>
        <translation>De werkmap {name} is beschadigd of onvolledig; open de werkmap in Excel, sla deze opnieuw op als .xlsx en probeer het opnieuw.</translation>
    </message>
    <message>
        <source>The workbook {name} is protected with a password; open it in Excel, save it as .xlsx without a password and try again.</source>
        <translation>De werkmap {name} is met een wachtwoord beveiligd; open de werkmap in Excel, sla deze zonder wachtwoord op als .xlsx en probeer het opnieuw.</translation>
    </message>
    <message>
        <source>The workbook {name} unpacks to more than {limit} MB; split the data over smaller workbooks and try again.</source>
        <translation>De werkmap {name} is uitgepakt groter dan {limit} MB; verdeel de gegevens over kleinere werkmappen en probeer het opnieuw.</translation>
    </message>
    <message>
        <source>You cannot save files in the folder {folder}; choose another folder and try again.</source>
        <translation>U kunt geen bestanden opslaan in de map {folder}; kies een andere map en probeer het opnieuw.</translation>
    </message>
    <message>
        <source>{name} is a folder, not a file; choose an Excel workbook (.xlsx).</source>
        <translation>{name} is een map, geen bestand; kies een Excel-werkmap (.xlsx).</translation>
    </message>
    <message>
        <source>{name} is a folder; choose another file name and try again.</source>
        <translation>{name} is een map; kies een andere bestandsnaam en probeer het opnieuw.</translation>
    </message>
</context>
<context>
    <name>Fields</name>
    <message>
        <source>Address</source>
        <translation>Adres</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Gearchiveerd</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Plaats</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>Contactpersoon</translation>
    </message>
    <message>
        <source>Contact person&apos;s e-mail</source>
        <translation>E-mail contactpersoon</translation>
    </message>
    <message>
        <source>Contact person&apos;s phone</source>
        <translation>Telefoon contactpersoon</translation>
    </message>
    <message>
        <source>Districts</source>
        <translation>Wijken</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>IBAN</source>
        <translation>IBAN</translation>
    </message>
    <message>
        <source>Id (from an export)</source>
        <translation>Id (uit een export)</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <source>KvK number</source>
        <translation>KvK-nummer</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Opmerkingen</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefoon</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>Postcode</translation>
    </message>
    <message>
        <source>RSIN</source>
        <translation>RSIN</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Website</translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <source>KvK number {value} lost its leading zero(s); read as {kvk}.</source>
        <translation>KvK-nummer {value} is de voorloopnul(len) kwijtgeraakt; gelezen als {kvk}.</translation>
    </message>
    <message>
        <source>No column holds the {field}; choose it in the column mapping.</source>
        <translation>Geen enkele kolom bevat het veld {field}; kies deze bij het koppelen van de kolommen.</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Probleem</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Waarschuwing</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>&amp;Apply mapping</source>
        <translation>Koppeling &amp;toepassen</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importeren</translation>
    </message>
    <message>
        <source>Column in the workbook</source>
        <translation>Kolom in de werkmap</translation>
    </message>
    <message>
        <source>Columns of the workbook and what they hold</source>
        <translation>Kolommen van de werkmap en wat erin staat</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Veld</translation>
    </message>
    <message>
        <source>Field for column {header}</source>
        <translation>Veld voor kolom {header}</translation>
    </message>
    <message>
        <source>Import from Excel</source>
        <translation>Importeren uit Excel</translation>
    </message>
    <message>
        <source>Nothing can be imported until every problem is solved in the workbook or in the column mapping.</source>
        <translation>Er kan niets worden geïmporteerd totdat elk probleem in de werkmap of in de kolomkoppeling is opgelost.</translation>
    </message>
    <message>
        <source>Problems and warnings</source>
        <translation>Problemen en waarschuwingen</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Samenvatting</translation>
    </message>
    <message>
        <source>The preview could not be made.</source>
        <translation>Het voorbeeld kon niet worden gemaakt.</translation>
    </message>
    <message>
        <source>There is nothing to change.</source>
        <translation>Er valt niets te wijzigen.</translation>
    </message>
    <message>
        <source>{created} new, {updated} changed, {unchanged} unchanged; {warnings} warnings, {problems} problems.</source>
        <translation>{created} nieuw, {updated} gewijzigd, {unchanged} ongewijzigd; {warnings} waarschuwingen, {problems} problemen.</translation>
    </message>
    <message>
        <source>{file}: sheet {sheet}, header found on row {row}.</source>
        <translation>{file}: werkblad {sheet}, kolomnamen gevonden op rij {row}.</translation>
    </message>
    <message>
        <source>— do not import —</source>
        <translation>— niet importeren —</translation>
    </message>
</context>
<context>
    <name>InvolvementKind</name>
    <message>
        <source>Bid</source>
        <translation>Inschrijving</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>Contract</translation>
    </message>
    <message>
        <source>Subsidy application</source>
        <translation>Subsidieaanvraag</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <source>&amp;Merge</source>
        <translation>&amp;Samenvoegen</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Behouden</translation>
    </message>
    <message>
        <source>KvK {kvk}</source>
        <translation>KvK {kvk}</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Samenvoegen</translation>
    </message>
    <message>
        <source>Merge duplicates</source>
        <translation>Dubbele organisaties samenvoegen</translation>
    </message>
    <message>
        <source>Merge {duplicate} into {keep}? References move to {keep} and {duplicate} is archived. This cannot be undone.</source>
        <translation>{duplicate} samenvoegen met {keep}? Verwijzingen gaan over naar {keep} en {duplicate} wordt gearchiveerd. Dit kan niet ongedaan worden gemaakt.</translation>
    </message>
    <message>
        <source>These two organisations are the same one. Choose the one to keep. Bids, contracts, subsidy applications and other references of the other one move to it; its empty fields are filled in, and contact persons and districts are joined. The other one is archived, with the one you keep as its successor.</source>
        <translation>Deze twee organisaties zijn dezelfde. Kies welke u wilt behouden. Inschrijvingen, contracten, subsidieaanvragen en andere verwijzingen van de andere gaan daarnaar over; lege velden worden aangevuld, en contactpersonen en wijken worden samengevoegd. De andere wordt gearchiveerd, met de behouden organisatie als opvolger.</translation>
    </message>
    <message>
        <source>[archived]</source>
        <translation>[gearchiveerd]</translation>
    </message>
    <message>
        <source>no KvK</source>
        <translation>geen KvK</translation>
    </message>
    <message>
        <source>no city</source>
        <translation>geen plaats</translation>
    </message>
    <message>
        <source>{duplicate} will be archived; {keep} stays and becomes its successor.</source>
        <translation>{duplicate} wordt gearchiveerd; {keep} blijft bestaan en wordt de opvolger.</translation>
    </message>
    <message>
        <source>{name} ({kvk}, {city})</source>
        <translation>{name} ({kvk}, {city})</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>Cannot continue</source>
        <translation>Kan niet verder</translation>
    </message>
    <message>
        <source>Changed by someone else</source>
        <translation>Gewijzigd door iemand anders</translation>
    </message>
    <message>
        <source>Check your input</source>
        <translation>Controleer uw invoer</translation>
    </message>
    <message>
        <source>Database problem</source>
        <translation>Probleem met de database</translation>
    </message>
    <message>
        <source>Not allowed</source>
        <translation>Niet toegestaan</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Niet gevonden</translation>
    </message>
    <message>
        <source>Please tell your application administrator what you were doing.</source>
        <translation>Vertel uw applicatiebeheerder wat u aan het doen was.</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Opnieuw laden</translation>
    </message>
    <message>
        <source>Someone else changed this record after you opened it. Reload it to see their changes? Your own changes will be lost.</source>
        <translation>Iemand anders heeft deze gegevens gewijzigd nadat u ze opende. Wilt u ze opnieuw laden om die wijzigingen te zien? Uw eigen wijzigingen gaan dan verloren.</translation>
    </message>
    <message>
        <source>Something unexpected went wrong. What you were doing may not have been completed.</source>
        <translation>Er ging iets onverwachts mis. Wat u aan het doen was, is mogelijk niet voltooid.</translation>
    </message>
    <message>
        <source>The details have been saved in {log_path}. Please send this file to your application administrator.</source>
        <translation>De details zijn opgeslagen in {log_path}. Stuur dit bestand naar uw applicatiebeheerder.</translation>
    </message>
    <message>
        <source>Unexpected error</source>
        <translation>Onverwachte fout</translation>
    </message>
    <message>
        <source>Workbook problem</source>
        <translation>Probleem met de werkmap</translation>
    </message>
</context>
<context>
    <name>Navigation</name>
    <message>
        <source>Administration</source>
        <translation>Beheer</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Auditlog</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>Organisaties</translation>
    </message>
</context>
<context>
    <name>OrganisationDialog</name>
    <message>
        <source>&amp;Add contact</source>
        <translation>Contactpersoon &amp;toevoegen</translation>
    </message>
    <message>
        <source>&amp;Contact persons</source>
        <translation>&amp;Contactpersonen</translation>
    </message>
    <message>
        <source>&amp;E-mail</source>
        <translation>&amp;E-mail</translation>
    </message>
    <message>
        <source>&amp;IBAN</source>
        <translation>&amp;IBAN</translation>
    </message>
    <message>
        <source>&amp;KvK number</source>
        <translation>&amp;KvK-nummer</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Naam</translation>
    </message>
    <message>
        <source>&amp;Postcode</source>
        <translation>&amp;Postcode</translation>
    </message>
    <message>
        <source>&amp;RSIN</source>
        <translation>&amp;RSIN</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>Opsl&amp;aan</translation>
    </message>
    <message>
        <source>&amp;Street and number</source>
        <translation>Straat en &amp;huisnummer</translation>
    </message>
    <message>
        <source>&amp;Website</source>
        <translation>&amp;Website</translation>
    </message>
    <message>
        <source>8 digits</source>
        <translation>8 cijfers</translation>
    </message>
    <message>
        <source>Add contact person</source>
        <translation>Contactpersoon toevoegen</translation>
    </message>
    <message>
        <source>Cit&amp;y</source>
        <translation>P&amp;laats</translation>
    </message>
    <message>
        <source>Contact person {row}: {problem}</source>
        <translation>Contactpersoon {row}: {problem}</translation>
    </message>
    <message>
        <source>Contact persons</source>
        <translation>Contactpersonen</translation>
    </message>
    <message>
        <source>Correct the problems shown under the fields before saving.</source>
        <translation>Los de problemen op die onder de velden staan voordat u opslaat.</translation>
    </message>
    <message>
        <source>Dis&amp;tricts</source>
        <translation>Wi&amp;jken</translation>
    </message>
    <message>
        <source>Districts</source>
        <translation>Wijken</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Edit organisation</source>
        <translation>Organisatie bewerken</translation>
    </message>
    <message>
        <source>Enter at least the name to save.</source>
        <translation>Vul ten minste de naam in om op te slaan.</translation>
    </message>
    <message>
        <source>Kin&amp;d</source>
        <translation>&amp;Soort</translation>
    </message>
    <message>
        <source>N&amp;otes</source>
        <translation>&amp;Opmerkingen</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>New organisation</source>
        <translation>Nieuwe organisatie</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Opmerkingen</translation>
    </message>
    <message>
        <source>P&amp;hone</source>
        <translation>Tele&amp;foon</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefoon</translation>
    </message>
    <message>
        <source>Re&amp;move contact</source>
        <translation>Contactpersoon verwij&amp;deren</translation>
    </message>
    <message>
        <source>Remove selected contact person</source>
        <translation>Geselecteerde contactpersoon verwijderen</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Verplicht</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Functie</translation>
    </message>
</context>
<context>
    <name>OrganisationKind</name>
    <message>
        <source>Other</source>
        <translation>Overig</translation>
    </message>
    <message>
        <source>Professional</source>
        <translation>Professioneel</translation>
    </message>
    <message>
        <source>Volunteer</source>
        <translation>Vrijwilligers</translation>
    </message>
</context>
<context>
    <name>OrganisationsPage</name>
    <message>
        <source>&amp;Archive</source>
        <translation>&amp;Archiveren</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Verwijderen</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bewerken</translation>
    </message>
    <message>
        <source>&amp;Import from Excel…</source>
        <translation>&amp;Importeren uit Excel…</translation>
    </message>
    <message>
        <source>&amp;Merge duplicates…</source>
        <translation>Dubbele &amp;samenvoegen…</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Nieuw</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Terugzetten</translation>
    </message>
    <message>
        <source>All districts</source>
        <translation>Alle wijken</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Alle soorten</translation>
    </message>
    <message>
        <source>Archive the organisation: it stays in history but leaves the list</source>
        <translation>Archiveer de organisatie: ze blijft in de geschiedenis, maar verdwijnt uit de lijst</translation>
    </message>
    <message>
        <source>Bids, contracts or applications refer to this organisation, so it cannot be deleted; archive it instead.</source>
        <translation>Inschrijvingen, contracten of aanvragen verwijzen naar deze organisatie, dus ze kan niet worden verwijderd; archiveer haar in plaats daarvan.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <source>Delete organisation</source>
        <translation>Organisatie verwijderen</translation>
    </message>
    <message>
        <source>Delete the organisation (Del)</source>
        <translation>De organisatie verwijderen (Del)</translation>
    </message>
    <message>
        <source>Delete {name}? This cannot be undone.</source>
        <translation>{name} verwijderen? Dit kan niet ongedaan worden gemaakt.</translation>
    </message>
    <message>
        <source>District</source>
        <translation>Wijk</translation>
    </message>
    <message>
        <source>E&amp;xport to Excel…</source>
        <translation>E&amp;xporteren naar Excel…</translation>
    </message>
    <message>
        <source>Export the organisations as listed now.</source>
        <translation>Exporteer de organisaties zoals ze nu in de lijst staan.</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Zoeken</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <source>Make the archived organisation active again</source>
        <translation>Maak de gearchiveerde organisatie weer actief</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>Organisaties</translation>
    </message>
    <message>
        <source>Search name, KvK, city, contact… (Ctrl+F)</source>
        <translation>Zoek op naam, KvK, plaats, contactpersoon… (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search organisations</source>
        <translation>Organisaties zoeken</translation>
    </message>
    <message>
        <source>Select exactly two organisations to merge them.</source>
        <translation>Selecteer precies twee organisaties om ze samen te voegen.</translation>
    </message>
    <message>
        <source>Show arc&amp;hived</source>
        <translation>&amp;Gearchiveerde tonen</translation>
    </message>
    <message>
        <source>{shown} of {total} organisations</source>
        <translation>{shown} van {total} organisaties</translation>
    </message>
</context>
<context>
    <name>Role</name>
    <message>
        <source>Administrator</source>
        <translation>Beheerder</translation>
    </message>
    <message>
        <source>Evaluator</source>
        <translation>Beoordelaar</translation>
    </message>
    <message>
        <source>Procurement officer</source>
        <translation>Inkoopadviseur</translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation>Alleen lezen</translation>
    </message>
    <message>
        <source>Subsidy officer</source>
        <translation>Subsidiemedewerker</translation>
    </message>
</context>
<context>
    <name>UserDialog</name>
    <message>
        <source>&amp;Account</source>
        <translation>&amp;Account</translation>
    </message>
    <message>
        <source>&amp;E-mail</source>
        <translation>&amp;E-mail</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Naam</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Opslaan</translation>
    </message>
    <message>
        <source>Ac&amp;tive: may use the program</source>
        <translation>Ac&amp;tief: mag het programma gebruiken</translation>
    </message>
    <message>
        <source>Edit user</source>
        <translation>Gebruiker bewerken</translation>
    </message>
    <message>
        <source>Manages organisations and subsidy applications.</source>
        <translation>Beheert organisaties en subsidieaanvragen.</translation>
    </message>
    <message>
        <source>Manages organisations, procurements and bids.</source>
        <translation>Beheert organisaties, aanbestedingen en inschrijvingen.</translation>
    </message>
    <message>
        <source>Manages users, roles and reference data such as districts.</source>
        <translation>Beheert gebruikers, rollen en basisgegevens zoals wijken.</translation>
    </message>
    <message>
        <source>May look at everything and change nothing.</source>
        <translation>Mag alles bekijken en niets wijzigen.</translation>
    </message>
    <message>
        <source>New user</source>
        <translation>Nieuwe gebruiker</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Rollen</translation>
    </message>
    <message>
        <source>Scores bids.</source>
        <translation>Beoordeelt inschrijvingen.</translation>
    </message>
    <message>
        <source>This user no longer exists.</source>
        <translation>Deze gebruiker bestaat niet meer.</translation>
    </message>
    <message>
        <source>Windows login, e.g. GEMEENTE\jjansen</source>
        <translation>Windows-inlognaam, bijv. GEMEENTE\jjansen</translation>
    </message>
</context>
<context>
    <name>_DetailPanel</name>
    <message>
        <source>Active.</source>
        <translation>Actief.</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adres</translation>
    </message>
    <message>
        <source>Archived.</source>
        <translation>Gearchiveerd.</translation>
    </message>
    <message>
        <source>Archived. Succeeded by {name}.</source>
        <translation>Gearchiveerd. Opgevolgd door {name}.</translation>
    </message>
    <message>
        <source>Contact persons</source>
        <translation>Contactpersonen</translation>
    </message>
    <message>
        <source>Districts</source>
        <translation>Wijken</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>IBAN</source>
        <translation>IBAN</translation>
    </message>
    <message>
        <source>Involvement</source>
        <translation>Betrokkenheid</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <source>KvK number</source>
        <translation>KvK-nummer</translation>
    </message>
    <message>
        <source>No organisation selected</source>
        <translation>Geen organisatie geselecteerd</translation>
    </message>
    <message>
        <source>Not involved in any bid, contract or subsidy application.</source>
        <translation>Niet betrokken bij een inschrijving, contract of subsidieaanvraag.</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Opmerkingen</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefoon</translation>
    </message>
    <message>
        <source>RSIN</source>
        <translation>RSIN</translation>
    </message>
    <message>
        <source>Select an organisation in the list to see its details.</source>
        <translation>Selecteer een organisatie in de lijst om de gegevens te zien.</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Website</translation>
    </message>
</context>
<context>
    <name>parent</name>
    <message>
        <source>Export audit log</source>
        <translation>Auditlog exporteren</translation>
    </message>
</context>
</TS>
