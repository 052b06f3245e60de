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
        <source>Export audit log</source>
        <translation>Auditlog exporteren</translation>
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
    <name>AwardMethod</name>
    <message>
        <source>Award on value (fictitious deduction)</source>
        <translation>Gunnen op waarde (fictieve aftrek)</translation>
    </message>
    <message>
        <source>Fixed price, quality only</source>
        <translation>Vaste prijs, alleen kwaliteit</translation>
    </message>
    <message>
        <source>Weighted points</source>
        <translation>Gewogen punten (beste prijs-kwaliteitverhouding)</translation>
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
    <name>BidDialog</name>
    <message>
        <source>&amp;Add organisation…</source>
        <translation>Or&amp;ganisatie toevoegen…</translation>
    </message>
    <message>
        <source>&amp;Bidder: the organisation, or the consortium and its lead</source>
        <translation>&amp;Inschrijver: de organisatie, of de combinatie en de penvoerder</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Bladeren…</translation>
    </message>
    <message>
        <source>&amp;Code</source>
        <translation>&amp;Code</translation>
    </message>
    <message>
        <source>&amp;Lot</source>
        <translation>&amp;Perceel</translation>
    </message>
    <message>
        <source>&amp;Received</source>
        <translation>O&amp;ntvangen</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>Opsl&amp;aan</translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation>&amp;Status</translation>
    </message>
    <message>
        <source>&amp;Total price</source>
        <translation>&amp;Totaalprijs</translation>
    </message>
    <message>
        <source>A&amp;dd</source>
        <translation>Toe&amp;voegen</translation>
    </message>
    <message>
        <source>Add documents</source>
        <translation>Documenten toevoegen</translation>
    </message>
    <message>
        <source>Add documents from files</source>
        <translation>Documenten uit bestanden toevoegen</translation>
    </message>
    <message>
        <source>Add the typed document</source>
        <translation>Het ingetypte document toevoegen</translation>
    </message>
    <message>
        <source>Correct the problems shown under the fields.</source>
        <translation>Los de problemen op die onder de velden staan.</translation>
    </message>
    <message>
        <source>Doc&amp;uments</source>
        <translation>Docu&amp;menten</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Documenten</translation>
    </message>
    <message>
        <source>Edit bid</source>
        <translation>Inschrijving bewerken</translation>
    </message>
    <message>
        <source>Late: received after the deadline of {deadline}.</source>
        <translation>Te laat: ontvangen na de sluitingstermijn van {deadline}.</translation>
    </message>
    <message>
        <source>N&amp;otes</source>
        <translation>&amp;Opmerkingen</translation>
    </message>
    <message>
        <source>New bid</source>
        <translation>Nieuwe inschrijving</translation>
    </message>
    <message>
        <source>New document</source>
        <translation>Nieuw document</translation>
    </message>
    <message>
        <source>Next free letter</source>
        <translation>Volgende vrije letter</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Opmerkingen</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisatie</translation>
    </message>
    <message>
        <source>Organisations of the bid</source>
        <translation>Organisaties van de inschrijving</translation>
    </message>
    <message>
        <source>Path or web address of a document</source>
        <translation>Pad of webadres van een document</translation>
    </message>
    <message>
        <source>Price per &amp;year</source>
        <translation>Prijs per &amp;jaar</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>Verwij&amp;deren</translation>
    </message>
    <message>
        <source>Reason for &amp;accepting</source>
        <translation>R&amp;eden voor aanvaarding</translation>
    </message>
    <message>
        <source>Reason for the stat&amp;us</source>
        <translation>Reden voor de stat&amp;us</translation>
    </message>
    <message>
        <source>Remo&amp;ve</source>
        <translation>Ver&amp;wijderen</translation>
    </message>
    <message>
        <source>Remove the selected document</source>
        <translation>Het geselecteerde document verwijderen</translation>
    </message>
    <message>
        <source>Remove the selected organisation</source>
        <translation>De geselecteerde organisatie verwijderen</translation>
    </message>
    <message>
        <source>Required when the bid is excluded</source>
        <translation>Verplicht als de inschrijving wordt uitgesloten</translation>
    </message>
    <message>
        <source>Ro&amp;le</source>
        <translation>&amp;Rol</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>Role of the selected organisation</source>
        <translation>Rol van de geselecteerde organisatie</translation>
    </message>
    <message>
        <source>This bid came in after the deadline; give the reason it is accepted.</source>
        <translation>Deze inschrijving is na de sluitingstermijn binnengekomen; geef de reden op waarom ze toch wordt aanvaard.</translation>
    </message>
    <message>
        <source>Why the late bid is accepted (required)</source>
        <translation>Waarom de te late inschrijving wordt aanvaard (verplicht)</translation>
    </message>
    <message>
        <source>Write an amount such as € 1.234,56.</source>
        <translation>Vul een bedrag in zoals € 1.234,56.</translation>
    </message>
</context>
<context>
    <name>BidExchange</name>
    <message>
        <source>Add them</source>
        <translation>Toevoegen</translation>
    </message>
    <message>
        <source>Criteria of lot {lot} imported: {created} new, {updated} changed, {deleted} removed, {unchanged} unchanged.</source>
        <translation>Criteria van perceel {lot} geïmporteerd: {created} nieuw, {updated} gewijzigd, {deleted} verwijderd, {unchanged} ongewijzigd.</translation>
    </message>
    <message>
        <source>Criteria of lot {lot} imported: {created} new, {updated} changed, {unchanged} unchanged.</source>
        <translation>Criteria van perceel {lot} geïmporteerd: {created} nieuw, {updated} gewijzigd, {unchanged} ongewijzigd.</translation>
    </message>
    <message>
        <source>Export bids</source>
        <translation>Inschrijvingen exporteren</translation>
    </message>
    <message>
        <source>Export criteria</source>
        <translation>Criteria exporteren</translation>
    </message>
    <message>
        <source>Exporting bids…</source>
        <translation>De inschrijvingen worden geëxporteerd…</translation>
    </message>
    <message>
        <source>Exporting criteria…</source>
        <translation>De criteria worden geëxporteerd…</translation>
    </message>
    <message>
        <source>Import bids</source>
        <translation>Inschrijvingen importeren</translation>
    </message>
    <message>
        <source>Import criteria of lot {lot}</source>
        <translation>Criteria van perceel {lot} importeren</translation>
    </message>
    <message>
        <source>Imported: {created} new and {updated} changed bids; {unchanged} were unchanged.</source>
        <translation>Geïmporteerd: {created} nieuwe en {updated} gewijzigde inschrijvingen; {unchanged} waren ongewijzigd.</translation>
    </message>
    <message>
        <source>Importing bids…</source>
        <translation>De inschrijvingen worden geïmporteerd…</translation>
    </message>
    <message>
        <source>Importing criteria…</source>
        <translation>De criteria worden geïmporteerd…</translation>
    </message>
    <message>
        <source>The workbook names {n} organisations that are not in the register:
{names}

Add them as new organisations when importing? If not, the preview lists them as problems.</source>
        <translation>De werkmap noemt {n} organisaties die niet in het register staan:
{names}

Wilt u ze bij het importeren als nieuwe organisaties toevoegen? Zo niet, dan staan ze in het voorbeeld als problemen.</translation>
    </message>
    <message>
        <source>Unknown organisations</source>
        <translation>Onbekende organisaties</translation>
    </message>
    <message>
        <source>{n} bids written to {path}.</source>
        <translation>{n} inschrijvingen geschreven naar {path}.</translation>
    </message>
    <message>
        <source>{n} criteria written to {path}.</source>
        <translation>{n} criteria geschreven naar {path}.</translation>
    </message>
    <message>
        <source>… and {n} more</source>
        <translation>… en nog {n}</translation>
    </message>
</context>
<context>
    <name>BidStatus</name>
    <message>
        <source>Excluded</source>
        <translation>Uitgesloten</translation>
    </message>
    <message>
        <source>Incomplete</source>
        <translation>Onvolledig</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Ontvangen</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>Geldig</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Ingetrokken</translation>
    </message>
</context>
<context>
    <name>BidsPage</name>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Bewerken…</translation>
    </message>
    <message>
        <source>&amp;Import from Excel…</source>
        <translation>&amp;Importeren uit Excel…</translation>
    </message>
    <message>
        <source>&amp;Lot</source>
        <translation>&amp;Perceel</translation>
    </message>
    <message>
        <source>&amp;New bid…</source>
        <translation>&amp;Nieuwe inschrijving…</translation>
    </message>
    <message>
        <source>All lots</source>
        <translation>Alle percelen</translation>
    </message>
    <message>
        <source>Bid withdrawn</source>
        <translation>Inschrijving ingetrokken</translation>
    </message>
    <message>
        <source>Bids</source>
        <translation>Inschrijvingen</translation>
    </message>
    <message>
        <source>Choose lot</source>
        <translation>Perceel kiezen</translation>
    </message>
    <message>
        <source>E&amp;xclude…</source>
        <translation>&amp;Uitsluiten…</translation>
    </message>
    <message>
        <source>E&amp;xport to Excel…</source>
        <translation>E&amp;xporteren naar Excel…</translation>
    </message>
    <message>
        <source>Exclude bid</source>
        <translation>Inschrijving uitsluiten</translation>
    </message>
    <message>
        <source>Export the bids as listed now.</source>
        <translation>Exporteer de inschrijvingen zoals ze nu in de lijst staan.</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Zoeken</translation>
    </message>
    <message>
        <source>Lot</source>
        <translation>Perceel</translation>
    </message>
    <message>
        <source>Mark &amp;incomplete</source>
        <translation>Als &amp;onvolledig markeren</translation>
    </message>
    <message>
        <source>Mark &amp;valid</source>
        <translation>Als &amp;geldig markeren</translation>
    </message>
    <message>
        <source>Mark &amp;withdrawn…</source>
        <translation>Als inge&amp;trokken markeren…</translation>
    </message>
    <message>
        <source>Record that bid {name} has been withdrawn by the bidder?</source>
        <translation>Vastleggen dat inschrijving {name} door de inschrijver is ingetrokken?</translation>
    </message>
    <message>
        <source>Search bidder, code, status… (Ctrl+F)</source>
        <translation>Zoek op inschrijver, code, status… (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search bids</source>
        <translation>Inschrijvingen zoeken</translation>
    </message>
    <message>
        <source>Why is bid {name} excluded? The reason is recorded.</source>
        <translation>Waarom wordt inschrijving {name} uitgesloten? De reden wordt vastgelegd.</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Intrekking vastleggen</translation>
    </message>
    <message>
        <source>{n} bids</source>
        <translation>{n} inschrijvingen</translation>
    </message>
    <message>
        <source>{n} bids on lot {lot}</source>
        <translation>{n} inschrijvingen op perceel {lot}</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>Audit entries checked: {n}</source>
        <translation>Gecontroleerde regels van het auditlog: {n}</translation>
    </message>
    <message>
        <source>Backup written to {path}.</source>
        <translation>Back-up geschreven naar {path}.</translation>
    </message>
    <message>
        <source>Created: {n}</source>
        <translation>Nieuw: {n}</translation>
    </message>
    <message>
        <source>Database: {where}</source>
        <translation>Database: {where}</translation>
    </message>
    <message>
        <source>Demo database written to {path}.</source>
        <translation>Demodatabase geschreven naar {path}.</translation>
    </message>
    <message>
        <source>Dry run: nothing was written.</source>
        <translation>Proefrun: er is niets opgeslagen.</translation>
    </message>
    <message>
        <source>No problems found.</source>
        <translation>Geen problemen gevonden.</translation>
    </message>
    <message>
        <source>Nothing was written: solve the problems and import again.</source>
        <translation>Er is niets opgeslagen: los de problemen op en importeer opnieuw.</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Probleem</translation>
    </message>
    <message>
        <source>Removed: {n}</source>
        <translation>Verwijderd: {n}</translation>
    </message>
    <message>
        <source>Schema version: {version}</source>
        <translation>Schemaversie: {version}</translation>
    </message>
    <message>
        <source>Unchanged: {n}</source>
        <translation>Ongewijzigd: {n}</translation>
    </message>
    <message>
        <source>Updated: {n}</source>
        <translation>Gewijzigd: {n}</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Waarschuwing</translation>
    </message>
    <message>
        <source>row</source>
        <translation>rij</translation>
    </message>
    <message>
        <source>{n} rows exported to {path}.</source>
        <translation>{n} rijen geëxporteerd naar {path}.</translation>
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
        <source>Award method</source>
        <translation>Gunningsmethode</translation>
    </message>
    <message>
        <source>Bidder</source>
        <translation>Inschrijver</translation>
    </message>
    <message>
        <source>Bids</source>
        <translation>Inschrijvingen</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Budget</translation>
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
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Kolom</translation>
    </message>
    <message>
        <source>Consortium partners</source>
        <translation>Combinatiepartners</translation>
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
        <source>Estimated value</source>
        <translation>Geraamde waarde</translation>
    </message>
    <message>
        <source>Extension options</source>
        <translation>Verlengingsopties</translation>
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
        <source>Late</source>
        <translation>Te laat</translation>
    </message>
    <message>
        <source>Lot</source>
        <translation>Perceel</translation>
    </message>
    <message>
        <source>Lots</source>
        <translation>Percelen</translation>
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
        <source>Organisations</source>
        <translation>Organisaties</translation>
    </message>
    <message>
        <source>Price per year</source>
        <translation>Prijs per jaar</translation>
    </message>
    <message>
        <source>Procedure</source>
        <translation>Procedure</translation>
    </message>
    <message>
        <source>Publication</source>
        <translation>Publicatie</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reden</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Ontvangen</translation>
    </message>
    <message>
        <source>Received after the deadline.</source>
        <translation>Ontvangen na de sluitingstermijn.</translation>
    </message>
    <message>
        <source>Received after the deadline; accepted: {r}</source>
        <translation>Ontvangen na de sluitingstermijn; aanvaard: {r}</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Kenmerk</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
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
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Submission deadline</source>
        <translation>Sluitingstermijn</translation>
    </message>
    <message>
        <source>Succeeded by {name}</source>
        <translation>Opgevolgd door {name}</translation>
    </message>
    <message>
        <source>Term</source>
        <translation>Looptijd</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Thema</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Total price</source>
        <translation>Totaalprijs</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Gebruiker</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>{count} months</source>
        <translation>{count} maanden</translation>
    </message>
    <message>
        <source>{name} (subcontractor)</source>
        <translation>{name} (onderaannemer)</translation>
    </message>
</context>
<context>
    <name>ConsortiumRole</name>
    <message>
        <source>Lead</source>
        <translation>Penvoerder</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Lid</translation>
    </message>
    <message>
        <source>Subcontractor</source>
        <translation>Onderaannemer</translation>
    </message>
</context>
<context>
    <name>CriteriaEditor</name>
    <message>
        <source>&amp;Copy from…</source>
        <translation>Kop&amp;iëren van ander perceel…</translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <translation>&amp;Omschrijving</translation>
    </message>
    <message>
        <source>&amp;Invalidate scores…</source>
        <translation>Scores on&amp;geldig maken…</translation>
    </message>
    <message>
        <source>&amp;Knock-out minimum</source>
        <translation>&amp;Knock-outminimum</translation>
    </message>
    <message>
        <source>&amp;Money per point</source>
        <translation>&amp;Bedrag per punt</translation>
    </message>
    <message>
        <source>&amp;Price, scored with the lot&apos;s price formula</source>
        <translation>&amp;Prijs, gescoord met de prijsformule van het perceel</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Verwijderen</translation>
    </message>
    <message>
        <source>&amp;Save criteria</source>
        <translation>Criteria op&amp;slaan</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Titel</translation>
    </message>
    <message>
        <source>&amp;Weight %</source>
        <translation>&amp;Weging %</translation>
    </message>
    <message>
        <source>(must be 100 %)</source>
        <translation>(moet 100 % zijn)</translation>
    </message>
    <message>
        <source>(no scale)</source>
        <translation>(geen schaal)</translation>
    </message>
    <message>
        <source>Add &amp;main criterion</source>
        <translation>&amp;Hoofdcriterium toevoegen</translation>
    </message>
    <message>
        <source>Add s&amp;ub-criterion</source>
        <translation>S&amp;ubcriterium toevoegen</translation>
    </message>
    <message>
        <source>Award criteria</source>
        <translation>Gunningscriteria</translation>
    </message>
    <message>
        <source>Award criteria of lot {label} {title}</source>
        <translation>Gunningscriteria van perceel {label} {title}</translation>
    </message>
    <message>
        <source>C&amp;ode</source>
        <translation>&amp;Code</translation>
    </message>
    <message>
        <source>Changes not saved yet.</source>
        <translation>Wijzigingen nog niet opgeslagen.</translation>
    </message>
    <message>
        <source>Copied {count} criteria from lot {source}.</source>
        <translation>{count} criteria gekopieerd uit perceel {source}.</translation>
    </message>
    <message>
        <source>Copy criteria</source>
        <translation>Criteria kopiëren</translation>
    </message>
    <message>
        <source>Copy the criteria of lot:</source>
        <translation>De criteria kopiëren van perceel:</translation>
    </message>
    <message>
        <source>Criteria</source>
        <translation>Criteria</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Verwerpen</translation>
    </message>
    <message>
        <source>Enter a number, for example 12,5.</source>
        <translation>Vul een getal in, bijvoorbeeld 12,5.</translation>
    </message>
    <message>
        <source>Enter an amount, for example 1.000,00.</source>
        <translation>Vul een bedrag in, bijvoorbeeld 1.000,00.</translation>
    </message>
    <message>
        <source>Forget the changes not saved yet</source>
        <translation>De nog niet opgeslagen wijzigingen vergeten</translation>
    </message>
    <message>
        <source>Invalidate every score given for lot {label}? The scores are kept with your reason in the audit log, but no longer count; the evaluators must score again.</source>
        <translation>Alle gegeven scores voor perceel {label} ongeldig maken? De scores blijven met uw reden bewaard in het auditlog, maar tellen niet meer mee; de beoordelaars moeten opnieuw scoren.</translation>
    </message>
    <message>
        <source>Invalidate scores</source>
        <translation>Scores ongeldig maken</translation>
    </message>
    <message>
        <source>Main criteria: {sum} %</source>
        <translation>Hoofdcriteria: {sum} %</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Omlaag</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Omhoog</translation>
    </message>
    <message>
        <source>No criteria yet: add a main criterion.</source>
        <translation>Nog geen criteria: voeg een hoofdcriterium toe.</translation>
    </message>
    <message>
        <source>Not saved: correct the problems listed below first.</source>
        <translation>Niet opgeslagen: los eerst de problemen hieronder op.</translation>
    </message>
    <message>
        <source>Not saved: correct the problems listed below.</source>
        <translation>Niet opgeslagen: los de problemen hieronder op.</translation>
    </message>
    <message>
        <source>Not saved: the criteria are locked.</source>
        <translation>Niet opgeslagen: de criteria zijn vergrendeld.</translation>
    </message>
    <message>
        <source>Nothing was changed: give the reason why the scores are invalidated.</source>
        <translation>Er is niets gewijzigd: geef de reden op waarom de scores ongeldig worden gemaakt.</translation>
    </message>
    <message>
        <source>Only a procurement officer may invalidate scores.</source>
        <translation>Alleen een inkoopadviseur mag scores ongeldig maken.</translation>
    </message>
    <message>
        <source>Price criterion</source>
        <translation>Prijscriterium</translation>
    </message>
    <message>
        <source>Problems with the criteria</source>
        <translation>Problemen met de criteria</translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation>Terug&amp;draaien</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <source>Remove criterion</source>
        <translation>Criterium verwijderen</translation>
    </message>
    <message>
        <source>Remove the criterion and its sub-criteria</source>
        <translation>Het criterium en de subcriteria eronder verwijderen</translation>
    </message>
    <message>
        <source>Remove {name} and its {count} sub-criteria?</source>
        <translation>{name} en de {count} subcriteria eronder verwijderen?</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>Vervangen</translation>
    </message>
    <message>
        <source>Replace the criteria of lot {target} by a copy of those of lot {source}? The current criteria of {target}, and changes not saved, are lost.</source>
        <translation>De criteria van perceel {target} vervangen door een kopie van die van perceel {source}? De huidige criteria van {target} en niet-opgeslagen wijzigingen gaan verloren.</translation>
    </message>
    <message>
        <source>Replace these criteria by a copy of another lot&apos;s criteria</source>
        <translation>Deze criteria vervangen door een kopie van de criteria van een ander perceel</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Opgeslagen.</translation>
    </message>
    <message>
        <source>Sc&amp;ale</source>
        <translation>Sch&amp;aal</translation>
    </message>
    <message>
        <source>Sc&amp;ales…</source>
        <translation>Schale&amp;n…</translation>
    </message>
    <message>
        <source>Scoring has started for this lot, so its criteria, weights and scales are locked. To change them, a procurement officer must first invalidate the scores given; the evaluators then score again.</source>
        <translation>Voor dit perceel is het scoren begonnen, dus de criteria, wegingen en schalen zijn vergrendeld. Om ze te wijzigen, moet een inkoopadviseur eerst de gegeven scores ongeldig maken; daarna scoren de beoordelaars opnieuw.</translation>
    </message>
    <message>
        <source>Selected criterion</source>
        <translation>Geselecteerd criterium</translation>
    </message>
    <message>
        <source>The changes to the criteria of lot {label} are not saved. Discard them?</source>
        <translation>De wijzigingen in de criteria van perceel {label} zijn niet opgeslagen. Wilt u ze verwerpen?</translation>
    </message>
    <message>
        <source>There is no other lot to copy from.</source>
        <translation>Er is geen ander perceel om uit te kopiëren.</translation>
    </message>
    <message>
        <source>Under {name}: {sum} %</source>
        <translation>Onder {name}: {sum} %</translation>
    </message>
    <message>
        <source>Unsaved criteria</source>
        <translation>Niet-opgeslagen criteria</translation>
    </message>
    <message>
        <source>Why are the scores invalidated? The reason is kept with every score.</source>
        <translation>Waarom worden de scores ongeldig gemaakt? De reden wordt bij elke score bewaard.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>geen</translation>
    </message>
    <message>
        <source>{count} score(s) invalidated; the criteria can be changed again.</source>
        <translation>{count} score(s) ongeldig gemaakt; de criteria kunnen weer worden gewijzigd.</translation>
    </message>
</context>
<context>
    <name>CriteriaTreeModel</name>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Knock-out minimum</source>
        <translation>Knock-outminimum</translation>
    </message>
    <message>
        <source>Money per point</source>
        <translation>Bedrag per punt</translation>
    </message>
    <message>
        <source>Price (formula)</source>
        <translation>Prijs (formule)</translation>
    </message>
    <message>
        <source>Scale</source>
        <translation>Schaal</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Weight %</source>
        <translation>Weging %</translation>
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
    <name>DropoutRule</name>
    <message>
        <source>Freeze the ranking</source>
        <translation>Rangorde bevriezen</translation>
    </message>
    <message>
        <source>Recompute the ranking</source>
        <translation>Rangorde herberekenen</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>&quot;{value}&quot; does not name a lot; write the procurement reference and the lot number, for example SSB-2019/1, or fill the procurement column.</source>
        <translation>&quot;{value}&quot; is geen perceel; schrijf het kenmerk van de aanbesteding en het perceelnummer, bijvoorbeeld SSB-2019/1, of vul de kolom met de aanbesteding in.</translation>
    </message>
    <message>
        <source>--create-organisations applies to bids, not to {kind}.</source>
        <translation>--create-organisations geldt voor inschrijvingen, niet voor {kind}.</translation>
    </message>
    <message>
        <source>--lot does not apply to {command} {kind}.</source>
        <translation>--lot geldt niet voor {command} {kind}.</translation>
    </message>
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
        <source>A bid code has at most {count} characters.</source>
        <translation>De code van een inschrijving heeft ten hoogste {count} tekens.</translation>
    </message>
    <message>
        <source>A consortium needs exactly one lead (penvoerder).</source>
        <translation>Een combinatie heeft precies één penvoerder nodig.</translation>
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
        <source>A knock-out minimum needs a criterion scored on a scale.</source>
        <translation>Een knock-outminimum is alleen mogelijk bij een criterium dat op een schaal wordt gescoord.</translation>
    </message>
    <message>
        <source>A lot has at most {count} extension options.</source>
        <translation>Een perceel heeft ten hoogste {count} verlengingsopties.</translation>
    </message>
    <message>
        <source>A lot needs at least one evaluator.</source>
        <translation>Een perceel heeft ten minste één beoordelaar nodig.</translation>
    </message>
    <message>
        <source>A lot number is 1 or more.</source>
        <translation>Een perceelnummer is 1 of hoger.</translation>
    </message>
    <message>
        <source>A name has at most 100 characters.</source>
        <translation>Een naam heeft ten hoogste 100 tekens.</translation>
    </message>
    <message>
        <source>A period lasts at least one day.</source>
        <translation>Een periode duurt ten minste één dag.</translation>
    </message>
    <message>
        <source>A price cannot be negative.</source>
        <translation>Een prijs kan niet negatief zijn.</translation>
    </message>
    <message>
        <source>A price is more than zero; leave it empty if unknown.</source>
        <translation>Een prijs is groter dan nul; laat het veld leeg als de prijs onbekend is.</translation>
    </message>
    <message>
        <source>A procurement with reference {reference} already exists.</source>
        <translation>Er bestaat al een aanbesteding met kenmerk {reference}.</translation>
    </message>
    <message>
        <source>A reference has at most 50 characters.</source>
        <translation>Een kenmerk heeft ten hoogste 50 tekens.</translation>
    </message>
    <message>
        <source>A scale named {name} already exists.</source>
        <translation>Er bestaat al een schaal met de naam {name}.</translation>
    </message>
    <message>
        <source>A scale needs at least two values to tell bids apart.</source>
        <translation>Een schaal heeft ten minste twee waarden nodig om inschrijvingen van elkaar te onderscheiden.</translation>
    </message>
    <message>
        <source>A shared PostgreSQL database is backed up by its server (pg_dump); ask the database administrator.</source>
        <translation>Van een gedeelde PostgreSQL-database maakt de server zelf de back-up (pg_dump); vraag het de databasebeheerder.</translation>
    </message>
    <message>
        <source>A threshold amount is more than zero.</source>
        <translation>Een drempelbedrag is groter dan nul.</translation>
    </message>
    <message>
        <source>A user with the account {account} already exists.</source>
        <translation>Er bestaat al een gebruiker met het account {account}.</translation>
    </message>
    <message>
        <source>A weight lies between 0 and 100 %.</source>
        <translation>Een weging ligt tussen 0 en 100 %.</translation>
    </message>
    <message>
        <source>Add the bidder: the organisation, or the lead (penvoerder) and members of the consortium.</source>
        <translation>Voeg de inschrijver toe: de organisatie, of de penvoerder en de leden van de combinatie.</translation>
    </message>
    <message>
        <source>An RSIN has exactly 9 digits.</source>
        <translation>Een RSIN heeft precies 9 cijfers.</translation>
    </message>
    <message>
        <source>An absolute price formula needs a ceiling price.</source>
        <translation>Een absolute prijsformule heeft een plafondprijs nodig.</translation>
    </message>
    <message>
        <source>An absolute price formula needs a floor price.</source>
        <translation>Een absolute prijsformule heeft een bodemprijs nodig.</translation>
    </message>
    <message>
        <source>An amount per point cannot be negative.</source>
        <translation>Een bedrag per punt kan niet negatief zijn.</translation>
    </message>
    <message>
        <source>An organisation cannot be its own successor.</source>
        <translation>Een organisatie kan niet haar eigen opvolger zijn.</translation>
    </message>
    <message>
        <source>An organisation of this bid no longer exists; choose it again.</source>
        <translation>Een organisatie van deze inschrijving bestaat niet meer; kies de organisatie opnieuw.</translation>
    </message>
    <message>
        <source>Bid {bid} has no consensus score on {criterion} yet; a result needs every score.</source>
        <translation>Inschrijving {bid} heeft nog geen consensusscore op {criterion}; voor een uitslag is elke score nodig.</translation>
    </message>
    <message>
        <source>Bid {bid} has no price; this award method needs one.</source>
        <translation>Inschrijving {bid} heeft geen prijs; deze gunningsmethode heeft een prijs nodig.</translation>
    </message>
    <message>
        <source>Bid {value} is a bid on lot {label}; a bid cannot move to another lot. Correct the lot, or empty the id cell to add a new bid.</source>
        <translation>Inschrijving {value} is een inschrijving op perceel {label}; een inschrijving kan niet naar een ander perceel worden verplaatst. Verbeter het perceel, of maak de id-cel leeg om een nieuwe inschrijving toe te voegen.</translation>
    </message>
    <message>
        <source>Cancelled; nothing was changed.</source>
        <translation>Geannuleerd; er is niets gewijzigd.</translation>
    </message>
    <message>
        <source>Choose another lot to copy the criteria from.</source>
        <translation>Kies een ander perceel om de criteria uit te kopiëren.</translation>
    </message>
    <message>
        <source>Choose the kind of contract this threshold applies to.</source>
        <translation>Kies de soort opdracht waarvoor deze drempelwaarde geldt.</translation>
    </message>
    <message>
        <source>Choose the lot whose criteria to export or import, for example SSB-2019/1.</source>
        <translation>Kies het perceel waarvan u de criteria wilt exporteren of importeren, bijvoorbeeld SSB-2019/1.</translation>
    </message>
    <message>
        <source>Choose the scale {name} is scored on.</source>
        <translation>Kies de schaal waarop {name} wordt gescoord.</translation>
    </message>
    <message>
        <source>Choose two different organisations to merge.</source>
        <translation>Kies twee verschillende organisaties om samen te voegen.</translation>
    </message>
    <message>
        <source>Describe what the value {value} means.</source>
        <translation>Beschrijf wat de waarde {value} betekent.</translation>
    </message>
    <message>
        <source>District {number} or a district named {name} already exists.</source>
        <translation>Wijk {number} of een wijk met de naam {name} bestaat al.</translation>
    </message>
    <message>
        <source>Each tie-break rule appears only once.</source>
        <translation>Elke regel bij gelijke stand mag maar één keer voorkomen.</translation>
    </message>
    <message>
        <source>Enter the Windows account name of the user.</source>
        <translation>Vul de Windows-accountnaam van de gebruiker in.</translation>
    </message>
    <message>
        <source>Enter the moment the bid was received.</source>
        <translation>Vul het tijdstip in waarop de inschrijving is ontvangen.</translation>
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
        <source>Enter the name of the scale.</source>
        <translation>Vul de naam van de schaal in.</translation>
    </message>
    <message>
        <source>Enter the reference of the procurement, for example SSB-2019.</source>
        <translation>Vul het kenmerk van de aanbesteding in, bijvoorbeeld SSB-2019.</translation>
    </message>
    <message>
        <source>Enter the title of the criterion.</source>
        <translation>Vul de titel van het criterium in.</translation>
    </message>
    <message>
        <source>Enter the title of the procurement.</source>
        <translation>Vul de titel van de aanbesteding in.</translation>
    </message>
    <message>
        <source>Every extension option lasts at least a month.</source>
        <translation>Elke verlengingsoptie duurt ten minste een maand.</translation>
    </message>
    <message>
        <source>Give the reason why the bid is excluded.</source>
        <translation>Geef de reden op waarom de inschrijving wordt uitgesloten.</translation>
    </message>
    <message>
        <source>Give the reason why the scores are invalidated.</source>
        <translation>Geef de reden op waarom de scores ongeldig worden gemaakt.</translation>
    </message>
    <message>
        <source>Give the reason why this late bid (deadline {deadline}) is accepted.</source>
        <translation>Geef de reden op waarom deze te late inschrijving (sluitingstermijn {deadline}) wordt aanvaard.</translation>
    </message>
    <message>
        <source>Give the scale its values, each with a descriptor, for example 0-2-4-6-8-10.</source>
        <translation>Geef de schaal waarden, elk met de betekenis ervan, bijvoorbeeld 0-2-4-6-8-10.</translation>
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
        <source>KvK number {kvk} is not in the register of organisations; add the organisation&apos;s name so that it can be added.</source>
        <translation>KvK-nummer {kvk} staat niet in het register van organisaties; vul de naam van de organisatie in, zodat ze kan worden toegevoegd.</translation>
    </message>
    <message>
        <source>Lot {label} belongs to another procurement than {reference}; choose that procurement or correct the lot.</source>
        <translation>Perceel {label} hoort bij een andere aanbesteding dan {reference}; kies die aanbesteding of verbeter het perceel.</translation>
    </message>
    <message>
        <source>Lot {label} belongs to procurement {reference}, not to {procurement}; correct the procurement or the lot.</source>
        <translation>Perceel {label} hoort bij aanbesteding {reference}, niet bij {procurement}; verbeter de aanbesteding of het perceel.</translation>
    </message>
    <message>
        <source>Name the bidder: the organisation, or the lead of the consortium.</source>
        <translation>Vul de inschrijver in: de organisatie, of de penvoerder van de combinatie.</translation>
    </message>
    <message>
        <source>Name the lot of the criteria with --lot, for example --lot SSB-2019/1.</source>
        <translation>Geef met --lot het perceel van de criteria op, bijvoorbeeld --lot SSB-2019/1.</translation>
    </message>
    <message>
        <source>No criterion in this sheet has the code or title {code}; correct the main criterion.</source>
        <translation>Geen enkel criterium op dit werkblad heeft de code of titel {code}; verbeter het hoofdcriterium.</translation>
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
        <source>Only one criterion can be the price criterion.</source>
        <translation>Er kan maar één criterium het prijscriterium zijn.</translation>
    </message>
    <message>
        <source>Only the weighted-points method scores price as a criterion; with this award method, price is handled by the method itself.</source>
        <translation>Alleen bij de methode gewogen punten wordt de prijs als criterium gescoord; bij deze gunningsmethode verwerkt de methode zelf de prijs.</translation>
    </message>
    <message>
        <source>Price points cannot be negative.</source>
        <translation>Prijspunten kunnen niet negatief zijn.</translation>
    </message>
    <message>
        <source>Price points lie between 0 and 100.</source>
        <translation>Prijspunten liggen tussen 0 en 100.</translation>
    </message>
    <message>
        <source>SQLite reports damage: {detail}. Restore a backup.</source>
        <translation>SQLite meldt een beschadiging: {detail}. Zet een back-up terug.</translation>
    </message>
    <message>
        <source>Several organisations are called {name}; add the KvK number to say which one is meant.</source>
        <translation>Er zijn meerdere organisaties met de naam {name}; vul het KvK-nummer in om aan te geven welke wordt bedoeld.</translation>
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
        <source>The backup file {path} could not be written; choose a folder where you may save files and try again.</source>
        <translation>Het back-upbestand {path} kon niet worden geschreven; kies een map waarin u bestanden mag opslaan en probeer het opnieuw.</translation>
    </message>
    <message>
        <source>The bid was received after the deadline of {deadline}; accepting it as a late bid needs a reason.</source>
        <translation>De inschrijving is ontvangen na de sluitingstermijn van {deadline}; geef een reden op om haar als te late inschrijving te aanvaarden.</translation>
    </message>
    <message>
        <source>The budget cannot be negative.</source>
        <translation>Het budget kan niet negatief zijn.</translation>
    </message>
    <message>
        <source>The ceiling price must be higher than the floor price.</source>
        <translation>De plafondprijs moet hoger zijn dan de bodemprijs.</translation>
    </message>
    <message>
        <source>The change breaks a rule of the database (a duplicate or a missing reference), so nothing was saved.</source>
        <translation>De wijziging is in strijd met een regel van de database (een dubbele waarde of een ontbrekende verwijzing); er is niets opgeslagen.</translation>
    </message>
    <message>
        <source>The code {code} is used by two criteria.</source>
        <translation>De code {code} wordt door twee criteria gebruikt.</translation>
    </message>
    <message>
        <source>The contract term is at least one month.</source>
        <translation>De looptijd van het contract is ten minste één maand.</translation>
    </message>
    <message>
        <source>The criteria are locked because scoring has started; a procurement officer can invalidate the scores first.</source>
        <translation>De criteria zijn vergrendeld omdat het scoren is begonnen; een inkoopadviseur kan eerst de scores ongeldig maken.</translation>
    </message>
    <message>
        <source>The criterion {name} is assigned to an evaluator, so it cannot be removed; change the committee first.</source>
        <translation>Het criterium {name} is aan een beoordelaar toegewezen en kan daarom niet worden verwijderd; wijzig eerst de beoordelingscommissie.</translation>
    </message>
    <message>
        <source>The criterion {name} no longer belongs to this lot. Reload the criteria.</source>
        <translation>Het criterium {name} hoort niet meer bij dit perceel. Laad de criteria opnieuw.</translation>
    </message>
    <message>
        <source>The database address is not valid; write it as postgresql+psycopg://user@server/database and try again.</source>
        <translation>Het databaseadres is niet geldig; schrijf het als postgresql+psycopg://gebruiker@server/database en probeer het opnieuw.</translation>
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
        <source>The end of the period lies before its start.</source>
        <translation>Het einde van de periode ligt vóór het begin.</translation>
    </message>
    <message>
        <source>The estimated value cannot be negative.</source>
        <translation>De geraamde waarde kan niet negatief zijn.</translation>
    </message>
    <message>
        <source>The estimated value is above the EU threshold of {amount} valid on {date}: a European procedure is required, unless the services are social or other specific services under the light regime (threshold {light}).</source>
        <translation>De geraamde waarde ligt boven de Europese drempelwaarde van {amount} die op {date} geldt: een Europese procedure is verplicht, tenzij het gaat om sociale en andere specifieke diensten onder het verlicht regime (drempelwaarde {light}).</translation>
    </message>
    <message>
        <source>The estimated value is above the EU threshold of {amount} valid on {date}: a European procedure is required.</source>
        <translation>De geraamde waarde ligt boven de Europese drempelwaarde van {amount} die op {date} geldt: een Europese procedure is verplicht.</translation>
    </message>
    <message>
        <source>The estimated value is below the EU threshold of {amount} for social services valid on {date}: a European procedure is allowed but not required.</source>
        <translation>De geraamde waarde ligt onder de Europese drempelwaarde van {amount} voor sociale diensten die op {date} geldt: een Europese procedure mag, maar is niet verplicht.</translation>
    </message>
    <message>
        <source>The estimated value is below the EU threshold of {amount} valid on {date}: a European procedure is allowed but not required.</source>
        <translation>De geraamde waarde ligt onder de Europese drempelwaarde van {amount} die op {date} geldt: een Europese procedure mag, maar is niet verplicht.</translation>
    </message>
    <message>
        <source>The knock-out minimum {value} is not a value of the scale {scale} ({values}).</source>
        <translation>Het knock-outminimum {value} is geen waarde van de schaal {scale} ({values}).</translation>
    </message>
    <message>
        <source>The main criterion of {name} is not in the list.</source>
        <translation>Het hoofdcriterium van {name} staat niet in de lijst.</translation>
    </message>
    <message>
        <source>The mapping file {path} cannot be read; check that you have access to it and try again.</source>
        <translation>Het koppelingsbestand {path} kan niet worden gelezen; controleer of u er toegang toe hebt en probeer het opnieuw.</translation>
    </message>
    <message>
        <source>The mapping file {path} does not exist; check the folder and the name and try again.</source>
        <translation>Het koppelingsbestand {path} bestaat niet; controleer de map en de naam en probeer het opnieuw.</translation>
    </message>
    <message>
        <source>The mapping file {path} is not valid JSON; write one object of column header to field name, such as {example}, and try again.</source>
        <translation>Het koppelingsbestand {path} is geen geldige JSON; schrijf één object dat kolomkoppen aan veldnamen koppelt, zoals {example}, en probeer het opnieuw.</translation>
    </message>
    <message>
        <source>The mapping file {path} must hold one JSON object of column header to field name.</source>
        <translation>Het koppelingsbestand {path} moet één JSON-object bevatten dat kolomkoppen aan veldnamen koppelt.</translation>
    </message>
    <message>
        <source>The price criterion has no sub-criteria.</source>
        <translation>Het prijscriterium kan geen subcriteria hebben.</translation>
    </message>
    <message>
        <source>The price criterion weighs {weight} points, but the lot gives price {points} points; make them equal.</source>
        <translation>Het prijscriterium weegt {weight} punten, maar het perceel geeft de prijs {points} punten; maak ze gelijk.</translation>
    </message>
    <message>
        <source>The scale {name} is used by criteria on which scoring has started, so it cannot change; a procurement officer can invalidate the scores first.</source>
        <translation>De schaal {name} wordt gebruikt door criteria waarop het scoren is begonnen en kan daarom niet worden gewijzigd; een inkoopadviseur kan eerst de scores ongeldig maken.</translation>
    </message>
    <message>
        <source>The schema version {found} is not the program&apos;s {expected}.</source>
        <translation>De schemaversie {found} is niet die van het programma ({expected}).</translation>
    </message>
    <message>
        <source>The score {score} of bid {bid} on {criterion} lies outside the scale (0 to {maximum}).</source>
        <translation>De score {score} van inschrijving {bid} op {criterion} ligt buiten de schaal (0 tot en met {maximum}).</translation>
    </message>
    <message>
        <source>The spread that is flagged cannot be negative.</source>
        <translation>De spreiding waarbij een signaal volgt, kan niet negatief zijn.</translation>
    </message>
    <message>
        <source>The sub-criterion {name} has no main criterion above it; add the main criterion on a row above it.</source>
        <translation>Het subcriterium {name} heeft geen hoofdcriterium erboven; zet het hoofdcriterium op een rij erboven.</translation>
    </message>
    <message>
        <source>The threshold table has no amount for {category} valid on {date}; add it on the Administration page.</source>
        <translation>De tabel met drempelwaarden heeft geen bedrag voor {category} dat op {date} geldt; voeg het toe op de pagina Beheer.</translation>
    </message>
    <message>
        <source>The value {value} appears twice on the scale; keep one.</source>
        <translation>De waarde {value} staat twee keer op de schaal; laat er één staan.</translation>
    </message>
    <message>
        <source>The value {value} cannot be used; a scale value is 0 or more, below 10000, with at most two decimals.</source>
        <translation>De waarde {value} kan niet worden gebruikt; een schaalwaarde is 0 of hoger, lager dan 10000, met ten hoogste twee decimalen.</translation>
    </message>
    <message>
        <source>The weights of the criteria under {parent} add up to {sum} %; they must add up to exactly 100 %.</source>
        <translation>De wegingen van de criteria onder {parent} tellen op tot {sum} %; samen moeten ze precies 100 % zijn.</translation>
    </message>
    <message>
        <source>The weights of the main criteria add up to {sum} %; they must add up to exactly 100 %.</source>
        <translation>De wegingen van de hoofdcriteria tellen op tot {sum} %; samen moeten ze precies 100 % zijn.</translation>
    </message>
    <message>
        <source>There is no bid with id {value} in this database; empty the id cell to add it as a new bid.</source>
        <translation>Deze database heeft geen inschrijving met id {value}; maak de id-cel leeg om haar als nieuwe inschrijving toe te voegen.</translation>
    </message>
    <message>
        <source>There is no lot {label}; check the reference and the lot number.</source>
        <translation>Er is geen perceel {label}; controleer het kenmerk en het perceelnummer.</translation>
    </message>
    <message>
        <source>There is no organisation with id {value} in this database; empty the id cell to add it as a new organisation.</source>
        <translation>Deze database heeft geen organisatie met id {value}; maak de id-cel leeg om haar als nieuwe organisatie toe te voegen.</translation>
    </message>
    <message>
        <source>There is no procurement {reference} with lots.</source>
        <translation>Er is geen aanbesteding {reference} met percelen.</translation>
    </message>
    <message>
        <source>There is no scale {value}; use one of these scales: {scales}.</source>
        <translation>Er is geen schaal {value}; gebruik een van deze schalen: {scales}.</translation>
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
        <source>This bid also appears on row {other}; keep one of the two rows.</source>
        <translation>Deze inschrijving staat ook op rij {other}; laat één van de twee rijen staan.</translation>
    </message>
    <message>
        <source>This bid no longer exists. Reload the list.</source>
        <translation>Deze inschrijving bestaat niet meer. Laad de lijst opnieuw.</translation>
    </message>
    <message>
        <source>This database was made by a newer version of ssb-desktop. Install the newest version of the program to open it.</source>
        <translation>Deze database is gemaakt met een nieuwere versie van ssb-desktop. Installeer de nieuwste versie van het programma om haar te openen.</translation>
    </message>
    <message>
        <source>This date lies before {date}, a date that comes earlier in the procedure; check both dates.</source>
        <translation>Deze datum ligt vóór {date}, een datum die eerder in de procedure hoort te liggen; controleer beide datums.</translation>
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
        <source>This lot already has a bid with code {code}.</source>
        <translation>Dit perceel heeft al een inschrijving met code {code}.</translation>
    </message>
    <message>
        <source>This lot no longer exists. Reload the list.</source>
        <translation>Dit perceel bestaat niet meer. Laad de lijst opnieuw.</translation>
    </message>
    <message>
        <source>This lot no longer exists; choose the lot of the bid again.</source>
        <translation>Dit perceel bestaat niet meer; kies het perceel van de inschrijving opnieuw.</translation>
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
        <source>This period overlaps the threshold valid from {date}; end that one first.</source>
        <translation>Deze periode overlapt met de drempelwaarde die geldt vanaf {date}; laat die eerst eindigen.</translation>
    </message>
    <message>
        <source>This procurement already has a lot {number}.</source>
        <translation>Deze aanbesteding heeft al een perceel {number}.</translation>
    </message>
    <message>
        <source>This procurement no longer exists. Reload the list.</source>
        <translation>Deze aanbesteding bestaat niet meer. Laad de lijst opnieuw.</translation>
    </message>
    <message>
        <source>This scale no longer exists.</source>
        <translation>Deze schaal bestaat niet meer.</translation>
    </message>
    <message>
        <source>This scale no longer exists. Reload the list.</source>
        <translation>Deze schaal bestaat niet meer. Laad de lijst opnieuw.</translation>
    </message>
    <message>
        <source>This theme no longer exists; choose another.</source>
        <translation>Dit thema bestaat niet meer; kies een ander thema.</translation>
    </message>
    <message>
        <source>This threshold no longer exists. Reload the list.</source>
        <translation>Deze drempelwaarde bestaat niet meer. Laad de lijst opnieuw.</translation>
    </message>
    <message>
        <source>This user no longer exists. Reload the list.</source>
        <translation>Deze gebruiker bestaat niet meer. Laad de lijst opnieuw.</translation>
    </message>
    <message>
        <source>Two criteria have the same key; give each its own.</source>
        <translation>Twee criteria hebben dezelfde sleutel; geef elk criterium een eigen sleutel.</translation>
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
        <source>Unknown tie-break rule {rule}.</source>
        <translation>Onbekende regel bij gelijke stand: {rule}.</translation>
    </message>
    <message>
        <source>With a fixed price, enter the budget: a bid above it is invalid.</source>
        <translation>Vul bij een vaste prijs het budget in: een inschrijving daarboven is ongeldig.</translation>
    </message>
    <message>
        <source>With award on value, enter the amount of money a point of {name} is worth.</source>
        <translation>Vul bij gunnen op waarde het bedrag in dat een punt op {name} waard is.</translation>
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
        <source>{label} does not name a lot; write the procurement reference and the lot number, for example SSB-2019/1.</source>
        <translation>{label} is geen perceel; schrijf het kenmerk van de aanbesteding en het perceelnummer, bijvoorbeeld SSB-2019/1.</translation>
    </message>
    <message>
        <source>{name} already takes part in bid {code} on this lot; an organisation may bid only once per lot, alone or in a consortium, unless the procurement allows more.</source>
        <translation>{name} neemt al deel aan inschrijving {code} op dit perceel; een organisatie mag per perceel maar één keer inschrijven, alleen of in een combinatie, tenzij de aanbesteding meer toestaat.</translation>
    </message>
    <message>
        <source>{name} appears twice in this bid; keep it once.</source>
        <translation>{name} staat twee keer in deze inschrijving; laat de organisatie één keer staan.</translation>
    </message>
    <message>
        <source>{name} has several bids on lot {label}; fill the code or the id column to say which.</source>
        <translation>{name} heeft meerdere inschrijvingen op perceel {label}; vul de kolom met de code of het id in om aan te geven welke.</translation>
    </message>
    <message>
        <source>{name} is placed under a sub-criterion; criteria have two levels at most.</source>
        <translation>{name} staat onder een subcriterium; criteria hebben ten hoogste twee niveaus.</translation>
    </message>
    <message>
        <source>{name} is referred to by bids, contracts or applications, so it cannot be deleted. Archive it instead.</source>
        <translation>{name} kan niet worden verwijderd, omdat inschrijvingen, contracten of aanvragen ernaar verwijzen. Archiveer {name} in plaats daarvan.</translation>
    </message>
    <message>
        <source>{organisation} is not in the register of organisations; add it there, or import again with the option to add unknown organisations.</source>
        <translation>{organisation} staat niet in het register van organisaties; voeg de organisatie daar toe, of importeer opnieuw met de optie om onbekende organisaties toe te voegen.</translation>
    </message>
    <message>
        <source>{path} already exists; the demo never overwrites a file. Choose another name.</source>
        <translation>{path} bestaat al; de demo overschrijft nooit een bestand. Kies een andere naam.</translation>
    </message>
    <message>
        <source>{text} is not a list of extension options; write for example 1 x 24 maanden or 5 + 2 + 2 jaar.</source>
        <translation>{text} is geen lijst van verlengingsopties; schrijf bijvoorbeeld 1 x 24 maanden of 5 + 2 + 2 jaar.</translation>
    </message>
    <message>
        <source>{value} is not a date; write it as dd-mm-yyyy, e.g. 12-10-2020.</source>
        <translation>{value} is geen datum; schrijf deze als dd-mm-jjjj, bijvoorbeeld 12-10-2020.</translation>
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
        <source>Bid code</source>
        <translation>Code inschrijving</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Plaats</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Code of the main criterion</source>
        <translation>Code hoofdcriterium</translation>
    </message>
    <message>
        <source>Consortium members</source>
        <translation>Leden van de combinatie</translation>
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
        <source>Criterion</source>
        <translation>Criterium</translation>
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
        <source>Documents</source>
        <translation>Documenten</translation>
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
        <source>Knock-out minimum</source>
        <translation>Knock-outminimum</translation>
    </message>
    <message>
        <source>KvK number</source>
        <translation>KvK-nummer</translation>
    </message>
    <message>
        <source>Lead (penvoerder)</source>
        <translation>Penvoerder</translation>
    </message>
    <message>
        <source>Lead&apos;s KvK number</source>
        <translation>KvK-nummer penvoerder</translation>
    </message>
    <message>
        <source>Lot</source>
        <translation>Perceel</translation>
    </message>
    <message>
        <source>Members&apos; KvK numbers</source>
        <translation>KvK-nummers leden</translation>
    </message>
    <message>
        <source>Money per point</source>
        <translation>Bedrag per punt</translation>
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
        <source>Price criterion</source>
        <translation>Prijscriterium</translation>
    </message>
    <message>
        <source>Price per year</source>
        <translation>Prijs per jaar</translation>
    </message>
    <message>
        <source>Procurement reference</source>
        <translation>Kenmerk aanbesteding</translation>
    </message>
    <message>
        <source>RSIN</source>
        <translation>RSIN</translation>
    </message>
    <message>
        <source>Reason for accepting a late bid</source>
        <translation>Reden voor aanvaarding te late inschrijving</translation>
    </message>
    <message>
        <source>Reason for the status</source>
        <translation>Reden voor de status</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Ontvangen</translation>
    </message>
    <message>
        <source>Scale</source>
        <translation>Schaal</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Sub-criterion</source>
        <translation>Subcriterium</translation>
    </message>
    <message>
        <source>Subcontractors</source>
        <translation>Onderaannemers</translation>
    </message>
    <message>
        <source>Subcontractors&apos; KvK numbers</source>
        <translation>KvK-nummers onderaannemers</translation>
    </message>
    <message>
        <source>Total price</source>
        <translation>Totaalprijs</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Website</translation>
    </message>
    <message>
        <source>Weight (%)</source>
        <translation>Weging (%)</translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <source>&quot;{value}&quot; is not a moment; write it as dd-mm-yyyy hh:mm, for example 01-10-2019 09:30.</source>
        <translation>&quot;{value}&quot; is geen tijdstip; schrijf het als dd-mm-jjjj uu:mm, bijvoorbeeld 01-10-2019 09:30.</translation>
    </message>
    <message>
        <source>&quot;{value}&quot; is not a number; write it as 4 or 5,5.</source>
        <translation>&quot;{value}&quot; is geen getal; schrijf het als 4 of 5,5.</translation>
    </message>
    <message>
        <source>&quot;{value}&quot; is not a weight; write a percentage such as 40 or 12,5.</source>
        <translation>&quot;{value}&quot; is geen weging; schrijf een percentage zoals 40 of 12,5.</translation>
    </message>
    <message>
        <source>&quot;{value}&quot; is not an id from an export; empty the cell for a new bid.</source>
        <translation>&quot;{value}&quot; is geen id uit een export; maak de cel leeg voor een nieuwe inschrijving.</translation>
    </message>
    <message>
        <source>KvK number {kvk} belongs to {name} in the register, not to {given}; the bid is linked to {name}.</source>
        <translation>KvK-nummer {kvk} hoort in het register bij {name}, niet bij {given}; de inschrijving wordt aan {name} gekoppeld.</translation>
    </message>
    <message>
        <source>KvK number {value} lost its leading zero(s); read as {kvk}.</source>
        <translation>KvK-nummer {value} is de voorloopnul(len) kwijtgeraakt; gelezen als {kvk}.</translation>
    </message>
    <message>
        <source>No column holds the names of the organisations; give that column the header Naam, or assign it to Name in the column mapping.</source>
        <translation>Geen enkele kolom bevat de namen van de organisaties; geef die kolom de kolomnaam Naam, of koppel haar aan het veld Naam bij het koppelen van de kolommen.</translation>
    </message>
    <message>
        <source>No column holds the {field}; choose it in the column mapping.</source>
        <translation>Geen enkele kolom bevat het veld {field}; kies deze bij het koppelen van de kolommen.</translation>
    </message>
    <message>
        <source>Only a date was given for when the bid was received; read as {moment}. Add the time if the bid may have come in after the deadline.</source>
        <translation>Voor de ontvangst van de inschrijving is alleen een datum opgegeven; gelezen als {moment}. Vul ook de tijd in als de inschrijving mogelijk na de sluitingstermijn is binnengekomen.</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Probleem</translation>
    </message>
    <message>
        <source>The column {column} lists {kvks} KvK numbers for {names} names; give one KvK number per name, in the same order, separated by semicolons (leave a place empty when unknown).</source>
        <translation>De kolom {column} bevat {kvks} KvK-nummers bij {names} namen; geef één KvK-nummer per naam, in dezelfde volgorde, gescheiden door puntkomma&apos;s (laat een plaats leeg als het nummer onbekend is).</translation>
    </message>
    <message>
        <source>The criterion {name} is not in the workbook; importing removes it from lot {lot}.</source>
        <translation>Het criterium {name} staat niet in de werkmap; bij het importeren wordt het uit perceel {lot} verwijderd.</translation>
    </message>
    <message>
        <source>The weights were written as fractions (0,4 for 40 %); they were read as percentages.</source>
        <translation>De wegingen zijn als breuken geschreven (0,4 voor 40 %); ze zijn als percentages gelezen.</translation>
    </message>
    <message>
        <source>The workbook has no sheet named {wanted}; the criteria were read from the sheet {sheet}.</source>
        <translation>De werkmap heeft geen werkblad met de naam {wanted}; de criteria zijn gelezen van het werkblad {sheet}.</translation>
    </message>
    <message>
        <source>This workbook holds the criteria of {lots}, not of {lot}; choose the workbook of lot {lot} or import into one of these lots.</source>
        <translation>Deze werkmap bevat de criteria van {lots}, niet van {lot}; kies de werkmap van perceel {lot} of importeer in een van deze percelen.</translation>
    </message>
    <message>
        <source>Unknown status &quot;{value}&quot;; write Ontvangen, Onvolledig, Uitgesloten, Geldig or Ingetrokken.</source>
        <translation>Onbekende status &quot;{value}&quot;; schrijf Ontvangen, Onvolledig, Uitgesloten, Geldig of Ingetrokken.</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Waarschuwing</translation>
    </message>
    <message>
        <source>Write Ja or Nee in this column, not &quot;{value}&quot;.</source>
        <translation>Vul in deze kolom Ja of Nee in, niet &quot;{value}&quot;.</translation>
    </message>
    <message>
        <source>{organisation} is not in the register yet and is added as a new organisation; complete its details on the Organisations page.</source>
        <translation>{organisation} staat nog niet in het register en wordt als nieuwe organisatie toegevoegd; vul de gegevens aan op de pagina Organisaties.</translation>
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
        <source>{created} new, {updated} changed, {deleted} removed, {unchanged} unchanged; {warnings} warnings, {problems} problems.</source>
        <translation>{created} nieuw, {updated} gewijzigd, {deleted} verwijderd, {unchanged} ongewijzigd; {warnings} waarschuwingen, {problems} problemen.</translation>
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
    <name>LotDialog</name>
    <message>
        <source> months</source>
        <translation> maanden</translation>
    </message>
    <message>
        <source> steps</source>
        <translation> stappen</translation>
    </message>
    <message>
        <source>&amp;Award method</source>
        <translation>&amp;Gunningsmethode</translation>
    </message>
    <message>
        <source>&amp;Budget</source>
        <translation>&amp;Budget</translation>
    </message>
    <message>
        <source>&amp;Ceiling price</source>
        <translation>Plafond&amp;prijs</translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <translation>Omschr&amp;ijving</translation>
    </message>
    <message>
        <source>&amp;Number</source>
        <translation>&amp;Nummer</translation>
    </message>
    <message>
        <source>&amp;Quality evaluators do not see prices</source>
        <translation>&amp;Kwaliteitsbeoordelaars zien geen prijzen</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Opslaan</translation>
    </message>
    <message>
        <source>&amp;Tie-break rules</source>
        <translation>&amp;Regels bij gelijke stand</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Titel</translation>
    </message>
    <message>
        <source>(no theme)</source>
        <translation>(geen thema)</translation>
    </message>
    <message>
        <source>1 month</source>
        <translation>1 maand</translation>
    </message>
    <message>
        <source>1 year</source>
        <translation>1 jaar</translation>
    </message>
    <message>
        <source>A written &amp;motivation is required</source>
        <translation>Een schriftelijke &amp;motivering is verplicht</translation>
    </message>
    <message>
        <source>Anon&amp;ymised: bidders are shown as codes until the consensus is final</source>
        <translation>Geanonim&amp;iseerd: inschrijvers worden als code getoond tot de consensus definitief is</translation>
    </message>
    <message>
        <source>Apply this rule earlier (Ctrl+Up)</source>
        <translation>Deze regel eerder toepassen (Ctrl+Pijl omhoog)</translation>
    </message>
    <message>
        <source>Apply this rule later (Ctrl+Down)</source>
        <translation>Deze regel later toepassen (Ctrl+Pijl omlaag)</translation>
    </message>
    <message>
        <source>Average of the evaluators&apos; scores</source>
        <translation>Gemiddelde van de scores van de beoordelaars</translation>
    </message>
    <message>
        <source>Bid &amp;drops out</source>
        <translation>Inschrijving valt &amp;uit</translation>
    </message>
    <message>
        <source>Consensus score with motivation</source>
        <translation>Consensusscore met motivering</translation>
    </message>
    <message>
        <source>Contract te&amp;rm</source>
        <translation>&amp;Looptijd contract</translation>
    </message>
    <message>
        <source>Correct the problems shown under the fields before saving.</source>
        <translation>Los de problemen op die onder de velden staan voordat u opslaat.</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Omlaag</translation>
    </message>
    <message>
        <source>E&amp;xtension options</source>
        <translation>&amp;Verlengingsopties</translation>
    </message>
    <message>
        <source>Edit lot {label}</source>
        <translation>Perceel {label} bewerken</translation>
    </message>
    <message>
        <source>Enter a number of points, for example 20.</source>
        <translation>Vul een aantal punten in, bijvoorbeeld 20.</translation>
    </message>
    <message>
        <source>Excluding VAT, for the initial term.</source>
        <translation>Exclusief btw, voor de initiële looptijd.</translation>
    </message>
    <message>
        <source>F&amp;loor price</source>
        <translation>Bo&amp;demprijs</translation>
    </message>
    <message>
        <source>Final &amp;score</source>
        <translation>&amp;Eindscore</translation>
    </message>
    <message>
        <source>Flag a criterion when evaluators differ by more than this on the scale.</source>
        <translation>Markeer een criterium als de beoordelaars meer dan dit aantal stappen op de schaal van elkaar verschillen.</translation>
    </message>
    <message>
        <source>Lot</source>
        <translation>Perceel</translation>
    </message>
    <message>
        <source>Ma&amp;ximum price points</source>
        <translation>Ma&amp;ximaal aantal prijspunten</translation>
    </message>
    <message>
        <source>Move tie-break rule down</source>
        <translation>Regel bij gelijke stand omlaag verplaatsen</translation>
    </message>
    <message>
        <source>Move tie-break rule up</source>
        <translation>Regel bij gelijke stand omhoog verplaatsen</translation>
    </message>
    <message>
        <source>New lot for {reference}</source>
        <translation>Nieuw perceel voor {reference}</translation>
    </message>
    <message>
        <source>No extension options.</source>
        <translation>Geen verlengingsopties.</translation>
    </message>
    <message>
        <source>Number of &amp;evaluators</source>
        <translation>&amp;Aantal beoordelaars</translation>
    </message>
    <message>
        <source>Price &amp;formula</source>
        <translation>Prijs&amp;formule</translation>
    </message>
    <message>
        <source>Procedure settings (as the tender documents promised)</source>
        <translation>Procedure-instellingen (zoals toegezegd in de aanbestedingsstukken)</translation>
    </message>
    <message>
        <source>Spread &amp;flag</source>
        <translation>Signaal bij &amp;spreiding</translation>
    </message>
    <message>
        <source>T&amp;heme</source>
        <translation>T&amp;hema</translation>
    </message>
    <message>
        <source>Ticked rules apply from top to bottom.</source>
        <translation>Aangevinkte regels gelden van boven naar beneden.</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Omhoog</translation>
    </message>
    <message>
        <source>When a ranked bid drops out (withdrawn or excluded).</source>
        <translation>Als een inschrijving in de rangorde uitvalt (ingetrokken of uitgesloten).</translation>
    </message>
    <message>
        <source>for example 1 x 24 maanden or 5 + 2 + 2 jaar</source>
        <translation>bijvoorbeeld 1 x 24 maanden of 5 + 2 + 2 jaar</translation>
    </message>
    <message>
        <source>{count} months</source>
        <translation>{count} maanden</translation>
    </message>
    <message>
        <source>{count} option(s): {lengths}; at most {total} including the term.</source>
        <translation>{count} optie(s): {lengths}; inclusief de looptijd ten hoogste {total}.</translation>
    </message>
    <message>
        <source>{count} years</source>
        <translation>{count} jaar</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;About</source>
        <translation>&amp;Over dit programma</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Bestand</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Afsluiten</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>&amp;Opnieuw laden</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Over dit programma</translation>
    </message>
    <message>
        <source>Navigation</source>
        <translation>Navigatie</translation>
    </message>
    <message>
        <source>Opening the database…</source>
        <translation>De database wordt geopend…</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Opgeslagen.</translation>
    </message>
    <message>
        <source>Sterke Sociale Basis</source>
        <translation>Sterke Sociale Basis</translation>
    </message>
    <message>
        <source>User: {account} ({roles})</source>
        <translation>Gebruiker: {account} ({roles})</translation>
    </message>
    <message>
        <source>no access</source>
        <translation>geen toegang</translation>
    </message>
    <message>
        <source>ssb-desktop {version}
Database: {where}</source>
        <translation>ssb-desktop {version}
Database: {where}</translation>
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
        <source>Bids</source>
        <translation>Inschrijvingen</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>Organisaties</translation>
    </message>
    <message>
        <source>Procurements</source>
        <translation>Aanbestedingen</translation>
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
    <name>OrganisationExchange</name>
    <message>
        <source>Export</source>
        <translation>Exporteren</translation>
    </message>
    <message>
        <source>Export organisations</source>
        <translation>Organisaties exporteren</translation>
    </message>
    <message>
        <source>Exporting organisations…</source>
        <translation>De organisaties worden geëxporteerd…</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importeren</translation>
    </message>
    <message>
        <source>Import organisations</source>
        <translation>Organisaties importeren</translation>
    </message>
    <message>
        <source>Imported: {created} new and {updated} changed organisations; {unchanged} were unchanged.</source>
        <translation>Geïmporteerd: {created} nieuwe en {updated} gewijzigde organisaties; {unchanged} waren ongewijzigd.</translation>
    </message>
    <message>
        <source>Importing organisations…</source>
        <translation>De organisaties worden geïmporteerd…</translation>
    </message>
    <message>
        <source>Reading {name}…</source>
        <translation>{name} wordt gelezen…</translation>
    </message>
    <message>
        <source>The workbook changed since the preview and now has problems; nothing was imported. Open the import again to see them.</source>
        <translation>De werkmap is sinds het voorbeeld gewijzigd en bevat nu problemen; er is niets geïmporteerd. Open de import opnieuw om ze te zien.</translation>
    </message>
    <message>
        <source>{n} organisations written to {path}.</source>
        <translation>{n} organisaties geschreven naar {path}.</translation>
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
    <name>OrganisationPicker</name>
    <message>
        <source>C&amp;hoose</source>
        <translation>&amp;Kiezen</translation>
    </message>
    <message>
        <source>Choose an organisation</source>
        <translation>Kies een organisatie</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>Organisaties</translation>
    </message>
    <message>
        <source>Search name, KvK number or city</source>
        <translation>Zoek op naam, KvK-nummer of plaats</translation>
    </message>
    <message>
        <source>Search organisations</source>
        <translation>Organisaties zoeken</translation>
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
        <source>Loading organisations…</source>
        <translation>De organisaties worden geladen…</translation>
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
    <name>PriceFormula</name>
    <message>
        <source>Absolute between a floor and a ceiling price</source>
        <translation>Absoluut tussen een bodem- en plafondprijs</translation>
    </message>
    <message>
        <source>Relative to the lowest valid price</source>
        <translation>Relatief t.o.v. de laagste geldige prijs</translation>
    </message>
</context>
<context>
    <name>ProcedureType</name>
    <message>
        <source>Light regime for social services</source>
        <translation>Sociale en andere specifieke diensten</translation>
    </message>
    <message>
        <source>Multiple private procedure</source>
        <translation>Meervoudig onderhandse procedure</translation>
    </message>
    <message>
        <source>National procedure</source>
        <translation>Nationale procedure</translation>
    </message>
    <message>
        <source>Open European procedure</source>
        <translation>Europese openbare procedure</translation>
    </message>
    <message>
        <source>Voluntary transparency notice</source>
        <translation>Vrijwillige transparantie</translation>
    </message>
</context>
<context>
    <name>ProcurementDialog</name>
    <message>
        <source>&amp;Procedure</source>
        <translation>&amp;Procedure</translation>
    </message>
    <message>
        <source>&amp;Questions deadline</source>
        <translation>Sluitingstermijn &amp;vragen</translation>
    </message>
    <message>
        <source>&amp;Reference</source>
        <translation>&amp;Kenmerk</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Opslaan</translation>
    </message>
    <message>
        <source>&amp;Submission deadline</source>
        <translation>&amp;Sluitingstermijn inschrijving</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Titel</translation>
    </message>
    <message>
        <source>An organisation may take part in more than one bid per lot</source>
        <translation>Een organisatie mag per perceel aan meer dan één inschrijving deelnemen</translation>
    </message>
    <message>
        <source>Correct the problems shown under the fields before saving.</source>
        <translation>Los de problemen op die onder de velden staan voordat u opslaat.</translation>
    </message>
    <message>
        <source>Edit procurement</source>
        <translation>Aanbesteding bewerken</translation>
    </message>
    <message>
        <source>Enter a date as dd-mm-yyyy, for example 01-07-2019.</source>
        <translation>Vul een datum in als dd-mm-jjjj, bijvoorbeeld 01-07-2019.</translation>
    </message>
    <message>
        <source>Enter an amount in euros, for example 1.250.000,00.</source>
        <translation>Vul een bedrag in euro&apos;s in, bijvoorbeeld 1.250.000,00.</translation>
    </message>
    <message>
        <source>Estimated &amp;value</source>
        <translation>Geraamde &amp;waarde</translation>
    </message>
    <message>
        <source>Excluding VAT, over the whole term including all options and extensions.</source>
        <translation>Exclusief btw, over de hele looptijd inclusief alle opties en verlengingen.</translation>
    </message>
    <message>
        <source>N&amp;otes</source>
        <translation>Op&amp;merkingen</translation>
    </message>
    <message>
        <source>New procurement</source>
        <translation>Nieuwe aanbesteding</translation>
    </message>
    <message>
        <source>P&amp;ublication date</source>
        <translation>P&amp;ublicatiedatum</translation>
    </message>
    <message>
        <source>Planned &amp;award</source>
        <translation>Geplande &amp;gunning</translation>
    </message>
    <message>
        <source>Planned contract s&amp;tart</source>
        <translation>Geplande start &amp;contract</translation>
    </message>
    <message>
        <source>Submission deadline</source>
        <translation>Sluitingstermijn inschrijving</translation>
    </message>
    <message>
        <source>Submission deadline time</source>
        <translation>Tijdstip sluitingstermijn inschrijving</translation>
    </message>
    <message>
        <source>at</source>
        <translation>om</translation>
    </message>
    <message>
        <source>dd-mm-yyyy</source>
        <translation>dd-mm-jjjj</translation>
    </message>
    <message>
        <source>for example SSB-2019</source>
        <translation>bijvoorbeeld SSB-2019</translation>
    </message>
    <message>
        <source>€ 0,00</source>
        <translation>€ 0,00</translation>
    </message>
</context>
<context>
    <name>ProcurementsPage</name>
    <message>
        <source>&amp;Edit procurement…</source>
        <translation>Aanbesteding &amp;bewerken…</translation>
    </message>
    <message>
        <source>&amp;Import criteria from Excel…</source>
        <translation>Criteria &amp;importeren uit Excel…</translation>
    </message>
    <message>
        <source>&amp;New procurement…</source>
        <translation>&amp;Nieuwe aanbesteding…</translation>
    </message>
    <message>
        <source>Choose a procurement to see its lots.</source>
        <translation>Kies een aanbesteding om de percelen te zien.</translation>
    </message>
    <message>
        <source>E&amp;xport criteria to Excel…</source>
        <translation>Criteria e&amp;xporteren naar Excel…</translation>
    </message>
    <message>
        <source>Edit l&amp;ot…</source>
        <translation>Perceel be&amp;werken…</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Zoeken</translation>
    </message>
    <message>
        <source>Lots</source>
        <translation>Percelen</translation>
    </message>
    <message>
        <source>Lots of {reference}</source>
        <translation>Percelen van {reference}</translation>
    </message>
    <message>
        <source>New &amp;lot…</source>
        <translation>Nieuw &amp;perceel…</translation>
    </message>
    <message>
        <source>Procurements</source>
        <translation>Aanbestedingen</translation>
    </message>
    <message>
        <source>Replace the criteria of the chosen lot by those in a workbook, after a preview.</source>
        <translation>Vervang de criteria van het gekozen perceel door die uit een werkmap, na een voorbeeld.</translation>
    </message>
    <message>
        <source>Search procurements</source>
        <translation>Aanbestedingen zoeken</translation>
    </message>
    <message>
        <source>Search reference, title, procedure… (Ctrl+F)</source>
        <translation>Zoek op kenmerk, titel, procedure… (Ctrl+F)</translation>
    </message>
    <message>
        <source>Write the saved criteria of every lot of this procurement, a sheet per lot.</source>
        <translation>Schrijf de opgeslagen criteria van elk perceel van deze aanbesteding weg, één werkblad per perceel.</translation>
    </message>
    <message>
        <source>{reference} has no lots yet: add one with New lot (Ctrl+Shift+N).</source>
        <translation>{reference} heeft nog geen percelen: voeg er een toe met Nieuw perceel (Ctrl+Shift+N).</translation>
    </message>
    <message>
        <source>{shown} of {total} procurements</source>
        <translation>{shown} van {total} aanbestedingen</translation>
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
    <name>ScalesDialog</name>
    <message>
        <source>&amp;Description</source>
        <translation>&amp;Omschrijving</translation>
    </message>
    <message>
        <source>&amp;Fill</source>
        <translation>&amp;Vullen</translation>
    </message>
    <message>
        <source>&amp;New scale</source>
        <translation>&amp;Nieuwe schaal</translation>
    </message>
    <message>
        <source>&amp;Remove value</source>
        <translation>Waarde verwij&amp;deren</translation>
    </message>
    <message>
        <source>&amp;Save scale</source>
        <translation>Schaal op&amp;slaan</translation>
    </message>
    <message>
        <source>&amp;Values, each with what it means</source>
        <translation>&amp;Waarden, elk met de betekenis ervan</translation>
    </message>
    <message>
        <source>(new)</source>
        <translation>(nieuw)</translation>
    </message>
    <message>
        <source>Add va&amp;lue</source>
        <translation>Waarde &amp;toevoegen</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Omschrijving</translation>
    </message>
    <message>
        <source>Descriptor</source>
        <translation>Betekenis</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Verwerpen</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Van</translation>
    </message>
    <message>
        <source>N&amp;ame</source>
        <translation>N&amp;aam</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Replace the values by the steps from … to …; descriptors of values kept</source>
        <translation>De waarden vervangen door de stappen van … tot en met …; de betekenis van waarden die blijven, wordt bewaard</translation>
    </message>
    <message>
        <source>Row {row}: the value is not a number.</source>
        <translation>Rij {row}: de waarde is geen getal.</translation>
    </message>
    <message>
        <source>Saved {name}.</source>
        <translation>{name} opgeslagen.</translation>
    </message>
    <message>
        <source>Scales</source>
        <translation>Schalen</translation>
    </message>
    <message>
        <source>Scoring scales</source>
        <translation>Beoordelingsschalen</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Stap</translation>
    </message>
    <message>
        <source>The changes to the scale {name} are not saved. Discard them?</source>
        <translation>De wijzigingen in de schaal {name} zijn niet opgeslagen. Wilt u ze verwerpen?</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Tot en met</translation>
    </message>
    <message>
        <source>Unsaved scale</source>
        <translation>Niet-opgeslagen schaal</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Waarde</translation>
    </message>
    <message>
        <source>Values</source>
        <translation>Waarden</translation>
    </message>
    <message>
        <source>step</source>
        <translation>stap</translation>
    </message>
    <message>
        <source>to</source>
        <translation>tot en met</translation>
    </message>
</context>
<context>
    <name>ThresholdCategory</name>
    <message>
        <source>Services for local government</source>
        <translation>Diensten voor decentrale overheden</translation>
    </message>
    <message>
        <source>Social and other specific services (light regime)</source>
        <translation>Sociale en andere specifieke diensten (verlicht regime)</translation>
    </message>
</context>
<context>
    <name>TieBreakRule</name>
    <message>
        <source>Drawing lots</source>
        <translation>Loting</translation>
    </message>
    <message>
        <source>Highest score on the heaviest criterion</source>
        <translation>Hoogste score op het zwaarst wegende criterium</translation>
    </message>
    <message>
        <source>Lowest price</source>
        <translation>Laagste prijs</translation>
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
</TS>
