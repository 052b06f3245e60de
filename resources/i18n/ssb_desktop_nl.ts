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
        <translation>Gebruiker be&amp;werken…</translation>
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
        <translation>Wijk bewerke&amp;n…</translation>
    </message>
    <message>
        <source>European thresh&amp;olds</source>
        <translation>E&amp;uropese drempels</translation>
    </message>
    <message>
        <source>House s&amp;tyle of letters</source>
        <translation>Huissti&amp;jl van brieven</translation>
    </message>
    <message>
        <source>Letter te&amp;xts</source>
        <translation>B&amp;rieventeksten</translation>
    </message>
    <message>
        <source>Procurement r&amp;ules</source>
        <translation>O&amp;pschorting en opzegging</translation>
    </message>
    <message>
        <source>Royal-decree &amp;holidays</source>
        <translation>&amp;Feestdagen bij Koninklijk Besluit</translation>
    </message>
    <message>
        <source>The&amp;mes</source>
        <translation>Thema&apos;s (kernopdra&amp;chten)</translation>
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
    <name>AdvanceDialog</name>
    <message>
        <source>&amp;Amount</source>
        <translation>&amp;Bedrag</translation>
    </message>
    <message>
        <source>&amp;Paid on</source>
        <translation>Betaal&amp;d op</translation>
    </message>
    <message>
        <source>&amp;Record advance</source>
        <translation>Voorschot &amp;vastleggen</translation>
    </message>
    <message>
        <source>Pay an advance on {reference}</source>
        <translation>Voorschot betalen op {reference}</translation>
    </message>
</context>
<context>
    <name>Allocation</name>
    <message>
        <source>Granted in full.</source>
        <translation>Volledig verleend.</translation>
    </message>
    <message>
        <source>Granted partly: only {amount} was left of the ceiling of {ceiling}.</source>
        <translation>Gedeeltelijk verleend: van het plafond van {ceiling} was nog maar {amount} over.</translation>
    </message>
    <message>
        <source>Limited by the maximum of {maximum} per applicant ({left} was left).</source>
        <translation>Beperkt door het maximum van {maximum} per aanvrager (er was nog {left} over).</translation>
    </message>
    <message>
        <source>Limited to {members} members x {amount} per member ({total}).</source>
        <translation>Beperkt tot {members} leden x {amount} per lid ({total}).</translation>
    </message>
    <message>
        <source>Reduced pro rata to {percent}% of the amount that could be granted, because the scheme is oversubscribed.</source>
        <translation>Naar rato verlaagd tot {percent}% van het bedrag dat verleend kon worden, omdat de regeling is overvraagd.</translation>
    </message>
    <message>
        <source>Refused: the ceiling of {ceiling} is used up.</source>
        <translation>Geweigerd: het plafond van {ceiling} is op.</translation>
    </message>
    <message>
        <source>Refused: the number of members is missing, and the scheme grants an amount per member.</source>
        <translation>Geweigerd: het aantal leden ontbreekt en de regeling verleent een bedrag per lid.</translation>
    </message>
</context>
<context>
    <name>AllocationDialog</name>
    <message>
        <source>&amp;Apply as decisions…</source>
        <translation>&amp;Toepassen als besluiten…</translation>
    </message>
    <message>
        <source>Ceiling {ceiling}; granted earlier {committed}. This allocation grants {granted} of {requested} requested; {remaining} remains.</source>
        <translation>Plafond {ceiling}; eerder verleend {committed}. Deze verdeling verleent {granted} van {requested} aangevraagd; er blijft {remaining} over.</translation>
    </message>
    <message>
        <source>Granted partly: {names}.</source>
        <translation>Gedeeltelijk verleend: {names}.</translation>
    </message>
    <message>
        <source>No application of this scheme is waiting for a decision.</source>
        <translation>Geen aanvraag van deze regeling wacht op een besluit.</translation>
    </message>
    <message>
        <source>Trial allocation</source>
        <translation>Proefverdeling</translation>
    </message>
    <message>
        <source>Trial allocation: {scheme}</source>
        <translation>Proefverdeling: {scheme}</translation>
    </message>
</context>
<context>
    <name>AllocationOutcome</name>
    <message>
        <source>Granted</source>
        <translation>Verleend</translation>
    </message>
    <message>
        <source>Partly granted</source>
        <translation>Gedeeltelijk verleend</translation>
    </message>
    <message>
        <source>Refused (no budget)</source>
        <translation>Geweigerd (geen budget)</translation>
    </message>
</context>
<context>
    <name>ApplicationDialog</name>
    <message>
        <source>&amp;Activity</source>
        <translation>&amp;Activiteit</translation>
    </message>
    <message>
        <source>&amp;Budget</source>
        <translation>&amp;Begroting</translation>
    </message>
    <message>
        <source>&amp;Goals</source>
        <translation>&amp;Doelen</translation>
    </message>
    <message>
        <source>&amp;Members</source>
        <translation>&amp;Leden</translation>
    </message>
    <message>
        <source>&amp;Requested</source>
        <translation>Aa&amp;ngevraagd</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Opslaan</translation>
    </message>
    <message>
        <source>A&amp;pplicant</source>
        <translation>Aan&amp;vrager</translation>
    </message>
    <message>
        <source>Accountability: {value}</source>
        <translation>Verantwoording: {value}</translation>
    </message>
    <message>
        <source>Activities &amp;end on</source>
        <translation>Activiteiten &amp;eindigen op</translation>
    </message>
    <message>
        <source>Advances paid: {value}</source>
        <translation>Voorschotten betaald: {value}</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>Aanvrager</translation>
    </message>
    <message>
        <source>Applicant&apos;s refere&amp;nce</source>
        <translation>&amp;Kenmerk aanvrager</translation>
    </message>
    <message>
        <source>Application {reference}</source>
        <translation>Aanvraag {reference}</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>K&amp;iezen…</translation>
    </message>
    <message>
        <source>Choose the applicant</source>
        <translation>Kies de aanvrager</translation>
    </message>
    <message>
        <source>Choose the organisation that applies.</source>
        <translation>Kies de organisatie die aanvraagt.</translation>
    </message>
    <message>
        <source>Choose the scheme; add one under Schemes first.</source>
        <translation>Kies de regeling; voeg er eerst een toe onder Regelingen.</translation>
    </message>
    <message>
        <source>Choose the volunteer organisation</source>
        <translation>Kies de vrijwilligersorganisatie</translation>
    </message>
    <message>
        <source>Decided by: {value}</source>
        <translation>Besloten door: {value}</translation>
    </message>
    <message>
        <source>Decided on: {value}</source>
        <translation>Besloten op: {value}</translation>
    </message>
    <message>
        <source>Decision due: {value}</source>
        <translation>Besluit uiterlijk: {value}</translation>
    </message>
    <message>
        <source>Describe the activity the subsidy is for.</source>
        <translation>Beschrijf de activiteit waarvoor de subsidie is.</translation>
    </message>
    <message>
        <source>Dis&amp;tricts</source>
        <translation>&amp;Wijken</translation>
    </message>
    <message>
        <source>Districts</source>
        <translation>Wijken</translation>
    </message>
    <message>
        <source>Enter the amount applied for.</source>
        <translation>Vul het aangevraagde bedrag in.</translation>
    </message>
    <message>
        <source>Granted: {value}</source>
        <translation>Verleend: {value}</translation>
    </message>
    <message>
        <source>N&amp;otes</source>
        <translation>No&amp;tities</translation>
    </message>
    <message>
        <source>New application</source>
        <translation>Nieuwe aanvraag</translation>
    </message>
    <message>
        <source>Not given</source>
        <translation>Niet opgegeven</translation>
    </message>
    <message>
        <source>Not saved yet.</source>
        <translation>Nog niet opgeslagen.</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notities</translation>
    </message>
    <message>
        <source>Objection until: {value}</source>
        <translation>Bezwaar mogelijk tot: {value}</translation>
    </message>
    <message>
        <source>Orders the applications of a ranking scheme</source>
        <translation>Bepaalt de volgorde bij een regeling met rangschikking</translation>
    </message>
    <message>
        <source>Other &amp;funders</source>
        <translation>Andere &amp;financiers</translation>
    </message>
    <message>
        <source>Ran&amp;king score</source>
        <translation>Score voor ran&amp;gschikking</translation>
    </message>
    <message>
        <source>Recei&amp;ved on</source>
        <translation>Ontvangen o&amp;p</translation>
    </message>
    <message>
        <source>Refused because: {value}</source>
        <translation>Afgewezen omdat: {value}</translation>
    </message>
    <message>
        <source>Reminded of the report: {value}</source>
        <translation>Herinnerd aan de verantwoording: {value}</translation>
    </message>
    <message>
        <source>Report assessed: {value}</source>
        <translation>Verantwoording beoordeeld: {value}</translation>
    </message>
    <message>
        <source>Report due: {value}</source>
        <translation>Verantwoording uiterlijk: {value}</translation>
    </message>
    <message>
        <source>Report overdue: {value}</source>
        <translation>Verantwoording te laat: {value}</translation>
    </message>
    <message>
        <source>Report received: {value}</source>
        <translation>Verantwoording ontvangen: {value}</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Verplicht</translation>
    </message>
    <message>
        <source>S&amp;cheme</source>
        <translation>&amp;Regeling</translation>
    </message>
    <message>
        <source>Settled on: {value}</source>
        <translation>Vastgesteld op: {value}</translation>
    </message>
    <message>
        <source>Settled: {value}</source>
        <translation>Vastgesteld: {value}</translation>
    </message>
    <message>
        <source>Status, deadlines and money</source>
        <translation>Status, termijnen en geld</translation>
    </message>
    <message>
        <source>Status: {status}</source>
        <translation>Status: {status}</translation>
    </message>
    <message>
        <source>The accountability report is due a number of weeks after this day.</source>
        <translation>De verantwoording moet een aantal weken na deze dag binnen zijn.</translation>
    </message>
    <message>
        <source>The amount applied for must be more than zero.</source>
        <translation>Het aangevraagde bedrag moet meer dan nul zijn.</translation>
    </message>
    <message>
        <source>The applicant&apos;s own reference, quoted in the letters as &quot;your reference&quot;</source>
        <translation>Het eigen kenmerk van de aanvrager, in de brieven vermeld als &quot;uw kenmerk&quot;</translation>
    </message>
    <message>
        <source>To reclaim: {value}</source>
        <translation>Terug te vorderen: {value}</translation>
    </message>
    <message>
        <source>Total budget of the activity</source>
        <translation>Totale begroting van de activiteit</translation>
    </message>
    <message>
        <source>Write a score such as 7,5, or leave it empty.</source>
        <translation>Schrijf een score zoals 7,5, of laat het veld leeg.</translation>
    </message>
    <message>
        <source>Write an amount such as € 1.234,56.</source>
        <translation>Schrijf een bedrag zoals € 1.234,56.</translation>
    </message>
    <message>
        <source>dd-mm-yyyy, or empty: the scheme&apos;s year end</source>
        <translation>dd-mm-jjjj, of leeg: het einde van het jaar van de regeling</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
</context>
<context>
    <name>ApplicationExchange</name>
    <message>
        <source>(the workbook has a scheme column)</source>
        <translation>(de werkmap heeft een kolom Regeling)</translation>
    </message>
    <message>
        <source>Add them</source>
        <translation>Toevoegen</translation>
    </message>
    <message>
        <source>Applicants matched by name</source>
        <translation>Aanvragers gevonden op naam</translation>
    </message>
    <message>
        <source>Application form</source>
        <translation>Aanvraagformulier</translation>
    </message>
    <message>
        <source>Export allocation</source>
        <translation>Verdeling exporteren</translation>
    </message>
    <message>
        <source>Export applications</source>
        <translation>Aanvragen exporteren</translation>
    </message>
    <message>
        <source>Exporting applications…</source>
        <translation>Aanvragen exporteren…</translation>
    </message>
    <message>
        <source>Exporting the allocation…</source>
        <translation>Verdeling exporteren…</translation>
    </message>
    <message>
        <source>Import applications</source>
        <translation>Aanvragen importeren</translation>
    </message>
    <message>
        <source>Imported: {created} new and {updated} changed applications; {unchanged} were unchanged.</source>
        <translation>Geïmporteerd: {created} nieuwe en {updated} gewijzigde aanvragen; {unchanged} waren ongewijzigd.</translation>
    </message>
    <message>
        <source>Importing applications…</source>
        <translation>Aanvragen importeren…</translation>
    </message>
    <message>
        <source>Same organisations</source>
        <translation>Dezelfde organisaties</translation>
    </message>
    <message>
        <source>The application form is written to {path}.</source>
        <translation>Het aanvraagformulier is opgeslagen in {path}.</translation>
    </message>
    <message>
        <source>The workbook names {n} organisations that are not in the register:
{names}

Add them as volunteer organisations when importing? If not, the preview lists them as problems.</source>
        <translation>De werkmap noemt {n} organisaties die niet in het register staan:
{names}

Deze toevoegen als vrijwilligersorganisaties bij het importeren? Zo niet, dan toont het voorbeeld ze als problemen.</translation>
    </message>
    <message>
        <source>Unknown organisations</source>
        <translation>Onbekende organisaties</translation>
    </message>
    <message>
        <source>Which scheme are the applications for?</source>
        <translation>Voor welke regeling zijn de aanvragen?</translation>
    </message>
    <message>
        <source>Writing the application form…</source>
        <translation>Aanvraagformulier maken…</translation>
    </message>
    <message>
        <source>{n} applicants have no KvK number in the register, but their names match an organisation in it:
{names}

Are these the same organisations? If not, the preview lists them as problems.</source>
        <translation>{n} aanvragers hebben geen KvK-nummer dat in het register staat, maar hun naam komt overeen met een organisatie daarin:
{names}

Zijn dit dezelfde organisaties? Zo niet, dan toont het voorbeeld ze als problemen.</translation>
    </message>
    <message>
        <source>… and {n} more</source>
        <translation>… en nog {n}</translation>
    </message>
</context>
<context>
    <name>ApplicationStatus</name>
    <message>
        <source>Advance paid</source>
        <translation>Voorschot betaald</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Afgesloten</translation>
    </message>
    <message>
        <source>Complete</source>
        <translation>Volledig</translation>
    </message>
    <message>
        <source>Granted</source>
        <translation>Verleend</translation>
    </message>
    <message>
        <source>Incomplete</source>
        <translation>Onvolledig</translation>
    </message>
    <message>
        <source>Partly granted</source>
        <translation>Gedeeltelijk verleend</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Ontvangen</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Geweigerd</translation>
    </message>
    <message>
        <source>Settled</source>
        <translation>Vastgesteld</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Ingetrokken</translation>
    </message>
</context>
<context>
    <name>AssessDialog</name>
    <message>
        <source>&amp;Assessment</source>
        <translation>Oor&amp;deel</translation>
    </message>
    <message>
        <source>&amp;Motivation</source>
        <translation>&amp;Motivering</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Opslaan</translation>
    </message>
    <message>
        <source>Assess the report of {start} to {end}</source>
        <translation>Rapportage van {start} tot en met {end} beoordelen</translation>
    </message>
    <message>
        <source>Assessed &amp;on</source>
        <translation>Beoordeeld o&amp;p</translation>
    </message>
    <message>
        <source>What went well, what did not, what is agreed</source>
        <translation>Wat ging goed, wat niet, wat is afgesproken</translation>
    </message>
</context>
<context>
    <name>Assessment</name>
    <message>
        <source>Good</source>
        <translation>Goed</translation>
    </message>
    <message>
        <source>Insufficient</source>
        <translation>Onvoldoende</translation>
    </message>
    <message>
        <source>Not assessed</source>
        <translation>Niet beoordeeld</translation>
    </message>
    <message>
        <source>Sufficient</source>
        <translation>Voldoende</translation>
    </message>
</context>
<context>
    <name>AttentionList</name>
    <message>
        <source>Nothing needs attention here.</source>
        <translation>Hier vraagt niets om aandacht.</translation>
    </message>
    <message numerus="yes">
        <source>Showing the first %n of more than {total}.</source>
        <translation>
            <numerusform>De eerste %n van meer dan {total} wordt getoond.</numerusform>
            <numerusform>De eerste %n van meer dan {total} worden getoond.</numerusform>
        </translation>
    </message>
    <message>
        <source>Showing the first {shown} of {total}.</source>
        <translation>De eerste {shown} van {total} worden getoond.</translation>
    </message>
    <message>
        <source>more than {count}</source>
        <translation>meer dan {count}</translation>
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
    <message numerus="yes">
        <source>%Ln entries checked, the chain is intact.</source>
        <translation>
            <numerusform>%Ln regel gecontroleerd, de keten is intact.</numerusform>
            <numerusform>%Ln regels gecontroleerd, de keten is intact.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln entries written since the last check checked, the chain is intact.</source>
        <translation>
            <numerusform>%Ln regel geschreven sinds de vorige controle gecontroleerd, de keten is intact.</numerusform>
            <numerusform>%Ln regels geschreven sinds de vorige controle gecontroleerd, de keten is intact.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln entries written to {path}.</source>
        <translation>
            <numerusform>%Ln regel geschreven naar {path}.</numerusform>
            <numerusform>%Ln regels geschreven naar {path}.</numerusform>
        </translation>
    </message>
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
        <source>Ceiling change</source>
        <translation>Plafondwijziging</translation>
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
        <source>District platform opinion</source>
        <translation>Oordeel wijkplatform</translation>
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
        <source>House style</source>
        <translation>Huisstijl</translation>
    </message>
    <message>
        <source>Individual score</source>
        <translation>Individuele score</translation>
    </message>
    <message>
        <source>Letter signatory</source>
        <translation>Ondertekenaar van brieven</translation>
    </message>
    <message>
        <source>Letter text</source>
        <translation>Brieftekst</translation>
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
        <source>Performance indicator</source>
        <translation>Prestatie-indicator</translation>
    </message>
    <message>
        <source>Performance report</source>
        <translation>Prestatierapportage</translation>
    </message>
    <message>
        <source>Performance target</source>
        <translation>Streefwaarde</translation>
    </message>
    <message>
        <source>Procurement</source>
        <translation>Aanbesteding</translation>
    </message>
    <message>
        <source>Reported value</source>
        <translation>Gerapporteerde waarde</translation>
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
        <source>Transparency notice</source>
        <translation>Aankondiging vrijwillige transparantie</translation>
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
    <name>AwardClocks</name>
    <message>
        <source>1 day</source>
        <translation>1 dag</translation>
    </message>
    <message>
        <source>today</source>
        <translation>vandaag</translation>
    </message>
    <message>
        <source>{days} days</source>
        <translation>{days} dagen</translation>
    </message>
    <message>
        <source>{days} days overdue</source>
        <translation>{days} dagen te laat</translation>
    </message>
    <message>
        <source>{option} ({months} months)</source>
        <translation>{option} ({months} maanden)</translation>
    </message>
</context>
<context>
    <name>AwardClocksBox</name>
    <message>
        <source>Award deadlines</source>
        <translation>Termijnen van gunningen</translation>
    </message>
    <message>
        <source>Contracts ending within 18 months: start the next procurement</source>
        <translation>Overeenkomsten die binnen 18 maanden eindigen: start de volgende aanbesteding</translation>
    </message>
    <message>
        <source>No contract ends within 18 months, options included.</source>
        <translation>Geen overeenkomst eindigt binnen 18 maanden, opties meegerekend.</translation>
    </message>
    <message>
        <source>No contractor&apos;s report is overdue.</source>
        <translation>Geen rapportage van een opdrachtnemer is te laat.</translation>
    </message>
    <message>
        <source>No extension option has to be decided in the next three months.</source>
        <translation>Over geen enkele verlengingsoptie hoeft in de komende drie maanden te worden besloten.</translation>
    </message>
    <message>
        <source>No standstill period is running.</source>
        <translation>Er loopt geen opschortende termijn.</translation>
    </message>
    <message>
        <source>No voluntary transparency period is running.</source>
        <translation>Er loopt geen termijn van vrijwillige transparantie.</translation>
    </message>
    <message>
        <source>Option decisions overdue or due within three months</source>
        <translation>Optiebesluiten te laat of binnen drie maanden</translation>
    </message>
    <message>
        <source>Performance reports overdue</source>
        <translation>Prestatierapportages te laat</translation>
    </message>
    <message>
        <source>Standstill periods running</source>
        <translation>Lopende opschortende termijnen</translation>
    </message>
    <message>
        <source>Transparency periods running</source>
        <translation>Lopende transparantietermijnen</translation>
    </message>
</context>
<context>
    <name>AwardDialog</name>
    <message>
        <source>&amp;Decide</source>
        <translation>Besl&amp;uiten</translation>
    </message>
    <message>
        <source>&amp;Reasons</source>
        <translation>&amp;Motivering</translation>
    </message>
    <message>
        <source>&amp;Sent on</source>
        <translation>&amp;Verzonden op</translation>
    </message>
    <message>
        <source>&amp;Winning bid</source>
        <translation>&amp;Winnende inschrijving</translation>
    </message>
    <message>
        <source>Provisional award of lot {lot}</source>
        <translation>Voorlopige gunning van perceel {lot}</translation>
    </message>
    <message>
        <source>Reason &amp;not first</source>
        <translation>Reden &amp;niet de eerste</translation>
    </message>
    <message>
        <source>Standstill period</source>
        <translation>Opschortende termijn</translation>
    </message>
    <message>
        <source>What made the winning bid best: its characteristics and relative advantages</source>
        <translation>Waarom de winnende inschrijving de beste is: haar kenmerken en relatieve voordelen</translation>
    </message>
    <message>
        <source>Why this bid is awarded instead of the bid ranked first</source>
        <translation>Waarom deze inschrijving wordt gegund in plaats van de eerst gerangschikte</translation>
    </message>
    <message>
        <source>{days} days: the last day is {last_day}; the award can be made definitive from {first_day}.</source>
        <translation>{days} dagen: de laatste dag is {last_day}; de gunning kan definitief worden vanaf {first_day}.</translation>
    </message>
    <message>
        <source>{rank}. {bid} ({points} points)</source>
        <translation>{rank}. {bid} ({points} punten)</translation>
    </message>
</context>
<context>
    <name>AwardLetter</name>
    <message>
        <source>Award decision lot {lot}</source>
        <translation>Gunningsbesluit perceel {lot}</translation>
    </message>
    <message>
        <source>Award decision {procurement}, lot {lot} {title}</source>
        <translation>Gunningsbesluit {procurement}, perceel {lot} {title}</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>Criterium</translation>
    </message>
    <message>
        <source>Motivation of the winner&apos;s score</source>
        <translation>Motivering van de score van de winnaar</translation>
    </message>
    <message>
        <source>Motivation of your score</source>
        <translation>Motivering van uw score</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Prijs</translation>
    </message>
    <message>
        <source>Reason: {reason}</source>
        <translation>Reden: {reason}</translation>
    </message>
    <message>
        <source>The procurement team</source>
        <translation>Het inkoopteam</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Totaal</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Weging</translation>
    </message>
    <message>
        <source>Why the bid ranked first is not awarded</source>
        <translation>Waarom de inschrijving op de eerste plaats niet wordt gegund</translation>
    </message>
    <message>
        <source>Winner&apos;s points</source>
        <translation>Punten winnaar</translation>
    </message>
    <message>
        <source>Winner&apos;s score</source>
        <translation>Score winnaar</translation>
    </message>
    <message>
        <source>Your bid {bid} has no place in the ranking.</source>
        <translation>Uw inschrijving {bid} staat niet in de rangorde.</translation>
    </message>
    <message>
        <source>Your bid {bid} is ranked {rank} of {count}.</source>
        <translation>Uw inschrijving {bid} staat op plaats {rank} van {count}.</translation>
    </message>
    <message>
        <source>Your points</source>
        <translation>Uw punten</translation>
    </message>
    <message>
        <source>Your score</source>
        <translation>Uw score</translation>
    </message>
    <message>
        <source>{successor}, legal successor of {winner}, which made the bid</source>
        <translation>{successor}, rechtsopvolger van {winner}, die de inschrijving deed</translation>
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
    <name>AwardStatus</name>
    <message>
        <source>Definitive</source>
        <translation>Definitief</translation>
    </message>
    <message>
        <source>Provisional</source>
        <translation>Voorlopig</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Ingetrokken</translation>
    </message>
</context>
<context>
    <name>AwardsPage</name>
    <message numerus="yes">
        <source>%n letters were written to {folder}. Open the folder?</source>
        <translation>
            <numerusform>%n brief is geschreven naar {folder}. De map openen?</numerusform>
            <numerusform>%n brieven zijn geschreven naar {folder}. De map openen?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n open objections: the definitive award is blocked until decided.</source>
        <translation>
            <numerusform>%n open bezwaar: de definitieve gunning is geblokkeerd tot erover is beslist.</numerusform>
            <numerusform>%n open bezwaren: de definitieve gunning is geblokkeerd tot erover is beslist.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Add contract…</source>
        <translation>Contract &amp;aanmaken…</translation>
    </message>
    <message>
        <source>&amp;Contracts</source>
        <translation>&amp;Contracten</translation>
    </message>
    <message>
        <source>&amp;Definitive award…</source>
        <translation>&amp;Definitief gunnen…</translation>
    </message>
    <message>
        <source>&amp;E-mail drafts…</source>
        <translation>E-&amp;mailconcepten…</translation>
    </message>
    <message>
        <source>&amp;Edit objection…</source>
        <translation>Bezwaar &amp;wijzigen…</translation>
    </message>
    <message>
        <source>&amp;Lot</source>
        <translation>&amp;Perceel</translation>
    </message>
    <message>
        <source>&amp;New objection…</source>
        <translation>&amp;Nieuw bezwaar…</translation>
    </message>
    <message>
        <source>&amp;Objections</source>
        <translation>B&amp;ezwaren</translation>
    </message>
    <message>
        <source>&amp;Provisional award…</source>
        <translation>&amp;Voorlopige gunning…</translation>
    </message>
    <message>
        <source>&amp;Successor…</source>
        <translation>&amp;Opvolger…</translation>
    </message>
    <message>
        <source>&amp;Timeline</source>
        <translation>&amp;Tijdlijn</translation>
    </message>
    <message>
        <source>&amp;View and print letters…</source>
        <translation>Brieven bekij&amp;ken en afdrukken…</translation>
    </message>
    <message>
        <source>&amp;Withdraw…</source>
        <translation>&amp;Intrekken…</translation>
    </message>
    <message>
        <source>An open objection blocks the definitive award of the lot until its outcome is recorded.</source>
        <translation>Een openstaand bezwaar houdt de definitieve gunning van het perceel tegen totdat de uitkomst is vastgelegd.</translation>
    </message>
    <message>
        <source>Award decision</source>
        <translation>Gunningsbesluit</translation>
    </message>
    <message>
        <source>Award decisions</source>
        <translation>Gunningsbesluiten</translation>
    </message>
    <message>
        <source>Awards</source>
        <translation>Gunningen</translation>
    </message>
    <message>
        <source>Choose lot</source>
        <translation>Perceel kiezen</translation>
    </message>
    <message>
        <source>Contract {reference} signed on {day}.</source>
        <translation>Overeenkomst {reference} getekend op {day}.</translation>
    </message>
    <message>
        <source>Contracts</source>
        <translation>Contracten</translation>
    </message>
    <message>
        <source>Decisions of this lot, withdrawn ones included:</source>
        <translation>Besluiten over dit perceel, ingetrokken besluiten inbegrepen:</translation>
    </message>
    <message>
        <source>Decline opt&amp;ion…</source>
        <translation>Optie &amp;niet lichten…</translation>
    </message>
    <message>
        <source>Decline option</source>
        <translation>Optie niet lichten</translation>
    </message>
    <message>
        <source>Definitively awarded to {name} (bid {bid}) on {day}.</source>
        <translation>Definitief gegund aan {name} (inschrijving {bid}) op {day}.</translation>
    </message>
    <message>
        <source>E&amp;xercise option…</source>
        <translation>Optie &amp;lichten…</translation>
    </message>
    <message>
        <source>Edit cont&amp;ract…</source>
        <translation>Contract wij&amp;zigen…</translation>
    </message>
    <message>
        <source>Exercise</source>
        <translation>Lichten</translation>
    </message>
    <message>
        <source>Exercise option</source>
        <translation>Optie lichten</translation>
    </message>
    <message>
        <source>Exercise option {n} ({months} months) of contract {reference}? The contract is extended.</source>
        <translation>Optie {n} ({months} maanden) van contract {reference} lichten? Het contract wordt verlengd.</translation>
    </message>
    <message>
        <source>Extension options</source>
        <translation>Verlengingsopties</translation>
    </message>
    <message>
        <source>Extension options of the selected contract</source>
        <translation>Verlengingsopties van het gekozen contract</translation>
    </message>
    <message>
        <source>Folder for the letters</source>
        <translation>Map voor de brieven</translation>
    </message>
    <message>
        <source>Letters</source>
        <translation>Brieven</translation>
    </message>
    <message>
        <source>Letters of lot {lot}</source>
        <translation>Brieven van perceel {lot}</translation>
    </message>
    <message>
        <source>Letters sent</source>
        <translation>Brieven verzonden</translation>
    </message>
    <message>
        <source>Lot</source>
        <translation>Perceel</translation>
    </message>
    <message>
        <source>Ma&amp;ke letters…</source>
        <translation>&amp;Brieven maken…</translation>
    </message>
    <message>
        <source>Making the letters of lot {lot}…</source>
        <translation>De brieven van perceel {lot} worden gemaakt…</translation>
    </message>
    <message>
        <source>No award decision yet.</source>
        <translation>Nog geen gunningsbesluit.</translation>
    </message>
    <message>
        <source>No ranking yet. {problem}</source>
        <translation>Nog geen rangschikking. {problem}</translation>
    </message>
    <message>
        <source>Notice of intended a&amp;ward…</source>
        <translation>Aankondiging voorgenomen &amp;gunning…</translation>
    </message>
    <message>
        <source>Notice of intended award to {name}, published on {published}: no contract before {first_day} (waiting period until {last_day}).</source>
        <translation>Aankondiging van de voorgenomen gunning aan {name}, gepubliceerd op {published}: geen overeenkomst vóór {first_day} (wachttermijn tot en met {last_day}).</translation>
    </message>
    <message>
        <source>Objections</source>
        <translation>Bezwaren</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>Map openen</translation>
    </message>
    <message>
        <source>Option {n} had to be decided by {day}. Why is it exercised now? The reason is recorded.</source>
        <translation>Over optie {n} moest uiterlijk {day} worden besloten. Waarom wordt zij nu gelicht? De reden wordt vastgelegd.</translation>
    </message>
    <message>
        <source>Other steps</source>
        <translation>Overige stappen</translation>
    </message>
    <message>
        <source>Per&amp;formance</source>
        <translation>Pre&amp;staties</translation>
    </message>
    <message>
        <source>Performance so far: {summary}</source>
        <translation>Prestaties tot nu toe: {summary}</translation>
    </message>
    <message>
        <source>Provisionally awarded to {name} (bid {bid}), sent on {sent}.</source>
        <translation>Voorlopig gegund aan {name} (inschrijving {bid}), verzonden op {sent}.</translation>
    </message>
    <message>
        <source>Ranking</source>
        <translation>Rangschikking</translation>
    </message>
    <message>
        <source>Record sendin&amp;g…</source>
        <translation>Ver&amp;stuurd op…</translation>
    </message>
    <message>
        <source>Standstill period: last day {last_day} ({days} days left); definitive award from {first_day}.</source>
        <translation>Opschortende termijn: laatste dag {last_day} (nog {days} dagen); definitief gunnen vanaf {first_day}.</translation>
    </message>
    <message>
        <source>Successor</source>
        <translation>Rechtsopvolger</translation>
    </message>
    <message>
        <source>The day the letters of lot {lot} went out to the bidders. The standstill period runs from the day after it.</source>
        <translation>De dag waarop de brieven van perceel {lot} naar de inschrijvers zijn verstuurd. De opschortende termijn loopt vanaf de dag daarna.</translation>
    </message>
    <message>
        <source>The first place is tied; record the drawing of lots in Evaluation.</source>
        <translation>De eerste plaats is gedeeld; leg de loting vast bij Beoordeling.</translation>
    </message>
    <message>
        <source>The letters of lot {lot} were sent on {day}. Write them again, as they were sent?</source>
        <translation>De brieven van perceel {lot} zijn verzonden op {day}. Wilt u ze opnieuw maken, zoals ze zijn verzonden?</translation>
    </message>
    <message>
        <source>The standstill period ended on {last_day}; the award can be made definitive.</source>
        <translation>De opschortende termijn is geëindigd op {last_day}; de gunning kan definitief worden.</translation>
    </message>
    <message>
        <source>There are no lots yet.</source>
        <translation>Er zijn nog geen percelen.</translation>
    </message>
    <message>
        <source>Voluntary transparency: publish the notice of intended award to a named organisation; no committee or scores are needed.</source>
        <translation>Vrijwillige transparantie: publiceer de aankondiging van de voorgenomen gunning aan een genoemde organisatie; een commissie of scores zijn niet nodig.</translation>
    </message>
    <message>
        <source>Why does {successor} take the place of {winner}? The reason is recorded.</source>
        <translation>Waarom neemt {successor} de plaats in van {winner}? De reden wordt vastgelegd.</translation>
    </message>
    <message>
        <source>Why is option {n} ({months} months) of contract {reference} declined? The contract then ends after the current term.</source>
        <translation>Waarom wordt optie {n} ({months} maanden) van contract {reference} niet gelicht? Het contract eindigt dan na de huidige looptijd.</translation>
    </message>
    <message>
        <source>Why is the award to {name} withdrawn? The reason is recorded.</source>
        <translation>Waarom wordt de gunning aan {name} ingetrokken? De reden wordt vastgelegd.</translation>
    </message>
    <message>
        <source>Withdraw</source>
        <translation>Intrekken</translation>
    </message>
    <message>
        <source>Withdraw award decision</source>
        <translation>Gunningsbesluit intrekken</translation>
    </message>
    <message>
        <source>Withdraw the award of lot {lot} to {name}? The decision stays in the history and a new decision can be made.</source>
        <translation>De gunning van perceel {lot} aan {name} intrekken? Het besluit blijft in de geschiedenis staan en er kan een nieuw besluit worden genomen.</translation>
    </message>
    <message>
        <source>Write again</source>
        <translation>Opnieuw maken</translation>
    </message>
    <message>
        <source>Write the letters with an e-mail draft each and open the drafts in your mail program; record sending once they went out.</source>
        <translation>Maak de brieven met elk een e-mailconcept en open de concepten in uw e-mailprogramma; leg het versturen vast zodra ze weg zijn.</translation>
    </message>
    <message>
        <source>knocked out</source>
        <translation>afgevallen</translation>
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
        <source>Bidder&apos;s re&amp;ference</source>
        <translation>&amp;Kenmerk inschrijver</translation>
    </message>
    <message>
        <source>Bro&amp;wse…</source>
        <translation>&amp;Bladeren…</translation>
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
        <source>Reaso&amp;n for the status</source>
        <translation>Reden voor de stat&amp;us</translation>
    </message>
    <message>
        <source>Reason for &amp;accepting</source>
        <translation>R&amp;eden voor aanvaarding</translation>
    </message>
    <message>
        <source>Received at (time)</source>
        <translation>Ontvangen om (tijd)</translation>
    </message>
    <message>
        <source>Received on</source>
        <translation>Ontvangen op</translation>
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
        <source>Rol&amp;e</source>
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
        <source>S&amp;tatus</source>
        <translation>&amp;Status</translation>
    </message>
    <message>
        <source>The bidder&apos;s own reference, quoted in the letters as &quot;your reference&quot;</source>
        <translation>Het eigen kenmerk van de inschrijver, in de brieven vermeld als &quot;uw kenmerk&quot;</translation>
    </message>
    <message>
        <source>This bid came in after the deadline; give the reason it is accepted.</source>
        <translation>Deze inschrijving is na de sluitingstermijn binnengekomen; geef de reden op waarom ze toch wordt aanvaard.</translation>
    </message>
    <message>
        <source>Total &amp;price</source>
        <translation>&amp;Totaalprijs</translation>
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
    <message numerus="yes">
        <source>%n bids</source>
        <translation>
            <numerusform>%n inschrijving</numerusform>
            <numerusform>%n inschrijvingen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n bids on lot {lot}</source>
        <translation>
            <numerusform>%n inschrijving op perceel {lot}</numerusform>
            <numerusform>%n inschrijvingen op perceel {lot}</numerusform>
        </translation>
    </message>
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
</context>
<context>
    <name>CeilingDialog</name>
    <message>
        <source>&amp;From</source>
        <translation>&amp;Vanaf</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>&amp;Reden</translation>
    </message>
    <message>
        <source>C&amp;hange ceiling</source>
        <translation>Plafond &amp;wijzigen</translation>
    </message>
    <message>
        <source>Change the ceiling of {name}</source>
        <translation>Plafond wijzigen van {name}</translation>
    </message>
    <message>
        <source>Give the reason for the change; it is recorded.</source>
        <translation>Geef de reden van de wijziging; die wordt vastgelegd.</translation>
    </message>
    <message>
        <source>New &amp;ceiling</source>
        <translation>Nieuw &amp;plafond</translation>
    </message>
    <message>
        <source>The ceiling is now {ceiling}. Applications received before the date of the change keep the ceiling that was in force when they were received.</source>
        <translation>Het plafond is nu {ceiling}. Aanvragen die vóór de datum van de wijziging zijn ontvangen, houden het plafond dat gold toen ze binnenkwamen.</translation>
    </message>
    <message>
        <source>Why the ceiling changes (required)</source>
        <translation>Waarom het plafond wijzigt (verplicht)</translation>
    </message>
</context>
<context>
    <name>CellChange</name>
    <message>
        <source>Changed</source>
        <translation>Gewijzigd</translation>
    </message>
    <message>
        <source>Empty</source>
        <translation>Leeg</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nieuw</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Ongewijzigd</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>(letters mark-sent) record the day the award letters of a lot were sent</source>
        <translation>(letters mark-sent) de dag vastleggen waarop de gunningsbrieven van een perceel zijn verzonden</translation>
    </message>
    <message>
        <source>(reminded {date})</source>
        <translation>(herinnerd {date})</translation>
    </message>
    <message>
        <source>(subsidy-letters mark-sent) record the day a scheme&apos;s letters were sent</source>
        <translation>(subsidy-letters mark-sent) de dag vastleggen waarop de beschikkingen van een regeling zijn verzonden</translation>
    </message>
    <message>
        <source>Allocation of scheme {scheme} ({rule}), ceiling {ceiling}</source>
        <translation>Verdeling van regeling {scheme} ({rule}), plafond {ceiling}</translation>
    </message>
    <message>
        <source>Audit entries checked: {n}</source>
        <translation>Gecontroleerde regels van het auditlog: {n}</translation>
    </message>
    <message>
        <source>Audited tables: {n}</source>
        <translation>Tabellen met auditlog: {n}</translation>
    </message>
    <message>
        <source>Backup written to {path}.</source>
        <translation>Back-up geschreven naar {path}.</translation>
    </message>
    <message>
        <source>Chain head (note it down to check against later): {head}</source>
        <translation>Kop van de keten (noteer deze om later tegen te controleren): {head}</translation>
    </message>
    <message>
        <source>Columns not imported (no field): {columns}</source>
        <translation>Kolommen niet ingelezen (geen veld): {columns}</translation>
    </message>
    <message>
        <source>Contract {reference} ({lot}) with {contractor}</source>
        <translation>Overeenkomst {reference} ({lot}) met {contractor}</translation>
    </message>
    <message>
        <source>Created: {n}</source>
        <translation>Nieuw: {n}</translation>
    </message>
    <message>
        <source>Criteria: {count}</source>
        <translation>Criteria: {count}</translation>
    </message>
    <message>
        <source>Database: {where}</source>
        <translation>Database: {where}</translation>
    </message>
    <message>
        <source>Declaration for {lot} signed by {account}.</source>
        <translation>Verklaring voor {lot} ondertekend door {account}.</translation>
    </message>
    <message>
        <source>Default notice period of options: {months} months</source>
        <translation>Standaard opzegtermijn van opties: {months} maanden</translation>
    </message>
    <message>
        <source>Demo database written to {path}.</source>
        <translation>Demodatabase geschreven naar {path}.</translation>
    </message>
    <message>
        <source>Demo written to {path}.</source>
        <translation>Demo geschreven naar {path}.</translation>
    </message>
    <message>
        <source>Dossier written to {path}.</source>
        <translation>Dossier opgeslagen als {path}.</translation>
    </message>
    <message>
        <source>Dry run: nothing was written.</source>
        <translation>Proefrun: er is niets opgeslagen.</translation>
    </message>
    <message>
        <source>Entered in the program, replaced by the grid: {cell} {bid} × {criterion}</source>
        <translation>Ingevoerd in het programma, vervangen door het formulier: {cell} {bid} × {criterion}</translation>
    </message>
    <message>
        <source>Granted earlier {committed}, now {granted}; remaining {remaining}.</source>
        <translation>Eerder verleend {committed}, nu {granted}; resterend {remaining}.</translation>
    </message>
    <message>
        <source>Group roles: {roles}</source>
        <translation>Groepsrollen: {roles}</translation>
    </message>
    <message>
        <source>JSON object: column header -&gt; field</source>
        <translation>JSON-object: kolomkop -&gt; veld</translation>
    </message>
    <message>
        <source>More found of kind {kind} than the {n} shown; add a word to narrow.</source>
        <translation>Meer gevonden van soort {kind} dan de {n} getoonde; voeg een woord toe om te verfijnen.</translation>
    </message>
    <message>
        <source>Next: ssb-desktop --db-url URL users grant LOGIN ROLE for each colleague.</source>
        <translation>Volgende stap: ssb-desktop --db-url URL users grant LOGIN ROL voor elke collega.</translation>
    </message>
    <message>
        <source>No problems found.</source>
        <translation>Geen problemen gevonden.</translation>
    </message>
    <message>
        <source>No subsidy schemes.</source>
        <translation>Geen subsidieregelingen.</translation>
    </message>
    <message>
        <source>Nothing found for {text}.</source>
        <translation>Niets gevonden voor {text}.</translation>
    </message>
    <message>
        <source>Nothing was written: solve the problems and import again.</source>
        <translation>Er is niets opgeslagen: los de problemen op en importeer opnieuw.</translation>
    </message>
    <message>
        <source>Nothing was written: {n} scores entered in the program would be replaced; add --overwrite-screen to confirm.</source>
        <translation>Er is niets opgeslagen: {n} scores die in het programma zijn ingevoerd, zouden worden vervangen; voeg --overwrite-screen toe om dat te bevestigen.</translation>
    </message>
    <message>
        <source>OVERDUE</source>
        <translation>TE LAAT</translation>
    </message>
    <message>
        <source>Of these, hidden from your login: {n}. Their links in the chain were verified; their contents can be verified by a login that may read them (an administrator or procurement officer).</source>
        <translation>Daarvan verborgen voor uw login: {n}. Hun schakels in de keten zijn gecontroleerd; hun inhoud kan worden gecontroleerd door een login die ze mag lezen (een beheerder of inkoper).</translation>
    </message>
    <message>
        <source>Overdue: report {start} to {end}, due {due}</source>
        <translation>Te laat: rapportage {start} tot en met {end}, uiterlijk {due}</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Probleem</translation>
    </message>
    <message>
        <source>Procurement {reference} made from {earlier}.</source>
        <translation>Aanbesteding {reference} gemaakt op basis van {earlier}.</translation>
    </message>
    <message>
        <source>Procurement {reference} written to {path} as open data (OCDS {version}).</source>
        <translation>Aanbesteding {reference} als open data (OCDS {version}) geschreven naar {path}.</translation>
    </message>
    <message>
        <source>Ranking of lot {lot} ({method})</source>
        <translation>Rangorde van perceel {lot} ({method})</translation>
    </message>
    <message>
        <source>Removed: {n}</source>
        <translation>Verwijderd: {n}</translation>
    </message>
    <message>
        <source>Report form written to {path}.</source>
        <translation>Rapportageformulier geschreven naar {path}.</translation>
    </message>
    <message>
        <source>Report {start} to {end}, received {received}: {assessment}</source>
        <translation>Rapportage {start} tot en met {end}, ontvangen {received}: {assessment}</translation>
    </message>
    <message>
        <source>Robustness:</source>
        <translation>Robuustheid:</translation>
    </message>
    <message>
        <source>Schema version: {version}</source>
        <translation>Schemaversie: {version}</translation>
    </message>
    <message>
        <source>Server set up in schema {schema}.</source>
        <translation>Server ingericht in schema {schema}.</translation>
    </message>
    <message>
        <source>Standstill period: {days} days</source>
        <translation>Opschortende termijn: {days} dagen</translation>
    </message>
    <message>
        <source>Sterke Sociale Basis desktop program.</source>
        <translation>Programma voor de Sterke Sociale Basis.</translation>
    </message>
    <message>
        <source>The ceiling of {scheme} is {ceiling} from {date}.</source>
        <translation>Het plafond van {scheme} is {ceiling} vanaf {date}.</translation>
    </message>
    <message>
        <source>The file agrees with the schema.</source>
        <translation>Het bestand klopt met het schema.</translation>
    </message>
    <message>
        <source>The letters of lot {lot} were sent on {day}; nothing written. Add --all to write them again.</source>
        <translation>De brieven van perceel {lot} zijn verzonden op {day}; er is niets geschreven. Voeg --all toe om ze opnieuw te maken.</translation>
    </message>
    <message>
        <source>The letters of lot {lot} were sent on {day}; the standstill period ends on {last_day}.</source>
        <translation>De brieven van perceel {lot} zijn verzonden op {day}; de opschortende termijn eindigt op {last_day}.</translation>
    </message>
    <message>
        <source>The report was saved.</source>
        <translation>De rapportage is opgeslagen.</translation>
    </message>
    <message>
        <source>The setting was saved.</source>
        <translation>De instelling is opgeslagen.</translation>
    </message>
    <message>
        <source>Theme {name} added.</source>
        <translation>Thema {name} toegevoegd.</translation>
    </message>
    <message>
        <source>Theme {name} archived.</source>
        <translation>Thema {name} gearchiveerd.</translation>
    </message>
    <message>
        <source>Theme {name} deleted.</source>
        <translation>Thema {name} verwijderd.</translation>
    </message>
    <message>
        <source>Theme {name} is active again.</source>
        <translation>Thema {name} is weer actief.</translation>
    </message>
    <message>
        <source>Theme {name} renamed to {new}.</source>
        <translation>Thema {name} hernoemd tot {new}.</translation>
    </message>
    <message>
        <source>There are no contracts.</source>
        <translation>Er zijn geen overeenkomsten.</translation>
    </message>
    <message>
        <source>There are no procurements.</source>
        <translation>Er zijn geen aanbestedingen.</translation>
    </message>
    <message>
        <source>There are no themes.</source>
        <translation>Er zijn geen thema&apos;s.</translation>
    </message>
    <message>
        <source>There are no thresholds.</source>
        <translation>Er zijn geen drempelwaarden.</translation>
    </message>
    <message>
        <source>This lot has no objections.</source>
        <translation>Dit perceel heeft geen bezwaren.</translation>
    </message>
    <message>
        <source>This procurement has no lots.</source>
        <translation>Deze aanbesteding heeft geen percelen.</translation>
    </message>
    <message>
        <source>This procurement has no objections.</source>
        <translation>Deze aanbesteding heeft geen bezwaren.</translation>
    </message>
    <message>
        <source>Threshold from {date} added.</source>
        <translation>Drempelwaarde vanaf {date} toegevoegd.</translation>
    </message>
    <message>
        <source>Threshold from {date} changed.</source>
        <translation>Drempel vanaf {date} gewijzigd.</translation>
    </message>
    <message>
        <source>Threshold from {date} ends on {last_day}.</source>
        <translation>Drempel vanaf {date} eindigt op {last_day}.</translation>
    </message>
    <message>
        <source>Tied, to be decided by drawing lots: {bids}</source>
        <translation>Gelijk geëindigd, te beslissen door loting: {bids}</translation>
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
        <source>Winner: {bid}</source>
        <translation>Winnaar: {bid}</translation>
    </message>
    <message>
        <source>a SQLAlchemy URL, e.g. postgresql+psycopg://host/db</source>
        <translation>een SQLAlchemy-URL, bijvoorbeeld postgresql+psycopg://server/database</translation>
    </message>
    <message>
        <source>a SQLite database file</source>
        <translation>een SQLite-databasebestand</translation>
    </message>
    <message>
        <source>a chain head noted earlier that the audit log must still contain</source>
        <translation>een eerder genoteerde kop van de keten die het auditlog nog moet bevatten</translation>
    </message>
    <message>
        <source>a contract&apos;s indicators, reports and assessments</source>
        <translation>de indicatoren, rapportages en oordelen van een overeenkomst</translation>
    </message>
    <message>
        <source>a lot&apos;s committee</source>
        <translation>de beoordelingscommissie van een perceel</translation>
    </message>
    <message>
        <source>a new amount in euros excluding VAT</source>
        <translation>een nieuw bedrag in euro exclusief btw</translation>
    </message>
    <message>
        <source>a new first day: dd-mm-yyyy</source>
        <translation>een nieuwe eerste dag: dd-mm-jjjj</translation>
    </message>
    <message>
        <source>a new last day: dd-mm-yyyy</source>
        <translation>een nieuwe laatste dag: dd-mm-jjjj</translation>
    </message>
    <message>
        <source>a whole number (days or months)</source>
        <translation>een geheel getal (dagen of maanden)</translation>
    </message>
    <message>
        <source>accountability reports owed by grants</source>
        <translation>de verantwoordingen die bij verleningen horen</translation>
    </message>
    <message>
        <source>add a theme</source>
        <translation>een thema toevoegen</translation>
    </message>
    <message>
        <source>add a threshold for a period</source>
        <translation>een drempelwaarde voor een periode toevoegen</translation>
    </message>
    <message>
        <source>administrator, procurement_officer, evaluator, subsidy_officer, read_only</source>
        <translation>één of meer van: administrator, procurement_officer, evaluator, subsidy_officer, read_only</translation>
    </message>
    <message>
        <source>allow replacing scores that were entered in the program</source>
        <translation>scores die in het programma zijn ingevoerd mogen worden vervangen</translation>
    </message>
    <message>
        <source>also a Word file (.docx) of each letter, to edit by hand</source>
        <translation>ook een Word-bestand (.docx) van elke brief, om met de hand aan te passen</translation>
    </message>
    <message>
        <source>also an e-mail draft (.eml) with each PDF attached</source>
        <translation>ook een concept-e-mail (.eml) met elke pdf als bijlage</translation>
    </message>
    <message>
        <source>applications, allocation, application-form, decisions: the scheme id</source>
        <translation>applications, allocation, application-form, decisions: het ID van de regeling</translation>
    </message>
    <message>
        <source>applications: accept organisations matched by name only</source>
        <translation>applications: organisaties accepteren die alleen op naam overeenkomen</translation>
    </message>
    <message>
        <source>applications: the scheme of every row</source>
        <translation>applications: de regeling van elke rij</translation>
    </message>
    <message>
        <source>archive a theme: kept on the records that have it, not chosen anew</source>
        <translation>een thema archiveren: het blijft staan bij de gegevens die het hebben, maar is niet meer te kiezen</translation>
    </message>
    <message>
        <source>archived</source>
        <translation>gearchiveerd</translation>
    </message>
    <message>
        <source>at most this many of each kind</source>
        <translation>hoogstens zoveel van elke soort</translation>
    </message>
    <message>
        <source>award (a bidder; the default with --lot) or tender (any organisation; the default with --procurement)</source>
        <translation>award (een inschrijver; standaard bij --lot) of tender (elke organisatie; standaard bij --procurement)</translation>
    </message>
    <message>
        <source>bids, criteria: the lot REF/N, or REF for all its lots</source>
        <translation>bids, criteria: het perceel REF/N, of REF voor al zijn percelen</translation>
    </message>
    <message>
        <source>bids: add organisations that are not in the register yet</source>
        <translation>bids: organisaties toevoegen die nog niet in het register staan</translation>
    </message>
    <message>
        <source>chair of the committee</source>
        <translation>voorzitter van de commissie</translation>
    </message>
    <message>
        <source>change a scheme&apos;s ceiling from a date, with the reason</source>
        <translation>het plafond van een regeling wijzigen vanaf een datum, met de reden</translation>
    </message>
    <message>
        <source>change a setting</source>
        <translation>een instelling wijzigen</translation>
    </message>
    <message>
        <source>change a subsidy scheme</source>
        <translation>een subsidieregeling wijzigen</translation>
    </message>
    <message>
        <source>change the amount or the dates of a threshold period</source>
        <translation>het bedrag of de data van een drempelperiode wijzigen</translation>
    </message>
    <message>
        <source>conflict-of-interest declarations</source>
        <translation>verklaringen over belangenconflicten</translation>
    </message>
    <message>
        <source>consistent copy of the SQLite database</source>
        <translation>consistente kopie van de SQLite-database</translation>
    </message>
    <message>
        <source>copy: the lot numbers to copy, e.g. 1,3 (default all)</source>
        <translation>copy: de nummers van de percelen om over te nemen, bijv. 1,3 (standaard alle)</translation>
    </message>
    <message>
        <source>copy: the new reference</source>
        <translation>copy: het nieuwe kenmerk</translation>
    </message>
    <message>
        <source>copy: the new title</source>
        <translation>copy: de nieuwe titel</translation>
    </message>
    <message>
        <source>copy: the reference of the earlier procurement</source>
        <translation>copy: het kenmerk van de eerdere aanbesteding</translation>
    </message>
    <message>
        <source>count overdue reports on this day: dd-mm-yyyy (default today)</source>
        <translation>te late rapportages tellen op deze dag: dd-mm-jjjj (standaard vandaag)</translation>
    </message>
    <message>
        <source>create or upgrade the schema, group roles, privileges, security and audit triggers</source>
        <translation>het schema, de groepsrollen, rechten, beveiliging en audittriggers aanmaken of bijwerken</translation>
    </message>
    <message>
        <source>criteria: the lot REF/N whose criteria to replace</source>
        <translation>criteria: het perceel REF/N waarvan de criteria worden vervangen</translation>
    </message>
    <message>
        <source>decisions: the deciding organisation (when several)</source>
        <translation>decisions: de beslissende organisatie (als het er meer zijn)</translation>
    </message>
    <message>
        <source>declare a conflict of interest, described</source>
        <translation>een belangenconflict melden, met een beschrijving</translation>
    </message>
    <message>
        <source>delete a theme nothing refers to (a mistake)</source>
        <translation>een thema verwijderen waar niets naar verwijst (een vergissing)</translation>
    </message>
    <message>
        <source>end a threshold period: the last day it is valid</source>
        <translation>een drempelperiode beëindigen: de laatste dag dat die geldt</translation>
    </message>
    <message>
        <source>every login with its roles</source>
        <translation>elke login met zijn rollen</translation>
    </message>
    <message>
        <source>export to an Excel workbook</source>
        <translation>exporteren naar een Excel-werkmap</translation>
    </message>
    <message>
        <source>find organisations, procurements, bids, contracts, applications and objections by name, KvK number, reference or text</source>
        <translation>organisaties, aanbestedingen, inschrijvingen, contracten, aanvragen en bezwaren zoeken op naam, KvK-nummer, kenmerk of tekst</translation>
    </message>
    <message>
        <source>give a login roles</source>
        <translation>een login rollen geven</translation>
    </message>
    <message>
        <source>give a theme another name</source>
        <translation>een thema een andere naam geven</translation>
    </message>
    <message>
        <source>import from an Excel workbook</source>
        <translation>importeren uit een Excel-werkmap</translation>
    </message>
    <message>
        <source>integrity, schema version and audit chain</source>
        <translation>integriteit, schemaversie en auditketen</translation>
    </message>
    <message>
        <source>knocked out</source>
        <translation>afgevallen (knock-out)</translation>
    </message>
    <message>
        <source>language of messages</source>
        <translation>taal van de meldingen</translation>
    </message>
    <message>
        <source>list (default), or copy an earlier procurement with its lots and criteria</source>
        <translation>list (standaard), of copy: een eerdere aanbesteding overnemen met percelen en criteria</translation>
    </message>
    <message>
        <source>list the contracts with options and performance</source>
        <translation>de overeenkomsten tonen met opties en prestaties</translation>
    </message>
    <message>
        <source>list the lots of a procurement</source>
        <translation>de percelen van een aanbesteding tonen</translation>
    </message>
    <message>
        <source>list the objections of a lot, or of every lot of a procurement</source>
        <translation>de bezwaren van een perceel tonen, of van alle percelen van een aanbesteding</translation>
    </message>
    <message>
        <source>list the procurements, or copy one for the next cycle</source>
        <translation>de aanbestedingen tonen, of er een overnemen voor de volgende ronde</translation>
    </message>
    <message>
        <source>lots: {lots}, subsidy schemes: {schemes}</source>
        <translation>percelen: {lots}, subsidieregelingen: {schemes}</translation>
    </message>
    <message>
        <source>machine-readable report</source>
        <translation>machineleesbaar verslag</translation>
    </message>
    <message>
        <source>make an archived theme active again</source>
        <translation>een gearchiveerd thema weer actief maken</translation>
    </message>
    <message>
        <source>may see the bids&apos; prices</source>
        <translation>mag de prijzen van de inschrijvingen zien</translation>
    </message>
    <message>
        <source>ocds: check the file against this release-package-schema.json</source>
        <translation>ocds: het bestand toetsen aan dit release-package-schema.json</translation>
    </message>
    <message>
        <source>ocds: the municipality&apos;s registered OCID prefix</source>
        <translation>ocds: het geregistreerde OCID-voorvoegsel van de gemeente</translation>
    </message>
    <message>
        <source>ocds: the procurement reference</source>
        <translation>ocds: het kenmerk van de aanbesteding</translation>
    </message>
    <message>
        <source>one scoring grid per evaluator of a lot</source>
        <translation>één beoordelingsformulier per beoordelaar van een perceel</translation>
    </message>
    <message>
        <source>only the grid of this evaluator (name)</source>
        <translation>alleen het formulier van deze beoordelaar (naam)</translation>
    </message>
    <message>
        <source>only the overdue reports</source>
        <translation>alleen de te late verantwoordingen</translation>
    </message>
    <message>
        <source>only the schemes of this year</source>
        <translation>alleen de regelingen van dit jaar</translation>
    </message>
    <message>
        <source>only this scheme&apos;s grants</source>
        <translation>alleen de verleningen van deze regeling</translation>
    </message>
    <message>
        <source>open-ended</source>
        <translation>zonder einddatum</translation>
    </message>
    <message>
        <source>option {n}: {months} months, decide by {day}: {status}</source>
        <translation>optie {n}: {months} maanden, beslissen uiterlijk {day}: {status}</translation>
    </message>
    <message>
        <source>period end: dd-mm-yyyy</source>
        <translation>einde van de periode: dd-mm-jjjj</translation>
    </message>
    <message>
        <source>period start: dd-mm-yyyy</source>
        <translation>begin van de periode: dd-mm-jjjj</translation>
    </message>
    <message>
        <source>prefix of the group roles, for a second database on the same server</source>
        <translation>voorvoegsel van de groepsrollen, voor een tweede database op dezelfde server</translation>
    </message>
    <message>
        <source>price {points}</source>
        <translation>prijs {points}</translation>
    </message>
    <message>
        <source>read a returned report form</source>
        <translation>een ingevuld rapportageformulier inlezen</translation>
    </message>
    <message>
        <source>read returned scoring grids</source>
        <translation>ingevulde beoordelingsformulieren inlezen</translation>
    </message>
    <message>
        <source>received {date}</source>
        <translation>ontvangen {date}</translation>
    </message>
    <message>
        <source>record the allocation as decisions</source>
        <translation>de verdeling als besluiten vastleggen</translation>
    </message>
    <message>
        <source>refuse grids of any other lot than REF/N</source>
        <translation>formulieren van een ander perceel dan REF/N weigeren</translation>
    </message>
    <message>
        <source>register an objection against an award or a protest against a tender</source>
        <translation>een bezwaar tegen een gunning of een protest tegen een aanbesteding vastleggen</translation>
    </message>
    <message>
        <source>report what would change</source>
        <translation>melden wat er zou veranderen</translation>
    </message>
    <message>
        <source>row</source>
        <translation>rij</translation>
    </message>
    <message>
        <source>scoring grids in Excel</source>
        <translation>beoordelingsformulieren in Excel</translation>
    </message>
    <message>
        <source>seat a user (login) on a lot&apos;s committee</source>
        <translation>een gebruiker (login) in de beoordelingscommissie van een perceel plaatsen</translation>
    </message>
    <message>
        <source>set up a shared PostgreSQL database (its owner, once)</source>
        <translation>een gedeelde PostgreSQL-database inrichten (door de eigenaar, eenmalig)</translation>
    </message>
    <message>
        <source>sign your own declaration for a lot</source>
        <translation>uw eigen verklaring voor een perceel ondertekenen</translation>
    </message>
    <message>
        <source>standstill-days or notice-months</source>
        <translation>standstill-days of notice-months</translation>
    </message>
    <message>
        <source>start Qt offscreen on a temporary database</source>
        <translation>Qt zonder scherm starten op een tijdelijke database</translation>
    </message>
    <message>
        <source>summary_proceedings, complaint (default) or other</source>
        <translation>summary_proceedings (kort geding), complaint (klacht, standaard) of other (anders)</translation>
    </message>
    <message>
        <source>take roles from a login</source>
        <translation>een login rollen afnemen</translation>
    </message>
    <message>
        <source>the European thresholds: list, add, change or end a period</source>
        <translation>de Europese drempels: tonen, een periode toevoegen, wijzigen of beëindigen</translation>
    </message>
    <message>
        <source>the amount in euros excluding VAT</source>
        <translation>het bedrag in euro exclusief btw</translation>
    </message>
    <message>
        <source>the contract reference</source>
        <translation>het kenmerk van de overeenkomst</translation>
    </message>
    <message>
        <source>the database login (or Windows account on SQLite)</source>
        <translation>de databaselogin (of het Windows-account bij SQLite)</translation>
    </message>
    <message>
        <source>the day it came in: dd-mm-yyyy (default today)</source>
        <translation>de dag van ontvangst: dd-mm-jjjj (standaard vandaag)</translation>
    </message>
    <message>
        <source>the day it takes effect: dd-mm-yyyy</source>
        <translation>de dag waarop het ingaat: dd-mm-jjjj</translation>
    </message>
    <message>
        <source>the day of sending or publication: dd-mm-yyyy</source>
        <translation>de dag van verzending of publicatie: dd-mm-jjjj</translation>
    </message>
    <message>
        <source>the day the report came in: dd-mm-yyyy (default today)</source>
        <translation>de dag waarop de rapportage binnenkwam: dd-mm-jjjj (standaard vandaag)</translation>
    </message>
    <message>
        <source>the day they were sent: dd-mm-yyyy</source>
        <translation>de dag waarop ze zijn verzonden: dd-mm-jjjj</translation>
    </message>
    <message>
        <source>the decision date: dd-mm-yyyy (default today)</source>
        <translation>de datum van het besluit: dd-mm-jjjj (standaard vandaag)</translation>
    </message>
    <message>
        <source>the evaluation dossier of a lot as one zip</source>
        <translation>het beoordelingsdossier van een perceel als één zip</translation>
    </message>
    <message>
        <source>the first day of the period to change: dd-mm-yyyy</source>
        <translation>de eerste dag van de periode die verandert: dd-mm-jjjj</translation>
    </message>
    <message>
        <source>the folder for the PDF files</source>
        <translation>de map voor de pdf-bestanden</translation>
    </message>
    <message>
        <source>the folder for the workbooks</source>
        <translation>de map voor de werkmappen</translation>
    </message>
    <message>
        <source>the folder for the zip</source>
        <translation>de map voor de zip</translation>
    </message>
    <message>
        <source>the kind of contract</source>
        <translation>de soort opdracht</translation>
    </message>
    <message>
        <source>the last day of a legal period (ATW calendar)</source>
        <translation>de laatste dag van een wettelijke termijn (Algemene termijnenwet)</translation>
    </message>
    <message>
        <source>the last day the period is valid: dd-mm-yyyy</source>
        <translation>de laatste dag dat de periode geldt: dd-mm-jjjj</translation>
    </message>
    <message>
        <source>the length of the period in days</source>
        <translation>de lengte van de termijn in dagen</translation>
    </message>
    <message>
        <source>the login (or Windows account)</source>
        <translation>de login (of het Windows-account)</translation>
    </message>
    <message>
        <source>the lot REF/N</source>
        <translation>het perceel REF/N</translation>
    </message>
    <message>
        <source>the lot: REF/N</source>
        <translation>het perceel: KENMERK/N</translation>
    </message>
    <message>
        <source>the name of the theme</source>
        <translation>de naam van het thema</translation>
    </message>
    <message>
        <source>the new ceiling in euros</source>
        <translation>het nieuwe plafond in euro</translation>
    </message>
    <message>
        <source>the new file; without it, fill the --db-url database</source>
        <translation>het nieuwe bestand; zonder bestand wordt de database van --db-url gevuld</translation>
    </message>
    <message>
        <source>the new name</source>
        <translation>de nieuwe naam</translation>
    </message>
    <message>
        <source>the organisation: KvK number or id</source>
        <translation>de organisatie: KvK-nummer of id</translation>
    </message>
    <message>
        <source>the procurement REF: a protest against the tender of all its lots at once</source>
        <translation>de aanbesteding REF: een protest tegen de aanbesteding van al haar percelen tegelijk</translation>
    </message>
    <message>
        <source>the procurement reference</source>
        <translation>het kenmerk van de aanbesteding</translation>
    </message>
    <message>
        <source>the ranking of a lot from its consensus scores</source>
        <translation>de rangorde van een perceel uit de consensusscores</translation>
    </message>
    <message>
        <source>the roles of logins</source>
        <translation>de rollen van logins</translation>
    </message>
    <message>
        <source>the scheme id</source>
        <translation>het nummer van de regeling</translation>
    </message>
    <message>
        <source>the standstill period and the default notice period of options</source>
        <translation>de opschortende termijn en de standaard opzegtermijn van opties</translation>
    </message>
    <message>
        <source>the subsidy schemes with their IDs</source>
        <translation>de subsidieregelingen met hun nummers</translation>
    </message>
    <message>
        <source>the themes: list, add, rename, archive</source>
        <translation>de thema&apos;s: tonen, toevoegen, hernoemen, archiveren</translation>
    </message>
    <message>
        <source>the words to find (all of them)</source>
        <translation>de woorden om te zoeken (allemaal)</translation>
    </message>
    <message>
        <source>the workbook, or a folder for it</source>
        <translation>de werkmap, of een map ervoor</translation>
    </message>
    <message>
        <source>total {total}</source>
        <translation>totaal {total}</translation>
    </message>
    <message>
        <source>treat columns that match no field as problems: nothing is written</source>
        <translation>kolommen die bij geen veld horen als probleem behandelen: er wordt niets geschreven</translation>
    </message>
    <message>
        <source>trial allocation of a subsidy scheme&apos;s ceiling</source>
        <translation>proefverdeling van het plafond van een subsidieregeling</translation>
    </message>
    <message>
        <source>use the demo database</source>
        <translation>de demodatabase gebruiken</translation>
    </message>
    <message>
        <source>valid from: dd-mm-yyyy</source>
        <translation>geldig vanaf: dd-mm-jjjj</translation>
    </message>
    <message>
        <source>valid until further notice (no last day)</source>
        <translation>geldig tot nader order (geen laatste dag)</translation>
    </message>
    <message>
        <source>valid until: dd-mm-yyyy (default open-ended)</source>
        <translation>geldig tot en met: dd-mm-jjjj (standaard zonder einddatum)</translation>
    </message>
    <message>
        <source>what the objection says</source>
        <translation>wat het bezwaar inhoudt</translation>
    </message>
    <message>
        <source>what the theme covers</source>
        <translation>waar het thema over gaat</translation>
    </message>
    <message>
        <source>why the ceiling changes</source>
        <translation>waarom het plafond verandert</translation>
    </message>
    <message>
        <source>withdrawn or excluded</source>
        <translation>ingetrokken of uitgesloten</translation>
    </message>
    <message>
        <source>write a contractor&apos;s report form (Excel)</source>
        <translation>een rapportageformulier voor een opdrachtnemer schrijven (Excel)</translation>
    </message>
    <message>
        <source>write a new demo database (never overwrites)</source>
        <translation>een nieuwe demodatabase schrijven (overschrijft nooit)</translation>
    </message>
    <message>
        <source>write a scheme&apos;s decision letters as PDF/A files (mark-sent: record sending)</source>
        <translation>de beschikkingen van een regeling als PDF/A-bestanden schrijven (mark-sent: verzending vastleggen)</translation>
    </message>
    <message>
        <source>write the award letters of a lot as PDF/A files (mark-sent: record sending)</source>
        <translation>de gunningsbrieven van een perceel als PDF/A-bestanden schrijven (mark-sent: verzending vastleggen)</translation>
    </message>
    <message>
        <source>write the letters already sent again too</source>
        <translation>ook de al verzonden brieven opnieuw schrijven</translation>
    </message>
    <message>
        <source>write them again although they were sent</source>
        <translation>ze opnieuw schrijven hoewel ze zijn verzonden</translation>
    </message>
    <message>
        <source>{account} sits on the committee of {lot}.</source>
        <translation>{account} zit in de beoordelingscommissie van {lot}.</translation>
    </message>
    <message>
        <source>{file} ({evaluator}, lot {lot}): new {new}, changed {changed}, unchanged {unchanged}, empty {empty}</source>
        <translation>{file} ({evaluator}, perceel {lot}): nieuw {new}, gewijzigd {changed}, ongewijzigd {unchanged}, leeg {empty}</translation>
    </message>
    <message>
        <source>{id}  {year}  {name} ({theme}): ceiling {ceiling}, {rule}, decided by {body}, {opens} to {closes}, {count} applications</source>
        <translation>{id}  {year}  {name} ({theme}): plafond {ceiling}, {rule}, besluit door {body}, {opens} tot en met {closes}, {count} aanvragen</translation>
    </message>
    <message>
        <source>{name} has no e-mail address: its draft says so; send the letter by post or fill in the addressee.</source>
        <translation>{name} heeft geen e-mailadres: het concept vermeldt dat; verstuur de brief per post of vul de geadresseerde in.</translation>
    </message>
    <message>
        <source>{reference} ({lot}) {contractor}: {start} to {end}, after all options {final}; {value}</source>
        <translation>{reference} ({lot}) {contractor}: {start} tot en met {end}, na alle opties {final}; {value}</translation>
    </message>
    <message>
        <source>{reference} {applicant}: {granted}, {tier}, due {due} {state}</source>
        <translation>{reference} {applicant}: {granted}, {tier}, uiterlijk {due} {state}</translation>
    </message>
    <message>
        <source>{reference}, all lots</source>
        <translation>{reference}, alle percelen</translation>
    </message>
    <message>
        <source>{year}: target {target}, realised {realised}</source>
        <translation>{year}: doel {target}, gerealiseerd {realised}</translation>
    </message>
</context>
<context>
    <name>Columns</name>
    <message>
        <source>(no theme)</source>
        <translation>(geen thema)</translation>
    </message>
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
        <source>Activity</source>
        <translation>Activiteit</translation>
    </message>
    <message>
        <source>Against</source>
        <translation>Gericht tegen</translation>
    </message>
    <message>
        <source>All criteria</source>
        <translation>Alle criteria</translation>
    </message>
    <message>
        <source>All districts</source>
        <translation>Alle wijken</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Bedrag</translation>
    </message>
    <message>
        <source>Amount excl. VAT</source>
        <translation>Bedrag excl. btw</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>Aanvrager</translation>
    </message>
    <message>
        <source>Applications</source>
        <translation>Aanvragen</translation>
    </message>
    <message>
        <source>Applications still waiting for a decision</source>
        <translation>Aanvragen die nog op een besluit wachten</translation>
    </message>
    <message>
        <source>Applied for</source>
        <translation>Aangevraagd</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Gearchiveerd</translation>
    </message>
    <message>
        <source>Assessed on</source>
        <translation>Beoordeeld op</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>Oordeel</translation>
    </message>
    <message>
        <source>Award method</source>
        <translation>Gunningsmethode</translation>
    </message>
    <message>
        <source>Awarded to</source>
        <translation>Gegund aan</translation>
    </message>
    <message>
        <source>Bid</source>
        <translation>Inschrijving</translation>
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
        <source>Ceiling</source>
        <translation>Plafond</translation>
    </message>
    <message>
        <source>Chair</source>
        <translation>Voorzitter</translation>
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
        <source>Closes</source>
        <translation>Sluit</translation>
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
        <source>Concerns</source>
        <translation>Betreft</translation>
    </message>
    <message>
        <source>Conflict of interest reported</source>
        <translation>Belangenconflict gemeld</translation>
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
        <source>Contract</source>
        <translation>Contract</translation>
    </message>
    <message>
        <source>Contracted</source>
        <translation>Gecontracteerd</translation>
    </message>
    <message>
        <source>Contractor</source>
        <translation>Opdrachtnemer</translation>
    </message>
    <message>
        <source>Contracts</source>
        <translation>Contracten</translation>
    </message>
    <message>
        <source>Criteria</source>
        <translation>Criteria</translation>
    </message>
    <message>
        <source>Current end</source>
        <translation>Huidig einde</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Decide by</source>
        <translation>Besluiten uiterlijk</translation>
    </message>
    <message>
        <source>Decided on</source>
        <translation>Besloten op</translation>
    </message>
    <message>
        <source>Decides</source>
        <translation>Beslist</translation>
    </message>
    <message>
        <source>Decision due</source>
        <translation>Besluit uiterlijk</translation>
    </message>
    <message>
        <source>Declaration</source>
        <translation>Verklaring</translation>
    </message>
    <message>
        <source>Definitive</source>
        <translation>Definitief</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Omschrijving</translation>
    </message>
    <message>
        <source>District</source>
        <translation>Wijk</translation>
    </message>
    <message>
        <source>District opinions</source>
        <translation>Oordelen wijkplatforms</translation>
    </message>
    <message>
        <source>Districts</source>
        <translation>Wijken</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Uiterlijk</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Einde</translation>
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
        <source>Fictitious price</source>
        <translation>Fictieve prijs</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Veld</translation>
    </message>
    <message>
        <source>Final end</source>
        <translation>Einde na opties</translation>
    </message>
    <message>
        <source>Gets</source>
        <translation>Krijgt</translation>
    </message>
    <message>
        <source>Granted</source>
        <translation>Verleend</translation>
    </message>
    <message>
        <source>Hearing</source>
        <translation>Zitting</translation>
    </message>
    <message>
        <source>IBAN</source>
        <translation>IBAN</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <source>Intended contractor</source>
        <translation>Beoogde opdrachtnemer</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <source>Kind of contract</source>
        <translation>Soort opdracht</translation>
    </message>
    <message>
        <source>Knock-out</source>
        <translation>Knock-out</translation>
    </message>
    <message>
        <source>KvK</source>
        <translation>KvK</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Laatste dag</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>Te laat</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Resterend</translation>
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
        <source>Months</source>
        <translation>Maanden</translation>
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
        <source>No place: {reason}</source>
        <translation>Geen plaats: {reason}</translation>
    </message>
    <message>
        <source>Not signed</source>
        <translation>Niet ondertekend</translation>
    </message>
    <message>
        <source>Notice period</source>
        <translation>Opzegtermijn</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <source>Objection overridden: {reason}</source>
        <translation>Bezwaar doorbroken: {reason}</translation>
    </message>
    <message>
        <source>Objection until</source>
        <translation>Bezwaar tot</translation>
    </message>
    <message>
        <source>Old value</source>
        <translation>Oude waarde</translation>
    </message>
    <message>
        <source>Opens</source>
        <translation>Opent</translation>
    </message>
    <message>
        <source>Option</source>
        <translation>Optie</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisatie</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>Organisaties</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Uitkomst</translation>
    </message>
    <message>
        <source>Outcome date</source>
        <translation>Datum uitkomst</translation>
    </message>
    <message>
        <source>Parties</source>
        <translation>Partijen</translation>
    </message>
    <message>
        <source>Performance</source>
        <translation>Prestaties</translation>
    </message>
    <message>
        <source>Performance at the decision</source>
        <translation>Prestaties bij het besluit</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Periode</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Plaats</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Punten</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Prijs</translation>
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
        <source>Published</source>
        <translation>Gepubliceerd</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Rang</translation>
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
        <source>Remaining</source>
        <translation>Resterend</translation>
    </message>
    <message>
        <source>Remark</source>
        <translation>Opmerking</translation>
    </message>
    <message>
        <source>Requested</source>
        <translation>Aangevraagd</translation>
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
        <source>Rule</source>
        <translation>Verdeelregel</translation>
    </message>
    <message>
        <source>Scheme</source>
        <translation>Regeling</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Scores</source>
        <translation>Scores</translation>
    </message>
    <message>
        <source>Sees prices</source>
        <translation>Ziet prijzen</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Verzonden</translation>
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
        <source>Signed {moment}</source>
        <translation>Ondertekend {moment}</translation>
    </message>
    <message>
        <source>Standstill until</source>
        <translation>Opschortend t/m</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Begin</translation>
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
        <source>Submitted {moment}</source>
        <translation>Ingediend {moment}</translation>
    </message>
    <message>
        <source>Subsidy schemes</source>
        <translation>Subsidieregelingen</translation>
    </message>
    <message>
        <source>Succeeded by {name}</source>
        <translation>Opgevolgd door {name}</translation>
    </message>
    <message>
        <source>Successor: {reason}</source>
        <translation>Rechtsopvolger: {reason}</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Samenvatting</translation>
    </message>
    <message>
        <source>Targets</source>
        <translation>Doelen</translation>
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
        <source>Total</source>
        <translation>Totaal</translation>
    </message>
    <message>
        <source>Total price</source>
        <translation>Totaalprijs</translation>
    </message>
    <message>
        <source>Undecided</source>
        <translation>Onbeslist</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Eenheid</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Gebruiker</translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation>Geldig vanaf</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Geldig tot en met</translation>
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
        <source>Weekday</source>
        <translation>Weekdag</translation>
    </message>
    <message>
        <source>Winner</source>
        <translation>Winnaar</translation>
    </message>
    <message>
        <source>Withdrawn: {reason}</source>
        <translation>Ingetrokken: {reason}</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Jaar</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>{months} months</source>
        <translation>{months} maanden</translation>
    </message>
    <message>
        <source>{name} (subcontractor)</source>
        <translation>{name} (onderaannemer)</translation>
    </message>
    <message>
        <source>{name} (succeeded by {successor})</source>
        <translation>{name} (opgevolgd door {successor})</translation>
    </message>
    <message>
        <source>{reference}, all lots</source>
        <translation>{reference}, alle percelen</translation>
    </message>
    <message>
        <source>{successor} (successor of {winner})</source>
        <translation>{successor} (rechtsopvolger van {winner})</translation>
    </message>
</context>
<context>
    <name>CommitteeTab</name>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Wijzigen…</translation>
    </message>
    <message>
        <source>&amp;New evaluator…</source>
        <translation>&amp;Nieuwe beoordelaar…</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>&amp;Verwijderen…</translation>
    </message>
    <message>
        <source>&amp;Sign the declaration…</source>
        <translation>Verklaring on&amp;dertekenen…</translation>
    </message>
    <message>
        <source>Committee</source>
        <translation>Commissie</translation>
    </message>
    <message>
        <source>Declarations (history)</source>
        <translation>Verklaringen (geschiedenis)</translation>
    </message>
    <message>
        <source>Declarations signed</source>
        <translation>Ondertekende verklaringen</translation>
    </message>
    <message>
        <source>Evaluators</source>
        <translation>Beoordelaars</translation>
    </message>
    <message>
        <source>No declaration has been signed yet.</source>
        <translation>Er is nog geen verklaring ondertekend.</translation>
    </message>
    <message>
        <source>No remarks about the committee.</source>
        <translation>Geen opmerkingen over de commissie.</translation>
    </message>
    <message>
        <source>Notices</source>
        <translation>Opmerkingen</translation>
    </message>
    <message>
        <source>Notices about the committee</source>
        <translation>Opmerkingen over de commissie</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <source>Remove evaluator</source>
        <translation>Beoordelaar verwijderen</translation>
    </message>
    <message>
        <source>Remove {name} from the committee of this lot?</source>
        <translation>{name} uit de commissie van dit perceel verwijderen?</translation>
    </message>
    <message>
        <source>conflict of interest: {statement}</source>
        <translation>belangenconflict: {statement}</translation>
    </message>
    <message>
        <source>{moment} — {name}, signed by {who} (text {version})</source>
        <translation>{moment} — {name}, ondertekend door {who} (tekst {version})</translation>
    </message>
</context>
<context>
    <name>ConnectServerDialog</name>
    <message>
        <source>&amp;Connect</source>
        <translation>&amp;Verbinden</translation>
    </message>
    <message>
        <source>&amp;Database</source>
        <translation>&amp;Database</translation>
    </message>
    <message>
        <source>&amp;Login</source>
        <translation>&amp;Gebruikersnaam</translation>
    </message>
    <message>
        <source>&amp;Port</source>
        <translation>&amp;Poort</translation>
    </message>
    <message>
        <source>&amp;Server</source>
        <translation>&amp;Server</translation>
    </message>
    <message>
        <source>Connect to a PostgreSQL database</source>
        <translation>Verbinden met een PostgreSQL-database</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Database</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Gebruikersnaam</translation>
    </message>
    <message>
        <source>Pass&amp;word</source>
        <translation>&amp;Wachtwoord</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Wachtwoord</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Poort</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>The address is remembered for next time; the password never is. Leave it empty when the server knows you without one.</source>
        <translation>Het adres wordt onthouden voor de volgende keer, het wachtwoord nooit. Laat het leeg als de server u zonder wachtwoord kent.</translation>
    </message>
</context>
<context>
    <name>ConsensusTab</name>
    <message>
        <source>&amp;Bids and criteria, most disagreement first</source>
        <translation>Inschrijvingen en criteria, meeste verschi&amp;l eerst</translation>
    </message>
    <message>
        <source>&amp;Consensus</source>
        <translation>C&amp;onsensus</translation>
    </message>
    <message>
        <source>&amp;Decisions</source>
        <translation>Besl&amp;uiten</translation>
    </message>
    <message>
        <source>&amp;Held at</source>
        <translation>&amp;Gehouden op</translation>
    </message>
    <message>
        <source>&amp;Larger text</source>
        <translation>Grotere &amp;tekst</translation>
    </message>
    <message>
        <source>&amp;New meeting</source>
        <translation>&amp;Nieuwe vergadering</translation>
    </message>
    <message>
        <source>&amp;Present</source>
        <translation>&amp;Aanwezig</translation>
    </message>
    <message>
        <source>&amp;Save consensus</source>
        <translation>Consensus op&amp;slaan</translation>
    </message>
    <message>
        <source>(new meeting)</source>
        <translation>(nieuwe vergadering)</translation>
    </message>
    <message>
        <source>Agreement between the evaluators</source>
        <translation>Overeenstemming tussen de beoordelaars</translation>
    </message>
    <message>
        <source>Agreement per criterion (Krippendorff&apos;s alpha, ordinal; 1 = full):</source>
        <translation>Overeenstemming per criterium (Krippendorffs alfa, ordinaal; 1 = volledig):</translation>
    </message>
    <message>
        <source>Bids and criteria, most disagreement first</source>
        <translation>Inschrijvingen en criteria, meeste verschil eerst</translation>
    </message>
    <message>
        <source>Choose the consensus score before saving.</source>
        <translation>Kies de consensusscore voordat u opslaat.</translation>
    </message>
    <message>
        <source>Consensus</source>
        <translation>Consensus</translation>
    </message>
    <message>
        <source>Consensus score</source>
        <translation>Consensusscore</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Besluiten</translation>
    </message>
    <message>
        <source>Evaluator</source>
        <translation>Beoordelaar</translation>
    </message>
    <message>
        <source>Held at</source>
        <translation>Gehouden op</translation>
    </message>
    <message>
        <source>Individual scores</source>
        <translation>Individuele scores</translation>
    </message>
    <message>
        <source>M&amp;otivation</source>
        <translation>&amp;Motivering</translation>
    </message>
    <message>
        <source>Mean {mean}, spread {steps}</source>
        <translation>Gemiddelde {mean}, spreiding {steps}</translation>
    </message>
    <message>
        <source>Mee&amp;ting</source>
        <translation>Verga&amp;dering</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Vergadering</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Vergaderingen</translation>
    </message>
    <message>
        <source>Minutes as &amp;PDF…</source>
        <translation>Notulen als PD&amp;F…</translation>
    </message>
    <message>
        <source>Minutes not written</source>
        <translation>Notulen niet geschreven</translation>
    </message>
    <message>
        <source>Minutes written</source>
        <translation>Notulen geschreven</translation>
    </message>
    <message>
        <source>Motivation</source>
        <translation>Motivering</translation>
    </message>
    <message>
        <source>Motivation of the consensus</source>
        <translation>Motivering van de consensus</translation>
    </message>
    <message>
        <source>No consensus score</source>
        <translation>Geen consensusscore</translation>
    </message>
    <message>
        <source>Not yet submitted: {names}.</source>
        <translation>Nog niet ingediend: {names}.</translation>
    </message>
    <message>
        <source>One name per line</source>
        <translation>Eén naam per regel</translation>
    </message>
    <message>
        <source>Pr&amp;int minutes…</source>
        <translation>Notul&amp;en afdrukken…</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Aanwezig</translation>
    </message>
    <message>
        <source>Remarks about the evaluators</source>
        <translation>Opmerkingen over de beoordelaars</translation>
    </message>
    <message>
        <source>Remarks about this score</source>
        <translation>Opmerkingen bij deze score</translation>
    </message>
    <message>
        <source>S&amp;maller text</source>
        <translation>Kleinere te&amp;kst</translation>
    </message>
    <message>
        <source>Save &amp;meeting</source>
        <translation>&amp;Vergadering opslaan</translation>
    </message>
    <message>
        <source>Save consensus</source>
        <translation>Consensus opslaan</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Set every consensus score to the average of the individual scores? Consensus scores set so far are replaced.</source>
        <translation>Elke consensusscore vaststellen op het gemiddelde van de individuele scores? Consensusscores die al zijn vastgesteld, worden vervangen.</translation>
    </message>
    <message>
        <source>Take the &amp;averages…</source>
        <translation>&amp;Gemiddelden overnemen…</translation>
    </message>
    <message>
        <source>Take the averages</source>
        <translation>Gemiddelden overnemen</translation>
    </message>
    <message>
        <source>The minutes could not be written to {path}: {reason}</source>
        <translation>De notulen konden niet worden geschreven naar {path}: {reason}</translation>
    </message>
    <message>
        <source>The minutes have been saved as {path}.</source>
        <translation>De notulen zijn opgeslagen als {path}.</translation>
    </message>
    <message>
        <source>consensus {score}</source>
        <translation>consensus {score}</translation>
    </message>
    <message>
        <source>no consensus yet</source>
        <translation>nog geen consensus</translation>
    </message>
    <message>
        <source>{criterion}: cannot be computed ({cells} cells, {scores} scores)</source>
        <translation>{criterion}: niet te berekenen ({cells} cellen, {scores} scores)</translation>
    </message>
    <message>
        <source>{criterion}: {alpha} ({cells} cells, {scores} scores)</source>
        <translation>{criterion}: {alpha} ({cells} cellen, {scores} scores)</translation>
    </message>
    <message>
        <source>{done} of {total} consensus scores set.</source>
        <translation>{done} van {total} consensusscores vastgesteld.</translation>
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
    <name>ContractDialog</name>
    <message>
        <source> months</source>
        <translation> maanden</translation>
    </message>
    <message>
        <source>&amp;End of the base term</source>
        <translation>&amp;Einde van de basislooptijd</translation>
    </message>
    <message>
        <source>&amp;Notice period</source>
        <translation>&amp;Opzegtermijn</translation>
    </message>
    <message>
        <source>&amp;Reference</source>
        <translation>&amp;Kenmerk</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>Op&amp;slaan</translation>
    </message>
    <message>
        <source>&amp;Value</source>
        <translation>&amp;Waarde</translation>
    </message>
    <message>
        <source>Awarded to {name} (bid {bid}).</source>
        <translation>Gegund aan {name} (inschrijving {bid}).</translation>
    </message>
    <message>
        <source>Edit contract {reference}</source>
        <translation>Contract {reference} wijzigen</translation>
    </message>
    <message>
        <source>Extension &amp;options</source>
        <translation>&amp;Verlengingsopties</translation>
    </message>
    <message>
        <source>Months per option, e.g. 24 or 60,24,24</source>
        <translation>Maanden per optie, bijv. 24 of 60,24,24</translation>
    </message>
    <message>
        <source>New contract for lot {lot}</source>
        <translation>Nieuw contract voor perceel {lot}</translation>
    </message>
    <message>
        <source>No&amp;tes</source>
        <translation>&amp;Aantekeningen</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Aantekeningen</translation>
    </message>
    <message>
        <source>Option {n}: {months} months, decide by {day}</source>
        <translation>Optie {n}: {months} maanden, besluiten uiterlijk {day}</translation>
    </message>
    <message>
        <source>St&amp;art</source>
        <translation>&amp;Begin</translation>
    </message>
    <message>
        <source>Write an amount such as € 1.234,56.</source>
        <translation>Schrijf een bedrag zoals € 1.234,56.</translation>
    </message>
</context>
<context>
    <name>CopyProcurementDialog</name>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Overnemen</translation>
    </message>
    <message>
        <source>&amp;Lots</source>
        <translation>&amp;Percelen</translation>
    </message>
    <message>
        <source>&amp;Reference</source>
        <translation>&amp;Kenmerk</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Titel</translation>
    </message>
    <message>
        <source>Lots to copy</source>
        <translation>Percelen om over te nemen</translation>
    </message>
    <message>
        <source>Next procurement from {reference}</source>
        <translation>Volgende aanbesteding op basis van {reference}</translation>
    </message>
    <message>
        <source>The new procurement gets the procedure, the estimated value and the chosen lots with their settings, themes and criteria. Dates, bids, evaluators, scores and decisions belong to the new cycle and start empty.</source>
        <translation>De nieuwe aanbesteding krijgt de procedure, de geraamde waarde en de gekozen percelen met hun instellingen, thema&apos;s en criteria. Data, inschrijvingen, beoordelaars, scores en besluiten horen bij de nieuwe ronde en beginnen leeg.</translation>
    </message>
</context>
<context>
    <name>Counts</name>
    <message numerus="yes">
        <source>%Ln applications written to {path}.</source>
        <translation>
            <numerusform>%Ln aanvraag geschreven naar {path}.</numerusform>
            <numerusform>%Ln aanvragen geschreven naar {path}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln bids</source>
        <translation>
            <numerusform>%Ln inschrijving</numerusform>
            <numerusform>%Ln inschrijvingen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln bids written to {path}.</source>
        <translation>
            <numerusform>%Ln inschrijving geschreven naar {path}.</numerusform>
            <numerusform>%Ln inschrijvingen geschreven naar {path}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln criteria written to {path}.</source>
        <translation>
            <numerusform>%Ln criterium geschreven naar {path}.</numerusform>
            <numerusform>%Ln criteria geschreven naar {path}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln decisions recorded.</source>
        <translation>
            <numerusform>%Ln besluit vastgelegd.</numerusform>
            <numerusform>%Ln besluiten vastgelegd.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln grants owe a report, {overdue} of them overdue.</source>
        <translation>
            <numerusform>%Ln verlening moet verantwoord worden, {overdue} daarvan te laat.</numerusform>
            <numerusform>%Ln verleningen moeten verantwoord worden, {overdue} daarvan te laat.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln letters recorded as sent on {day}.</source>
        <translation>
            <numerusform>%Ln brief vastgelegd als verzonden op {day}.</numerusform>
            <numerusform>%Ln brieven vastgelegd als verzonden op {day}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln letters were sent already and not written again (--all does).</source>
        <translation>
            <numerusform>%Ln brief was al verzonden en is niet opnieuw gemaakt (--all doet dat wel).</numerusform>
            <numerusform>%Ln brieven waren al verzonden en zijn niet opnieuw gemaakt (--all doet dat wel).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln letters written to {path}.</source>
        <translation>
            <numerusform>%Ln brief geschreven naar {path}.</numerusform>
            <numerusform>%Ln brieven geschreven naar {path}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln lots</source>
        <translation>
            <numerusform>%Ln perceel</numerusform>
            <numerusform>%Ln percelen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln organisations written to {path}.</source>
        <translation>
            <numerusform>%Ln organisatie geschreven naar {path}.</numerusform>
            <numerusform>%Ln organisaties geschreven naar {path}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln rows exported to {path}.</source>
        <translation>
            <numerusform>%Ln rij geëxporteerd naar {path}.</numerusform>
            <numerusform>%Ln rijen geëxporteerd naar {path}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n months</source>
        <translation>
            <numerusform>%n maand</numerusform>
            <numerusform>%n maanden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n scoring grids written to {folder}.</source>
        <translation>
            <numerusform>%n beoordelingsformulier geschreven naar {folder}.</numerusform>
            <numerusform>%n beoordelingsformulieren geschreven naar {folder}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n steps</source>
        <translation>
            <numerusform>%n stap</numerusform>
            <numerusform>%n stappen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n years</source>
        <translation>
            <numerusform>%n jaar</numerusform>
            <numerusform>%n jaar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The allocation of %Ln applications is written to {path}.</source>
        <translation>
            <numerusform>De verdeling van %Ln aanvraag is geschreven naar {path}.</numerusform>
            <numerusform>De verdeling van %Ln aanvragen is geschreven naar {path}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CriteriaEditor</name>
    <message numerus="yes">
        <source>%n scores invalidated; the criteria can be changed again.</source>
        <translation>
            <numerusform>%n score ongeldig verklaard; de criteria kunnen weer worden gewijzigd.</numerusform>
            <numerusform>%n scores ongeldig verklaard; de criteria kunnen weer worden gewijzigd.</numerusform>
        </translation>
    </message>
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
    <message numerus="yes">
        <source>Copied %n criteria from lot {source}.</source>
        <translation>
            <numerusform>%n criterium gekopieerd van perceel {source}.</numerusform>
            <numerusform>%n criteria gekopieerd van perceel {source}.</numerusform>
        </translation>
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
    <message numerus="yes">
        <source>Remove {name} and its %n sub-criteria?</source>
        <translation>
            <numerusform>{name} en zijn %n subcriterium verwijderen?</numerusform>
            <numerusform>{name} en zijn %n subcriteria verwijderen?</numerusform>
        </translation>
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
        <source>Reports overdue</source>
        <translation>Verantwoordingen te laat</translation>
    </message>
    <message>
        <source>Subsidies</source>
        <translation>Subsidies</translation>
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
    <name>DateField</name>
    <message>
        <source>Calendar</source>
        <translation>Kalender</translation>
    </message>
    <message>
        <source>Choose from the calendar</source>
        <translation>Kiezen uit de kalender</translation>
    </message>
    <message>
        <source>Choose from the calendar (F4)</source>
        <translation>Kiezen uit de kalender (F4)</translation>
    </message>
    <message>
        <source>Type a date as dd-mm-yyyy (also d-m-yy or ddmmyyyy); F4 opens the calendar.</source>
        <translation>Typ een datum als dd-mm-jjjj (ook d-m-jj of ddmmjjjj); F4 opent de kalender.</translation>
    </message>
    <message>
        <source>Type a date as dd-mm-yyyy.</source>
        <translation>Typ een datum als dd-mm-jjjj.</translation>
    </message>
    <message>
        <source>dd-mm-yyyy</source>
        <translation>dd-mm-jjjj</translation>
    </message>
    <message>
        <source>{text} is not a date: type it as dd-mm-yyyy, for example {example}.</source>
        <translation>{text} is geen datum: typ hem als dd-mm-jjjj, bijvoorbeeld {example}.</translation>
    </message>
</context>
<context>
    <name>Deadline</name>
    <message>
        <source>Awb 4:13: {weeks} weeks after receipt (the legal default)</source>
        <translation>Awb 4:13: {weeks} weken na ontvangst (de wettelijke termijn)</translation>
    </message>
    <message>
        <source>Awb 6:7: {weeks} weeks from the day after the decision was sent</source>
        <translation>Awb 6:7: {weeks} weken vanaf de dag na verzending van het besluit</translation>
    </message>
    <message>
        <source>The scheme&apos;s own term: {weeks} weeks after receipt</source>
        <translation>Eigen termijn van de regeling: {weeks} weken na ontvangst</translation>
    </message>
    <message>
        <source>extended by {days} suspended days (Awb 4:15)</source>
        <translation>verlengd met {days} opgeschorte dagen (Awb 4:15)</translation>
    </message>
    <message>
        <source>moved from {date} to the next working day (Algemene termijnenwet)</source>
        <translation>verschoven van {date} naar de eerstvolgende werkdag (Algemene termijnenwet)</translation>
    </message>
    <message>
        <source>the Algemene termijnenwet does not apply to a term over 12 weeks</source>
        <translation>de Algemene termijnenwet geldt niet voor een termijn van meer dan 12 weken</translation>
    </message>
    <message>
        <source>the Algemene termijnenwet does not apply: the scheme sets this term and does not declare the law applicable</source>
        <translation>de Algemene termijnenwet geldt niet: de regeling stelt deze termijn zelf en verklaart de wet niet van toepassing</translation>
    </message>
</context>
<context>
    <name>DecidingBody</name>
    <message>
        <source>Contract holder of the theme</source>
        <translation>Opdrachtnemer van het thema</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Gemeente</translation>
    </message>
</context>
<context>
    <name>DecisionDialog</name>
    <message>
        <source>&amp;Amount</source>
        <translation>&amp;Bedrag</translation>
    </message>
    <message>
        <source>&amp;Decide</source>
        <translation>Besl&amp;uiten</translation>
    </message>
    <message>
        <source>&amp;Grant in full</source>
        <translation>Volledig &amp;verlenen</translation>
    </message>
    <message>
        <source>&amp;Refuse</source>
        <translation>&amp;Weigeren</translation>
    </message>
    <message>
        <source>A partial grant is more than zero and less than the {requested} applied for.</source>
        <translation>Een gedeeltelijke verlening is meer dan nul en minder dan de aangevraagde {requested}.</translation>
    </message>
    <message>
        <source>Decide on {reference}</source>
        <translation>Besluiten over {reference}</translation>
    </message>
    <message>
        <source>Decision da&amp;te</source>
        <translation>Besluit&amp;datum</translation>
    </message>
    <message>
        <source>Give the reason for the refusal; it goes into the letter.</source>
        <translation>Geef de reden van de weigering; die komt in de brief.</translation>
    </message>
    <message>
        <source>Grant &amp;partly</source>
        <translation>&amp;Gedeeltelijk verlenen</translation>
    </message>
    <message>
        <source>Reason for re&amp;fusal</source>
        <translation>Reden van &amp;weigering</translation>
    </message>
    <message>
        <source>Why the application is refused (for the letter)</source>
        <translation>Waarom de aanvraag wordt geweigerd (voor de brief)</translation>
    </message>
    <message>
        <source>{applicant} applied for {requested} for “{activity}”.</source>
        <translation>{applicant} vroeg {requested} aan voor “{activity}”.</translation>
    </message>
    <message>
        <source>{organisation} decides, as holder of the theme&apos;s contract.</source>
        <translation>{organisation} beslist, als houder van het contract voor het thema.</translation>
    </message>
</context>
<context>
    <name>DecisionsExchange</name>
    <message>
        <source>Decisions imported</source>
        <translation>Besluiten geïmporteerd</translation>
    </message>
    <message>
        <source>Export decisions workbook</source>
        <translation>Besluitenbestand exporteren</translation>
    </message>
    <message>
        <source>Import decisions</source>
        <translation>Besluiten importeren</translation>
    </message>
    <message>
        <source>Writing the decisions workbook…</source>
        <translation>Het besluitenbestand wordt geschreven…</translation>
    </message>
    <message>
        <source>{n} applications to decide written to {path}.</source>
        <translation>{n} aanvragen om over te besluiten geschreven naar {path}.</translation>
    </message>
</context>
<context>
    <name>DecisionsPreviewDialog</name>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importeren</translation>
    </message>
    <message>
        <source>Import decisions from {name}</source>
        <translation>Besluiten importeren uit {name}</translation>
    </message>
    <message>
        <source>No problems.</source>
        <translation>Geen problemen.</translation>
    </message>
    <message>
        <source>Problems and warnings</source>
        <translation>Problemen en waarschuwingen</translation>
    </message>
    <message>
        <source>Problems: nothing is imported until they are solved</source>
        <translation>Problemen: er wordt niets geïmporteerd tot ze zijn opgelost</translation>
    </message>
    <message>
        <source>{n} decisions to record; {unchanged} rows without a decision.</source>
        <translation>{n} besluiten vast te leggen; {unchanged} regels zonder besluit.</translation>
    </message>
    <message>
        <source>{sheet}, row {row}, {column}: {message}</source>
        <translation>{sheet}, regel {row}, {column}: {message}</translation>
    </message>
</context>
<context>
    <name>Declaration</name>
    <message>
        <source>I declare that I have no personal, financial or professional interest in any of the organisations that bid on this lot, nor in their directors or staff, and that no such interest exists through my partner, family or friends. I have not worked for any of them in the past two years and have no agreement to do so. I will score the bids independently and impartially, on the published criteria only, and keep the bids and the scores confidential. Should a conflict of interest arise during the evaluation, I will report it at once and stop scoring.</source>
        <translation>Ik verklaar dat ik geen persoonlijk, financieel of zakelijk belang heb bij een van de organisaties die op dit perceel inschrijven, noch bij hun bestuurders of medewerkers, en dat zo&apos;n belang ook niet bestaat via mijn partner, familie of vrienden. Ik heb de afgelopen twee jaar voor geen van hen gewerkt en heb geen afspraak om dat te gaan doen. Ik beoordeel de inschrijvingen onafhankelijk en onpartijdig, alleen op de gepubliceerde criteria, en houd de inschrijvingen en de scores vertrouwelijk. Ontstaat tijdens de beoordeling een belangenconflict, dan meld ik dat direct en stop ik met scoren.</translation>
    </message>
</context>
<context>
    <name>DeclarationDialog</name>
    <message>
        <source>&amp;Sign</source>
        <translation>&amp;Ondertekenen</translation>
    </message>
    <message>
        <source>Declaration</source>
        <translation>Verklaring</translation>
    </message>
    <message>
        <source>Explain the conflict of interest</source>
        <translation>Licht het belangenconflict toe</translation>
    </message>
    <message>
        <source>Explain the conflict of interest before signing.</source>
        <translation>Licht het belangenconflict toe voordat u ondertekent.</translation>
    </message>
    <message>
        <source>I have a &amp;conflict of interest</source>
        <translation>Ik heb een &amp;belangenconflict</translation>
    </message>
    <message>
        <source>S&amp;tatement</source>
        <translation>&amp;Toelichting</translation>
    </message>
    <message>
        <source>Sign the declaration: {name}</source>
        <translation>Verklaring ondertekenen: {name}</translation>
    </message>
    <message>
        <source>Statement</source>
        <translation>Toelichting</translation>
    </message>
</context>
<context>
    <name>DefinitiveDialog</name>
    <message>
        <source>&amp;Date of the definitive award</source>
        <translation>&amp;Datum definitieve gunning</translation>
    </message>
    <message>
        <source>&amp;Override reason</source>
        <translation>&amp;Reden voor doorbreken</translation>
    </message>
    <message>
        <source>Award lot {lot} definitively to {name} (bid {bid}).</source>
        <translation>Perceel {lot} definitief gunnen aan {name} (inschrijving {bid}).</translation>
    </message>
    <message>
        <source>Definitive award of lot {lot}</source>
        <translation>Definitieve gunning van perceel {lot}</translation>
    </message>
    <message>
        <source>Make d&amp;efinitive</source>
        <translation>Definitief &amp;maken</translation>
    </message>
    <message>
        <source>Open objection of {names}. An open objection blocks the definitive award; record a reason to override it (the override is audited).</source>
        <translation>Openstaand bezwaar van {names}. Een openstaand bezwaar houdt de definitieve gunning tegen; leg een reden vast om het te doorbreken (dit wordt in het logboek vastgelegd).</translation>
    </message>
    <message>
        <source>The standstill period runs until {last_day}.</source>
        <translation>De opschortende termijn loopt tot en met {last_day}.</translation>
    </message>
    <message>
        <source>Why the award is made definitive while the objection is open</source>
        <translation>Waarom de gunning definitief wordt terwijl het bezwaar openstaat</translation>
    </message>
</context>
<context>
    <name>DistributionRule</name>
    <message>
        <source>First come, first served</source>
        <translation>Wie het eerst komt, het eerst maalt</translation>
    </message>
    <message>
        <source>Pro rata when oversubscribed</source>
        <translation>Naar rato bij overvraging</translation>
    </message>
    <message>
        <source>Ranking after the closing date</source>
        <translation>Rangschikking na de sluitingsdatum</translation>
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
    <name>Documents</name>
    <message>
        <source>page {number} of {count}</source>
        <translation>pagina {number} van {count}</translation>
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
    <name>EmailDraft</name>
    <message>
        <source>NOTE: {name} has no e-mail address in the register. Fill in the addressee, or send the letter by post.</source>
        <translation>LET OP: {name} heeft geen e-mailadres in het register. Vul de geadresseerde in, of verstuur de brief per post.</translation>
    </message>
    <message>
        <source>Please find attached our letter: {subject}.</source>
        <translation>Bijgaand ontvangt u onze brief: {subject}.</translation>
    </message>
</context>
<context>
    <name>EmailDrafts</name>
    <message numerus="yes">
        <source>%n e-mail drafts, each with its letter attached, were written to {folder}.</source>
        <translation>
            <numerusform>%n e-mailconcept, met de brief als bijlage, is geschreven naar {folder}.</numerusform>
            <numerusform>%n e-mailconcepten, elk met de brief als bijlage, zijn geschreven naar {folder}.</numerusform>
        </translation>
    </message>
    <message>
        <source>E-mail drafts</source>
        <translation>E-mailconcepten</translation>
    </message>
    <message>
        <source>No e-mail address is known for: {names}. Their drafts say so; fill in the addressee or send those letters by post.</source>
        <translation>Geen e-mailadres bekend van: {names}. Hun concept meldt dat; vul de geadresseerde in of stuur die brieven per post.</translation>
    </message>
    <message>
        <source>No program opened the drafts. Open them from {folder} in your mail program (in Outlook: double-click the .eml file).</source>
        <translation>Geen programma heeft de concepten geopend. Open ze vanuit {folder} in uw e-mailprogramma (in Outlook: dubbelklik op het .eml-bestand).</translation>
    </message>
    <message>
        <source>Nothing is recorded as sent yet. When the e-mails have gone out, record the day with Record sending: the deadlines run from it.</source>
        <translation>Er is nog niets als verstuurd vastgelegd. Leg de dag vast met Verstuurd op zodra de e-mails weg zijn: de termijnen lopen vanaf die dag.</translation>
    </message>
    <message>
        <source>Open in mail program</source>
        <translation>Openen in e-mailprogramma</translation>
    </message>
    <message>
        <source>Open the folder</source>
        <translation>Map openen</translation>
    </message>
</context>
<context>
    <name>EndThresholdDialog</name>
    <message>
        <source>&amp;Last day valid</source>
        <translation>&amp;Laatste geldige dag</translation>
    </message>
    <message>
        <source>End threshold period</source>
        <translation>Drempelperiode beëindigen</translation>
    </message>
    <message>
        <source>{kind}, {amount}, valid from {start}.</source>
        <translation>{kind}, {amount}, geldig vanaf {start}.</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>&quot;{given}&quot; has no KvK number that is in the register, but its name matches {name} in the register. If that is the same organisation, import again and confirm the name matches; otherwise add the KvK number.</source>
        <translation>&quot;{given}&quot; heeft geen KvK-nummer dat in het register staat, maar de naam komt overeen met {name} in het register. Is dat dezelfde organisatie, importeer dan opnieuw en bevestig de overeenkomsten op naam; vul anders het KvK-nummer in.</translation>
    </message>
    <message>
        <source>&quot;{value}&quot; does not name a lot; write the procurement reference and the lot number, for example SSB-2019/1, or fill the procurement column.</source>
        <translation>&quot;{value}&quot; is geen perceel; schrijf het kenmerk van de aanbesteding en het perceelnummer, bijvoorbeeld SSB-2019/1, of vul de kolom met de aanbesteding in.</translation>
    </message>
    <message>
        <source>--amount {value} is not an amount; write it as 221000 or 221.000,00.</source>
        <translation>--amount {value} is geen bedrag; schrijf het als 221000 of 221.000,00.</translation>
    </message>
    <message>
        <source>--create-organisations applies to bids and applications, not to {kind}.</source>
        <translation>--create-organisations geldt voor inschrijvingen en aanvragen, niet voor {kind}.</translation>
    </message>
    <message>
        <source>--lot does not apply to {command} {kind}.</source>
        <translation>--lot geldt niet voor {command} {kind}.</translation>
    </message>
    <message>
        <source>--lots {value} is not a list of lot numbers; write it as 1,3.</source>
        <translation>--lots {value} is geen lijst van perceelnummers; schrijf het als 1,3.</translation>
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
        <source>A ceiling change takes effect on or after {date} (announcement or opening); before that, edit the scheme&apos;s ceiling itself.</source>
        <translation>Een plafondwijziging gaat in op of na {date} (bekendmaking of opening); pas daarvoor het plafond van de regeling zelf aan.</translation>
    </message>
    <message>
        <source>A completion request comes on or after the date of receipt.</source>
        <translation>Een verzoek om aanvulling valt op of na de ontvangstdatum.</translation>
    </message>
    <message>
        <source>A consensus on {criterion} waits until every evaluator has submitted; still to submit: {names}.</source>
        <translation>Een consensus over {criterion} wacht tot elke beoordelaar heeft ingediend; moeten nog indienen: {names}.</translation>
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
        <source>A contract can only be made from a definitive award; make the award definitive first.</source>
        <translation>Een contract kan alleen uit een definitieve gunning worden gemaakt; maak de gunning eerst definitief.</translation>
    </message>
    <message>
        <source>A contract is made from a definitive award; choose the award first.</source>
        <translation>Een contract wordt gemaakt uit een definitieve gunning; kies eerst de gunning.</translation>
    </message>
    <message>
        <source>A decision is taken on or after the date of receipt ({date}).</source>
        <translation>Een besluit valt op of na de ontvangstdatum ({date}).</translation>
    </message>
    <message>
        <source>A district number is 0 or more.</source>
        <translation>Een wijknummer is 0 of hoger.</translation>
    </message>
    <message>
        <source>A district of this application no longer exists; choose it again.</source>
        <translation>Een district van deze aanvraag bestaat niet meer; kies het opnieuw.</translation>
    </message>
    <message>
        <source>A drawing of lots needs the name of its witness.</source>
        <translation>Bij loting hoort de naam van de getuige.</translation>
    </message>
    <message>
        <source>A grant is more than zero euros; to grant nothing, refuse.</source>
        <translation>Een verlening is meer dan nul euro; weiger de aanvraag om niets te verlenen.</translation>
    </message>
    <message>
        <source>A granted amount {granted} is given, but the status says the application was not granted; correct the status or empty the amount.</source>
        <translation>Er is een verleend bedrag {granted} opgegeven, maar volgens de status is de aanvraag niet verleend; verbeter de status of maak het bedrag leeg.</translation>
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
        <source>A period from {date} would end after 31-12-9999, the last day the calendar knows; check the date.</source>
        <translation>Een termijn vanaf {date} zou na 31-12-9999 eindigen, de laatste dag die de kalender kent; controleer de datum.</translation>
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
        <source>A report cannot be assessed on {on}, before it was received on {received}.</source>
        <translation>Een rapportage kan niet op {on} beoordeeld worden, vóór zij op {received} is ontvangen.</translation>
    </message>
    <message>
        <source>A report is assessed on or after its receipt ({date}).</source>
        <translation>Een verantwoording wordt beoordeeld op of na de ontvangst ervan ({date}).</translation>
    </message>
    <message>
        <source>A report is dated on or after the grant decision of {date}; choose a later date.</source>
        <translation>Een verantwoording is gedateerd op of na het verleningsbesluit van {date}; kies een latere datum.</translation>
    </message>
    <message>
        <source>A report is due between 0 and 366 days after its period.</source>
        <translation>Een rapportage moet tussen 0 en 366 dagen na haar periode binnen zijn.</translation>
    </message>
    <message>
        <source>A report period lasts 1, 3, 4, 6 or 12 months.</source>
        <translation>Een rapportageperiode duurt 1, 3, 4, 6 of 12 maanden.</translation>
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
        <source>A scheme named {name} already exists for this year and theme.</source>
        <translation>Er bestaat al een regeling met de naam {name} voor dit jaar en thema.</translation>
    </message>
    <message>
        <source>A score is zero or more and less than {limit}, or empty.</source>
        <translation>Een score is nul of meer en kleiner dan {limit}, of leeg.</translation>
    </message>
    <message>
        <source>A settlement is dated on or after the grant decision of {date}; choose a later date.</source>
        <translation>Een vaststelling is gedateerd op of na het verleningsbesluit van {date}; kies een latere datum.</translation>
    </message>
    <message>
        <source>A settlement is recorded in the program, after the grant, with its reason; empty this cell and settle the application on the Subsidies page.</source>
        <translation>Een vaststelling legt u in het programma vast, na de verlening, met de reden; maak deze cel leeg en stel de subsidie vast op de pagina Subsidies.</translation>
    </message>
    <message>
        <source>A shared PostgreSQL database is backed up by its server (pg_dump); ask the database administrator.</source>
        <translation>Van een gedeelde PostgreSQL-database maakt de server zelf de back-up (pg_dump); vraag het de databasebeheerder.</translation>
    </message>
    <message>
        <source>A target cannot be negative.</source>
        <translation>Een doel kan niet negatief zijn.</translation>
    </message>
    <message>
        <source>A target for {year} lies outside contract {reference}, which runs from {first} to {last} with all its options.</source>
        <translation>Een doel voor {year} valt buiten overeenkomst {reference}, die met al haar opties loopt van {first} tot en met {last}.</translation>
    </message>
    <message>
        <source>A theme named {name} already exists.</source>
        <translation>Er bestaat al een thema met de naam {name}.</translation>
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
        <source>Advances together may not exceed the grant of {granted}; {paid} was paid already.</source>
        <translation>Voorschotten samen mogen niet hoger zijn dan de verlening van {granted}; er is al {paid} betaald.</translation>
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
        <source>An advance can be paid only on a grant that is not yet settled.</source>
        <translation>Een voorschot kan alleen worden betaald op een verlening die nog niet is vastgesteld.</translation>
    </message>
    <message>
        <source>An advance is more than zero euros.</source>
        <translation>Een voorschot is meer dan nul euro.</translation>
    </message>
    <message>
        <source>An amount per point cannot be negative.</source>
        <translation>Een bedrag per punt kan niet negatief zijn.</translation>
    </message>
    <message>
        <source>An application becomes complete on or after the date of receipt.</source>
        <translation>Een aanvraag wordt volledig op of na de ontvangstdatum.</translation>
    </message>
    <message>
        <source>An evaluator can be limited to a main criterion of this lot only, not to the price.</source>
        <translation>Een beoordelaar kan alleen worden beperkt tot een hoofdcriterium van dit perceel, niet tot de prijs.</translation>
    </message>
    <message>
        <source>An extension option lasts at least one month.</source>
        <translation>Een verlengingsoptie duurt minstens één maand.</translation>
    </message>
    <message>
        <source>An indicator&apos;s name has at most 200 characters, its unit at most 50.</source>
        <translation>De naam van een indicator heeft hoogstens 200 tekens, de eenheid hoogstens 50.</translation>
    </message>
    <message>
        <source>An objection to an award concerns the award of one lot; choose the lot, or record a protest against the tender of the whole procurement {reference}.</source>
        <translation>Een bezwaar tegen een gunning betreft de gunning van één perceel; kies het perceel, of leg een protest vast tegen de aanbesteding van heel {reference}.</translation>
    </message>
    <message>
        <source>An organisation cannot be its own successor.</source>
        <translation>Een organisatie kan niet haar eigen opvolger zijn.</translation>
    </message>
    <message>
        <source>An organisation cannot succeed itself; choose its successor.</source>
        <translation>Een organisatie kan zichzelf niet opvolgen; kies haar opvolger.</translation>
    </message>
    <message>
        <source>An organisation of this bid no longer exists; choose it again.</source>
        <translation>Een organisatie van deze inschrijving bestaat niet meer; kies de organisatie opnieuw.</translation>
    </message>
    <message>
        <source>Another application already has reference {reference}.</source>
        <translation>Een andere aanvraag heeft al kenmerk {reference}.</translation>
    </message>
    <message>
        <source>Another contract already has the reference {reference}.</source>
        <translation>Een ander contract heeft al het kenmerk {reference}.</translation>
    </message>
    <message>
        <source>Application {id} also has a decision on row {other}; keep one of them.</source>
        <translation>Aanvraag {id} heeft ook een besluit op regel {other}; houd er één van over.</translation>
    </message>
    <message>
        <source>Application {id} is not an application of scheme {scheme}; put back the ID the workbook was exported with.</source>
        <translation>Aanvraag {id} is geen aanvraag van regeling {scheme}; zet het ID terug waarmee het bestand is geëxporteerd.</translation>
    </message>
    <message>
        <source>Application {reference} can be closed only after settlement, refusal or withdrawal.</source>
        <translation>Aanvraag {reference} kan pas worden afgesloten na vaststelling, weigering of intrekking.</translation>
    </message>
    <message>
        <source>Application {reference} can be granted only when it is complete and not yet decided. Mark it complete first.</source>
        <translation>Aanvraag {reference} kan alleen worden verleend als zij volledig is en er nog niet op besloten is. Markeer haar eerst als volledig.</translation>
    </message>
    <message>
        <source>Application {reference} can be settled only once, after a grant.</source>
        <translation>Aanvraag {reference} kan maar één keer worden vastgesteld, na een verlening.</translation>
    </message>
    <message>
        <source>Application {reference} can no longer be withdrawn: money was paid or it is finished. Settle it instead.</source>
        <translation>Aanvraag {reference} kan niet meer worden ingetrokken: er is geld betaald of zij is afgehandeld. Stel de subsidie in plaats daarvan vast.</translation>
    </message>
    <message>
        <source>Application {reference} has already been decided.</source>
        <translation>Op aanvraag {reference} is al besloten.</translation>
    </message>
    <message>
        <source>Application {reference} has been decided or withdrawn; completion can no longer be requested.</source>
        <extracomment>Not yet decided: completion can be requested, the application can be refused. Granted and not yet settled: advances can be paid, the grant can be settled. Statuses whose granted amount uses the ceiling (a closed application keeps its grant). Decided by refusal or withdrawn: nothing requested counts any more. The status flow as one table:: received ──► incomplete ◄──► complete ──► granted / partly granted ──► advance paid ──► │ │ │ │ settled ──► closed └────────────┴──────────────┴──► refused ──► closed (withdrawn from any status before an advance is paid; withdrawn ──► closed)</extracomment>
        <translation>Op aanvraag {reference} is al besloten of zij is ingetrokken; om aanvulling vragen kan niet meer.</translation>
    </message>
    <message>
        <source>Application {reference} has been decided: this cell says {given}, but {stored} is recorded, and that can no longer change. Put the recorded value back in this cell.</source>
        <translation>Op aanvraag {reference} is besloten: in deze cel staat {given}, maar vastgelegd is {stored}, en dat kan niet meer veranderen. Zet de vastgelegde waarde terug in deze cel.</translation>
    </message>
    <message>
        <source>Application {reference} has no grant to account for; a report can be received only after a grant that is not yet settled.</source>
        <translation>Aanvraag {reference} heeft geen verlening om te verantwoorden; een verantwoording kan alleen binnenkomen na een verlening die nog niet is vastgesteld.</translation>
    </message>
    <message>
        <source>Application {reference} is already complete or decided.</source>
        <translation>Aanvraag {reference} is al volledig of er is al op besloten.</translation>
    </message>
    <message>
        <source>Application {reference} needs no accountability report: a grant of {granted} is settled without one.</source>
        <extracomment>Common defaults of the tiers by granted amount (a setting per scheme).</extracomment>
        <translation>Aanvraag {reference} hoeft niet verantwoord te worden: een verlening van {granted} wordt zonder verantwoording vastgesteld.</translation>
    </message>
    <message>
        <source>At most {limit} characters fit here; this text has {length}.</source>
        <translation>Hier passen hoogstens {limit} tekens; deze tekst heeft er {length}.</translation>
    </message>
    <message>
        <source>Bid {bid} has no consensus score on {criterion} yet; a result needs every score.</source>
        <translation>Inschrijving {bid} heeft nog geen consensusscore op {criterion}; voor een uitslag is elke score nodig.</translation>
    </message>
    <message>
        <source>Bid {bid} has no place in the ranking of lot {lot} (excluded, withdrawn or knocked out); choose a ranked bid.</source>
        <translation>Inschrijving {bid} staat niet in de rangorde van perceel {lot} (uitgesloten, ingetrokken of afgevallen); kies een inschrijving uit de rangorde.</translation>
    </message>
    <message>
        <source>Bid {bid} has no price; this award method needs one.</source>
        <translation>Inschrijving {bid} heeft geen prijs; deze gunningsmethode heeft een prijs nodig.</translation>
    </message>
    <message>
        <source>Bid {bid} is ranked {rank}, not first; record the reason why it is awarded instead of the bid ranked first.</source>
        <translation>Inschrijving {bid} staat op plaats {rank}, niet op de eerste; leg vast waarom zij wordt gegund in plaats van de inschrijving op de eerste plaats.</translation>
    </message>
    <message>
        <source>Bid {bid} is withdrawn or excluded and is not scored.</source>
        <translation>Inschrijving {bid} is ingetrokken of uitgesloten en wordt niet gescoord.</translation>
    </message>
    <message>
        <source>Bid {bid} shares the first place of lot {lot} with another bid; record the drawing of lots in the evaluation first.</source>
        <translation>Inschrijving {bid} deelt de eerste plaats van perceel {lot} met een andere inschrijving; leg eerst de loting vast bij de beoordeling.</translation>
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
        <source>Checking against a schema needs the jsonschema package; install it.</source>
        <translation>Toetsen aan een schema vraagt het pakket jsonschema; installeer dat.</translation>
    </message>
    <message>
        <source>Choose a score for bid {bid} on {criterion} before writing its motivation.</source>
        <translation>Kies een score voor inschrijving {bid} op {criterion} voordat u de motivering schrijft.</translation>
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
        <source>Choose the lot, or the whole procurement, that the objection concerns.</source>
        <translation>Kies het perceel, of de hele aanbesteding, waar het bezwaar over gaat.</translation>
    </message>
    <message>
        <source>Choose the organisation that objects.</source>
        <translation>Kies de organisatie die bezwaar maakt.</translation>
    </message>
    <message>
        <source>Choose the scale {name} is scored on.</source>
        <translation>Kies de schaal waarop {name} wordt gescoord.</translation>
    </message>
    <message>
        <source>Choose the theme: the holder of the theme&apos;s contract decides on this scheme.</source>
        <translation>Kies het thema: de opdrachtnemer van het thema beslist over deze regeling.</translation>
    </message>
    <message>
        <source>Choose two different organisations to merge.</source>
        <translation>Kies twee verschillende organisaties om samen te voegen.</translation>
    </message>
    <message>
        <source>Contract {reference} already has a report over {start} to {end}, which overlaps this period; correct that report instead.</source>
        <translation>Overeenkomst {reference} heeft al een rapportage over {start} tot en met {end}, die deze periode overlapt; corrigeer die rapportage.</translation>
    </message>
    <message>
        <source>Contract {reference} already has an indicator {name}.</source>
        <translation>Overeenkomst {reference} heeft al een indicator {name}.</translation>
    </message>
    <message>
        <source>Contract {reference} has no agreements for this district, so its platform has no part of the report to give an opinion on.</source>
        <translation>Overeenkomst {reference} heeft geen afspraken voor deze wijk, dus het wijkplatform heeft geen deel van de rapportage om over te oordelen.</translation>
    </message>
    <message>
        <source>Contract {reference} has no performance indicators yet; agree them on the Prestaties tab first.</source>
        <translation>Overeenkomst {reference} heeft nog geen prestatie-indicatoren; leg ze eerst vast op het tabblad Prestaties.</translation>
    </message>
    <message>
        <source>Contract {reference} was made from this award; an award with a contract cannot be withdrawn.</source>
        <translation>Uit deze gunning is contract {reference} gemaakt; een gunning met een contract kan niet worden ingetrokken.</translation>
    </message>
    <message>
        <source>Decide option {earlier} of contract {reference} first; options are decided in order.</source>
        <translation>Besluit eerst over optie {earlier} van contract {reference}; over opties wordt op volgorde besloten.</translation>
    </message>
    <message>
        <source>Decisions are taken in the program: this cell says {given}, but {stored} is recorded for application {reference}. Take the decision on the Subsidies page, or put the recorded value back in this cell.</source>
        <translation>Besluiten neemt u in het programma: in deze cel staat {given}, maar voor aanvraag {reference} is {stored} vastgelegd. Neem het besluit op de pagina Subsidies, of zet de vastgelegde waarde terug in deze cel.</translation>
    </message>
    <message>
        <source>Describe the activity the subsidy is for.</source>
        <translation>Beschrijf de activiteit waarvoor de subsidie is.</translation>
    </message>
    <message>
        <source>Describe the characteristics and relative advantages of the winning bid; every letter must give them.</source>
        <translation>Beschrijf de kenmerken en relatieve voordelen van de winnende inschrijving; elke brief moet ze vermelden.</translation>
    </message>
    <message>
        <source>Describe the conflict of interest in the statement.</source>
        <translation>Beschrijf het belangenconflict in de toelichting.</translation>
    </message>
    <message>
        <source>Describe what the value {value} means.</source>
        <translation>Beschrijf wat de waarde {value} betekent.</translation>
    </message>
    <message>
        <source>District {district} does not belong to indicator {indicator} of contract {reference}; report only the districts agreed for it.</source>
        <translation>Wijk {district} hoort niet bij indicator {indicator} van overeenkomst {reference}; rapporteer alleen de wijken die ervoor zijn afgesproken.</translation>
    </message>
    <message>
        <source>District {number} or a district named {name} already exists.</source>
        <translation>Wijk {number} of een wijk met de naam {name} bestaat al.</translation>
    </message>
    <message>
        <source>Documents can only be made while the program is running.</source>
        <translation>Documenten kunnen alleen worden gemaakt terwijl het programma draait.</translation>
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
        <source>Enter the contract reference.</source>
        <translation>Vul het contractkenmerk in.</translation>
    </message>
    <message>
        <source>Enter the date of the outcome, or leave the objection open.</source>
        <translation>Vul de datum van de uitkomst in, of laat het bezwaar openstaan.</translation>
    </message>
    <message>
        <source>Enter the date the objection was received.</source>
        <translation>Vul de datum in waarop het bezwaar is ontvangen.</translation>
    </message>
    <message>
        <source>Enter the district platform&apos;s opinion.</source>
        <translation>Vul het oordeel van het wijkplatform in.</translation>
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
        <source>Enter the name of the indicator.</source>
        <translation>Vul de naam van de indicator in.</translation>
    </message>
    <message>
        <source>Enter the name of the municipality; every letter carries it.</source>
        <translation>Vul de naam van de gemeente in; elke brief vermeldt die.</translation>
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
        <source>Enter the name of the scheme.</source>
        <translation>Vul de naam van de regeling in.</translation>
    </message>
    <message>
        <source>Enter the name of the theme.</source>
        <translation>Vul de naam van het thema in.</translation>
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
        <source>Enter the year the scheme applies to.</source>
        <translation>Vul het jaar in waarvoor de regeling geldt.</translation>
    </message>
    <message>
        <source>Evaluator {evaluator} matches contact person {contact} of {organisation}, which bids on this lot; check for a conflict of interest.</source>
        <translation>Beoordelaar {evaluator} komt overeen met contactpersoon {contact} van {organisation}, die op dit perceel inschrijft; controleer op een belangenconflict.</translation>
    </message>
    <message>
        <source>Every evaluator gave the same score.</source>
        <translation>Alle beoordelaars gaven dezelfde score.</translation>
    </message>
    <message>
        <source>Every extension option lasts at least a month.</source>
        <translation>Elke verlengingsoptie duurt ten minste een maand.</translation>
    </message>
    <message>
        <source>Fill in this field; it cannot be left empty.</source>
        <translation>Vul dit veld in; het mag niet leeg blijven.</translation>
    </message>
    <message>
        <source>Give the address of the PostgreSQL database: ssb-desktop --db-url postgresql+psycopg://owner@server/database server setup</source>
        <translation>Geef het adres van de PostgreSQL-database: ssb-desktop --db-url postgresql+psycopg://eigenaar@server/database server setup</translation>
    </message>
    <message>
        <source>Give the evaluator&apos;s name.</source>
        <translation>Vul de naam van de beoordelaar in.</translation>
    </message>
    <message>
        <source>Give the reason for the refusal; it goes into the letter.</source>
        <translation>Geef de reden van de weigering; die komt in de brief.</translation>
    </message>
    <message>
        <source>Give the reason of the succession, e.g. a merger into a new foundation.</source>
        <translation>Geef de reden van de opvolging, bijvoorbeeld een fusie tot een nieuwe stichting.</translation>
    </message>
    <message>
        <source>Give the reason why option {option} of contract {reference} is declined.</source>
        <translation>Geef de reden waarom optie {option} van contract {reference} niet wordt gelicht.</translation>
    </message>
    <message>
        <source>Give the reason why the award decision is withdrawn.</source>
        <translation>Geef de reden waarom het gunningsbesluit wordt ingetrokken.</translation>
    </message>
    <message>
        <source>Give the reason why the bid is excluded.</source>
        <translation>Geef de reden op waarom de inschrijving wordt uitgesloten.</translation>
    </message>
    <message>
        <source>Give the reason why the ceiling changes.</source>
        <translation>Geef de reden waarom het plafond verandert.</translation>
    </message>
    <message>
        <source>Give the reason why the scores are invalidated.</source>
        <translation>Geef de reden op waarom de scores ongeldig worden gemaakt.</translation>
    </message>
    <message>
        <source>Give the reason why the successor takes the winner&apos;s place.</source>
        <translation>Geef de reden waarom de rechtsopvolger de plaats van de winnaar inneemt.</translation>
    </message>
    <message>
        <source>Give the reason why this late bid (deadline {deadline}) is accepted.</source>
        <translation>Geef de reden op waarom deze te late inschrijving (sluitingstermijn {deadline}) wordt aanvaard.</translation>
    </message>
    <message>
        <source>Give the reasons for awarding without a tender (e.g. only the incumbent can carry out the work); the notice must state them.</source>
        <translation>Geef de redenen om zonder aanbesteding te gunnen (bijvoorbeeld: alleen de zittende partij kan het werk doen); de aankondiging moet ze vermelden.</translation>
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
        <source>Granting {amount} would exceed the ceiling of {ceiling} of scheme {scheme}: {left} is left. Grant at most that amount, or refuse.</source>
        <translation>Een verlening van {amount} zou het plafond van {ceiling} van regeling {scheme} overschrijden: er is nog {left} over. Verleen hoogstens dat bedrag, of weiger.</translation>
    </message>
    <message>
        <source>IBAN &quot;{value}&quot; is not valid: it fails its check digits or has the wrong length; check it for a typing error.</source>
        <translation>IBAN &quot;{value}&quot; is niet geldig: de controlecijfers kloppen niet of de lengte is verkeerd; controleer het op een tikfout.</translation>
    </message>
    <message>
        <source>Indicator {indicator} does not belong to contract {reference}; report only the indicators agreed in the contract.</source>
        <translation>Indicator {indicator} hoort niet bij overeenkomst {reference}; rapporteer alleen de indicatoren die in de overeenkomst zijn afgesproken.</translation>
    </message>
    <message>
        <source>Indicator {indicator} has two values for the same district in this report; keep one.</source>
        <translation>Indicator {indicator} heeft in deze rapportage twee waarden voor dezelfde wijk; houd er één.</translation>
    </message>
    <message>
        <source>Indicator {indicator} of contract {reference} is agreed per district; report its values per district, not for the whole municipality.</source>
        <translation>Indicator {indicator} van overeenkomst {reference} is per wijk afgesproken; rapporteer de waarden per wijk, niet voor de hele gemeente.</translation>
    </message>
    <message>
        <source>Indicator {name} has two targets for {year} for the same district.</source>
        <translation>Indicator {name} heeft voor {year} twee doelen voor dezelfde wijk.</translation>
    </message>
    <message>
        <source>It is not known for which scheme this application is; add a column Regeling or Thema, or choose the scheme for the whole import.</source>
        <translation>Het is niet bekend voor welke regeling deze aanvraag is; voeg een kolom Regeling of Thema toe, of kies de regeling voor de hele import.</translation>
    </message>
    <message>
        <source>KvK number &quot;{value}&quot; is not valid: a KvK number has exactly 8 digits.</source>
        <translation>KvK-nummer &quot;{value}&quot; is niet geldig: een KvK-nummer heeft precies 8 cijfers.</translation>
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
        <source>Lot {lot} already has a notice of intended award.</source>
        <translation>Perceel {lot} heeft al een aankondiging van voorgenomen gunning.</translation>
    </message>
    <message>
        <source>Lot {lot} already has a provisional award to bid {bid} ({name}); withdraw it first to decide anew.</source>
        <translation>Perceel {lot} is al voorlopig gegund aan inschrijving {bid} ({name}); trek dat besluit eerst in om opnieuw te besluiten.</translation>
    </message>
    <message>
        <source>Lot {lot} already has contract {reference} after its notice.</source>
        <translation>Perceel {lot} heeft na de aankondiging al overeenkomst {reference}.</translation>
    </message>
    <message>
        <source>Lot {lot} belongs to a procurement that is not of the voluntary transparency type; only such a procurement publishes a notice of intended award.</source>
        <translation>Perceel {lot} hoort bij een aanbesteding die geen vrijwillige transparantie is; alleen zo&apos;n procedure publiceert een aankondiging van voorgenomen gunning.</translation>
    </message>
    <message>
        <source>Lot {lot} has no award decision yet; decide the provisional award before making the letters.</source>
        <translation>Perceel {lot} heeft nog geen gunningsbesluit; neem eerst het voorlopige gunningsbesluit voordat u de brieven maakt.</translation>
    </message>
    <message>
        <source>Lot {lot} was already definitively awarded to bid {bid} ({name}); a new decision needs that award withdrawn first.</source>
        <translation>Perceel {lot} is al definitief gegund aan inschrijving {bid} ({name}); voor een nieuw besluit moet die gunning eerst worden ingetrokken.</translation>
    </message>
    <message>
        <source>Name the bidder: the organisation, or the lead of the consortium.</source>
        <translation>Vul de inschrijver in: de organisatie, of de penvoerder van de combinatie.</translation>
    </message>
    <message>
        <source>Name the demo file to write (ssb-desktop demo FILE), or the empty shared database to fill (ssb-desktop --db-url URL demo).</source>
        <translation>Noem het demobestand dat geschreven moet worden (ssb-desktop demo BESTAND), of de lege gedeelde database die gevuld moet worden (ssb-desktop --db-url URL demo).</translation>
    </message>
    <message>
        <source>Name the lot of the criteria with --lot, for example --lot SSB-2019/1.</source>
        <translation>Geef met --lot het perceel van de criteria op, bijvoorbeeld --lot SSB-2019/1.</translation>
    </message>
    <message>
        <source>Name the procurement with --procurement, for example SSB-2019.</source>
        <translation>Noem de aanbesteding met --procurement, bijvoorbeeld SSB-2019.</translation>
    </message>
    <message>
        <source>Name the scheme with --scheme ID; the Subsidies page shows the id of each scheme.</source>
        <translation>Noem de regeling met --scheme ID; de pagina Subsidies toont het id van elke regeling.</translation>
    </message>
    <message>
        <source>No contract holder decides on the applications of scheme {scheme}; the municipality decides itself, so there is no decisions workbook to send.</source>
        <translation>Geen contracthouder besluit over de aanvragen van regeling {scheme}; de gemeente besluit zelf, dus er is geen besluitenbestand om te versturen.</translation>
    </message>
    <message>
        <source>No criterion in this sheet has the code or title {code}; correct the main criterion.</source>
        <translation>Geen enkel criterium op dit werkblad heeft de code of titel {code}; verbeter het hoofdcriterium.</translation>
    </message>
    <message>
        <source>No database server answers at that address and port. Check the server name and port, and your network connection.</source>
        <translation>Op dat adres en die poort antwoordt geen databaseserver. Controleer de servernaam en de poort, en uw netwerkverbinding.</translation>
    </message>
    <message>
        <source>No decision letter of this scheme is waiting to be sent; every letter made has its send date already.</source>
        <translation>Geen beschikking van deze regeling wacht op verzending; elke gemaakte brief heeft al een verzenddatum.</translation>
    </message>
    <message>
        <source>No evaluator scores {criterion}; add one to the committee first.</source>
        <translation>Geen enkele beoordelaar scoort {criterion}; voeg er eerst een toe aan de commissie.</translation>
    </message>
    <message>
        <source>No organisation has the KvK number or id {value}.</source>
        <translation>Geen organisatie heeft het KvK-nummer of id {value}.</translation>
    </message>
    <message>
        <source>No threshold of this kind of contract starts on {date}; the list of thresholds shows the periods there are.</source>
        <translation>Geen drempel van deze soort opdracht begint op {date}; de lijst met drempels toont welke periodes er zijn.</translation>
    </message>
    <message>
        <source>Only a procurement officer may change procurements and bids.</source>
        <translation>Alleen een inkoopadviseur mag aanbestedingen en inschrijvingen wijzigen.</translation>
    </message>
    <message>
        <source>Only a procurement officer or the chair of the committee of this lot may do this.</source>
        <translation>Alleen een inkoopadviseur of de voorzitter van de beoordelingscommissie van dit perceel mag dit doen.</translation>
    </message>
    <message>
        <source>Only a provisional award can be made definitive; this award is already definitive or withdrawn.</source>
        <translation>Alleen een voorlopige gunning kan definitief worden; deze gunning is al definitief of ingetrokken.</translation>
    </message>
    <message>
        <source>Only a provisional award can pass to a successor; this award is definitive or withdrawn.</source>
        <translation>Alleen een voorlopige gunning kan overgaan op een rechtsopvolger; deze gunning is definitief of ingetrokken.</translation>
    </message>
    <message>
        <source>Only a scored criterion of this lot gets a consensus score.</source>
        <translation>Alleen een gescoord criterium van dit perceel krijgt een consensusscore.</translation>
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
        <source>Only the owner of the database ({owner}) may set up the server; you are logged in as {login}. Run the command with the owner&apos;s login.</source>
        <translation>Alleen de eigenaar van de database ({owner}) mag de server inrichten; u bent aangemeld als {login}. Voer de opdracht uit met de login van de eigenaar.</translation>
    </message>
    <message>
        <source>Only the weighted-points method scores price as a criterion; with this award method, price is handled by the method itself.</source>
        <translation>Alleen bij de methode gewogen punten wordt de prijs als criterium gescoord; bij deze gunningsmethode verwerkt de methode zelf de prijs.</translation>
    </message>
    <message>
        <source>Only {name} may see and enter these scores.</source>
        <translation>Alleen {name} mag deze scores zien en invoeren.</translation>
    </message>
    <message>
        <source>Only {name} or the chair of the committee may sign this declaration.</source>
        <translation>Alleen {name} of de voorzitter van de commissie mag deze verklaring tekenen.</translation>
    </message>
    <message>
        <source>Option {earlier} of contract {reference} was declined, so the contract ends there; a later option cannot be exercised.</source>
        <translation>Optie {earlier} van contract {reference} is niet gelicht, dus het contract eindigt daar; een latere optie kan niet worden gelicht.</translation>
    </message>
    <message>
        <source>Option {option} of contract {reference} had to be decided by {decide_by}; deciding it later needs a reason.</source>
        <translation>Over optie {option} van contract {reference} moest uiterlijk {decide_by} worden besloten; een later besluit heeft een reden nodig.</translation>
    </message>
    <message>
        <source>Option {option} of contract {reference} has already been decided.</source>
        <translation>Over optie {option} van contract {reference} is al besloten.</translation>
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
        <source>Procurement {reference} has no lot {number}.</source>
        <translation>Aanbesteding {reference} heeft geen perceel {number}.</translation>
    </message>
    <message>
        <source>Procurement {reference} has no lots to copy.</source>
        <translation>Aanbesteding {reference} heeft geen percelen om over te nemen.</translation>
    </message>
    <message>
        <source>Procurement {reference} has no lots; add its lots before publishing it as open data.</source>
        <translation>Aanbesteding {reference} heeft geen percelen; voeg de percelen toe voordat u haar als open data publiceert.</translation>
    </message>
    <message>
        <source>Ranking after the closing date needs a closing date.</source>
        <translation>Rangschikking na de sluitingsdatum vraagt om een sluitingsdatum.</translation>
    </message>
    <message>
        <source>SQLite reports damage: {detail}. Restore a backup.</source>
        <translation>SQLite meldt een beschadiging: {detail}. Zet een back-up terug.</translation>
    </message>
    <message>
        <source>Say how the tie was broken.</source>
        <translation>Geef aan hoe de gelijke stand is beslecht.</translation>
    </message>
    <message>
        <source>Say what changes: --amount, --new-from, --until or --open-ended.</source>
        <translation>Geef aan wat er verandert: --amount, --new-from, --until of --open-ended.</translation>
    </message>
    <message>
        <source>Say why the performance is insufficient; the reason is recorded.</source>
        <translation>Zeg waarom de prestaties onvoldoende zijn; de reden wordt vastgelegd.</translation>
    </message>
    <message>
        <source>Scheme {scheme} closed on {date}; an application received on {received} is too late. Choose another scheme or check the date of receipt.</source>
        <translation>Regeling {scheme} is op {date} gesloten; een aanvraag ontvangen op {received} is te laat. Kies een andere regeling of controleer de ontvangstdatum.</translation>
    </message>
    <message>
        <source>Scheme {scheme} opens on {date}; an application received on {received} cannot be accepted yet. Check the date of receipt or the scheme.</source>
        <translation>Regeling {scheme} gaat open op {date}; een aanvraag ontvangen op {received} kan nog niet worden aangenomen. Controleer de ontvangstdatum of de regeling.</translation>
    </message>
    <message>
        <source>Scheme {scheme} ranks applications by their score, but {count} complete applications have no score: {references}. Enter their scores first.</source>
        <translation>Regeling {scheme} rangschikt aanvragen op hun score, maar {count} volledige aanvragen hebben geen score: {references}. Vul eerst hun scores in.</translation>
    </message>
    <message>
        <source>Server set-up is for a shared PostgreSQL database; a SQLite file needs no set-up.</source>
        <translation>Serverinrichting is voor een gedeelde PostgreSQL-database; een SQLite-bestand hoeft niet ingericht te worden.</translation>
    </message>
    <message>
        <source>Several organisations are called {name}; add the KvK number to say which one is meant.</source>
        <translation>Er zijn meerdere organisaties met de naam {name}; vul het KvK-nummer in om aan te geven welke wordt bedoeld.</translation>
    </message>
    <message>
        <source>Several organisations decide on applications of scheme {scheme} ({organisations}); choose the organisation with --organisation ID.</source>
        <translation>Meerdere organisaties besluiten over aanvragen van regeling {scheme} ({organisations}); kies de organisatie met --organisation ID.</translation>
    </message>
    <message>
        <source>Several organisations in the register are called {name}; add the KvK number to say which one applies.</source>
        <translation>Meer organisaties in het register heten {name}; vul het KvK-nummer in om aan te geven welke aanvraagt.</translation>
    </message>
    <message>
        <source>Several schemes of {year} are called &quot;{value}&quot;; choose the scheme for the whole import.</source>
        <translation>Meer regelingen van {year} heten &quot;{value}&quot;; kies de regeling voor de hele import.</translation>
    </message>
    <message>
        <source>Someone else changed this record since you opened it. Reload it to see their changes, then make yours again.</source>
        <translation>Iemand anders heeft deze gegevens gewijzigd nadat u ze opende. Laad ze opnieuw om die wijzigingen te zien en breng daarna uw eigen wijzigingen opnieuw aan.</translation>
    </message>
    <message>
        <source>Someone else is writing to the database (for example a colleague&apos;s import that is still running), so your change could not be saved yet. Nothing was lost: wait a moment and try again.</source>
        <translation>Iemand anders schrijft op dit moment in de database (bijvoorbeeld een import van een collega die nog loopt), daarom kon uw wijziging nog niet worden opgeslagen. Er is niets verloren gegaan: wacht even en probeer het opnieuw.</translation>
    </message>
    <message>
        <source>Table {table} refers to a record that does not exist.</source>
        <translation>Tabel {table} verwijst naar gegevens die niet bestaan.</translation>
    </message>
    <message>
        <source>The account {account} already has a seat on this committee.</source>
        <translation>Het account {account} heeft al een plaats in deze commissie.</translation>
    </message>
    <message>
        <source>The accountability tiers are amounts of zero or more, the one for a financial statement at least the one for an activity report.</source>
        <translation>De grenzen voor de verantwoording zijn bedragen van nul of meer, die voor een financiële verantwoording minstens die voor een activiteitenverslag.</translation>
    </message>
    <message>
        <source>The anchor {anchor} is not an entry number and hash; write it as NUMBER:HASH, as check and every audit export print it.</source>
        <translation>Het anker {anchor} is geen regelnummer met hash; schrijf het als NUMMER:HASH, zoals check en elke export van het auditlog het tonen.</translation>
    </message>
    <message>
        <source>The applicant must be an organisation in the register; choose it or add it to the organisations first.</source>
        <translation>De aanvrager moet een organisatie uit het register zijn; kies haar of voeg haar eerst toe aan de organisaties.</translation>
    </message>
    <message>
        <source>The assessed amount is zero euros or more.</source>
        <translation>Het beoordeelde bedrag is nul euro of meer.</translation>
    </message>
    <message>
        <source>The assessed amount of {amount} is more than the grant of {granted}; a settlement above the grant is an explicit decision taken when settling.</source>
        <translation>Het beoordeelde bedrag van {amount} is hoger dan de verlening van {granted}; een vaststelling boven de verlening is een uitdrukkelijk besluit bij het vaststellen.</translation>
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
        <source>The audit log no longer contains entry {entry} with the hash noted earlier ({hash}): its last entries were deleted or the chain was recomputed. Restore a backup and find out who did it.</source>
        <translation>Het auditlog bevat regel {entry} met de eerder genoteerde hash ({hash}) niet meer: de laatste regels zijn verwijderd of de keten is opnieuw berekend. Zet een back-up terug en zoek uit wie dit heeft gedaan.</translation>
    </message>
    <message>
        <source>The audit log was changed: entry {entry} does not match the chain (first broken link). Everything before it is intact.</source>
        <translation>Het auditlog is gewijzigd: regel {entry} past niet in de keten (de eerste verbroken schakel). Alles daarvóór is onaangetast.</translation>
    </message>
    <message>
        <source>The award of lot {lot} is already definitive; the day its letters were sent can no longer change.</source>
        <translation>De gunning van perceel {lot} is al definitief; de verzenddatum van de brieven kan niet meer veranderen.</translation>
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
        <source>The bid that came first is not a bid of this lot.</source>
        <translation>De inschrijving die als eerste uit de loting kwam, is geen inschrijving op dit perceel.</translation>
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
        <source>The budget is an amount of zero or more, or empty.</source>
        <translation>De begroting is een bedrag van nul of meer, of leeg.</translation>
    </message>
    <message>
        <source>The ceiling is an amount of zero or more.</source>
        <translation>Het plafond is een bedrag van nul of meer.</translation>
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
        <source>The columns of {path} were changed; the decisions cannot be read safely. Export a new decisions workbook and copy the decisions into it.</source>
        <translation>De kolommen van {path} zijn gewijzigd; de besluiten kunnen niet veilig worden gelezen. Exporteer een nieuw besluitenbestand en neem de besluiten daarin over.</translation>
    </message>
    <message>
        <source>The committee has more than one chair: {names}.</source>
        <translation>De commissie heeft meer dan één voorzitter: {names}.</translation>
    </message>
    <message>
        <source>The committee has no chair; make one of the evaluators chair.</source>
        <translation>De commissie heeft geen voorzitter; maak een van de beoordelaars voorzitter.</translation>
    </message>
    <message>
        <source>The completion period is at least one day.</source>
        <translation>De aanvullingstermijn is minstens één dag.</translation>
    </message>
    <message>
        <source>The contract cannot be signed on {signed}: the notice was published on {published}, so the waiting period runs until {last_day}. Sign it from {first_day}.</source>
        <translation>De overeenkomst kan niet op {signed} worden getekend: de aankondiging is op {published} gepubliceerd, dus de wachttermijn loopt tot en met {last_day}. Teken haar vanaf {first_day}.</translation>
    </message>
    <message>
        <source>The contract ends on {end}, before it starts on {start}; correct the dates.</source>
        <translation>Het contract eindigt op {end}, vóór de start op {start}; verbeter de data.</translation>
    </message>
    <message>
        <source>The contract term is at least one month.</source>
        <translation>De looptijd van het contract is ten minste één maand.</translation>
    </message>
    <message>
        <source>The contract value cannot be negative.</source>
        <translation>De contractwaarde kan niet negatief zijn.</translation>
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
        <source>The database already holds organisations or procurements; the demo fills only an empty database and never mixes with real work.</source>
        <translation>De database bevat al organisaties of aanbestedingen; de demo vult alleen een lege database en raakt nooit vermengd met echt werk.</translation>
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
        <source>The database has an older schema (or none yet) than this program, and your login may not upgrade it. Ask your IT department to run, with the login that owns the database: ssb-desktop --db-url {url} server setup</source>
        <translation>De database heeft een ouder schema (of nog geen) dan dit programma, en uw login mag het niet bijwerken. Vraag uw IT-afdeling om met de login die eigenaar is van de database uit te voeren: ssb-desktop --db-url {url} server setup</translation>
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
        <source>The database server refused the login: the login name or the password is wrong, or the server wants a password. Check them and try again.</source>
        <translation>De databaseserver weigert de aanmelding: de gebruikersnaam of het wachtwoord klopt niet, of de server wil een wachtwoord. Controleer ze en probeer het opnieuw.</translation>
    </message>
    <message>
        <source>The database server refused this for your login. Ask an administrator of the program for a role that allows it.</source>
        <translation>De databaseserver weigerde dit voor uw login. Vraag een beheerder van het programma om een rol die dit toestaat.</translation>
    </message>
    <message>
        <source>The decision date lies before the receipt of application {reference}; choose a later date.</source>
        <translation>De besluitdatum ligt vóór de ontvangst van aanvraag {reference}; kies een latere datum.</translation>
    </message>
    <message>
        <source>The decision date {date} lies in the future; a decision is recorded once taken.</source>
        <translation>De besluitdatum {date} ligt in de toekomst; een besluit wordt vastgelegd als het genomen is.</translation>
    </message>
    <message>
        <source>The decision term is at least one week.</source>
        <translation>De beslistermijn is minstens één week.</translation>
    </message>
    <message>
        <source>The disk is full, so nothing was saved. Free some space and try again.</source>
        <translation>De schijf is vol; er is niets opgeslagen. Maak ruimte vrij en probeer het opnieuw.</translation>
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
        <source>The evaluation dossier holds every score, price and bidder of the lot, and your seat on its committee does not show you all of them yet; the chair or the procurement officer can write it.</source>
        <translation>Het evaluatiedossier bevat alle scores, prijzen en inschrijvers van het perceel, en uw plaats in de beoordelingscommissie laat u die (nog) niet allemaal zien; de voorzitter of de inkoper kan het samenstellen.</translation>
    </message>
    <message>
        <source>The file {name} cannot be read: {reason}. Choose another file.</source>
        <translation>Het bestand {name} kan niet worden gelezen: {reason}. Kies een ander bestand.</translation>
    </message>
    <message>
        <source>The file {name} is not an image that a letter can show. Choose a PNG, JPEG or GIF file.</source>
        <translation>Het bestand {name} is geen afbeelding die een brief kan tonen. Kies een PNG-, JPEG- of GIF-bestand.</translation>
    </message>
    <message>
        <source>The folder {folder} cannot be written to. Choose another folder.</source>
        <translation>In de map {folder} kan niet worden geschreven. Kies een andere map.</translation>
    </message>
    <message>
        <source>The grant of {amount} is more than the {requested} requested.</source>
        <translation>De verlening van {amount} is meer dan de aangevraagde {requested}.</translation>
    </message>
    <message>
        <source>The granted amount {granted} is more than the requested amount {requested}; correct one of the two.</source>
        <translation>Het verleende bedrag {granted} is meer dan het aangevraagde bedrag {requested}; verbeter een van de twee.</translation>
    </message>
    <message>
        <source>The holder of the contract for theme {theme} decides on this scheme, but no contract of that theme runs on {date}. Register the contract first, or let the municipality decide on the scheme.</source>
        <translation>De opdrachtnemer van thema {theme} beslist over deze regeling, maar op {date} loopt er geen overeenkomst voor dat thema. Leg eerst de overeenkomst vast, of laat de gemeente over de regeling beslissen.</translation>
    </message>
    <message>
        <source>The knock-out minimum {value} is not a value of the scale {scale} ({values}).</source>
        <translation>Het knock-outminimum {value} is geen waarde van de schaal {scale} ({values}).</translation>
    </message>
    <message>
        <source>The letter on application {reference} is dated {date}; it cannot have been sent on {day}. Record the day the letters actually went out.</source>
        <translation>De brief over aanvraag {reference} is gedateerd {date}; die kan niet op {day} zijn verzonden. Leg de dag vast waarop de brieven werkelijk zijn verstuurd.</translation>
    </message>
    <message>
        <source>The letters SA, SD and SS are not used in Dutch postcodes.</source>
        <translation>De letters SA, SD en SS komen in Nederlandse postcodes niet voor.</translation>
    </message>
    <message>
        <source>The letters of lot {lot} cannot be made: {count} consensus scores have no motivation ({missing}). A letter must motivate every score; add the motivations and try again.</source>
        <translation>De brieven van perceel {lot} kunnen niet worden gemaakt: {count} consensusscores hebben geen motivering ({missing}). Een brief moet elke score motiveren; vul de motiveringen aan en probeer het opnieuw.</translation>
    </message>
    <message>
        <source>The login {login} has no role in this database; ask an administrator to grant it the evaluator role first (ssb-desktop users grant {login} evaluator).</source>
        <translation>De login {login} heeft geen rol in deze database; vraag een beheerder eerst de rol beoordelaar toe te kennen (ssb-desktop users grant {login} evaluator).</translation>
    </message>
    <message>
        <source>The login {login} may not create the group roles; give it the CREATEROLE privilege (ALTER ROLE {login} CREATEROLE) or run the command as a superuser.</source>
        <translation>De login {login} mag de groepsrollen niet aanmaken; geef deze het recht CREATEROLE (ALTER ROLE {login} CREATEROLE) of voer de opdracht uit als superuser.</translation>
    </message>
    <message>
        <source>The logo {name} is {size} MB; a logo may be at most 2 MB. Save a smaller image (a letterhead needs about 600 pixels wide) and choose it again.</source>
        <translation>Het logo {name} is {size} MB; een logo mag hoogstens 2 MB zijn. Sla een kleinere afbeelding op (voor een briefhoofd is ongeveer 600 pixels breed genoeg) en kies die opnieuw.</translation>
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
        <source>The municipality decides on application {reference}, not another organisation. Record the decision as the municipality.</source>
        <translation>De gemeente beslist op aanvraag {reference}, geen andere organisatie. Leg het besluit vast als gemeente.</translation>
    </message>
    <message>
        <source>The notice period cannot be negative.</source>
        <translation>De opzegtermijn kan niet negatief zijn.</translation>
    </message>
    <message>
        <source>The notice period lasts from 0 to {limit} months.</source>
        <translation>De opzegtermijn duurt 0 tot {limit} maanden.</translation>
    </message>
    <message>
        <source>The number of members is zero or more.</source>
        <translation>Het aantal leden is nul of meer.</translation>
    </message>
    <message>
        <source>The number {value} has more than {places} decimals.</source>
        <translation>Het getal {value} heeft meer dan {places} decimalen.</translation>
    </message>
    <message>
        <source>The number {value} is too large; it must be below {maximum}.</source>
        <translation>Het getal {value} is te groot; het moet kleiner zijn dan {maximum}.</translation>
    </message>
    <message>
        <source>The number {value} is too small; it must be more than {minimum}.</source>
        <translation>Het getal {value} is te klein; het moet groter zijn dan {minimum}.</translation>
    </message>
    <message>
        <source>The number {value} is too small; the lowest allowed is {minimum}.</source>
        <translation>Het getal {value} is te klein; het laagste toegestane getal is {minimum}.</translation>
    </message>
    <message>
        <source>The objection of {organisation} received on {received} is still open; decide it first, or give the reason to make the award definitive anyway.</source>
        <translation>Het bezwaar van {organisation}, ontvangen op {received}, is nog niet afgehandeld; handel het eerst af, of geef de reden om de gunning toch definitief te maken.</translation>
    </message>
    <message>
        <source>The objection of {organisation} received on {received} is still open; record its outcome before the contract of lot {lot} is signed.</source>
        <translation>Het bezwaar van {organisation}, ontvangen op {received}, staat nog open; leg de uitkomst vast voordat het contract van perceel {lot} wordt getekend.</translation>
    </message>
    <message>
        <source>The opinion is dated {on}, before the report was received on {received}.</source>
        <translation>Het oordeel is gedateerd op {on}, vóór de rapportage op {received} is ontvangen.</translation>
    </message>
    <message>
        <source>The outcome ({outcome_on}) cannot come before the objection was received ({received_on}).</source>
        <translation>De uitkomst ({outcome_on}) kan niet vóór de ontvangst van het bezwaar ({received_on}) liggen.</translation>
    </message>
    <message>
        <source>The period cannot end on {end}: it starts on {start}.</source>
        <translation>De periode kan niet eindigen op {end}: ze begint op {start}.</translation>
    </message>
    <message>
        <source>The period {period} overlaps the threshold of {amount} valid {other}. End that one on {last_day} first, the day before this one starts.</source>
        <translation>De periode {period} overlapt de drempel van {amount} die geldt {other}. Beëindig die eerst op {last_day}, de dag voordat deze begint.</translation>
    </message>
    <message>
        <source>The period {period} overlaps the threshold of {amount} valid {other}. Let this one end on {last_day}, the day before that one starts, or change that one first.</source>
        <translation>De periode {period} overlapt de drempel van {amount} die geldt {other}. Laat deze eindigen op {last_day}, de dag voordat die begint, of wijzig die eerst.</translation>
    </message>
    <message>
        <source>The placeholder {placeholder} is a table or passage of its own; put it alone in a paragraph, with a blank line above and below.</source>
        <translation>De invulplek {placeholder} is een tabel of een eigen passage; zet die alleen in een alinea, met een witregel erboven en eronder.</translation>
    </message>
    <message>
        <source>The platform of {district} already gave its opinion on this report; change that opinion instead.</source>
        <translation>Het wijkplatform van {district} heeft al een oordeel over deze rapportage gegeven; wijzig dat oordeel.</translation>
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
        <source>The report is due at least one week later.</source>
        <translation>De verantwoording moet minstens een week later binnen zijn.</translation>
    </message>
    <message>
        <source>The report of application {reference} has not been received yet; record its receipt first.</source>
        <translation>De verantwoording van aanvraag {reference} is nog niet ontvangen; leg eerst de ontvangst vast.</translation>
    </message>
    <message>
        <source>The report of application {reference} is not overdue (due {date}); a reminder is sent only after the due date.</source>
        <translation>De verantwoording van aanvraag {reference} is niet te laat (uiterlijk {date}); een herinnering gaat pas na die datum.</translation>
    </message>
    <message>
        <source>The report period ends on {end}, before it starts on {start}.</source>
        <translation>De rapportageperiode eindigt op {end}, vóór zij begint op {start}.</translation>
    </message>
    <message>
        <source>The report period {start} to {end} lies outside the term of contract {reference} ({term_start} to {term_end}); correct the period.</source>
        <translation>De rapportageperiode {start} tot en met {end} valt buiten de looptijd van overeenkomst {reference} ({term_start} tot en met {term_end}); corrigeer de periode.</translation>
    </message>
    <message>
        <source>The report was received on {received}, before its period starts on {start}.</source>
        <translation>De rapportage is op {received} ontvangen, vóór haar periode begint op {start}.</translation>
    </message>
    <message>
        <source>The requested amount is more than zero euros.</source>
        <translation>Het aangevraagde bedrag is meer dan nul euro.</translation>
    </message>
    <message>
        <source>The result needs a consensus score for every bid on every criterion; {count} are missing: {cells}.</source>
        <translation>De uitslag vraagt een consensusscore voor elke inschrijving op elk criterium; er ontbreken er {count}: {cells}.</translation>
    </message>
    <message>
        <source>The results of this lot show the prices, which your seat on its committee does not show you; the chair or the procurement officer can see them.</source>
        <translation>De uitslag van dit perceel toont de prijzen, en die laat uw plaats in de beoordelingscommissie u niet zien; de voorzitter of de inkoper kan de uitslag wel inzien.</translation>
    </message>
    <message>
        <source>The role prefix {prefix} cannot be used; use lower-case letters, digits and underscores, starting with a letter (for example ssb_ or team2_).</source>
        <translation>Het rolvoorvoegsel {prefix} kan niet gebruikt worden; gebruik kleine letters, cijfers en liggende streepjes, te beginnen met een letter (bijvoorbeeld ssb_ of team2_).</translation>
    </message>
    <message>
        <source>The row has the theme &quot;{value}&quot;, but the scheme {scheme} is for the theme {theme}; correct the row or choose another scheme.</source>
        <translation>De regel heeft het thema &quot;{value}&quot;, maar de regeling {scheme} is voor het thema {theme}; verbeter de regel of kies een andere regeling.</translation>
    </message>
    <message>
        <source>The row names the scheme &quot;{value}&quot;, but this import is for the scheme {scheme}; correct the row or import it separately.</source>
        <translation>De regel noemt de regeling &quot;{value}&quot;, maar deze import is voor de regeling {scheme}; verbeter de regel of importeer hem apart.</translation>
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
        <source>The scheme closes on or after the day it opens.</source>
        <translation>De regeling sluit op of na de dag waarop zij opent.</translation>
    </message>
    <message>
        <source>The scheme grants at most {maximum} per applicant; this applicant has {used} already.</source>
        <translation>De regeling verleent hoogstens {maximum} per aanvrager; deze aanvrager heeft al {used}.</translation>
    </message>
    <message>
        <source>The scheme grants {amount} per member; with {members} members that is at most {most}.</source>
        <translation>De regeling verleent {amount} per lid; met {members} leden is dat hoogstens {most}.</translation>
    </message>
    <message>
        <source>The scheme of this decisions workbook no longer exists.</source>
        <translation>De regeling van dit besluitenbestand bestaat niet meer.</translation>
    </message>
    <message>
        <source>The scheme was announced on {date}; change its ceiling with &apos;Change ceiling&apos;, which records the date and the reason.</source>
        <translation>De regeling is op {date} bekendgemaakt; wijzig het plafond met &apos;Plafond wijzigen&apos;, dat de datum en de reden vastlegt.</translation>
    </message>
    <message>
        <source>The score {score} of bid {bid} on {criterion} is not on its scale; choose one of {allowed}.</source>
        <translation>De score {score} van inschrijving {bid} op {criterion} staat niet op de schaal; kies een van {allowed}.</translation>
    </message>
    <message>
        <source>The score {score} of bid {bid} on {criterion} lies outside the scale (0 to {maximum}).</source>
        <translation>De score {score} van inschrijving {bid} op {criterion} ligt buiten de schaal (0 tot en met {maximum}).</translation>
    </message>
    <message>
        <source>The scores lie {steps} steps of the scale apart; discuss them.</source>
        <translation>De scores liggen {steps} stappen van de schaal uit elkaar; bespreek ze.</translation>
    </message>
    <message>
        <source>The server has no database of that name. Check the name of the database, or ask your IT department for it.</source>
        <translation>De server heeft geen database met die naam. Controleer de naam van de database, of vraag die na bij uw IT-afdeling.</translation>
    </message>
    <message>
        <source>The settled amount is zero euros or more.</source>
        <translation>Het vastgestelde bedrag is nul euro of meer.</translation>
    </message>
    <message>
        <source>The settlement of {amount} is higher than the grant of {granted}; that needs an explicit decision: record its reason.</source>
        <translation>De vaststelling van {amount} is hoger dan de verlening van {granted}; daarvoor is een uitdrukkelijk besluit nodig: leg de reden vast.</translation>
    </message>
    <message>
        <source>The settlement of {amount} is lower than the grant of {granted}; choose the reason (activities not carried out, obligations not met, wrong information, or wrongly granted).</source>
        <translation>De vaststelling van {amount} is lager dan de verlening van {granted}; kies de reden (activiteiten niet uitgevoerd, verplichtingen niet nagekomen, onjuiste gegevens, of ten onrechte verleend).</translation>
    </message>
    <message>
        <source>The spread that is flagged cannot be negative.</source>
        <translation>De spreiding waarbij een signaal volgt, kan niet negatief zijn.</translation>
    </message>
    <message>
        <source>The standstill period lasts from 1 to {limit} days.</source>
        <translation>De opschortende termijn duurt 1 tot {limit} dagen.</translation>
    </message>
    <message>
        <source>The standstill period runs until {last_day}; the award can be made definitive from {first_day}.</source>
        <translation>De opschortende termijn loopt tot en met {last_day}; de gunning kan definitief worden vanaf {first_day}.</translation>
    </message>
    <message>
        <source>The sub-criterion {name} has no main criterion above it; add the main criterion on a row above it.</source>
        <translation>Het subcriterium {name} heeft geen hoofdcriterium erboven; zet het hoofdcriterium op een rij erboven.</translation>
    </message>
    <message>
        <source>The successor must be another organisation than the winner.</source>
        <translation>De rechtsopvolger moet een andere organisatie zijn dan de winnaar.</translation>
    </message>
    <message>
        <source>The successor organisation no longer exists; choose it again.</source>
        <translation>De organisatie van de rechtsopvolger bestaat niet meer; kies haar opnieuw.</translation>
    </message>
    <message>
        <source>The template has a brace {{ or }} that opens or closes no placeholder. Write {{{{ or }}}} for a brace itself.</source>
        <translation>De tekst heeft een accolade {{ of }} die geen invulplek opent of sluit. Schrijf {{{{ of }}}} voor een accolade zelf.</translation>
    </message>
    <message>
        <source>The template is {length} characters long; at most {limit} fit.</source>
        <translation>De tekst is {length} tekens lang; er passen er hoogstens {limit}.</translation>
    </message>
    <message>
        <source>The template lacks {missing}; the law requires this in the letter. Put it back in the text.</source>
        <translation>De tekst mist {missing}; de wet eist dit in de brief. Zet het terug in de tekst.</translation>
    </message>
    <message>
        <source>The template uses {placeholder}, which this letter does not know. Use one of: {known}.</source>
        <translation>De tekst gebruikt {placeholder}, die deze brief niet kent. Gebruik een van: {known}.</translation>
    </message>
    <message>
        <source>The tender documents promise {promised} evaluators, but the committee has {count}.</source>
        <translation>De aanbestedingsstukken beloven {promised} beoordelaars, maar de commissie telt er {count}.</translation>
    </message>
    <message>
        <source>The text for {column} ({table}) has {length} characters, but at most {limit} fit; nothing was saved.</source>
        <translation>De tekst voor {column} ({table}) heeft {length} tekens, maar er passen er hoogstens {limit}; er is niets opgeslagen.</translation>
    </message>
    <message>
        <source>The text for {column} ({table}) holds an invisible control character ({code}); nothing was saved.</source>
        <translation>De tekst voor {column} ({table}) bevat een onzichtbaar stuurteken ({code}); er is niets opgeslagen.</translation>
    </message>
    <message>
        <source>The text holds an invisible control character ({code}); type or paste it again without it.</source>
        <translation>De tekst bevat een onzichtbaar stuurteken ({code}); typ of plak de tekst opnieuw zonder dat teken.</translation>
    </message>
    <message>
        <source>The text is longer than {limit} characters; shorten it and try again.</source>
        <extracomment>Text limits, read from the table definitions (the database refuses anything longer).</extracomment>
        <translation>De tekst is langer dan {limit} tekens; kort hem in en probeer het opnieuw.</translation>
    </message>
    <message>
        <source>The theme &quot;{value}&quot; has several schemes in {year}; add a column Regeling, or choose the scheme for the whole import.</source>
        <translation>Het thema &quot;{value}&quot; heeft meer regelingen in {year}; voeg een kolom Regeling toe, of kies de regeling voor de hele import.</translation>
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
        <source>The value {value} for {column} ({table}) does not fit there; nothing was saved.</source>
        <translation>De waarde {value} voor {column} ({table}) past daar niet; er is niets opgeslagen.</translation>
    </message>
    <message>
        <source>The value {value} of indicator {indicator} is not possible.</source>
        <translation>De waarde {value} van indicator {indicator} is niet mogelijk.</translation>
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
        <source>Theme {name} is in use (lots: {lots}, subsidy schemes: {schemes}), so it cannot be deleted; archive it instead (clear Active).</source>
        <translation>Thema {name} is in gebruik (percelen: {lots}, subsidieregelingen: {schemes}) en kan dus niet worden verwijderd; archiveer het in plaats daarvan (zet Actief uit).</translation>
    </message>
    <message>
        <source>There is no application with id {value} in this database; empty the id cell to add it as a new application.</source>
        <translation>Er is geen aanvraag met id {value} in deze database; maak de id-cel leeg om hem als nieuwe aanvraag toe te voegen.</translation>
    </message>
    <message>
        <source>There is no bid with id {value} in this database; empty the id cell to add it as a new bid.</source>
        <translation>Deze database heeft geen inschrijving met id {value}; maak de id-cel leeg om haar als nieuwe inschrijving toe te voegen.</translation>
    </message>
    <message>
        <source>There is no contract with the reference {reference}.</source>
        <translation>Er is geen overeenkomst met kenmerk {reference}.</translation>
    </message>
    <message>
        <source>There is no login {login} on the database server. Ask your IT department to create it first (CREATE ROLE {login} LOGIN), then grant the role.</source>
        <translation>Er is geen login {login} op de databaseserver. Vraag uw IT-afdeling die eerst aan te maken (CREATE ROLE {login} LOGIN) en ken daarna de rol toe.</translation>
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
        <source>There is no procurement with the reference {reference}.</source>
        <translation>Er is geen aanbesteding met kenmerk {reference}.</translation>
    </message>
    <message>
        <source>There is no procurement {reference} with lots.</source>
        <translation>Er is geen aanbesteding {reference} met percelen.</translation>
    </message>
    <message>
        <source>There is no role {role}; choose from: {roles}.</source>
        <translation>Er is geen rol {role}; kies uit: {roles}.</translation>
    </message>
    <message>
        <source>There is no scale {value}; use one of these scales: {scales}.</source>
        <translation>Er is geen schaal {value}; gebruik een van deze schalen: {scales}.</translation>
    </message>
    <message>
        <source>There is no scheme &quot;{value}&quot;; write the name of a scheme as the Subsidies page shows it, or choose the scheme for the whole import.</source>
        <translation>Er is geen regeling &quot;{value}&quot;; schrijf de naam van een regeling zoals de pagina Subsidies die toont, of kies de regeling voor de hele import.</translation>
    </message>
    <message>
        <source>There is no scheme for the theme &quot;{value}&quot; in {year}; set the scheme up on the Subsidies page, or choose the scheme for the whole import.</source>
        <translation>Er is geen regeling voor het thema &quot;{value}&quot; in {year}; leg de regeling vast op de pagina Subsidies, of kies de regeling voor de hele import.</translation>
    </message>
    <message>
        <source>There is no subsidy scheme with id {id}; choose an existing scheme.</source>
        <translation>Er is geen subsidieregeling met id {id}; kies een bestaande regeling.</translation>
    </message>
    <message>
        <source>There is no theme named {name}.</source>
        <translation>Er is geen thema met de naam {name}.</translation>
    </message>
    <message>
        <source>There is no user {login} in this database; add the user on the Administration page first.</source>
        <translation>Er is geen gebruiker {login} in deze database; voeg de gebruiker eerst toe op de pagina Beheer.</translation>
    </message>
    <message>
        <source>This IBAN does not have the length or format of an IBAN of its country; check it for a missing or extra character.</source>
        <translation>Deze IBAN heeft niet de lengte of opbouw van een IBAN uit dat land; controleer of er een teken ontbreekt of te veel is.</translation>
    </message>
    <message>
        <source>This IBAN fails its check digits; check it for a typing error.</source>
        <translation>De controlecijfers van dit IBAN kloppen niet; controleer het op een typefout.</translation>
    </message>
    <message>
        <source>This IBAN starts with a country code that has no IBAN.</source>
        <translation>Deze IBAN begint met een landcode waarvoor geen IBAN bestaat.</translation>
    </message>
    <message>
        <source>This RSIN fails the 11-check; check it for a typing error.</source>
        <translation>Dit RSIN voldoet niet aan de elfproef; controleer het op een typefout.</translation>
    </message>
    <message>
        <source>This amount is more than zero, or empty.</source>
        <translation>Dit bedrag is meer dan nul, of leeg.</translation>
    </message>
    <message>
        <source>This application also appears on row {other} (same applicant, scheme, activity and date of receipt, or same reference); keep one of the two rows.</source>
        <translation>Deze aanvraag staat ook op regel {other} (zelfde aanvrager, regeling, activiteit en datum van ontvangst, of zelfde referentie); houd een van de twee regels.</translation>
    </message>
    <message>
        <source>This application has been decided; its scheme, applicant, amount and date of receipt can no longer change.</source>
        <translation>Op deze aanvraag is besloten; regeling, aanvrager, bedrag en ontvangstdatum kunnen niet meer veranderen.</translation>
    </message>
    <message>
        <source>This application has been decided; its score can no longer change.</source>
        <translation>Op deze aanvraag is besloten; de score kan niet meer veranderen.</translation>
    </message>
    <message>
        <source>This application no longer exists. Reload the list.</source>
        <translation>Deze aanvraag bestaat niet meer. Laad de lijst opnieuw.</translation>
    </message>
    <message>
        <source>This award already has contract {reference}.</source>
        <translation>Deze gunning heeft al contract {reference}.</translation>
    </message>
    <message>
        <source>This award decision is already withdrawn.</source>
        <translation>Dit gunningsbesluit is al ingetrokken.</translation>
    </message>
    <message>
        <source>This award decision no longer exists. Reload the list.</source>
        <translation>Dit gunningsbesluit bestaat niet meer. Laad de lijst opnieuw.</translation>
    </message>
    <message>
        <source>This bid also appears on row {other}; keep one of the two rows.</source>
        <translation>Deze inschrijving staat ook op rij {other}; laat één van de twee rijen staan.</translation>
    </message>
    <message>
        <source>This bid is not a bid on lot {lot}; choose a bid of the lot.</source>
        <translation>Deze inschrijving hoort niet bij perceel {lot}; kies een inschrijving op dit perceel.</translation>
    </message>
    <message>
        <source>This bid no longer exists. Reload the list.</source>
        <translation>Deze inschrijving bestaat niet meer. Laad de lijst opnieuw.</translation>
    </message>
    <message>
        <source>This contract no longer exists. Reload the list.</source>
        <translation>Dit contract bestaat niet meer. Laad de lijst opnieuw.</translation>
    </message>
    <message>
        <source>This database could not be brought up to date for this version of the program, so it was left exactly as it was. Keep using the previous version of the program for now and send the log file to your IT department.</source>
        <translation>Deze database kon niet worden bijgewerkt voor deze versie van het programma en is daarom precies gelaten zoals hij was. Werk voorlopig verder met de vorige versie van het programma en stuur het logbestand naar uw IT-afdeling.</translation>
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
        <source>This day no longer exists. Reload the list.</source>
        <translation>Deze dag bestaat niet meer. Laad de lijst opnieuw.</translation>
    </message>
    <message>
        <source>This decisions workbook is for another scheme ({given}); import it with that scheme, or ask the contract holder for the workbook of {scheme}.</source>
        <translation>Dit besluitenbestand is van een andere regeling ({given}); importeer het bij die regeling, of vraag de contracthouder om het bestand van {scheme}.</translation>
    </message>
    <message>
        <source>This decisions workbook was made for {organisation}, which does not decide on any application of scheme {scheme}; the workbook is refused.</source>
        <translation>Dit besluitenbestand is gemaakt voor {organisation}, die over geen enkele aanvraag van regeling {scheme} besluit; het bestand wordt geweigerd.</translation>
    </message>
    <message>
        <source>This district no longer exists. Reload the list.</source>
        <translation>Deze wijk bestaat niet meer. Laad de lijst opnieuw.</translation>
    </message>
    <message>
        <source>This evaluator is no longer on the committee. Reload the list.</source>
        <translation>Deze beoordelaar zit niet meer in de commissie. Laad de lijst opnieuw.</translation>
    </message>
    <message>
        <source>This file is not a usable ssb-desktop database (it is damaged or of another kind). Open another file or restore a backup.</source>
        <translation>Dit bestand is geen bruikbare ssb-desktop-database (het is beschadigd of van een andere soort). Open een ander bestand of zet een back-up terug.</translation>
    </message>
    <message>
        <source>This indicator no longer exists. Reload the contract.</source>
        <translation>Deze indicator bestaat niet meer. Laad de overeenkomst opnieuw.</translation>
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
        <source>This kind of letter has no editable text.</source>
        <translation>Deze soort brief heeft geen bewerkbare tekst.</translation>
    </message>
    <message>
        <source>This lot already has a bid with code {code}.</source>
        <translation>Dit perceel heeft al een inschrijving met code {code}.</translation>
    </message>
    <message>
        <source>This lot does not take the average as the consensus; the committee sets each consensus score with its motivation.</source>
        <translation>Bij dit perceel geldt het gemiddelde niet als consensus; de commissie stelt elke consensusscore met motivering vast.</translation>
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
        <source>This lot requires a motivation for every score; {count} are still missing: {cells}.</source>
        <translation>Dit perceel vraagt een motivering bij elke score; er ontbreken er nog {count}: {cells}.</translation>
    </message>
    <message>
        <source>This meeting no longer exists. Reload the list.</source>
        <translation>Deze vergadering bestaat niet meer. Laad de lijst opnieuw.</translation>
    </message>
    <message>
        <source>This notice no longer exists. Reload the list.</source>
        <translation>Deze aankondiging bestaat niet meer. Laad de lijst opnieuw.</translation>
    </message>
    <message>
        <source>This objection no longer exists. Reload the list.</source>
        <translation>Dit bezwaar bestaat niet meer. Laad de lijst opnieuw.</translation>
    </message>
    <message>
        <source>This option no longer exists. Reload the contract.</source>
        <translation>Deze optie bestaat niet meer. Laad het contract opnieuw.</translation>
    </message>
    <message>
        <source>This organisation also appears on row {other}; keep one of the two rows.</source>
        <translation>Deze organisatie staat ook op rij {other}; laat één van de twee rijen staan.</translation>
    </message>
    <message>
        <source>This organisation did not bid on lot {lot}; only a bidder of the lot can object to its award.</source>
        <translation>Deze organisatie heeft niet ingeschreven op perceel {lot}; alleen een inschrijver op het perceel kan bezwaar maken tegen de gunning.</translation>
    </message>
    <message>
        <source>This organisation no longer exists. Reload the list.</source>
        <translation>Deze organisatie bestaat niet meer. Laad de lijst opnieuw.</translation>
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
        <source>This report no longer exists. Reload the contract.</source>
        <translation>Deze rapportage bestaat niet meer. Laad de overeenkomst opnieuw.</translation>
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
        <source>This subsidy scheme no longer exists. Reload the list.</source>
        <translation>Deze subsidieregeling bestaat niet meer. Laad de lijst opnieuw.</translation>
    </message>
    <message>
        <source>This subsidy scheme no longer exists; choose the scheme again.</source>
        <translation>Deze subsidieregeling bestaat niet meer; kies de regeling opnieuw.</translation>
    </message>
    <message>
        <source>This text is {length} characters long; at most {limit} fit here.</source>
        <translation>Deze tekst is {length} tekens lang; hier passen er hoogstens {limit}.</translation>
    </message>
    <message>
        <source>This theme no longer exists. Reload the list.</source>
        <translation>Dit thema bestaat niet meer. Laad de lijst opnieuw.</translation>
    </message>
    <message>
        <source>This theme no longer exists; choose another.</source>
        <translation>Dit thema bestaat niet meer; kies een ander thema.</translation>
    </message>
    <message>
        <source>This theme no longer exists; choose the theme again.</source>
        <translation>Dit thema bestaat niet meer; kies het thema opnieuw.</translation>
    </message>
    <message>
        <source>This threshold no longer exists. Reload the list.</source>
        <translation>Deze drempelwaarde bestaat niet meer. Laad de lijst opnieuw.</translation>
    </message>
    <message>
        <source>This user account does not exist or is no longer active.</source>
        <translation>Dit gebruikersaccount bestaat niet of is niet meer actief.</translation>
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
        <source>Unknown district &quot;{value}&quot;; write one of these districts: {districts}.</source>
        <translation>Onbekende wijk &quot;{value}&quot;; schrijf een van deze wijken: {districts}.</translation>
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
        <source>Unknown kind of {command} {kind}.</source>
        <translation>Onbekende soort {command} {kind}.</translation>
    </message>
    <message>
        <source>Unknown tie-break rule {rule}.</source>
        <extracomment>A score as the engine takes it: as entered (Decimal), or exact where no decimal fraction is (the average of three evaluators&apos; scores, 22/3, as a Fraction: DOMAIN section 4).</extracomment>
        <translation>Onbekende regel bij gelijke stand: {rule}.</translation>
    </message>
    <message>
        <source>Use only the digits 0-9 (and letters A-Z where they belong).</source>
        <translation>Gebruik alleen de cijfers 0-9 (en waar ze horen de letters A-Z).</translation>
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
        <source>Write the motivation of the consensus score of bid {bid} on {criterion}.</source>
        <translation>Schrijf de motivering van de consensusscore van inschrijving {bid} op {criterion}.</translation>
    </message>
    <message>
        <source>Write the outcome: which bid comes first.</source>
        <translation>Vul de uitkomst in: welke inschrijving als eerste eindigt.</translation>
    </message>
    <message>
        <source>Write who was present at the meeting, one name per line.</source>
        <translation>Vul in wie bij de vergadering aanwezig waren, één naam per regel.</translation>
    </message>
    <message>
        <source>You ({account}) do not sit on the committee of {lot}; ask the procurement officer to add you (ssb-desktop committee add).</source>
        <translation>U ({account}) zit niet in de beoordelingscommissie van {lot}; vraag de inkoopadviseur u toe te voegen (ssb-desktop committee add).</translation>
    </message>
    <message>
        <source>You are not on the evaluation committee of this lot.</source>
        <translation>U zit niet in de beoordelingscommissie van dit perceel.</translation>
    </message>
    <message>
        <source>You are on the evaluation committee of this lot and do not see all of its bids yet, so you cannot change them. Ask a procurement officer.</source>
        <translation>U zit in de beoordelingscommissie van dit perceel en ziet nog niet alles van de inschrijvingen, daarom kunt u ze niet wijzigen. Vraag het een inkoper.</translation>
    </message>
    <message>
        <source>You can see the other evaluators&apos; scores only after you have submitted your own.</source>
        <translation>U ziet de scores van de andere beoordelaars pas nadat u uw eigen scores hebt ingediend.</translation>
    </message>
    <message>
        <source>Your account has no access to this database.</source>
        <translation>Uw account heeft geen toegang tot deze database.</translation>
    </message>
    <message>
        <source>Your login {login} has no role in this database, so the program shows nothing. Ask an administrator of the program (or your IT department) to give you a role: ssb-desktop users grant {login} ROLE.</source>
        <translation>Uw login {login} heeft geen rol in deze database, dus het programma toont niets. Vraag een beheerder van het programma (of uw IT-afdeling) u een rol te geven: ssb-desktop users grant {login} ROL.</translation>
    </message>
    <message>
        <source>Your role may not change organisations. Ask an administrator for the role of procurement officer or subsidy officer.</source>
        <translation>Met uw rol mag u geen organisaties wijzigen. Vraag een beheerder om de rol inkoopadviseur of subsidiemedewerker.</translation>
    </message>
    <message>
        <source>Your role {roles} does not allow this; ask an administrator for the role {needed}.</source>
        <translation>Uw rol {roles} staat dit niet toe; vraag een beheerder om de rol {needed}.</translation>
    </message>
    <message>
        <source>procurements copy needs {options}.</source>
        <translation>procurements copy heeft {options} nodig.</translation>
    </message>
    <message>
        <source>{count} scores are still missing, so the scores cannot be submitted yet: {cells}.</source>
        <translation>Er ontbreken nog {count} scores, dus de scores kunnen nog niet worden ingediend: {cells}.</translation>
    </message>
    <message>
        <source>{day} is a Saturday or a Sunday, which never counts as a last day anyway; check the date of the royal decree.</source>
        <translation>{day} is een zaterdag of zondag, die sowieso nooit als laatste dag telt; controleer de datum van het koninklijk besluit.</translation>
    </message>
    <message>
        <source>{day} is already a public holiday under the Algemene termijnenwet; the entry changes no period. Check the date of the royal decree.</source>
        <translation>{day} is al een feestdag volgens de Algemene termijnenwet; de regel verandert geen termijn. Controleer de datum van het koninklijk besluit.</translation>
    </message>
    <message>
        <source>{day} is already in the list of royal-decree days; change that entry instead of adding it again.</source>
        <translation>{day} staat al in de lijst van bij koninklijk besluit gelijkgestelde dagen; wijzig die regel in plaats van de dag opnieuw toe te voegen.</translation>
    </message>
    <message>
        <source>{day} lies in the future; record the day the letters actually went out.</source>
        <translation>{day} ligt in de toekomst; leg de dag vast waarop de brieven werkelijk zijn verstuurd.</translation>
    </message>
    <message>
        <source>{field}: at most {limit} characters fit; this text has {length}. Nothing was saved.</source>
        <translation>{field}: er passen hoogstens {limit} tekens; deze tekst heeft er {length}. Er is niets opgeslagen.</translation>
    </message>
    <message>
        <source>{field}: the text holds an invisible control character ({code}); type or paste it again without it. Nothing was saved.</source>
        <translation>{field}: de tekst bevat een onzichtbaar stuurteken ({code}); typ of plak hem opnieuw zonder dat teken. Er is niets opgeslagen.</translation>
    </message>
    <message>
        <source>{field}: the value {value} does not fit; nothing was saved.</source>
        <translation>{field}: de waarde {value} past niet; er is niets opgeslagen.</translation>
    </message>
    <message>
        <source>{file} cannot be replaced; it may be open in Word. Close it and try again.</source>
        <translation>{file} kan niet worden vervangen; misschien is het geopend in Word. Sluit het en probeer het opnieuw.</translation>
    </message>
    <message>
        <source>{file} cannot be replaced; it may be open in a PDF viewer. Close it and try again.</source>
        <translation>{file} kan niet worden vervangen; misschien is het geopend in een PDF-lezer. Sluit het en probeer het opnieuw.</translation>
    </message>
    <message>
        <source>{file} cannot be replaced; it may be open in another program. Close it and try again.</source>
        <translation>{file} kan niet worden vervangen; misschien is het geopend in een ander programma. Sluit het en probeer het opnieuw.</translation>
    </message>
    <message>
        <source>{first} and {second} gave identical scores everywhere; check that they scored independently.</source>
        <translation>{first} en {second} gaven overal dezelfde scores; controleer of zij onafhankelijk hebben gescoord.</translation>
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
        <source>{login} is the last administrator and keeps the role; make someone else administrator first.</source>
        <translation>{login} is de laatste beheerder en houdt die rol; maak eerst iemand anders beheerder.</translation>
    </message>
    <message>
        <source>{name} already has a successor: {successor}.</source>
        <translation>{name} heeft al een opvolger: {successor}.</translation>
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
        <source>{name} cannot be read as a JSON schema.</source>
        <translation>{name} is niet te lezen als JSON-schema.</translation>
    </message>
    <message>
        <source>{name} cannot be written in {folder}; choose another place.</source>
        <translation>{name} kan niet worden geschreven in {folder}; kies een andere plek.</translation>
    </message>
    <message>
        <source>{name} declared a conflict of interest and may not score; replace him or her on the committee.</source>
        <translation>{name} heeft een belangenconflict gemeld en mag niet scoren; vervang deze beoordelaar in de commissie.</translation>
    </message>
    <message>
        <source>{name} declared a conflict of interest and may not see or score the bids of this lot.</source>
        <translation>{name} heeft een belangenconflict gemeld en mag de inschrijvingen van dit perceel niet zien of scoren.</translation>
    </message>
    <message>
        <source>{name} does not score criterion {criterion} of this lot.</source>
        <translation>{name} scoort criterium {criterion} van dit perceel niet.</translation>
    </message>
    <message>
        <source>{name} gave every bid the same score on every criterion, while the other evaluators&apos; scores differ; discuss whether the bids were really judged.</source>
        <translation>{name} gaf elke inschrijving op elk criterium dezelfde score, terwijl de scores van de andere beoordelaars verschillen; bespreek of de inschrijvingen echt zijn beoordeeld.</translation>
    </message>
    <message>
        <source>{name} gave every bid the same score on {criterion}, while the other evaluators&apos; scores differ.</source>
        <translation>{name} gaf elke inschrijving op {criterion} dezelfde score, terwijl de scores van de andere beoordelaars verschillen.</translation>
    </message>
    <message>
        <source>{name} has already signed a declaration or scored; the account and the criteria to score can no longer change. Add a new evaluator instead.</source>
        <translation>{name} heeft al een verklaring getekend of gescoord; het account en de te scoren criteria kunnen niet meer veranderen. Voeg in plaats daarvan een nieuwe beoordelaar toe.</translation>
    </message>
    <message>
        <source>{name} has already submitted the scores of this lot; submitted scores are locked.</source>
        <translation>{name} heeft de scores van dit perceel al ingediend; ingediende scores zijn vergrendeld.</translation>
    </message>
    <message>
        <source>{name} has an account and enters his or her own scores; only scores of external evaluators can be entered for them.</source>
        <translation>{name} heeft een account en voert de eigen scores zelf in; alleen scores van externe beoordelaars kunt u voor hen invoeren.</translation>
    </message>
    <message>
        <source>{name} has not signed the conflict-of-interest declaration for this lot; sign it first, then the bids are shown.</source>
        <translation>{name} heeft de verklaring over belangenconflicten voor dit perceel nog niet getekend; teken die eerst, daarna worden de inschrijvingen getoond.</translation>
    </message>
    <message>
        <source>{name} has several bids on lot {label}; fill the code or the id column to say which.</source>
        <translation>{name} heeft meerdere inschrijvingen op perceel {label}; vul de kolom met de code of het id in om aan te geven welke.</translation>
    </message>
    <message>
        <source>{name} has signed a declaration or scored, so must stay on record; the committee keeps the seat.</source>
        <translation>{name} heeft een verklaring getekend of gescoord en moet daarom vastgelegd blijven; de plaats in de commissie blijft bestaan.</translation>
    </message>
    <message>
        <source>{name} is already on the committee of this lot.</source>
        <translation>{name} zit al in de commissie van dit perceel.</translation>
    </message>
    <message>
        <source>{name} is archived; a contract can only be awarded to an organisation in the register.</source>
        <translation>{name} is gearchiveerd; een opdracht kan alleen gegund worden aan een organisatie in het register.</translation>
    </message>
    <message>
        <source>{name} is not on the committee of lot {lot}; choose one of: {names}.</source>
        <translation>{name} zit niet in de beoordelingscommissie van perceel {lot}; kies een van: {names}.</translation>
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
        <source>{name} scores consistently higher than the others (z-score {z} averaged over the bids).</source>
        <translation>{name} scoort steeds hoger dan de anderen (z-score {z}, gemiddeld over de inschrijvingen).</translation>
    </message>
    <message>
        <source>{name} scores consistently lower than the others (z-score {z} averaged over the bids).</source>
        <translation>{name} scoort steeds lager dan de anderen (z-score {z}, gemiddeld over de inschrijvingen).</translation>
    </message>
    <message>
        <source>{option} does not apply to {command} {kind}.</source>
        <translation>{option} geldt niet voor {command} {kind}.</translation>
    </message>
    <message>
        <source>{option} {value} is not a date; write it as dd-mm-yyyy.</source>
        <translation>{option} {value} is geen datum; schrijf haar als dd-mm-jjjj.</translation>
    </message>
    <message>
        <source>{organisation} decides on application {reference}, as holder of the theme&apos;s contract; a decision by another body cannot be recorded.</source>
        <translation>{organisation} beslist op aanvraag {reference}, als opdrachtnemer van het thema; een besluit van een ander orgaan kan niet worden vastgelegd.</translation>
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
        <source>{path} is not a decisions workbook made by this program; export the decisions workbook of the scheme (Export decisions) and let the contract holder fill that in.</source>
        <translation>{path} is geen besluitenbestand van dit programma; exporteer het besluitenbestand van de regeling en laat de contracthouder dat invullen.</translation>
    </message>
    <message>
        <source>{path} was made by a newer version of the program (version {version}); update the program and import it again.</source>
        <translation>{path} is gemaakt door een nieuwere versie van het programma (versie {version}); werk het programma bij en importeer opnieuw.</translation>
    </message>
    <message>
        <source>{successor} is archived, so it cannot take over from {name}; restore it first or choose the organisation that carries on the work.</source>
        <translation>{successor} is gearchiveerd en kan {name} dus niet opvolgen; zet haar eerst terug of kies de organisatie die het werk voortzet.</translation>
    </message>
    <message>
        <source>{text} is not a list of extension options; write for example 1 x 24 maanden or 5 + 2 + 2 jaar.</source>
        <translation>{text} is geen lijst van verlengingsopties; schrijf bijvoorbeeld 1 x 24 maanden of 5 + 2 + 2 jaar.</translation>
    </message>
    <message>
        <source>{value} is not a date; write it as dd-mm-yyyy, e.g. 12-10-2020.</source>
        <translation>{value} is geen datum; schrijf deze als dd-mm-jjjj, bijvoorbeeld 12-10-2020.</translation>
    </message>
    <message>
        <source>{value} is not a whole number of days or months.</source>
        <translation>{value} is geen geheel aantal dagen of maanden.</translation>
    </message>
    <message>
        <source>{value} is not an amount; write it in euros, e.g. 12.500,00 or 12500.</source>
        <translation>{value} is geen bedrag; schrijf het in euro&apos;s, bijvoorbeeld 12.500,00 of 12500.</translation>
    </message>
    <message>
        <source>{value} is not one of the allowed values: {choices}.</source>
        <translation>{value} is geen van de toegestane waarden: {choices}.</translation>
    </message>
    <message>
        <source>{where} is not an ssb-desktop database: it holds the data of another program. Nothing was changed in it; choose another file or database.</source>
        <translation>{where} is geen ssb-desktop-database: er staan gegevens van een ander programma in. Er is niets in veranderd; kies een ander bestand of een andere database.</translation>
    </message>
</context>
<context>
    <name>Evaluation</name>
    <message>
        <source>Average of the individual scores</source>
        <translation>Gemiddelde van de individuele scores</translation>
    </message>
</context>
<context>
    <name>EvaluationPage</name>
    <message numerus="yes">
        <source>%n bids</source>
        <translation>
            <numerusform>%n inschrijving</numerusform>
            <numerusform>%n inschrijvingen</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Committee</source>
        <translation>&amp;Commissie</translation>
    </message>
    <message>
        <source>&amp;Lot</source>
        <translation>&amp;Perceel</translation>
    </message>
    <message>
        <source>&amp;Results</source>
        <translation>&amp;Resultaat</translation>
    </message>
    <message>
        <source>C&amp;onsensus</source>
        <translation>Consensu&amp;s</translation>
    </message>
    <message>
        <source>Choose lot</source>
        <translation>Perceel kiezen</translation>
    </message>
    <message>
        <source>Lot</source>
        <translation>Perceel</translation>
    </message>
    <message>
        <source>My &amp;scores</source>
        <translation>Mi&amp;jn beoordeling</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-documenten (*.pdf)</translation>
    </message>
    <message>
        <source>Robustness</source>
        <translation>Robuustheid</translation>
    </message>
    <message>
        <source>Save the minutes</source>
        <translation>Notulen opslaan</translation>
    </message>
    <message>
        <source>There are no lots yet.</source>
        <translation>Er zijn nog geen percelen.</translation>
    </message>
    <message>
        <source>You have scores or consensus that are not saved. Save them?</source>
        <translation>U hebt scores of consensus die niet zijn opgeslagen. Nu opslaan?</translation>
    </message>
    <message>
        <source>{bids} · {method} · {evaluators} evaluators promised</source>
        <translation>{bids} · {method} · {evaluators} beoordelaars toegezegd</translation>
    </message>
</context>
<context>
    <name>EvaluatorDialog</name>
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
        <source>&amp;User</source>
        <translation>&amp;Gebruiker</translation>
    </message>
    <message>
        <source>(external: not a user of the program)</source>
        <translation>(extern: geen gebruiker van het programma)</translation>
    </message>
    <message>
        <source>All criteria</source>
        <translation>Alle criteria</translation>
    </message>
    <message>
        <source>C&amp;hair of the committee</source>
        <translation>&amp;Voorzitter van de commissie</translation>
    </message>
    <message>
        <source>Edit evaluator</source>
        <translation>Beoordelaar wijzigen</translation>
    </message>
    <message>
        <source>Fill in the evaluator&apos;s name.</source>
        <translation>Vul de naam van de beoordelaar in.</translation>
    </message>
    <message>
        <source>New evaluator</source>
        <translation>Nieuwe beoordelaar</translation>
    </message>
    <message>
        <source>Quality evaluators do not see prices when the lot hides them.</source>
        <translation>Kwaliteitsbeoordelaars zien geen prijzen als het perceel ze verbergt.</translation>
    </message>
    <message>
        <source>Sc&amp;ores</source>
        <translation>&amp;Beoordeelt</translation>
    </message>
    <message>
        <source>Sees the &amp;prices</source>
        <translation>Ziet de &amp;prijzen</translation>
    </message>
    <message>
        <source>name@example.nl</source>
        <translation>naam@voorbeeld.nl</translation>
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
        <source>Choose one or more scoring grids to import.</source>
        <translation>Kies een of meer beoordelingsformulieren om te importeren.</translation>
    </message>
    <message>
        <source>Column &quot;{column}&quot; holds the same field as column &quot;{first}&quot;, which is the one imported; assign it another field in the column mapping, or remove one of the two.</source>
        <translation>Kolom &quot;{column}&quot; bevat hetzelfde veld als kolom &quot;{first}&quot;, en alleen die wordt ingelezen; wijs in de kolomindeling een ander veld toe, of verwijder een van de twee.</translation>
    </message>
    <message>
        <source>Column &quot;{column}&quot; matches no field and is not imported; assign it a field in the column mapping, or remove the column if it is not needed.</source>
        <translation>Kolom &quot;{column}&quot; hoort bij geen enkel veld en wordt niet ingelezen; wijs er in de kolomindeling een veld aan toe, of verwijder de kolom als die niet nodig is.</translation>
    </message>
    <message>
        <source>No grid for {name}: {reason}</source>
        <translation>Geen formulier voor {name}: {reason}</translation>
    </message>
    <message>
        <source>No row with column names was found in the first {count} rows; put the column names in one row above the data and try again.</source>
        <translation>In de eerste {count} rijen is geen rij met kolomnamen gevonden; zet de kolomnamen in één rij boven de gegevens en probeer het opnieuw.</translation>
    </message>
    <message>
        <source>No scoring grid was exported for lot {lot}: {reasons}</source>
        <translation>Er is geen beoordelingsformulier geëxporteerd voor perceel {lot}: {reasons}</translation>
    </message>
    <message>
        <source>Row {row} (&quot;{text}&quot;) looks like a total or a note below the data and was not imported.</source>
        <translation>Rij {row} (&quot;{text}&quot;) lijkt een totaal of een opmerking onder de gegevens en is niet geïmporteerd.</translation>
    </message>
    <message>
        <source>Row {row} is empty and was skipped; the rows below it were read.</source>
        <translation>Rij {row} is leeg en overgeslagen; de rijen eronder zijn wel gelezen.</translation>
    </message>
    <message>
        <source>Rows {first} to {last} are empty and were skipped; the rows below them were read.</source>
        <translation>Rij {first} tot en met {last} zijn leeg en overgeslagen; de rijen eronder zijn wel gelezen.</translation>
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
        <source>Sheet {sheet}, row {row}, column {column}: a formula without a calculated value (cells with such a formula: {count}). The program that wrote the file did not calculate it: open the file in Excel, save it, and import it again.</source>
        <translation>Blad {sheet}, rij {row}, kolom {column}: formule zonder berekende waarde (cellen met zo&apos;n formule: {count}). Het programma dat het bestand schreef heeft de formule niet berekend: open en sla het bestand op in Excel, en importeer het opnieuw.</translation>
    </message>
    <message>
        <source>The amount {value} is too large; check the amount.</source>
        <translation>Het bedrag {value} is te groot; controleer het bedrag.</translation>
    </message>
    <message>
        <source>The application form {name} was changed: its columns are not those of the form that was sent out. Copy the answers into a new form and try again.</source>
        <translation>Het aanvraagformulier {name} is gewijzigd: de kolommen zijn niet die van het verstuurde formulier. Neem de antwoorden over in een nieuw formulier en probeer het opnieuw.</translation>
    </message>
    <message>
        <source>The application form {name} was made by a newer version of this program; update the program and try again.</source>
        <translation>Het aanvraagformulier {name} is gemaakt met een nieuwere versie van dit programma; werk het programma bij en probeer het opnieuw.</translation>
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
        <source>The grids have {count} problems, so nothing was imported; solve them and import again.</source>
        <translation>De formulieren hebben {count} problemen, daarom is niets geïmporteerd; los ze op en importeer opnieuw.</translation>
    </message>
    <message>
        <source>The report form has {count} problems, so nothing was imported; solve them and import again.</source>
        <translation>Het rapportageformulier heeft {count} problemen, dus er is niets ingelezen; los ze op en lees opnieuw in.</translation>
    </message>
    <message>
        <source>The results workbook is missing from the dossier because the result cannot be computed yet: {reason}</source>
        <translation>Het resultatenbestand ontbreekt in het dossier, omdat het resultaat nog niet te berekenen is: {reason}</translation>
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
        <source>{count} scores entered in the program would be replaced by scores from Excel ({cells}); confirm that they may be replaced.</source>
        <translation>{count} scores die in het programma zijn ingevoerd, zouden worden vervangen door scores uit Excel ({cells}); bevestig dat ze vervangen mogen worden.</translation>
    </message>
    <message>
        <source>{file} and {other} are both grids of {name} with different scores; import only the right one.</source>
        <translation>{file} en {other} zijn allebei formulieren van {name}, met verschillende scores; importeer alleen het juiste.</translation>
    </message>
    <message>
        <source>{file} has no sheet {sheet}; ask for a new form and copy the values into it.</source>
        <translation>{file} heeft geen tabblad {sheet}; vraag een nieuw formulier aan en neem de waarden daarin over.</translation>
    </message>
    <message>
        <source>{file} has no sheet {sheet}; export a new grid and copy your scores into it.</source>
        <translation>{file} heeft geen tabblad {sheet}; exporteer een nieuw formulier en neem uw scores daarin over.</translation>
    </message>
    <message>
        <source>{file} holds no realised values; fill in the yellow cells and import it again.</source>
        <translation>{file} bevat geen gerealiseerde waarden; vul de gele cellen in en lees het opnieuw in.</translation>
    </message>
    <message>
        <source>{file} is a performance report form of another format ({version}); ask for a new form and copy the values into it.</source>
        <translation>{file} is een rapportageformulier van een ander formaat ({version}); vraag een nieuw formulier aan en neem de waarden daarin over.</translation>
    </message>
    <message>
        <source>{file} is a scoring grid of another format ({version}); export a new grid and copy your scores into it.</source>
        <translation>{file} is een beoordelingsformulier in een ander formaat ({version}); exporteer een nieuw formulier en neem uw scores daarin over.</translation>
    </message>
    <message>
        <source>{file} is a scoring grid of lot {grid_lot}, not of lot {lot}; import it on lot {grid_lot}.</source>
        <translation>{file} is een beoordelingsformulier van perceel {grid_lot}, niet van perceel {lot}; importeer het bij perceel {grid_lot}.</translation>
    </message>
    <message>
        <source>{file} is a scoring grid of lot {grid_lot}, which no longer exists; nothing can be imported from it.</source>
        <translation>{file} is een beoordelingsformulier van perceel {grid_lot}, dat niet meer bestaat; er kan niets uit worden geïmporteerd.</translation>
    </message>
    <message>
        <source>{file} is not a performance report form of this program, or its hidden information was removed; ask the municipality for a new form and copy the values into it.</source>
        <translation>{file} is geen rapportageformulier van dit programma, of de verborgen gegevens zijn verwijderd; vraag de gemeente om een nieuw formulier en neem de waarden daarin over.</translation>
    </message>
    <message>
        <source>{file} is not a scoring grid of this program, or its hidden information was removed; export a new grid and copy your scores into it.</source>
        <translation>{file} is geen beoordelingsformulier van dit programma, of de verborgen gegevens zijn verwijderd; exporteer een nieuw formulier en neem uw scores daarin over.</translation>
    </message>
    <message>
        <source>{file} is the grid of {name}, who is not on the committee of lot {lot}; check the file and the committee.</source>
        <translation>{file} is het formulier van {name}, die niet in de beoordelingscommissie van perceel {lot} zit; controleer het bestand en de commissie.</translation>
    </message>
    <message>
        <source>{file} is the report form of contract {reference}, which no longer exists; nothing can be imported from it.</source>
        <translation>{file} is het rapportageformulier van overeenkomst {reference}, die niet meer bestaat; er kan niets uit worden ingelezen.</translation>
    </message>
    <message>
        <source>{file}, {cell}: &quot;{value}&quot; is not a number; enter the realised value as a number.</source>
        <translation>{file}, {cell}: &quot;{value}&quot; is geen getal; vul de gerealiseerde waarde in als getal.</translation>
    </message>
    <message>
        <source>{file}, {cell}: &quot;{value}&quot; is not a score; choose one of {allowed} from the list.</source>
        <translation>{file}, {cell}: &quot;{value}&quot; is geen score; kies een van {allowed} uit de lijst.</translation>
    </message>
    <message>
        <source>{file}, {cell}: bid {bid} has been withdrawn or excluded since the grid was exported and is not scored; clear its scores in the grid and import again.</source>
        <translation>{file}, {cell}: inschrijving {bid} is na het exporteren van het formulier ingetrokken of uitgesloten en wordt niet beoordeeld; wis de scores ervan in het formulier en importeer opnieuw.</translation>
    </message>
    <message>
        <source>{file}, {cell}: the motivation of the score is missing; this lot requires one for every score.</source>
        <translation>{file}, {cell}: de motivering van de score ontbreekt; dit perceel vraagt bij elke score een motivering.</translation>
    </message>
    <message>
        <source>{file}, {cell}: the score {value} is not on the scale; choose one of {allowed}.</source>
        <translation>{file}, {cell}: de score {value} staat niet op de schaal; kies een van {allowed}.</translation>
    </message>
    <message>
        <source>{file}, {cell}: the value {value} is negative; a realised value is zero or more.</source>
        <translation>{file}, {cell}: de waarde {value} is negatief; een gerealiseerde waarde is nul of meer.</translation>
    </message>
    <message>
        <source>{file}, {cell}: there is a motivation but no score; choose a score or remove the motivation.</source>
        <translation>{file}, {cell}: er staat een motivering maar geen score; kies een score of verwijder de motivering.</translation>
    </message>
    <message>
        <source>{file}, {cell}: this bid no longer exists; export a new grid and copy the scores into it.</source>
        <translation>{file}, {cell}: deze inschrijving bestaat niet meer; exporteer een nieuw formulier en neem de scores daarin over.</translation>
    </message>
    <message>
        <source>{file}: contract {reference} already has a report over {start} to {end}, which overlaps the period of this form.</source>
        <translation>{file}: overeenkomst {reference} heeft al een rapportage over {start} tot en met {end}, die de periode van dit formulier overlapt.</translation>
    </message>
    <message>
        <source>{file}: the criteria or their scales have changed since this grid was exported on {exported}; export a new grid and copy the scores into it.</source>
        <translation>{file}: de criteria of hun schalen zijn gewijzigd sinds dit formulier op {exported} werd geëxporteerd; exporteer een nieuw formulier en neem de scores daarin over.</translation>
    </message>
    <message>
        <source>{file}: the layout of sheet {sheet} or its hidden information was changed (rows moved, criteria renamed or information edited), so the scores cannot be matched safely; export a new grid and copy your scores into it.</source>
        <translation>{file}: de indeling van tabblad {sheet} of de verborgen gegevens zijn gewijzigd (regels verplaatst, criteria hernoemd of gegevens bewerkt), zodat de scores niet veilig zijn toe te wijzen; exporteer een nieuw formulier en neem uw scores daarin over.</translation>
    </message>
    <message>
        <source>{file}: the layout of sheet {sheet} or its hidden information was changed (rows moved, names changed or information edited), so the values cannot be matched safely; ask for a new form and copy the values into it.</source>
        <translation>{file}: de indeling van tabblad {sheet} of de verborgen gegevens zijn gewijzigd (regels verplaatst, namen gewijzigd of gegevens bewerkt), dus de waarden kunnen niet veilig worden toegewezen; vraag een nieuw formulier aan en neem de waarden daarin over.</translation>
    </message>
    <message>
        <source>{file}: {name} has already submitted the scores of lot {lot}; submitted scores are locked and cannot be replaced by an import.</source>
        <translation>{file}: {name} heeft de scores van perceel {lot} al ingediend; ingediende scores liggen vast en kunnen niet door een import worden vervangen.</translation>
    </message>
    <message>
        <source>{name} has already submitted the scores.</source>
        <translation>{name} heeft de scores al ingediend.</translation>
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
    <name>Field</name>
    <message>
        <source>Account</source>
        <translation>Account</translation>
    </message>
    <message>
        <source>Account in the audit log</source>
        <translation>Account in het auditlog</translation>
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
        <source>Activity</source>
        <translation>Activiteit</translation>
    </message>
    <message>
        <source>Activity ends on</source>
        <translation>Activiteit eindigt op</translation>
    </message>
    <message>
        <source>Activity report from</source>
        <translation>Inhoudelijk verslag vanaf</translation>
    </message>
    <message>
        <source>Against</source>
        <translation>Gericht tegen</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Bedrag</translation>
    </message>
    <message>
        <source>Amount per member</source>
        <translation>Bedrag per lid</translation>
    </message>
    <message>
        <source>Announced on</source>
        <translation>Aangekondigd op</translation>
    </message>
    <message>
        <source>Anonymised</source>
        <translation>Geanonimiseerd</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>Aanvrager</translation>
    </message>
    <message>
        <source>Applicant&apos;s reference</source>
        <translation>Kenmerk van de aanvrager</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>Aanvraag</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Gearchiveerd</translation>
    </message>
    <message>
        <source>Assessed amount</source>
        <translation>Vastgesteld bedrag</translation>
    </message>
    <message>
        <source>Assessed on</source>
        <translation>Beoordeeld op</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>Beoordeling</translation>
    </message>
    <message>
        <source>Assessment text</source>
        <translation>Toelichting beoordeling</translation>
    </message>
    <message>
        <source>Award decision</source>
        <translation>Gunningsbesluit</translation>
    </message>
    <message>
        <source>Award method</source>
        <translation>Gunningsmethode</translation>
    </message>
    <message>
        <source>Bid</source>
        <translation>Inschrijving</translation>
    </message>
    <message>
        <source>Bid code</source>
        <translation>Code van de inschrijving</translation>
    </message>
    <message>
        <source>Bidder&apos;s reference</source>
        <translation>Kenmerk van de inschrijver</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categorie</translation>
    </message>
    <message>
        <source>Ceiling</source>
        <translation>Plafond</translation>
    </message>
    <message>
        <source>Chair</source>
        <translation>Voorzitter</translation>
    </message>
    <message>
        <source>Changed on</source>
        <translation>Gewijzigd op</translation>
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
        <source>Closes on</source>
        <translation>Sluit op</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Completed at</source>
        <translation>Voltooid op</translation>
    </message>
    <message>
        <source>Completed on</source>
        <translation>Voltooid op</translation>
    </message>
    <message>
        <source>Computed at</source>
        <translation>Berekend op</translation>
    </message>
    <message>
        <source>Contact e-mail</source>
        <translation>E-mail contactpersoon</translation>
    </message>
    <message>
        <source>Contact name</source>
        <translation>Naam contactpersoon</translation>
    </message>
    <message>
        <source>Contact phone</source>
        <translation>Telefoon contactpersoon</translation>
    </message>
    <message>
        <source>Contact role</source>
        <translation>Rol contactpersoon</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>Contract</translation>
    </message>
    <message>
        <source>Contract holder from year</source>
        <translation>Contracthouder vanaf jaar</translation>
    </message>
    <message>
        <source>Contract reference</source>
        <translation>Kenmerk van het contract</translation>
    </message>
    <message>
        <source>Created at</source>
        <translation>Aangemaakt op</translation>
    </message>
    <message>
        <source>Criteria locked</source>
        <translation>Criteria vergrendeld</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>Criterium</translation>
    </message>
    <message>
        <source>Criterion code</source>
        <translation>Code van het criterium</translation>
    </message>
    <message>
        <source>Criterion group</source>
        <translation>Criteriumgroep</translation>
    </message>
    <message>
        <source>Criterion title</source>
        <translation>Titel van het criterium</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Dag</translation>
    </message>
    <message>
        <source>Days to complete</source>
        <translation>Termijn aanvulling (dagen)</translation>
    </message>
    <message>
        <source>Deadline for questions</source>
        <translation>Uiterste datum vragen</translation>
    </message>
    <message>
        <source>Decide by</source>
        <translation>Beslissen vóór</translation>
    </message>
    <message>
        <source>Decided at</source>
        <translation>Besloten op</translation>
    </message>
    <message>
        <source>Decided on</source>
        <translation>Besloten op</translation>
    </message>
    <message>
        <source>Deciding body</source>
        <translation>Beslissend orgaan</translation>
    </message>
    <message>
        <source>Deciding organisation</source>
        <translation>Beslissende organisatie</translation>
    </message>
    <message>
        <source>Decision date</source>
        <translation>Besluitdatum</translation>
    </message>
    <message>
        <source>Decision letter sent on</source>
        <translation>Beschikking verzonden op</translation>
    </message>
    <message>
        <source>Decision term (weeks)</source>
        <translation>Beslistermijn (weken)</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Besluiten</translation>
    </message>
    <message>
        <source>Definitive on</source>
        <translation>Definitief op</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Omschrijving</translation>
    </message>
    <message>
        <source>Descriptor</source>
        <translation>Omschrijving</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>Weergavenaam</translation>
    </message>
    <message>
        <source>Distribution rule</source>
        <translation>Verdeelregel</translation>
    </message>
    <message>
        <source>District</source>
        <translation>Wijk</translation>
    </message>
    <message>
        <source>District name</source>
        <translation>Naam van de wijk</translation>
    </message>
    <message>
        <source>Districts</source>
        <translation>Wijken</translation>
    </message>
    <message>
        <source>Document description</source>
        <translation>Omschrijving van het document</translation>
    </message>
    <message>
        <source>Document reference</source>
        <translation>Kenmerk van het document</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Documenten</translation>
    </message>
    <message>
        <source>Drop-out rule</source>
        <translation>Uitvalregel</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>Einddatum</translation>
    </message>
    <message>
        <source>Estimated value</source>
        <translation>Geraamde waarde</translation>
    </message>
    <message>
        <source>Evaluator</source>
        <translation>Beoordelaar</translation>
    </message>
    <message>
        <source>Evaluator e-mail</source>
        <translation>E-mail van de beoordelaar</translation>
    </message>
    <message>
        <source>Evaluator name</source>
        <translation>Naam van de beoordelaar</translation>
    </message>
    <message>
        <source>Financial report from</source>
        <translation>Financieel verslag vanaf</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>Vingerafdruk</translation>
    </message>
    <message>
        <source>First bid</source>
        <translation>Eerste inschrijving</translation>
    </message>
    <message>
        <source>Function</source>
        <translation>Functie</translation>
    </message>
    <message>
        <source>Function of the signatory</source>
        <translation>Functie van de ondertekenaar</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>Doelen</translation>
    </message>
    <message>
        <source>Granted amount</source>
        <translation>Verleend bedrag</translation>
    </message>
    <message>
        <source>Has a conflict of interest</source>
        <translation>Heeft belangenconflict</translation>
    </message>
    <message>
        <source>Hash in the audit log</source>
        <translation>Hash in het auditlog</translation>
    </message>
    <message>
        <source>Hearing on</source>
        <translation>Hoorzitting op</translation>
    </message>
    <message>
        <source>Held at</source>
        <translation>Gehouden op</translation>
    </message>
    <message>
        <source>Holiday description</source>
        <translation>Omschrijving van de feestdag</translation>
    </message>
    <message>
        <source>IBAN</source>
        <translation>IBAN</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <source>Indicator name</source>
        <translation>Naam van de indicator</translation>
    </message>
    <message>
        <source>Invalidated</source>
        <translation>Ongeldig verklaard</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Sleutel</translation>
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
        <source>Last day</source>
        <translation>Laatste dag</translation>
    </message>
    <message>
        <source>Letters sent on</source>
        <translation>Brieven verzonden op</translation>
    </message>
    <message>
        <source>Logo</source>
        <translation>Logo</translation>
    </message>
    <message>
        <source>Lot</source>
        <translation>Perceel</translation>
    </message>
    <message>
        <source>Lot title</source>
        <translation>Titel van het perceel</translation>
    </message>
    <message>
        <source>Mandate</source>
        <translation>Mandaat</translation>
    </message>
    <message>
        <source>Maximum per applicant</source>
        <translation>Maximum per aanvrager</translation>
    </message>
    <message>
        <source>Maximum price points</source>
        <translation>Maximum punten prijs</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Methode</translation>
    </message>
    <message>
        <source>Moment</source>
        <translation>Moment</translation>
    </message>
    <message>
        <source>Money per point</source>
        <translation>Geld per punt</translation>
    </message>
    <message>
        <source>Months</source>
        <translation>Maanden</translation>
    </message>
    <message>
        <source>Motivation</source>
        <translation>Motivering</translation>
    </message>
    <message>
        <source>Motivation required</source>
        <translation>Motivering verplicht</translation>
    </message>
    <message>
        <source>Multiple bids allowed</source>
        <translation>Meerdere inschrijvingen toegestaan</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Gemeente</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Name of the signatory</source>
        <translation>Naam van de ondertekenaar</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Opmerkingen</translation>
    </message>
    <message>
        <source>Notice period (months)</source>
        <translation>Opzegtermijn (maanden)</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <source>Number of evaluators</source>
        <translation>Aantal beoordelaars</translation>
    </message>
    <message>
        <source>Number of individual scores</source>
        <translation>Aantal individuele scores</translation>
    </message>
    <message>
        <source>Number of members</source>
        <translation>Aantal leden</translation>
    </message>
    <message>
        <source>Opens on</source>
        <translation>Opent op</translation>
    </message>
    <message>
        <source>Opinion</source>
        <translation>Oordeel</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisatie</translation>
    </message>
    <message>
        <source>Organisation name</source>
        <translation>Naam van de organisatie</translation>
    </message>
    <message>
        <source>Other funders</source>
        <translation>Andere financiers</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Uitkomst</translation>
    </message>
    <message>
        <source>Outcome on</source>
        <translation>Uitkomst op</translation>
    </message>
    <message>
        <source>Own decision term</source>
        <translation>Eigen beslistermijn</translation>
    </message>
    <message>
        <source>Paid on</source>
        <translation>Betaald op</translation>
    </message>
    <message>
        <source>Parent</source>
        <translation>Bovenliggend</translation>
    </message>
    <message>
        <source>Payment reference</source>
        <translation>Kenmerk van de betaling</translation>
    </message>
    <message>
        <source>Performance basis</source>
        <translation>Basis prestaties</translation>
    </message>
    <message>
        <source>Period (days)</source>
        <translation>Periode (dagen)</translation>
    </message>
    <message>
        <source>Period end</source>
        <translation>Einde periode</translation>
    </message>
    <message>
        <source>Period start</source>
        <translation>Begin periode</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefoon</translation>
    </message>
    <message>
        <source>Planned award date</source>
        <translation>Geplande gunningsdatum</translation>
    </message>
    <message>
        <source>Planned contract start</source>
        <translation>Geplande start contract</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Positie</translation>
    </message>
    <message>
        <source>Postal address</source>
        <translation>Postadres</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>Postcode</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Aanwezig</translation>
    </message>
    <message>
        <source>Previous fingerprint</source>
        <translation>Vorige vingerafdruk</translation>
    </message>
    <message>
        <source>Previous hash in the audit log</source>
        <translation>Vorige hash in het auditlog</translation>
    </message>
    <message>
        <source>Price ceiling</source>
        <translation>Plafondprijs</translation>
    </message>
    <message>
        <source>Price criterion</source>
        <translation>Prijscriterium</translation>
    </message>
    <message>
        <source>Price floor</source>
        <translation>Bodemprijs</translation>
    </message>
    <message>
        <source>Price formula</source>
        <translation>Prijsformule</translation>
    </message>
    <message>
        <source>Price per year</source>
        <translation>Prijs per jaar</translation>
    </message>
    <message>
        <source>Prices hidden</source>
        <translation>Prijzen verborgen</translation>
    </message>
    <message>
        <source>Procedure</source>
        <translation>Procedure</translation>
    </message>
    <message>
        <source>Procurement</source>
        <translation>Aanbesteding</translation>
    </message>
    <message>
        <source>Procurement reference</source>
        <translation>Kenmerk van de aanbesteding</translation>
    </message>
    <message>
        <source>Procurement title</source>
        <translation>Titel van de aanbesteding</translation>
    </message>
    <message>
        <source>Publication date</source>
        <translation>Publicatiedatum</translation>
    </message>
    <message>
        <source>Published on</source>
        <translation>Gepubliceerd op</translation>
    </message>
    <message>
        <source>RSIN</source>
        <translation>RSIN</translation>
    </message>
    <message>
        <source>Ranking</source>
        <translation>Rangorde</translation>
    </message>
    <message>
        <source>Ranking score</source>
        <translation>Rangscore</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reden</translation>
    </message>
    <message>
        <source>Reason for refusal</source>
        <translation>Reden weigering</translation>
    </message>
    <message>
        <source>Reason for status</source>
        <translation>Reden status</translation>
    </message>
    <message>
        <source>Reason for succession</source>
        <translation>Reden opvolging</translation>
    </message>
    <message>
        <source>Reason invalidated</source>
        <translation>Reden ongeldig</translation>
    </message>
    <message>
        <source>Reason late</source>
        <translation>Reden te laat</translation>
    </message>
    <message>
        <source>Reason not first</source>
        <translation>Reden niet eerste</translation>
    </message>
    <message>
        <source>Reason settled above grant</source>
        <translation>Reden vaststelling boven verlening</translation>
    </message>
    <message>
        <source>Reason to go ahead despite objection</source>
        <translation>Reden doorgaan ondanks bezwaar</translation>
    </message>
    <message>
        <source>Reason withdrawn</source>
        <translation>Reden intrekking</translation>
    </message>
    <message>
        <source>Reasons</source>
        <translation>Redenen</translation>
    </message>
    <message>
        <source>Received at</source>
        <translation>Ontvangen op</translation>
    </message>
    <message>
        <source>Received on</source>
        <translation>Ontvangen op</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>Record in the audit log</source>
        <translation>Record in het auditlog</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Kenmerk</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Rapportage</translation>
    </message>
    <message>
        <source>Report assessed on</source>
        <translation>Verslag beoordeeld op</translation>
    </message>
    <message>
        <source>Report assessment</source>
        <translation>Beoordeling verslag</translation>
    </message>
    <message>
        <source>Report due (days)</source>
        <translation>Verslag binnen (dagen)</translation>
    </message>
    <message>
        <source>Report due (weeks)</source>
        <translation>Verslag binnen (weken)</translation>
    </message>
    <message>
        <source>Report every (months)</source>
        <translation>Rapportage elke (maanden)</translation>
    </message>
    <message>
        <source>Report received on</source>
        <translation>Verslag ontvangen op</translation>
    </message>
    <message>
        <source>Report reminder sent on</source>
        <translation>Herinnering verslag verzonden op</translation>
    </message>
    <message>
        <source>Requested amount</source>
        <translation>Aangevraagd bedrag</translation>
    </message>
    <message>
        <source>Requested on</source>
        <translation>Aangevraagd op</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>Scale</source>
        <translation>Schaal</translation>
    </message>
    <message>
        <source>Scale name</source>
        <translation>Naam van de schaal</translation>
    </message>
    <message>
        <source>Scheme</source>
        <translation>Regeling</translation>
    </message>
    <message>
        <source>Scheme name</source>
        <translation>Naam van de regeling</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Search text</source>
        <translation>Zoektekst</translation>
    </message>
    <message>
        <source>Sees prices</source>
        <translation>Ziet prijzen</translation>
    </message>
    <message>
        <source>Sent on</source>
        <translation>Verzonden op</translation>
    </message>
    <message>
        <source>Sequence</source>
        <translation>Volgorde</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>Instelling</translation>
    </message>
    <message>
        <source>Settled amount</source>
        <translation>Vastgesteld bedrag</translation>
    </message>
    <message>
        <source>Settled on</source>
        <translation>Vastgesteld op</translation>
    </message>
    <message>
        <source>Settlement letter sent on</source>
        <translation>Vaststellingsbrief verzonden op</translation>
    </message>
    <message>
        <source>Settlement reason</source>
        <translation>Reden vaststelling</translation>
    </message>
    <message>
        <source>Signed at</source>
        <translation>Ondertekend op</translation>
    </message>
    <message>
        <source>Signed by</source>
        <translation>Ondertekend door</translation>
    </message>
    <message>
        <source>Signed on</source>
        <translation>Ondertekend op</translation>
    </message>
    <message>
        <source>Sort name</source>
        <translation>Sorteernaam</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Bron</translation>
    </message>
    <message>
        <source>Source of the score</source>
        <translation>Bron van de score</translation>
    </message>
    <message>
        <source>Spread flagged from (steps)</source>
        <translation>Spreiding gemarkeerd vanaf (stappen)</translation>
    </message>
    <message>
        <source>Standstill ends</source>
        <translation>Einde opschortingstermijn</translation>
    </message>
    <message>
        <source>Standstill period (days)</source>
        <translation>Opschortingstermijn (dagen)</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>Begindatum</translation>
    </message>
    <message>
        <source>Statement</source>
        <translation>Verklaring</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>Straat</translation>
    </message>
    <message>
        <source>Street and number</source>
        <translation>Straat en huisnummer</translation>
    </message>
    <message>
        <source>Submission deadline</source>
        <translation>Uiterste inschrijfdatum</translation>
    </message>
    <message>
        <source>Submitted at</source>
        <translation>Ingediend op</translation>
    </message>
    <message>
        <source>Succeeded on</source>
        <translation>Opgevolgd op</translation>
    </message>
    <message>
        <source>Successor</source>
        <translation>Rechtsopvolger</translation>
    </message>
    <message>
        <source>Successor organisation</source>
        <translation>Opvolgende organisatie</translation>
    </message>
    <message>
        <source>Sum of the individual scores</source>
        <translation>Som van de individuele scores</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Samenvatting</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Tabel</translation>
    </message>
    <message>
        <source>Table in the audit log</source>
        <translation>Tabel in het auditlog</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Streefwaarde</translation>
    </message>
    <message>
        <source>Term (months)</source>
        <translation>Looptijd (maanden)</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Tekst</translation>
    </message>
    <message>
        <source>Text version</source>
        <translation>Tekstversie</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Thema</translation>
    </message>
    <message>
        <source>Theme name</source>
        <translation>Naam van het thema</translation>
    </message>
    <message>
        <source>Threshold category</source>
        <translation>Categorie van de drempel</translation>
    </message>
    <message>
        <source>Tie-break method</source>
        <translation>Methode van de beslissing bij gelijke stand</translation>
    </message>
    <message>
        <source>Tie-break rules</source>
        <translation>Regels bij gelijke stand</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Total budget</source>
        <translation>Totale begroting</translation>
    </message>
    <message>
        <source>Total price</source>
        <translation>Totaalprijs</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Eenheid</translation>
    </message>
    <message>
        <source>Updated at</source>
        <translation>Bijgewerkt op</translation>
    </message>
    <message>
        <source>Use the average</source>
        <translation>Gemiddelde gebruiken</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Gebruiker</translation>
    </message>
    <message>
        <source>User account</source>
        <translation>Gebruikersaccount</translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation>Geldig vanaf</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Geldig tot</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Waarde</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versie</translation>
    </message>
    <message>
        <source>Version of the declaration text</source>
        <translation>Versie van de verklaringstekst</translation>
    </message>
    <message>
        <source>Visiting address</source>
        <translation>Bezoekadres</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Website</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Weging</translation>
    </message>
    <message>
        <source>Witness</source>
        <translation>Getuige</translation>
    </message>
    <message>
        <source>Working Hours Act applies</source>
        <translation>Arbeidstijdenwet van toepassing</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Jaar</translation>
    </message>
</context>
<context>
    <name>Fields</name>
    <message>
        <source>Activity</source>
        <translation>Activiteit</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adres</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>Aanvrager</translation>
    </message>
    <message>
        <source>Applicant&apos;s own reference</source>
        <translation>Kenmerk aanvrager</translation>
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
        <source>Bidder&apos;s own reference</source>
        <translation>Kenmerk inschrijver</translation>
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
        <source>Decision date</source>
        <translation>Datum besluit</translation>
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
        <source>Goals</source>
        <translation>Doelen</translation>
    </message>
    <message>
        <source>Granted amount</source>
        <translation>Verleend bedrag</translation>
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
        <source>Line number (ignored)</source>
        <translation>Regelnummer (genegeerd)</translation>
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
        <source>Number of members</source>
        <translation>Aantal leden</translation>
    </message>
    <message>
        <source>Other funders</source>
        <translation>Andere financiers</translation>
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
        <source>Ranking score</source>
        <translation>Score voor rangschikking</translation>
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
        <source>Reference</source>
        <translation>Referentie</translation>
    </message>
    <message>
        <source>Requested amount</source>
        <translation>Aangevraagd bedrag</translation>
    </message>
    <message>
        <source>Scale</source>
        <translation>Schaal</translation>
    </message>
    <message>
        <source>Scheme</source>
        <translation>Regeling</translation>
    </message>
    <message>
        <source>Settled amount</source>
        <translation>Vastgesteld bedrag</translation>
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
        <source>Theme</source>
        <translation>Thema</translation>
    </message>
    <message>
        <source>Total budget</source>
        <translation>Begroting totaal</translation>
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
    <name>FileMenu</name>
    <message>
        <source>&amp;Clear the list</source>
        <translation>&amp;Lijst wissen</translation>
    </message>
    <message>
        <source>&amp;Connect to PostgreSQL…</source>
        <translation>Verbinden met &amp;PostgreSQL…</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Taal</translation>
    </message>
    <message>
        <source>&amp;Open database file…</source>
        <translation>Database&amp;bestand openen…</translation>
    </message>
    <message>
        <source>Backup made</source>
        <translation>Reservekopie gemaakt</translation>
    </message>
    <message>
        <source>File not found</source>
        <translation>Bestand niet gevonden</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Taal</translation>
    </message>
    <message>
        <source>Make a &amp;backup…</source>
        <translation>Reserve&amp;kopie maken…</translation>
    </message>
    <message>
        <source>Make a backup</source>
        <translation>Reservekopie maken</translation>
    </message>
    <message>
        <source>Making a backup…</source>
        <translation>Reservekopie maken…</translation>
    </message>
    <message>
        <source>No databases opened yet</source>
        <translation>Nog geen databases geopend</translation>
    </message>
    <message>
        <source>Open a database file</source>
        <translation>Databasebestand openen</translation>
    </message>
    <message>
        <source>Recent &amp;databases</source>
        <translation>&amp;Recente databases</translation>
    </message>
    <message>
        <source>SQLite databases (*.sqlite3)</source>
        <translation>SQLite-databases (*.sqlite3)</translation>
    </message>
    <message>
        <source>The backup was written to {path}.</source>
        <translation>De reservekopie is geschreven naar {path}.</translation>
    </message>
    <message>
        <source>The file {path} does not exist (any more).</source>
        <translation>Het bestand {path} bestaat niet (meer).</translation>
    </message>
    <message>
        <source>The file {path} does not exist any more (moved, renamed or deleted); it was taken off the list of recent databases.</source>
        <translation>Het bestand {path} bestaat niet meer (verplaatst, hernoemd of verwijderd); het is van de lijst met recente databases gehaald.</translation>
    </message>
    <message>
        <source>The program will be in {language} from the next time you start it. Close and start it again to switch now.</source>
        <translation>Het programma is in het {language} vanaf de volgende keer dat u het start. Sluit het en start het opnieuw om nu over te schakelen.</translation>
    </message>
    <message>
        <source>backup</source>
        <translation>reservekopie</translation>
    </message>
    <message>
        <source>ssb-desktop databases (*.sqlite3 *.sqlite *.db);;All files (*)</source>
        <translation>ssb-desktop-databases (*.sqlite3 *.sqlite *.db);;Alle bestanden (*)</translation>
    </message>
    <message>
        <source>{address} (not found)</source>
        <translation>{address} (niet gevonden)</translation>
    </message>
</context>
<context>
    <name>GridExchange</name>
    <message>
        <source>Dossier made</source>
        <translation>Dossier gemaakt</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel-werkmappen (*.xlsx)</translation>
    </message>
    <message>
        <source>Export scoring grids…</source>
        <translation>Beoordelingsformulieren exporteren…</translation>
    </message>
    <message>
        <source>Folder for the evaluation dossier</source>
        <translation>Map voor het evaluatiedossier</translation>
    </message>
    <message>
        <source>Folder for the scoring grids</source>
        <translation>Map voor de beoordelingsformulieren</translation>
    </message>
    <message>
        <source>Import scoring grids</source>
        <translation>Beoordelingsformulieren importeren</translation>
    </message>
    <message>
        <source>Import scoring grids…</source>
        <translation>Beoordelingsformulieren importeren…</translation>
    </message>
    <message>
        <source>Imported: {created} new and {updated} changed scores; {unchanged} unchanged.</source>
        <translation>Geïmporteerd: {created} nieuwe en {updated} gewijzigde scores; {unchanged} ongewijzigd.</translation>
    </message>
    <message>
        <source>Make the dossier…</source>
        <translation>Dossier maken…</translation>
    </message>
    <message>
        <source>Scoring grids exported</source>
        <translation>Beoordelingsformulieren geëxporteerd</translation>
    </message>
    <message>
        <source>Scoring grids imported</source>
        <translation>Beoordelingsformulieren geïmporteerd</translation>
    </message>
    <message>
        <source>The evaluation dossier of lot {lot} was written to {path}.</source>
        <translation>Het evaluatiedossier van perceel {lot} is opgeslagen als {path}.</translation>
    </message>
</context>
<context>
    <name>GridImportDialog</name>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importeren</translation>
    </message>
    <message>
        <source>(entered in the program)</source>
        <translation>(ingevoerd in het programma)</translation>
    </message>
    <message>
        <source>Bid</source>
        <translation>Inschrijving</translation>
    </message>
    <message>
        <source>Cell</source>
        <translation>Cel</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Wijziging</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>Criterium</translation>
    </message>
    <message>
        <source>Evaluator</source>
        <translation>Beoordelaar</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Bestand</translation>
    </message>
    <message>
        <source>Import scoring grids</source>
        <translation>Beoordelingsformulieren importeren</translation>
    </message>
    <message>
        <source>No problems.</source>
        <translation>Geen problemen.</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Nu</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problemen</translation>
    </message>
    <message>
        <source>Problems: nothing is imported until they are solved</source>
        <translation>Problemen: er wordt niets geïmporteerd tot ze zijn opgelost</translation>
    </message>
    <message>
        <source>Replace the {n} scores that were entered in the program</source>
        <translation>De {n} scores vervangen die in het programma zijn ingevoerd</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Scores per cell</source>
        <translation>Scores per cel</translation>
    </message>
    <message>
        <source>{files} files: {new} new, {changed} changed and {unchanged} unchanged scores; {empty} cells left empty.</source>
        <translation>{files} bestanden: {new} nieuwe, {changed} gewijzigde en {unchanged} ongewijzigde scores; {empty} cellen leeg gelaten.</translation>
    </message>
</context>
<context>
    <name>HelpWindow</name>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Terug</translation>
    </message>
    <message>
        <source>&amp;Contents</source>
        <translation>&amp;Inhoud</translation>
    </message>
    <message>
        <source>&amp;Forward</source>
        <translation>&amp;Vooruit</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Actie</translation>
    </message>
    <message>
        <source>Alt with the underlined letter opens a menu or presses a button. F1 opens the manual at the page you are on.</source>
        <translation>Alt met de onderstreepte letter opent een menu of drukt op een knop. F1 opent de handleiding bij de pagina waarop u werkt.</translation>
    </message>
    <message>
        <source>Contents of the manual</source>
        <translation>Inhoud van de handleiding</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Sneltoetsen</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Toetsen</translation>
    </message>
    <message>
        <source>Manual</source>
        <translation>Handleiding</translation>
    </message>
    <message>
        <source>Manual — ssb-desktop</source>
        <translation>Handleiding — ssb-desktop</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Waar</translation>
    </message>
</context>
<context>
    <name>HolidayDialog</name>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Toevoegen</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;Datum</translation>
    </message>
    <message>
        <source>Add royal-decree day</source>
        <translation>Dag bij Koninklijk Besluit toevoegen</translation>
    </message>
    <message>
        <source>De&amp;scription</source>
        <translation>&amp;Omschrijving</translation>
    </message>
    <message>
        <source>e.g. Friday after Ascension Day</source>
        <translation>bijv. vrijdag na Hemelvaartsdag</translation>
    </message>
</context>
<context>
    <name>HolidaysTab</name>
    <message>
        <source>Add &amp;day…</source>
        <translation>&amp;Dag toevoegen…</translation>
    </message>
    <message>
        <source>Days equated with public holidays by royal decree (Algemene termijnenwet). A standstill period that would end on such a day ends on the next working day. The holidays of the Algemene termijnenwet itself are known to the program.</source>
        <translation>Dagen die bij Koninklijk Besluit met een algemeen erkende feestdag zijn gelijkgesteld (Algemene termijnenwet). Een opschortende termijn die op zo&apos;n dag zou eindigen, eindigt op de eerstvolgende werkdag. De feestdagen van de Algemene termijnenwet zelf kent het programma al.</translation>
    </message>
    <message>
        <source>Re&amp;move day…</source>
        <translation>Dag &amp;verwijderen…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <source>Remove royal-decree day</source>
        <translation>Dag bij Koninklijk Besluit verwijderen</translation>
    </message>
    <message>
        <source>Remove {day} ({description}) from the royal-decree days? Standstill periods decided already keep their last day.</source>
        <translation>{day} ({description}) verwijderen uit de dagen bij Koninklijk Besluit? Opschortende termijnen van eerdere besluiten houden hun laatste dag.</translation>
    </message>
    <message>
        <source>Royal-decree day added</source>
        <translation>Dag bij Koninklijk Besluit toegevoegd</translation>
    </message>
    <message>
        <source>Royal-decree days</source>
        <translation>Dagen bij Koninklijk Besluit</translation>
    </message>
</context>
<context>
    <name>HouseStyleTab</name>
    <message>
        <source>&amp;Municipality</source>
        <translation>Geme&amp;ente</translation>
    </message>
    <message>
        <source>&amp;Save house style</source>
        <translation>Huisstijl op&amp;slaan</translation>
    </message>
    <message>
        <source>&amp;Website</source>
        <translation>&amp;Website</translation>
    </message>
    <message>
        <source>(no logo)</source>
        <translation>(geen logo)</translation>
    </message>
    <message>
        <source>Account (IBAN) for &amp;repayments</source>
        <translation>Rekening (IBAN) voor &amp;terugbetalingen</translation>
    </message>
    <message>
        <source>Choose &amp;logo…</source>
        <translation>&amp;Logo kiezen…</translation>
    </message>
    <message>
        <source>Choose the logo</source>
        <translation>Kies het logo</translation>
    </message>
    <message>
        <source>E-&amp;mail</source>
        <translation>E-&amp;mail</translation>
    </message>
    <message>
        <source>Function</source>
        <translation>Functie</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.gif)</source>
        <translation>Afbeeldingen (*.png *.jpg *.jpeg *.gif)</translation>
    </message>
    <message>
        <source>Logo</source>
        <translation>Logo</translation>
    </message>
    <message>
        <source>Mandate line</source>
        <translation>Mandaatregel</translation>
    </message>
    <message>
        <source>P&amp;hone</source>
        <translation>Telefoo&amp;n</translation>
    </message>
    <message>
        <source>P&amp;ostal address</source>
        <translation>P&amp;ostadres</translation>
    </message>
    <message>
        <source>Remo&amp;ve logo</source>
        <translation>Logo &amp;verwijderen</translation>
    </message>
    <message>
        <source>Signatories per kind of letter</source>
        <translation>Ondertekenaars per soort brief</translation>
    </message>
    <message>
        <source>Signatory&apos;s name</source>
        <translation>Naam ondertekenaar</translation>
    </message>
    <message>
        <source>Vi&amp;siting address</source>
        <translation>Bezoek&amp;adres</translation>
    </message>
    <message>
        <source>Who signs each kind of letter, and the mandate line above the name (for example &quot;namens het college van burgemeester en wethouders&quot;):</source>
        <translation>Wie elke soort brief ondertekent, en de mandaatregel boven de naam (bijvoorbeeld &quot;namens het college van burgemeester en wethouders&quot;):</translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <source>&quot;{given}&quot; is linked to {name} in the register by its name (confirmed).</source>
        <translation>&quot;{given}&quot; is op naam gekoppeld aan {name} in het register (bevestigd).</translation>
    </message>
    <message>
        <source>&quot;{value}&quot; is not a date; write it as dd-mm-jjjj.</source>
        <translation>&quot;{value}&quot; is geen datum; schrijf die als dd-mm-jjjj.</translation>
    </message>
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
        <source>&quot;{value}&quot; is not an amount; write it as 1250,50.</source>
        <translation>&quot;{value}&quot; is geen bedrag; schrijf het als 1250,50.</translation>
    </message>
    <message>
        <source>&quot;{value}&quot; is not an id from an export; empty the cell for a new application.</source>
        <translation>&quot;{value}&quot; is geen id uit een export; maak de cel leeg voor een nieuwe aanvraag.</translation>
    </message>
    <message>
        <source>&quot;{value}&quot; is not an id from an export; empty the cell for a new bid.</source>
        <translation>&quot;{value}&quot; is geen id uit een export; maak de cel leeg voor een nieuwe inschrijving.</translation>
    </message>
    <message>
        <source>A decision needs its date; fill it in as dd-mm-jjjj.</source>
        <translation>Een besluit heeft een datum nodig; vul die in als dd-mm-jjjj.</translation>
    </message>
    <message>
        <source>A grant needs the granted amount; fill it in.</source>
        <translation>Een verlening heeft het verleende bedrag nodig; vul het in.</translation>
    </message>
    <message>
        <source>A refusal grants nothing; empty the granted amount or choose Verlenen.</source>
        <translation>Een afwijzing verleent niets; maak het verleende bedrag leeg of kies Verlenen.</translation>
    </message>
    <message>
        <source>A refusal needs its reason for the letter; fill it in.</source>
        <translation>Een afwijzing heeft een reden nodig voor de brief; vul die in.</translation>
    </message>
    <message>
        <source>Application {reference} was decided on {date}, after its decision deadline of {due}.</source>
        <translation>Over aanvraag {reference} is besloten op {date}, na de beslistermijn van {due}.</translation>
    </message>
    <message>
        <source>Describe the activity the subsidy is for.</source>
        <translation>Beschrijf de activiteit waarvoor de subsidie is.</translation>
    </message>
    <message>
        <source>Fill in the date the application was received (dd-mm-yyyy).</source>
        <translation>Vul de datum in waarop de aanvraag is ontvangen (dd-mm-jjjj).</translation>
    </message>
    <message>
        <source>Fill in the requested amount.</source>
        <translation>Vul het aangevraagde bedrag in.</translation>
    </message>
    <message>
        <source>KvK number {kvk} belongs to {name} in the register, not to {given}; the application is linked to {name}.</source>
        <translation>KvK-nummer {kvk} hoort in het register bij {name}, niet bij {given}; de aanvraag wordt gekoppeld aan {name}.</translation>
    </message>
    <message>
        <source>KvK number {kvk} belongs to {name} in the register, not to {given}; the bid is linked to {name}.</source>
        <translation>KvK-nummer {kvk} hoort in het register bij {name}, niet bij {given}; de inschrijving wordt aan {name} gekoppeld.</translation>
    </message>
    <message>
        <source>KvK number {value} lost its leading zeros; read as {kvk}.</source>
        <translation>KvK-nummer {value} was zijn voorloopnullen kwijt; gelezen als {kvk}.</translation>
    </message>
    <message>
        <source>Name the applicant: the organisation&apos;s name or its KvK number.</source>
        <translation>Noem de aanvrager: de naam van de organisatie of het KvK-nummer.</translation>
    </message>
    <message>
        <source>No column holds the activities; give that column the header Activiteit, or choose it in the column mapping.</source>
        <translation>Geen kolom bevat de activiteiten; geef die kolom de kop Activiteit, of kies hem bij de kolomindeling.</translation>
    </message>
    <message>
        <source>No column holds the applicants; give that column the header Organisatie or KvK-nummer, or choose it in the column mapping.</source>
        <translation>Geen kolom bevat de aanvragers; geef die kolom de kop Organisatie of KvK-nummer, of kies hem bij de kolomindeling.</translation>
    </message>
    <message>
        <source>No column holds the dates of receipt; give that column the header Datum ontvangst, or choose it in the column mapping.</source>
        <translation>Geen kolom bevat de datums van ontvangst; geef die kolom de kop Datum ontvangst, of kies hem bij de kolomindeling.</translation>
    </message>
    <message>
        <source>No column holds the names of the organisations; give that column the header Naam, or assign it to Name in the column mapping.</source>
        <translation>Geen enkele kolom bevat de namen van de organisaties; geef die kolom de kolomnaam Naam, of koppel haar aan het veld Naam bij het koppelen van de kolommen.</translation>
    </message>
    <message>
        <source>No column holds the requested amounts; give that column the header Aangevraagd bedrag, or choose it in the column mapping.</source>
        <translation>Geen kolom bevat de aangevraagde bedragen; geef die kolom de kop Aangevraagd bedrag, of kies hem bij de kolomindeling.</translation>
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
        <source>The ID &quot;{value}&quot; was changed; put back the ID the workbook was exported with.</source>
        <translation>Het ID &quot;{value}&quot; is gewijzigd; zet het ID terug waarmee het bestand is geëxporteerd.</translation>
    </message>
    <message>
        <source>The amount {value} is negative; write zero or more.</source>
        <translation>Het bedrag {value} is negatief; schrijf nul of meer.</translation>
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
        <source>The form gives no date of the application; the date of import {date} is used.</source>
        <translation>Het formulier geeft geen datum van de aanvraag; de datum van import {date} wordt gebruikt.</translation>
    </message>
    <message>
        <source>The number of members {value} is negative; write zero or more.</source>
        <translation>Het aantal leden {value} is negatief; schrijf nul of meer.</translation>
    </message>
    <message>
        <source>The register has IBAN {register} for {name}, not {given}; the register is not changed by this import. Change it on the Organisations page if the new account is right.</source>
        <translation>Het register heeft IBAN {register} voor {name}, niet {given}; deze import wijzigt het register niet. Wijzig het op de pagina Organisaties als het nieuwe rekeningnummer juist is.</translation>
    </message>
    <message>
        <source>The requested amount {value} is not more than zero; write the amount requested.</source>
        <translation>Het aangevraagde bedrag {value} is niet meer dan nul; schrijf het aangevraagde bedrag.</translation>
    </message>
    <message>
        <source>The score &quot;{value}&quot; is not a number of zero or more below 100000; write a score such as 7,5, or empty the cell.</source>
        <translation>De score &quot;{value}&quot; is geen getal van nul of meer onder 100000; schrijf een score zoals 7,5, of maak de cel leeg.</translation>
    </message>
    <message>
        <source>The status says granted but no amount is given; the requested amount {amount} is taken as granted.</source>
        <translation>De status zegt verleend maar er is geen bedrag opgegeven; het aangevraagde bedrag {amount} wordt als verleend genomen.</translation>
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
        <source>Unknown decision &quot;{value}&quot;; choose Verlenen or Afwijzen, or leave it empty.</source>
        <translation>Onbekend besluit &quot;{value}&quot;; kies Verlenen of Afwijzen, of laat het leeg.</translation>
    </message>
    <message>
        <source>Unknown status &quot;{value}&quot;; write Ontvangen, Onvolledig, Uitgesloten, Geldig or Ingetrokken.</source>
        <translation>Onbekende status &quot;{value}&quot;; schrijf Ontvangen, Onvolledig, Uitgesloten, Geldig of Ingetrokken.</translation>
    </message>
    <message>
        <source>Unknown status &quot;{value}&quot;; write Ontvangen, Onvolledig, Volledig, Verleend, Gedeeltelijk verleend, Afgewezen, Voorschot betaald, Vastgesteld, Afgesloten or Ingetrokken.</source>
        <translation>Onbekende status &quot;{value}&quot;; schrijf Ontvangen, Onvolledig, Volledig, Verleend, Gedeeltelijk verleend, Afgewezen, Voorschot betaald, Vastgesteld, Afgesloten of Ingetrokken.</translation>
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
    <message>
        <source>{organisation} is not in the register yet and is added as a volunteer organisation; complete its details on the Organisations page.</source>
        <translation>{organisation} staat nog niet in het register en wordt toegevoegd als vrijwilligersorganisatie; vul de gegevens aan op de pagina Organisaties.</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message numerus="yes">
        <source>%n problems</source>
        <translation>
            <numerusform>%n probleem</numerusform>
            <numerusform>%n problemen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warnings</source>
        <translation>
            <numerusform>%n waarschuwing</numerusform>
            <numerusform>%n waarschuwingen</numerusform>
        </translation>
    </message>
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
        <source>No field reads this column; choose one to import it.</source>
        <translation>Geen veld leest deze kolom; kies er een om de kolom in te lezen.</translation>
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
        <source>{created} new, {updated} changed, {deleted} removed, {unchanged} unchanged; {warnings}, {problems}.</source>
        <translation>{created} nieuw, {updated} gewijzigd, {deleted} verwijderd, {unchanged} ongewijzigd; {warnings}, {problems}.</translation>
    </message>
    <message>
        <source>{created} new, {updated} changed, {unchanged} unchanged; {warnings}, {problems}.</source>
        <translation>{created} nieuw, {updated} gewijzigd, {unchanged} ongewijzigd; {warnings}, {problems}.</translation>
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
    <name>IndicatorDialog</name>
    <message>
        <source>&amp;Add target</source>
        <translation>Doel &amp;toevoegen</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Naam</translation>
    </message>
    <message>
        <source>&amp;Remove target</source>
        <translation>Doel &amp;verwijderen</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Opslaan</translation>
    </message>
    <message>
        <source>&amp;Targets per year</source>
        <translation>&amp;Doelen per jaar</translation>
    </message>
    <message>
        <source>&amp;Unit</source>
        <translation>&amp;Eenheid</translation>
    </message>
    <message>
        <source>A target without a district holds for the whole municipality; targets per district make the contractor report per district.</source>
        <translation>Een doel zonder wijk geldt voor de hele gemeente; met doelen per wijk rapporteert de opdrachtnemer per wijk.</translation>
    </message>
    <message>
        <source>District</source>
        <translation>Wijk</translation>
    </message>
    <message>
        <source>Indicator of contract {reference}</source>
        <translation>Indicator van overeenkomst {reference}</translation>
    </message>
    <message>
        <source>Row {row}: write the target as a number, e.g. 40 or 12,5.</source>
        <translation>Regel {row}: schrijf het doel als getal, bijvoorbeeld 40 of 12,5.</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Doel</translation>
    </message>
    <message>
        <source>Targets</source>
        <translation>Doelen</translation>
    </message>
    <message>
        <source>Whole municipality</source>
        <translation>Hele gemeente</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Jaar</translation>
    </message>
    <message>
        <source>e.g. people, meetings, hours</source>
        <translation>bijvoorbeeld personen, bijeenkomsten, uren</translation>
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
    <name>Language</name>
    <message>
        <source>English</source>
        <translation>English</translation>
    </message>
    <message>
        <source>Nederlands</source>
        <translation>Nederlands</translation>
    </message>
</context>
<context>
    <name>Letter</name>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Dear Sir or Madam,</source>
        <translation>Geachte heer, mevrouw,</translation>
    </message>
    <message>
        <source>Our reference</source>
        <translation>Ons kenmerk</translation>
    </message>
    <message>
        <source>Postal address</source>
        <translation>Postadres</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Onderwerp</translation>
    </message>
    <message>
        <source>Visiting address</source>
        <translation>Bezoekadres</translation>
    </message>
    <message>
        <source>Your reference</source>
        <translation>Uw kenmerk</translation>
    </message>
    <message>
        <source>Yours faithfully,</source>
        <translation>Met vriendelijke groet,</translation>
    </message>
    <message>
        <source>for the attention of {name}</source>
        <translation>t.a.v. {name}</translation>
    </message>
</context>
<context>
    <name>LetterKind</name>
    <message>
        <source>Award decision to another bidder</source>
        <translation>Gunningsbeslissing aan een andere inschrijver</translation>
    </message>
    <message>
        <source>Award decision to the winner</source>
        <translation>Gunningsbeslissing aan de winnaar</translation>
    </message>
    <message>
        <source>Minutes of the consensus meeting</source>
        <translation>Verslag van de consensusbijeenkomst</translation>
    </message>
    <message>
        <source>Partial subsidy grant</source>
        <translation>Gedeeltelijke subsidieverlening</translation>
    </message>
    <message>
        <source>Reminder of an overdue accountability report</source>
        <translation>Herinnering verantwoording te laat</translation>
    </message>
    <message>
        <source>Subsidy grant</source>
        <translation>Subsidieverlening</translation>
    </message>
    <message>
        <source>Subsidy granted and settled at once</source>
        <translation>Subsidie verleend en direct vastgesteld</translation>
    </message>
    <message>
        <source>Subsidy refusal</source>
        <translation>Subsidieweigering</translation>
    </message>
    <message>
        <source>Subsidy settlement</source>
        <translation>Subsidievaststelling</translation>
    </message>
</context>
<context>
    <name>LetterTemplatesTab</name>
    <message>
        <source>&amp;Letter</source>
        <translation>Bri&amp;ef</translation>
    </message>
    <message>
        <source>A blank line separates paragraphs; a line starting with # is a heading, kept on one page with the paragraph after it. Placeholders in braces are filled in per letter; those marked * are required by law.</source>
        <translation>Een witregel scheidt alinea&apos;s; een regel die met # begint is een kop, die op één pagina blijft met de alinea erna. Invulplekken tussen accolades worden per brief ingevuld; die met * zijn wettelijk verplicht.</translation>
    </message>
    <message>
        <source>Back to &amp;default</source>
        <translation>Terug naar &amp;standaard</translation>
    </message>
    <message>
        <source>Back to default</source>
        <translation>Terug naar standaard</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Verwerpen</translation>
    </message>
    <message>
        <source>Discard your changes to the text of {kind}?</source>
        <translation>Uw wijzigingen in de tekst van {kind} weggooien?</translation>
    </message>
    <message>
        <source>Kind of letter</source>
        <translation>Soort brief</translation>
    </message>
    <message>
        <source>Letter texts</source>
        <translation>Brieventeksten</translation>
    </message>
    <message>
        <source>Placeholders: {names}</source>
        <translation>Invulplekken: {names}</translation>
    </message>
    <message>
        <source>Pre&amp;view on</source>
        <translation>&amp;Voorbeeld op</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Voorbeeld</translation>
    </message>
    <message>
        <source>Preview on</source>
        <translation>Voorbeeld op</translation>
    </message>
    <message>
        <source>Replace the text of this letter with the text that ships with the program? The current text stays in the audit log.</source>
        <translation>De tekst van deze brief vervangen door de standaardtekst van het programma? De huidige tekst blijft in het auditlog.</translation>
    </message>
    <message>
        <source>Sa&amp;ve text</source>
        <translation>Tekst &amp;opslaan</translation>
    </message>
    <message>
        <source>Text of the letter</source>
        <translation>Tekst van de brief</translation>
    </message>
    <message>
        <source>There is no letter of this kind yet to show the text on.</source>
        <translation>Er is nog geen brief van deze soort om de tekst op te tonen.</translation>
    </message>
</context>
<context>
    <name>LettersSentDialog</name>
    <message>
        <source>&amp;Record</source>
        <translation>&amp;Vastleggen</translation>
    </message>
    <message>
        <source>&amp;Sent on</source>
        <translation>Verzonden &amp;op</translation>
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
    <message numerus="yes">
        <source>%n options: {lengths}; at most {total} including the term.</source>
        <translation>
            <numerusform>%n optie: {lengths}; inclusief de looptijd ten hoogste {total}.</numerusform>
            <numerusform>%n opties: {lengths}; inclusief de looptijd ten hoogste {total}.</numerusform>
        </translation>
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
        <translation>Omschri&amp;jving</translation>
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
        <source>&amp;Title</source>
        <translation>&amp;Titel</translation>
    </message>
    <message>
        <source>(no theme)</source>
        <translation>(geen thema)</translation>
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
        <source>Bid drops &amp;out</source>
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
        <source>F&amp;inal score</source>
        <translation>&amp;Eindscore</translation>
    </message>
    <message>
        <source>F&amp;loor price</source>
        <translation>Bo&amp;demprijs</translation>
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
        <source>Maximum price &amp;points</source>
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
        <source>Spread fla&amp;g</source>
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
        <source>Tie-brea&amp;k rules</source>
        <translation>&amp;Regels bij gelijke stand</translation>
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
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;About</source>
        <translation>&amp;Over dit programma</translation>
    </message>
    <message>
        <source>&amp;Actions</source>
        <translation>Act&amp;ies</translation>
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
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Sneltoetsen</translation>
    </message>
    <message>
        <source>&amp;Manual</source>
        <translation>&amp;Handleiding</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>Af&amp;drukken…</translation>
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
        <source>&amp;Search everything…</source>
        <translation>Alles door&amp;zoeken…</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Over dit programma</translation>
    </message>
    <message>
        <source>Everywhere</source>
        <translation>Overal</translation>
    </message>
    <message>
        <source>Navigation</source>
        <translation>Navigatie</translation>
    </message>
    <message>
        <source>No actions on this page</source>
        <translation>Geen acties op deze pagina</translation>
    </message>
    <message>
        <source>Opened: {where}</source>
        <translation>Geopend: {where}</translation>
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
        <source>The page {page} has changes that are not saved. Save them?</source>
        <translation>De pagina {page} heeft wijzigingen die niet zijn opgeslagen. Nu opslaan?</translation>
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
        <source>After merging</source>
        <translation>Na samenvoegen</translation>
    </message>
    <message>
        <source>Contact persons</source>
        <translation>Contactpersonen</translation>
    </message>
    <message>
        <source>Differs</source>
        <translation>Verschilt</translation>
    </message>
    <message>
        <source>Districts</source>
        <translation>Wijken</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Veld</translation>
    </message>
    <message>
        <source>Field by field</source>
        <translation>Veld voor veld</translation>
    </message>
    <message>
        <source>Filled in from {name}</source>
        <translation>Ingevuld vanuit {name}</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Behouden</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Soort</translation>
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
        <source>Notes</source>
        <translation>Notities</translation>
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
        <source>differs</source>
        <translation>verschilt</translation>
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
        <source>&amp;Don&apos;t save</source>
        <translation>&amp;Niet opslaan</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Opslaan</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
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
        <source>Discard</source>
        <translation>Weggooien</translation>
    </message>
    <message>
        <source>Discard changes?</source>
        <translation>Wijzigingen weggooien?</translation>
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
        <source>Unsaved changes</source>
        <translation>Niet opgeslagen wijzigingen</translation>
    </message>
    <message>
        <source>Workbook problem</source>
        <translation>Probleem met de werkmap</translation>
    </message>
    <message>
        <source>You have changed this form. Discard your changes and close it?</source>
        <translation>U hebt dit formulier gewijzigd. Wijzigingen weggooien en het formulier sluiten?</translation>
    </message>
</context>
<context>
    <name>Minutes</name>
    <message>
        <source>Bid</source>
        <translation>Inschrijving</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>Criterium</translation>
    </message>
    <message>
        <source>Minutes of the consensus meeting</source>
        <translation>Verslag van de consensusbijeenkomst</translation>
    </message>
    <message>
        <source>Motivation</source>
        <translation>Motivering</translation>
    </message>
    <message>
        <source>No consensus scores have been set yet.</source>
        <translation>Er zijn nog geen consensusscores vastgesteld.</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>minutes</source>
        <translation>verslag</translation>
    </message>
</context>
<context>
    <name>Months</name>
    <message>
        <source>April</source>
        <translation>april</translation>
    </message>
    <message>
        <source>August</source>
        <translation>augustus</translation>
    </message>
    <message>
        <source>December</source>
        <translation>december</translation>
    </message>
    <message>
        <source>February</source>
        <translation>februari</translation>
    </message>
    <message>
        <source>January</source>
        <translation>januari</translation>
    </message>
    <message>
        <source>July</source>
        <translation>juli</translation>
    </message>
    <message>
        <source>June</source>
        <translation>juni</translation>
    </message>
    <message>
        <source>March</source>
        <translation>maart</translation>
    </message>
    <message>
        <source>May</source>
        <translation>mei</translation>
    </message>
    <message>
        <source>November</source>
        <translation>november</translation>
    </message>
    <message>
        <source>October</source>
        <translation>oktober</translation>
    </message>
    <message>
        <source>September</source>
        <translation>september</translation>
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
        <source>Awards &amp; contracts</source>
        <translation>Gunning en contracten</translation>
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
        <source>Evaluation</source>
        <translation>Beoordeling</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>Organisaties</translation>
    </message>
    <message>
        <source>Procurements</source>
        <translation>Aanbestedingen</translation>
    </message>
    <message>
        <source>Subsidies</source>
        <translation>Subsidies</translation>
    </message>
</context>
<context>
    <name>NoticeContractDialog</name>
    <message>
        <source>&amp;End of the base term</source>
        <translation>&amp;Einde basistermijn</translation>
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
        <source>&amp;Value</source>
        <translation>&amp;Waarde</translation>
    </message>
    <message>
        <source>Contract after the notice, lot {lot}</source>
        <translation>Overeenkomst na de aankondiging, perceel {lot}</translation>
    </message>
    <message>
        <source>Extension &amp;options</source>
        <translation>Verlengingso&amp;pties</translation>
    </message>
    <message>
        <source>Months per option, e.g. 24 or 60,24,24</source>
        <translation>Maanden per optie, bijvoorbeeld 24 of 60,24,24</translation>
    </message>
    <message>
        <source>S&amp;tart</source>
        <translation>&amp;Start</translation>
    </message>
    <message>
        <source>Si&amp;gned on</source>
        <translation>&amp;Getekend op</translation>
    </message>
    <message>
        <source>With {name}, named in the notice published on {published}; the waiting period ended on {last_day}.</source>
        <translation>Met {name}, genoemd in de aankondiging die op {published} is gepubliceerd; de wachttermijn eindigde op {last_day}.</translation>
    </message>
    <message>
        <source>Write an amount such as € 1.234,56.</source>
        <translation>Schrijf een bedrag zoals € 1.234,56.</translation>
    </message>
</context>
<context>
    <name>NoticeDialog</name>
    <message>
        <source>&amp;Intended contractor</source>
        <translation>&amp;Beoogde opdrachtnemer</translation>
    </message>
    <message>
        <source>&amp;Published on TenderNed</source>
        <translation>&amp;Gepubliceerd op TenderNed</translation>
    </message>
    <message>
        <source>&amp;Reasons</source>
        <translation>&amp;Redenen</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Opslaan</translation>
    </message>
    <message>
        <source>Notice of intended award, lot {lot}</source>
        <translation>Aankondiging voorgenomen gunning, perceel {lot}</translation>
    </message>
    <message>
        <source>Why without a tender, e.g. only the incumbent can do it</source>
        <translation>Waarom zonder aanbesteding, bijvoorbeeld: alleen de zittende partij kan het</translation>
    </message>
    <message>
        <source>{days} days from the day after publication: last day {last_day}; the contract may be signed from the day after.</source>
        <translation>{days} dagen vanaf de dag na publicatie: laatste dag {last_day}; de overeenkomst mag vanaf de dag daarna worden getekend.</translation>
    </message>
</context>
<context>
    <name>ObjectionDialog</name>
    <message>
        <source>&amp;Against</source>
        <translation>Ge&amp;richt tegen</translation>
    </message>
    <message>
        <source>&amp;Concerns</source>
        <translation>&amp;Betreft</translation>
    </message>
    <message>
        <source>&amp;Hearing on</source>
        <translation>&amp;Zitting op</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Soort</translation>
    </message>
    <message>
        <source>&amp;Organisation</source>
        <translation>&amp;Organisatie</translation>
    </message>
    <message>
        <source>&amp;Received on</source>
        <translation>Ont&amp;vangen op</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>O&amp;pslaan</translation>
    </message>
    <message>
        <source>Doc&amp;uments</source>
        <translation>Doc&amp;umenten</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Documenten</translation>
    </message>
    <message>
        <source>Edit objection</source>
        <translation>Bezwaar wijzigen</translation>
    </message>
    <message>
        <source>Hearing date</source>
        <translation>Datum van de zitting</translation>
    </message>
    <message>
        <source>Lot {lot}</source>
        <translation>Perceel {lot}</translation>
    </message>
    <message>
        <source>New objection</source>
        <translation>Nieuw bezwaar</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisatie</translation>
    </message>
    <message>
        <source>Ou&amp;tcome</source>
        <translation>Uit&amp;komst</translation>
    </message>
    <message>
        <source>Outcome &amp;date</source>
        <translation>Datum uitkoms&amp;t</translation>
    </message>
    <message>
        <source>Paths or web addresses, one per line</source>
        <translation>Paden of webadressen, één per regel</translation>
    </message>
    <message>
        <source>Su&amp;mmary</source>
        <translation>Sa&amp;menvatting</translation>
    </message>
    <message>
        <source>The whole procurement {reference} (all lots)</source>
        <translation>De hele aanbesteding {reference} (alle percelen)</translation>
    </message>
    <message>
        <source>What the objection says, in a few sentences</source>
        <translation>Wat het bezwaar inhoudt, in een paar zinnen</translation>
    </message>
</context>
<context>
    <name>ObjectionKind</name>
    <message>
        <source>Complaint</source>
        <translation>Klacht</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Overig</translation>
    </message>
    <message>
        <source>Summary proceedings (kort geding)</source>
        <translation>Kort geding</translation>
    </message>
</context>
<context>
    <name>ObjectionOutcome</name>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Afgewezen</translation>
    </message>
    <message>
        <source>Settled</source>
        <translation>Geschikt</translation>
    </message>
    <message>
        <source>Upheld</source>
        <translation>Gegrond</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Ingetrokken</translation>
    </message>
</context>
<context>
    <name>ObjectionSubject</name>
    <message>
        <source>Against the award (a bidder)</source>
        <translation>Tegen de gunning (een inschrijver)</translation>
    </message>
    <message>
        <source>Against the tender itself (anyone)</source>
        <translation>Tegen de aanbesteding zelf (iedereen)</translation>
    </message>
</context>
<context>
    <name>OpinionDialog</name>
    <message>
        <source>&amp;District</source>
        <translation>&amp;Wijk</translation>
    </message>
    <message>
        <source>&amp;Opinion</source>
        <translation>Oor&amp;deel</translation>
    </message>
    <message>
        <source>&amp;Received on</source>
        <translation>Ontvangen o&amp;p</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Opslaan</translation>
    </message>
    <message>
        <source>Opinion of a district platform</source>
        <translation>Oordeel van een wijkplatform</translation>
    </message>
</context>
<context>
    <name>OptionStatus</name>
    <message>
        <source>Declined</source>
        <translation>Niet gelicht</translation>
    </message>
    <message>
        <source>Exercised</source>
        <translation>Gelicht</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
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
    <message>
        <source>Street and n&amp;umber</source>
        <translation>Straat en &amp;huisnummer</translation>
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
    <message numerus="yes">
        <source>%n organisation(s) found</source>
        <translation>
            <numerusform>%n organisatie gevonden</numerusform>
            <numerusform>%n organisaties gevonden</numerusform>
        </translation>
    </message>
    <message>
        <source>No organisation matches; check the spelling or search for less.</source>
        <translation>Geen organisatie gevonden; controleer de spelling of zoek op minder.</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisatie</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>Organisaties</translation>
    </message>
    <message>
        <source>Organisations found</source>
        <translation>Gevonden organisaties</translation>
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
    <name>OrganisationPickerDialog</name>
    <message>
        <source>C&amp;hoose</source>
        <translation>&amp;Kiezen</translation>
    </message>
    <message>
        <source>Choose an organisation</source>
        <translation>Kies een organisatie</translation>
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
        <source>Another organisation, with its own KvK number, takes over this one&apos;s work</source>
        <translation>Een andere organisatie, met een eigen KvK-nummer, neemt het werk van deze over</translation>
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
        <source>Record s&amp;uccession…</source>
        <translation>Op&amp;volging vastleggen…</translation>
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
    <name>PaymentKind</name>
    <message>
        <source>Advance</source>
        <translation>Voorschot</translation>
    </message>
    <message>
        <source>Reclaim</source>
        <translation>Terugvordering</translation>
    </message>
    <message>
        <source>Settlement</source>
        <translation>Vaststelling</translation>
    </message>
</context>
<context>
    <name>Performance</name>
    <message>
        <source>Latest assessment (period to {end}): {assessment}.</source>
        <translation>Laatste oordeel (periode tot en met {end}): {assessment}.</translation>
    </message>
    <message>
        <source>No performance record was kept with this decision.</source>
        <translation>Bij dit besluit zijn geen prestaties vastgelegd.</translation>
    </message>
    <message>
        <source>No reports received.</source>
        <translation>Geen rapportages ontvangen.</translation>
    </message>
    <message>
        <source>Reports overdue: {count}.</source>
        <translation>Rapportages te laat: {count}.</translation>
    </message>
    <message>
        <source>municipality</source>
        <translation>gemeente</translation>
    </message>
    <message>
        <source>{reports} reports: {good} good, {sufficient} sufficient, {insufficient} insufficient, {open} not assessed.</source>
        <translation>{reports} rapportages: {good} goed, {sufficient} voldoende, {insufficient} onvoldoende, {open} niet beoordeeld.</translation>
    </message>
</context>
<context>
    <name>PerformanceChartWidget</name>
    <message>
        <source>Chart of an indicator against its targets</source>
        <translation>Grafiek van een indicator tegen haar doelen</translation>
    </message>
    <message>
        <source>Choose an indicator with targets or reported values.</source>
        <translation>Kies een indicator met doelen of gerapporteerde waarden.</translation>
    </message>
    <message>
        <source>Realised</source>
        <translation>Gerealiseerd</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Doel</translation>
    </message>
    <message>
        <source>no target</source>
        <translation>geen doel</translation>
    </message>
    <message>
        <source>not reported</source>
        <translation>niet gerapporteerd</translation>
    </message>
    <message>
        <source>{year}: target {target}, realised {realised}</source>
        <translation>{year}: doel {target}, gerealiseerd {realised}</translation>
    </message>
</context>
<context>
    <name>PerformanceTab</name>
    <message>
        <source>Add indicator…</source>
        <translation>Indicator toevoegen…</translation>
    </message>
    <message>
        <source>Add report…</source>
        <translation>Rapportage toevoegen…</translation>
    </message>
    <message>
        <source>Assessment: {text}</source>
        <translation>Oordeel: {text}</translation>
    </message>
    <message>
        <source>Assess…</source>
        <translation>Beoordelen…</translation>
    </message>
    <message>
        <source>Choose a contract on the Contracts tab.</source>
        <translation>Kies een overeenkomst op het tabblad Overeenkomsten.</translation>
    </message>
    <message>
        <source>Contract {reference} with {contractor}.</source>
        <translation>Overeenkomst {reference} met {contractor}.</translation>
    </message>
    <message>
        <source>District opinion</source>
        <translation>Oordeel wijkplatform</translation>
    </message>
    <message>
        <source>District opinion…</source>
        <translation>Oordeel wijkplatform…</translation>
    </message>
    <message>
        <source>Documents: {text}</source>
        <translation>Documenten: {text}</translation>
    </message>
    <message>
        <source>Edit indicator…</source>
        <translation>Indicator wijzigen…</translation>
    </message>
    <message>
        <source>Edit report…</source>
        <translation>Rapportage wijzigen…</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel-werkmappen (*.xlsx)</translation>
    </message>
    <message>
        <source>Import a report form</source>
        <translation>Een rapportageformulier inlezen</translation>
    </message>
    <message>
        <source>Import report…</source>
        <translation>Rapportage inlezen…</translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation>Indicatoren</translation>
    </message>
    <message>
        <source>No periodic reports agreed.</source>
        <translation>Geen periodieke rapportages afgesproken.</translation>
    </message>
    <message>
        <source>No reports yet.</source>
        <translation>Nog geen rapportages.</translation>
    </message>
    <message>
        <source>Performance indicators and targets</source>
        <translation>Prestatie-indicatoren en doelen</translation>
    </message>
    <message>
        <source>Platform {district} ({day}): {text}</source>
        <translation>Wijkplatform {district} ({day}): {text}</translation>
    </message>
    <message>
        <source>Report form</source>
        <translation>Rapportageformulier</translation>
    </message>
    <message>
        <source>Report form to Excel…</source>
        <translation>Rapportageformulier naar Excel…</translation>
    </message>
    <message>
        <source>Reporting…</source>
        <translation>Rapportage-afspraken…</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Rapportages</translation>
    </message>
    <message>
        <source>Reports every {months} months, due {days} days after each period.</source>
        <translation>Rapportage elke {months} maanden, uiterlijk {days} dagen na elke periode.</translation>
    </message>
    <message>
        <source>Reports of the contractor</source>
        <translation>Rapportages van de opdrachtnemer</translation>
    </message>
    <message>
        <source>Save the report form</source>
        <translation>Rapportageformulier opslaan</translation>
    </message>
    <message>
        <source>The indicators of this contract have no targets per district, so no district platform has a part of the report to give an opinion on.</source>
        <translation>De indicatoren van deze overeenkomst hebben geen doelen per wijk, dus geen wijkplatform heeft een deel van de rapportage om over te oordelen.</translation>
    </message>
    <message>
        <source>The report form over {start} to {end} was written to {path}.</source>
        <translation>Het rapportageformulier over {start} tot en met {end} is geschreven naar {path}.</translation>
    </message>
    <message>
        <source>whole municipality</source>
        <translation>hele gemeente</translation>
    </message>
</context>
<context>
    <name>Placeholder</name>
    <message>
        <source>our reference (lot or application reference)</source>
        <translation>ons kenmerk (perceel of aanvraagnummer)</translation>
    </message>
    <message>
        <source>the activity the subsidy is for</source>
        <translation>de activiteit waarvoor de subsidie is</translation>
    </message>
    <message>
        <source>the addressee&apos;s bid code</source>
        <translation>de code van de inschrijving van de geadresseerde</translation>
    </message>
    <message>
        <source>the addressee&apos;s place in the ranking, or why it has none</source>
        <translation>de plaats van de geadresseerde in de rangorde, of waarom die er geen heeft</translation>
    </message>
    <message>
        <source>the amount granted</source>
        <translation>het verleende bedrag</translation>
    </message>
    <message>
        <source>the amount requested</source>
        <translation>het aangevraagde bedrag</translation>
    </message>
    <message>
        <source>the amount settled</source>
        <translation>het vastgestelde bedrag</translation>
    </message>
    <message>
        <source>the characteristics and relative advantages of the winning bid</source>
        <translation>de kenmerken en relatieve voordelen van de winnende inschrijving</translation>
    </message>
    <message>
        <source>the date of the letter, written out</source>
        <translation>de datum van de brief, voluit geschreven</translation>
    </message>
    <message>
        <source>the day and time of the meeting</source>
        <translation>dag en tijd van de vergadering</translation>
    </message>
    <message>
        <source>the day the accountability report was due</source>
        <translation>de dag waarop de verantwoording binnen moest zijn</translation>
    </message>
    <message>
        <source>the day the application was received</source>
        <translation>de dag waarop de aanvraag is ontvangen</translation>
    </message>
    <message>
        <source>the first day the contract may be signed</source>
        <translation>de eerste dag waarop het contract mag worden gesloten</translation>
    </message>
    <message>
        <source>the last day of the standstill period</source>
        <translation>de laatste dag van de opschortende termijn</translation>
    </message>
    <message>
        <source>the last day to lodge an objection</source>
        <translation>de laatste dag om bezwaar te maken</translation>
    </message>
    <message>
        <source>the lot: reference and title</source>
        <translation>het perceel: kenmerk en titel</translation>
    </message>
    <message>
        <source>the motivation of every score</source>
        <translation>de motivering van elke score</translation>
    </message>
    <message>
        <source>the name of the addressee</source>
        <translation>de naam van de geadresseerde</translation>
    </message>
    <message>
        <source>the name of the municipality</source>
        <translation>de naam van de gemeente</translation>
    </message>
    <message>
        <source>the name of the subsidy scheme</source>
        <translation>de naam van de subsidieregeling</translation>
    </message>
    <message>
        <source>the payment details, with heading</source>
        <translation>de betaalgegevens, met kop</translation>
    </message>
    <message>
        <source>the payment or repayment, with heading</source>
        <translation>de betaling of terugbetaling, met kop</translation>
    </message>
    <message>
        <source>the procurement: reference and title</source>
        <translation>de aanbesteding: referentie en titel</translation>
    </message>
    <message>
        <source>the reason for the refusal</source>
        <translation>de reden van de weigering</translation>
    </message>
    <message>
        <source>the table of amounts</source>
        <translation>de tabel met bedragen</translation>
    </message>
    <message>
        <source>the table of consensus scores with their motivation</source>
        <translation>de tabel met consensusscores en hun motivering</translation>
    </message>
    <message>
        <source>the table of scores per criterion</source>
        <translation>de tabel met scores per criterium</translation>
    </message>
    <message>
        <source>the title of the procurement</source>
        <translation>de titel van de aanbesteding</translation>
    </message>
    <message>
        <source>the winner (and its legal successor)</source>
        <translation>de winnaar (en zijn rechtsopvolger)</translation>
    </message>
    <message>
        <source>the winning bid&apos;s code</source>
        <translation>de code van de winnende inschrijving</translation>
    </message>
    <message>
        <source>what the applicant must send: a report, or a report and accounts</source>
        <translation>wat de aanvrager moet sturen: een verslag, of een verslag en een financieel verslag</translation>
    </message>
    <message>
        <source>what the meeting decided</source>
        <translation>wat de vergadering besloot</translation>
    </message>
    <message>
        <source>who took the decision</source>
        <translation>wie het besluit nam</translation>
    </message>
    <message>
        <source>who were present, one per line</source>
        <translation>wie aanwezig waren, één per regel</translation>
    </message>
    <message>
        <source>why the bid ranked first is not awarded (when so), with heading</source>
        <translation>waarom de als eerste gerangschikte inschrijving niet wordt gegund (als dat zo is), met kop</translation>
    </message>
    <message>
        <source>why the grant is lower than the request (when so)</source>
        <translation>waarom de verlening lager is dan de aanvraag (als dat zo is)</translation>
    </message>
    <message>
        <source>why the settlement differs from the grant</source>
        <translation>waarom de vaststelling afwijkt van de verlening</translation>
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
    <name>Printing</name>
    <message>
        <source>Only the first {n} rows are printed; narrow the list with a filter.</source>
        <translation>Alleen de eerste {n} regels zijn afgedrukt; beperk de lijst met een filter.</translation>
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
        <source>&amp;Title</source>
        <translation>&amp;Titel</translation>
    </message>
    <message>
        <source>An organisation may take part in more than one bid per lot</source>
        <translation>Een organisatie mag per perceel aan meer dan één inschrijving deelnemen</translation>
    </message>
    <message>
        <source>Edit procurement</source>
        <translation>Aanbesteding bewerken</translation>
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
        <source>Planned &amp;contract start</source>
        <translation>Geplande start &amp;contract</translation>
    </message>
    <message>
        <source>Su&amp;bmission deadline</source>
        <translation>&amp;Sluitingstermijn inschrijving</translation>
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
        <source>Criteria workbook</source>
        <translation>Criteriawerkmap</translation>
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
        <source>Export as open data (OCDS)</source>
        <translation>Exporteren als open data (OCDS)</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Zoeken</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON-bestanden (*.json)</translation>
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
        <source>Next c&amp;ycle…</source>
        <translation>Volgende &amp;cyclus…</translation>
    </message>
    <message>
        <source>Open &amp;data (OCDS)…</source>
        <translation>Open &amp;data (OCDS)…</translation>
    </message>
    <message>
        <source>Open data written</source>
        <translation>Open data geschreven</translation>
    </message>
    <message>
        <source>Other steps</source>
        <translation>Overige stappen</translation>
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
        <source>Start a new procurement with the lots and criteria of the chosen one.</source>
        <translation>Begin een nieuwe aanbesteding met de percelen en criteria van de gekozen aanbesteding.</translation>
    </message>
    <message>
        <source>The criteria of lot {label} have changes that are not saved. Save them?</source>
        <translation>De criteria van perceel {label} hebben wijzigingen die niet zijn opgeslagen. Nu opslaan?</translation>
    </message>
    <message>
        <source>Write the chosen procurement as an OCDS 1.1 release package (JSON): lots, bids after a definitive award, awards and contracts; no scores or evaluators.</source>
        <translation>Schrijf de gekozen aanbesteding als OCDS 1.1-releasepakket (JSON): percelen, inschrijvingen na een definitieve gunning, gunningen en contracten; geen scores of beoordelaars.</translation>
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
        <source>{reference} is written to {path}.</source>
        <translation>{reference} is geschreven naar {path}.</translation>
    </message>
    <message>
        <source>{shown} of {total} procurements</source>
        <translation>{shown} van {total} aanbestedingen</translation>
    </message>
</context>
<context>
    <name>RecordForm</name>
    <message>
        <source>Correct the problems shown under the fields.</source>
        <translation>Verbeter de problemen die onder de velden staan.</translation>
    </message>
</context>
<context>
    <name>ReferenceForm</name>
    <message>
        <source>&amp;Save</source>
        <translation>O&amp;pslaan</translation>
    </message>
</context>
<context>
    <name>RegisterBox</name>
    <message>
        <source>As holder of a theme&apos;s contract, this organisation decided on {n} applications of others.</source>
        <translation>Als contracthouder van een thema besliste deze organisatie over {n} aanvragen van anderen.</translation>
    </message>
    <message>
        <source>No bids, contracts or subsidy applications yet.</source>
        <translation>Nog geen inschrijvingen, contracten of subsidieaanvragen.</translation>
    </message>
    <message>
        <source>Register per year</source>
        <translation>Register per jaar</translation>
    </message>
    <message>
        <source>Register: bids, contracts and subsidies per year</source>
        <translation>Register: inschrijvingen, contracten en subsidies per jaar</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <source>&amp;Assessment</source>
        <translation>&amp;Beoordeling</translation>
    </message>
    <message>
        <source>&amp;Documents</source>
        <translation>&amp;Documenten</translation>
    </message>
    <message>
        <source>&amp;Justified amount</source>
        <translation>&amp;Verantwoord bedrag</translation>
    </message>
    <message>
        <source>&amp;Received on</source>
        <translation>Ontvangen o&amp;p</translation>
    </message>
    <message>
        <source>&amp;Record assessment</source>
        <translation>Beoordeling vast&amp;leggen</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Opslaan</translation>
    </message>
    <message>
        <source>Assess the report of {reference}</source>
        <translation>Verantwoording van {reference} beoordelen</translation>
    </message>
    <message>
        <source>Assessed &amp;on</source>
        <translation>Beoordeeld &amp;op</translation>
    </message>
    <message>
        <source>District</source>
        <translation>Wijk</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Documenten</translation>
    </message>
    <message>
        <source>Granted {granted}; report received on {date}.</source>
        <translation>Verleend {granted}; verantwoording ontvangen op {date}.</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <source>Names of the documents received, a note</source>
        <translation>Namen van de ontvangen documenten, een toelichting</translation>
    </message>
    <message>
        <source>Period &amp;from</source>
        <translation>Periode &amp;van</translation>
    </message>
    <message>
        <source>Period &amp;to</source>
        <translation>Periode &amp;tot en met</translation>
    </message>
    <message>
        <source>Realised</source>
        <translation>Gerealiseerd</translation>
    </message>
    <message>
        <source>Realised &amp;values</source>
        <translation>Gerealiseerde &amp;waarden</translation>
    </message>
    <message>
        <source>Realised values</source>
        <translation>Gerealiseerde waarden</translation>
    </message>
    <message>
        <source>Report on contract {reference}</source>
        <translation>Rapportage over overeenkomst {reference}</translation>
    </message>
    <message>
        <source>Row {row}: write the realised value as a number.</source>
        <translation>Regel {row}: schrijf de gerealiseerde waarde als getal.</translation>
    </message>
    <message>
        <source>Target (year)</source>
        <translation>Doel (jaar)</translation>
    </message>
    <message>
        <source>What was and was not carried out</source>
        <translation>Wat wel en niet is uitgevoerd</translation>
    </message>
    <message>
        <source>Whole municipality</source>
        <translation>Hele gemeente</translation>
    </message>
</context>
<context>
    <name>ReportImportDialog</name>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Inlezen</translation>
    </message>
    <message>
        <source>&amp;Received on</source>
        <translation>&amp;Ontvangen op</translation>
    </message>
    <message>
        <source>A report over this period exists; its values are replaced.</source>
        <translation>Er is al een rapportage over deze periode; haar waarden worden vervangen.</translation>
    </message>
    <message>
        <source>Cell</source>
        <translation>Cel</translation>
    </message>
    <message>
        <source>District</source>
        <translation>Wijk</translation>
    </message>
    <message>
        <source>Import report {file}</source>
        <translation>Rapportage {file} inlezen</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Nu</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Voorbeeld</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Probleem</translation>
    </message>
    <message>
        <source>Report on contract {reference} over {start} to {end}: {count} values.</source>
        <translation>Rapportage over overeenkomst {reference} over {start} tot en met {end}: {count} waarden.</translation>
    </message>
    <message numerus="yes">
        <source>The form has %n problems, so nothing can be imported; solve them and import again.</source>
        <translation>
            <numerusform>Het formulier heeft %n probleem, dus er kan niets worden ingelezen; los het op en lees opnieuw in.</numerusform>
            <numerusform>Het formulier heeft %n problemen, dus er kan niets worden ingelezen; los ze op en lees opnieuw in.</numerusform>
        </translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Waarde</translation>
    </message>
    <message>
        <source>Whole municipality</source>
        <translation>Hele gemeente</translation>
    </message>
</context>
<context>
    <name>ReportTier</name>
    <message>
        <source>Activity report</source>
        <translation>Activiteitenverslag</translation>
    </message>
    <message>
        <source>Activity report and financial statement</source>
        <translation>Activiteitenverslag en financiële verantwoording</translation>
    </message>
    <message>
        <source>No report (settled at the grant)</source>
        <translation>Geen verantwoording (vastgesteld bij verlening)</translation>
    </message>
</context>
<context>
    <name>ResultsChartWidget</name>
    <message>
        <source>Chart of the totals per bid</source>
        <translation>Grafiek van de totalen per inschrijving</translation>
    </message>
    <message>
        <source>No results to show.</source>
        <translation>Geen resultaten om te tonen.</translation>
    </message>
</context>
<context>
    <name>ResultsTab</name>
    <message>
        <source>&amp;Record the result…</source>
        <translation>Resultaat &amp;vastleggen…</translation>
    </message>
    <message>
        <source>Drawing of lots on {day}, witnessed by {witness}: {outcome}</source>
        <translation>Loting op {day}, getuige {witness}: {outcome}</translation>
    </message>
    <message>
        <source>Method: {method}. Dropout rule applied: {rule}.</source>
        <translation>Methode: {method}. Toegepaste uitvalregel: {rule}.</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Prijs</translation>
    </message>
    <message>
        <source>Price points</source>
        <translation>Prijspunten</translation>
    </message>
    <message>
        <source>Price {price} above the budget {budget}</source>
        <translation>Prijs {price} boven het budget {budget}</translation>
    </message>
    <message>
        <source>Ranking</source>
        <translation>Rangorde</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Vastleggen</translation>
    </message>
    <message>
        <source>Record the &amp;drawing of lots…</source>
        <translation>&amp;Loting vastleggen…</translation>
    </message>
    <message>
        <source>Record the result</source>
        <translation>Resultaat vastleggen</translation>
    </message>
    <message>
        <source>Record this ranking as the result of lot {lot}?</source>
        <translation>Deze rangorde vastleggen als het resultaat van perceel {lot}?</translation>
    </message>
    <message>
        <source>Result recorded</source>
        <translation>Resultaat vastgelegd</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Resultaat</translation>
    </message>
    <message>
        <source>Robustness</source>
        <translation>Robuustheid</translation>
    </message>
    <message>
        <source>Robustness of the result</source>
        <translation>Robuustheid van het resultaat</translation>
    </message>
    <message>
        <source>Summary of the result</source>
        <translation>Samenvatting van het resultaat</translation>
    </message>
    <message>
        <source>The result of lot {lot} has been recorded.</source>
        <translation>Het resultaat van perceel {lot} is vastgelegd.</translation>
    </message>
    <message>
        <source>There is no single winner.</source>
        <translation>Er is geen enkele winnaar.</translation>
    </message>
    <message>
        <source>Tie for first place</source>
        <translation>Gelijke stand op de eerste plaats</translation>
    </message>
    <message>
        <source>Tied at rank {rank}: {bids}. Draw lots and record the outcome.</source>
        <translation>Gelijk op plaats {rank}: {bids}. Loot en leg de uitkomst vast.</translation>
    </message>
    <message>
        <source>Winner: {bid} with {total} points.</source>
        <translation>Winnaar: {bid} met {total} punten.</translation>
    </message>
    <message>
        <source>Winner: {bid}, by the drawing of lots.</source>
        <translation>Winnaar: {bid}, door loting.</translation>
    </message>
    <message>
        <source>Withdrawn or excluded</source>
        <translation>Ingetrokken of uitgesloten</translation>
    </message>
    <message>
        <source>{criterion}: {score} below the minimum {minimum}</source>
        <translation>{criterion}: {score} onder het minimum {minimum}</translation>
    </message>
    <message>
        <source>⚠ Tie for first place: {bids} have the same total. Record the drawing of lots (Ctrl+Shift+L on this tab) before the lot can be awarded.</source>
        <translation>⚠ Gelijke stand op de eerste plaats: {bids} hebben hetzelfde totaal. Leg de loting vast (Ctrl+Shift+L op dit tabblad) voordat het perceel gegund kan worden.</translation>
    </message>
    <message>
        <source>⚠ Tie for first place: {bids} have the same total; the recorded drawing of lots put {winner} first.</source>
        <translation>⚠ Gelijke stand op de eerste plaats: {bids} hebben hetzelfde totaal; de vastgelegde loting zette {winner} op de eerste plaats.</translation>
    </message>
    <message>
        <source>⚠ Tie for first place: {bids} have the same total; the tie-break rule “{rule}” put {winner} first.</source>
        <translation>⚠ Gelijke stand op de eerste plaats: {bids} hebben hetzelfde totaal; de beslisregel „{rule}” zette {winner} op de eerste plaats.</translation>
    </message>
</context>
<context>
    <name>Robustness</name>
    <message>
        <source>No robustness analysis: there is no single winner.</source>
        <translation>Geen robuustheidsanalyse: er is geen enkele winnaar.</translation>
    </message>
    <message>
        <source>No single change of one score or one weight changes the winner.</source>
        <translation>Geen enkele wijziging van één score of één gewicht verandert de winnaar.</translation>
    </message>
    <message>
        <source>The winner changes if the score of {bid} on {criterion} goes from {old} to {new} (1 step).</source>
        <translation>De winnaar verandert als de score van {bid} op {criterion} van {old} naar {new} gaat (1 stap).</translation>
    </message>
    <message>
        <source>The winner changes if the score of {bid} on {criterion} goes from {old} to {new} ({steps} steps).</source>
        <translation>De winnaar verandert als de score van {bid} op {criterion} van {old} naar {new} gaat ({steps} stappen).</translation>
    </message>
    <message>
        <source>The winner changes if {points} percentage points of weight move from {source} to {target} ({source_weight} % and {target_weight} %).</source>
        <translation>De winnaar verandert als {points} procentpunt gewicht van {source} naar {target} gaat ({source_weight} % en {target_weight} %).</translation>
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
    <name>RuleSettingsTab</name>
    <message>
        <source> days</source>
        <translation> dagen</translation>
    </message>
    <message>
        <source> months</source>
        <translation> maanden</translation>
    </message>
    <message>
        <source>&amp;Standstill period</source>
        <translation>&amp;Opschortende termijn</translation>
    </message>
    <message>
        <source>Default &amp;notice period of options</source>
        <translation>Standaard op&amp;zegtermijn van opties</translation>
    </message>
    <message>
        <source>Save se&amp;ttings</source>
        <translation>Instellingen opsl&amp;aan</translation>
    </message>
    <message>
        <source>Settings saved</source>
        <translation>Instellingen opgeslagen</translation>
    </message>
    <message>
        <source>The rules use them now.</source>
        <translation>De regels gebruiken ze vanaf nu.</translation>
    </message>
    <message>
        <source>The standstill period starts the day after the award decision is sent (by law 20 calendar days). The notice period is how long before the end of a term an extension option must be decided; a new contract starts with it. Award decisions and contracts made already keep the values they were made with.</source>
        <translation>De opschortende termijn begint de dag na verzending van de gunningsbeslissing (wettelijk 20 kalenderdagen). De opzegtermijn is hoe lang voor het einde van een looptijd over een verlengingsoptie moet zijn besloten; een nieuw contract begint ermee. Gunningsbeslissingen en contracten die al zijn gemaakt, houden de waarden waarmee ze zijn gemaakt.</translation>
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
        <source>The changes to the scale {name} are not saved. Save them first?</source>
        <translation>De wijzigingen in de schaal {name} zijn niet opgeslagen. Eerst opslaan?</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Tot en met</translation>
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
    <name>ScheduleDialog</name>
    <message>
        <source> days after the period</source>
        <translation> dagen na de periode</translation>
    </message>
    <message>
        <source>&amp;Due</source>
        <translation>&amp;Uiterlijk</translation>
    </message>
    <message>
        <source>&amp;Report</source>
        <translation>&amp;Rapportage</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Opslaan</translation>
    </message>
    <message>
        <source>Every four months</source>
        <translation>Elke vier maanden</translation>
    </message>
    <message>
        <source>Every half year</source>
        <translation>Elk half jaar</translation>
    </message>
    <message>
        <source>Every month</source>
        <translation>Elke maand</translation>
    </message>
    <message>
        <source>Every quarter</source>
        <translation>Elk kwartaal</translation>
    </message>
    <message>
        <source>Every year</source>
        <translation>Elk jaar</translation>
    </message>
    <message>
        <source>No periodic reports</source>
        <translation>Geen periodieke rapportages</translation>
    </message>
    <message>
        <source>Reporting of contract {reference}</source>
        <translation>Rapportage van overeenkomst {reference}</translation>
    </message>
</context>
<context>
    <name>SchemeDialog</name>
    <message>
        <source> days</source>
        <translation> dagen</translation>
    </message>
    <message>
        <source> weeks</source>
        <translation> weken</translation>
    </message>
    <message>
        <source> weeks after the activities</source>
        <translation> weken na de activiteiten</translation>
    </message>
    <message>
        <source>&amp;Ceiling</source>
        <translation>&amp;Plafond</translation>
    </message>
    <message>
        <source>&amp;Deciding body</source>
        <translation>&amp;Beslissend orgaan</translation>
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
        <source>&amp;Theme</source>
        <translation>&amp;Thema</translation>
    </message>
    <message>
        <source>&amp;Year</source>
        <translation>&amp;Jaar</translation>
    </message>
    <message>
        <source>(no theme)</source>
        <translation>(geen thema)</translation>
    </message>
    <message>
        <source>Amount per me&amp;mber</source>
        <translation>Bedrag per &amp;lid</translation>
    </message>
    <message>
        <source>Ann&amp;ounced on</source>
        <translation>Be&amp;kendgemaakt op</translation>
    </message>
    <message>
        <source>Awb: 8 weeks</source>
        <translation>Awb: 8 weken</translation>
    </message>
    <message>
        <source>C&amp;loses on</source>
        <translation>&amp;Sluit op</translation>
    </message>
    <message>
        <source>Completion per&amp;iod</source>
        <translation>Aanvullin&amp;gstermijn</translation>
    </message>
    <message>
        <source>Contract holder decides &amp;from</source>
        <translation>Contracthou&amp;der beslist vanaf</translation>
    </message>
    <message>
        <source>Decision t&amp;erm</source>
        <translation>Beslister&amp;mijn</translation>
    </message>
    <message>
        <source>Distribution &amp;rule</source>
        <translation>&amp;Verdeelregel</translation>
    </message>
    <message>
        <source>Edit scheme</source>
        <translation>Regeling bewerken</translation>
    </message>
    <message>
        <source>Empty (Awb) when the scheme sets no decision term of its own: then the Awb&apos;s 8 weeks apply and the Algemene termijnenwet extends a last day in a weekend or on a holiday.</source>
        <translation>Leeg (Awb) als de regeling geen eigen beslistermijn stelt: dan gelden de 8 weken van de Awb en verlengt de Algemene termijnenwet een laatste dag in het weekend of op een feestdag.</translation>
    </message>
    <message>
        <source>Enter the ceiling: the budget of the scheme.</source>
        <translation>Vul het plafond in: het budget van de regeling.</translation>
    </message>
    <message>
        <source>Enter the date the scheme opens.</source>
        <translation>Vul de datum in waarop de regeling opent.</translation>
    </message>
    <message>
        <source>Financial statement a&amp;bove</source>
        <translation>&amp;Financiële verantwoording boven</translation>
    </message>
    <message>
        <source>From the scheme&apos;s year</source>
        <translation>Vanaf het jaar van de regeling</translation>
    </message>
    <message>
        <source>Give the scheme a name.</source>
        <translation>Geef de regeling een naam.</translation>
    </message>
    <message>
        <source>Grants above this amount also need a financial statement.</source>
        <translation>Verleningen boven dit bedrag hebben ook een financiële verantwoording nodig.</translation>
    </message>
    <message>
        <source>Grants up to this amount are settled at the grant, without a report.</source>
        <translation>Verleningen tot en met dit bedrag worden bij de verlening vastgesteld, zonder verantwoording.</translation>
    </message>
    <message>
        <source>Ma&amp;ximum per applicant</source>
        <translation>Ma&amp;ximum per aanvrager</translation>
    </message>
    <message>
        <source>New subsidy scheme</source>
        <translation>Nieuwe subsidieregeling</translation>
    </message>
    <message>
        <source>No maximum</source>
        <translation>Geen maximum</translation>
    </message>
    <message>
        <source>Not per member</source>
        <translation>Niet per lid</translation>
    </message>
    <message>
        <source>O&amp;pens on</source>
        <translation>Op&amp;ent op</translation>
    </message>
    <message>
        <source>Report d&amp;ue</source>
        <translation>Verantwoording &amp;uiterlijk</translation>
    </message>
    <message>
        <source>Report needed &amp;above</source>
        <translation>Ve&amp;rantwoording nodig boven</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Verplicht</translation>
    </message>
    <message>
        <source>The Algemene termijnenwet applies to the scheme&apos;s own terms</source>
        <translation>De Algemene termijnenwet geldt voor de eigen termijnen van de regeling</translation>
    </message>
    <message>
        <source>The amount must be more than zero.</source>
        <translation>Het bedrag moet meer dan nul zijn.</translation>
    </message>
    <message>
        <source>The scheme cannot close before it opens.</source>
        <translation>De regeling kan niet sluiten voordat ze opent.</translation>
    </message>
    <message>
        <source>Write an amount such as € 1.234,56.</source>
        <translation>Schrijf een bedrag zoals € 1.234,56.</translation>
    </message>
    <message>
        <source>dd-mm-yyyy, or empty: open all year</source>
        <translation>dd-mm-jjjj, of leeg: het hele jaar open</translation>
    </message>
</context>
<context>
    <name>ScoreCombo</name>
    <message>
        <source>(no score)</source>
        <translation>(geen score)</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
</context>
<context>
    <name>ScoringGridModel</name>
    <message>
        <source>(!) No motivation yet: this lot requires one for every score.</source>
        <translation>(!) Nog geen motivering: bij dit perceel is die voor elke score verplicht.</translation>
    </message>
    <message>
        <source>(not saved)</source>
        <translation>(niet opgeslagen)</translation>
    </message>
    <message>
        <source>Price: {price}</source>
        <translation>Prijs: {price}</translation>
    </message>
    <message>
        <source>Scored</source>
        <translation>Gescoord</translation>
    </message>
    <message>
        <source>Weight: {weight} points</source>
        <translation>Gewicht: {weight} punten</translation>
    </message>
    <message>
        <source>not scored</source>
        <translation>niet gescoord</translation>
    </message>
    <message>
        <source>withdrawn</source>
        <translation>ingetrokken</translation>
    </message>
    <message>
        <source>{bid} (withdrawn)</source>
        <translation>{bid} (ingetrokken)</translation>
    </message>
    <message>
        <source>{bid}: withdrawn, not scored</source>
        <translation>{bid}: ingetrokken, niet gescoord</translation>
    </message>
    <message numerus="yes">
        <source>{n} of %n criteria scored</source>
        <translation>
            <numerusform>{n} van %n criterium gescoord</numerusform>
            <numerusform>{n} van %n criteria gescoord</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ScoringTab</name>
    <message numerus="yes">
        <source>%n changes not saved (Ctrl+S saves).</source>
        <translation>
            <numerusform>%n wijziging niet opgeslagen (Ctrl+S slaat op).</numerusform>
            <numerusform>%n wijzigingen niet opgeslagen (Ctrl+S slaat op).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n scores still need a motivation.</source>
        <translation>
            <numerusform>%n score heeft nog een motivering nodig.</numerusform>
            <numerusform>%n scores hebben nog een motivering nodig.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Motivation</source>
        <translation>&amp;Motivering</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Opslaan</translation>
    </message>
    <message>
        <source>E&amp;valuator</source>
        <translation>Beoor&amp;delaar</translation>
    </message>
    <message>
        <source>Evaluator</source>
        <translation>Beoordelaar</translation>
    </message>
    <message>
        <source>Minimum (knock-out): {value}</source>
        <translation>Minimum (knock-out): {value}</translation>
    </message>
    <message>
        <source>Motivation</source>
        <translation>Motivering</translation>
    </message>
    <message>
        <source>Price of {bid}: {price}</source>
        <translation>Prijs van {bid}: {price}</translation>
    </message>
    <message>
        <source>Scale</source>
        <translation>Schaal</translation>
    </message>
    <message>
        <source>Scores (&amp;grid)</source>
        <translation>Scores (r&amp;aster)</translation>
    </message>
    <message>
        <source>Scores: bids by criteria</source>
        <translation>Scores: inschrijvingen per criterium</translation>
    </message>
    <message>
        <source>Scoring</source>
        <translation>Beoordelen</translation>
    </message>
    <message>
        <source>State of the scores</source>
        <translation>Stand van de scores</translation>
    </message>
    <message>
        <source>Submit and &amp;lock…</source>
        <translation>Indienen en &amp;vergrendelen…</translation>
    </message>
    <message>
        <source>Submit and lock</source>
        <translation>Indienen en vergrendelen</translation>
    </message>
    <message>
        <source>Submit your scores for lot {lot}? After submitting they are locked and cannot be changed any more.</source>
        <translation>Uw scores voor perceel {lot} indienen? Na het indienen zijn ze vergrendeld en kunnen ze niet meer worden gewijzigd.</translation>
    </message>
    <message>
        <source>Submitted and locked on {moment}: the scores can no longer be changed.</source>
        <translation>Ingediend en vergrendeld op {moment}: de scores kunnen niet meer worden gewijzigd.</translation>
    </message>
    <message>
        <source>Type a score, Enter for the next bid, Tab for the next criterion.</source>
        <translation>Typ een score, Enter voor de volgende inschrijving, Tab voor het volgende criterium.</translation>
    </message>
    <message>
        <source>Values of the scale</source>
        <translation>Waarden van de schaal</translation>
    </message>
    <message>
        <source>Weight: {weight} points</source>
        <translation>Gewicht: {weight} punten</translation>
    </message>
    <message>
        <source>Why this score?</source>
        <translation>Waarom deze score?</translation>
    </message>
    <message>
        <source>You are not an evaluator of this lot.</source>
        <translation>U bent geen beoordelaar van dit perceel.</translation>
    </message>
</context>
<context>
    <name>Search</name>
    <message>
        <source>application</source>
        <translation>aanvraag</translation>
    </message>
    <message>
        <source>bid</source>
        <translation>inschrijving</translation>
    </message>
    <message>
        <source>contract</source>
        <translation>contract</translation>
    </message>
    <message>
        <source>objection</source>
        <translation>bezwaar</translation>
    </message>
    <message>
        <source>organisation</source>
        <translation>organisatie</translation>
    </message>
    <message>
        <source>procurement</source>
        <translation>aanbesteding</translation>
    </message>
</context>
<context>
    <name>SearchPopup</name>
    <message numerus="yes">
        <source>%n found; Enter opens the chosen one.</source>
        <translation>
            <numerusform>%n gevonden; Enter opent de gekozen.</numerusform>
            <numerusform>%n gevonden; Enter opent de gekozen.</numerusform>
        </translation>
    </message>
    <message>
        <source>(names hidden from you on this lot)</source>
        <translation>(namen voor u verborgen op dit perceel)</translation>
    </message>
    <message>
        <source>Bids</source>
        <translation>Inschrijvingen</translation>
    </message>
    <message>
        <source>Contracts</source>
        <translation>Contracten</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Name, KvK number, reference or text…</source>
        <translation>Naam, KvK-nummer, kenmerk of tekst…</translation>
    </message>
    <message>
        <source>Nothing found.</source>
        <translation>Niets gevonden.</translation>
    </message>
    <message>
        <source>Objections</source>
        <translation>Bezwaren</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>Organisaties</translation>
    </message>
    <message>
        <source>Procurements</source>
        <translation>Aanbestedingen</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Kenmerk</translation>
    </message>
    <message>
        <source>Search everything</source>
        <translation>Alles doorzoeken</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Zoekresultaten</translation>
    </message>
    <message>
        <source>Subsidy applications</source>
        <translation>Subsidieaanvragen</translation>
    </message>
    <message>
        <source>Type at least two characters.</source>
        <translation>Typ ten minste twee tekens.</translation>
    </message>
    <message>
        <source>{kind} (the first {n}; type more to narrow)</source>
        <translation>{kind} (de eerste {n}; typ verder om te verfijnen)</translation>
    </message>
</context>
<context>
    <name>Settlement</name>
    <message>
        <source>As assessed from the report received on {date}.</source>
        <translation>Zoals beoordeeld uit de verantwoording ontvangen op {date}.</translation>
    </message>
    <message>
        <source>No report after the reminder of {date}: the settlement can be set at zero (obligations not met).</source>
        <translation>Geen verantwoording na de herinnering van {date}: de subsidie kan op nul worden vastgesteld (verplichtingen niet nagekomen).</translation>
    </message>
    <message>
        <source>Settled at the grant: no report is needed.</source>
        <translation>Vastgesteld bij de verlening: geen verantwoording nodig.</translation>
    </message>
    <message>
        <source>Waiting for the report, due {date}.</source>
        <translation>Wacht op de verantwoording, uiterlijk {date}.</translation>
    </message>
</context>
<context>
    <name>SettlementDialog</name>
    <message>
        <source>&amp;Reason for a lower amount</source>
        <translation>&amp;Reden voor een lager bedrag</translation>
    </message>
    <message>
        <source>&amp;Settle</source>
        <translation>&amp;Vaststellen</translation>
    </message>
    <message>
        <source>(choose the reason)</source>
        <translation>(kies de reden)</translation>
    </message>
    <message>
        <source>A settlement lower than the grant needs one of the reasons the law allows.</source>
        <translation>Een vaststelling lager dan de verlening heeft een van de redenen nodig die de wet toestaat.</translation>
    </message>
    <message>
        <source>Granted {granted}; advances paid {advances}.</source>
        <translation>Verleend {granted}; voorschotten betaald {advances}.</translation>
    </message>
    <message>
        <source>Reason for a &amp;higher amount</source>
        <translation>Reden voor een &amp;hoger bedrag</translation>
    </message>
    <message>
        <source>Settle {reference}</source>
        <translation>{reference} vaststellen</translation>
    </message>
    <message>
        <source>Settled a&amp;mount</source>
        <translation>Vastgesteld &amp;bedrag</translation>
    </message>
    <message>
        <source>Settlement &amp;date</source>
        <translation>&amp;Datum vaststelling</translation>
    </message>
    <message>
        <source>Settling above the grant is an explicit decision: give its reason.</source>
        <translation>Hoger vaststellen dan verleend is een uitdrukkelijk besluit: geef de reden.</translation>
    </message>
    <message>
        <source>Still to pay: {amount}</source>
        <translation>Nog te betalen: {amount}</translation>
    </message>
    <message>
        <source>To reclaim: {amount}</source>
        <translation>Terug te vorderen: {amount}</translation>
    </message>
    <message>
        <source>Why more than the grant is settled: an explicit decision</source>
        <translation>Waarom meer dan verleend wordt vastgesteld: een uitdrukkelijk besluit</translation>
    </message>
</context>
<context>
    <name>SettlementReason</name>
    <message>
        <source>Activities not or only partly carried out</source>
        <translation>Activiteiten niet of niet geheel uitgevoerd</translation>
    </message>
    <message>
        <source>Grant wrongly given and the recipient knew</source>
        <translation>Verlening onjuist en de ontvanger wist dat</translation>
    </message>
    <message>
        <source>Obligations not met</source>
        <translation>Niet voldaan aan de verplichtingen</translation>
    </message>
    <message>
        <source>Wrong or incomplete information</source>
        <translation>Onjuiste of onvolledige gegevens</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <source>ssb-desktop cannot open its window: the system libraries {libraries} are missing (Qt&apos;s X11 platform plugin needs them). Ask your administrator to install them, on Debian or Ubuntu with: sudo apt-get install {packages}. The headless commands (ssb-desktop --help) work without them.</source>
        <translation>ssb-desktop kan zijn venster niet openen: de systeembibliotheken {libraries} ontbreken (de X11-platformplug-in van Qt heeft ze nodig). Vraag uw beheerder ze te installeren, op Debian of Ubuntu met: sudo apt-get install {packages}. De opdrachten zonder venster (ssb-desktop --help) werken ook zonder.</translation>
    </message>
</context>
<context>
    <name>SubsidiesPage</name>
    <message numerus="yes">
        <source>%n applications</source>
        <translation>
            <numerusform>%n aanvraag</numerusform>
            <numerusform>%n aanvragen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n decision letters written to {folder}.</source>
        <translation>
            <numerusform>%n beschikking geschreven naar {folder}.</numerusform>
            <numerusform>%n beschikkingen geschreven naar {folder}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n decisions recorded.</source>
        <translation>
            <numerusform>%n besluit vastgelegd.</numerusform>
            <numerusform>%n besluiten vastgelegd.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n letters sent earlier were left out; when every letter has been sent, Make decision letters offers to write them all again.</source>
        <translation>
            <numerusform>%n eerder verstuurde brief is overgeslagen; als alle brieven verstuurd zijn, biedt Beschikkingen maken aan ze allemaal opnieuw te schrijven.</numerusform>
            <numerusform>%n eerder verstuurde brieven zijn overgeslagen; als alle brieven verstuurd zijn, biedt Beschikkingen maken aan ze allemaal opnieuw te schrijven.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Applications</source>
        <translation>&amp;Aanvragen</translation>
    </message>
    <message>
        <source>&amp;Decide…</source>
        <translation>&amp;Besluiten…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Bewerken…</translation>
    </message>
    <message>
        <source>&amp;Import from Excel…</source>
        <translation>&amp;Importeren uit Excel…</translation>
    </message>
    <message>
        <source>&amp;New application…</source>
        <translation>&amp;Nieuwe aanvraag…</translation>
    </message>
    <message>
        <source>&amp;New scheme…</source>
        <translation>&amp;Nieuwe regeling…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Openen…</translation>
    </message>
    <message>
        <source>&amp;Schemes</source>
        <translation>&amp;Regelingen</translation>
    </message>
    <message>
        <source>&amp;Settle…</source>
        <translation>Va&amp;ststellen…</translation>
    </message>
    <message>
        <source>&amp;Trial allocation…</source>
        <translation>P&amp;roefverdeling…</translation>
    </message>
    <message>
        <source>&amp;View and print decision letters…</source>
        <translation>Beschikkingen bekij&amp;ken en afdrukken…</translation>
    </message>
    <message>
        <source>&amp;Withdrawn…</source>
        <translation>&amp;Ingetrokken…</translation>
    </message>
    <message>
        <source>&amp;Year</source>
        <translation>&amp;Jaar</translation>
    </message>
    <message>
        <source>Accountability</source>
        <translation>Verantwoording</translation>
    </message>
    <message>
        <source>All {n} decision letters of {scheme} were sent already. Write them again, as they were sent?</source>
        <translation>Alle {n} beschikkingen van {scheme} zijn al verzonden. Wilt u ze opnieuw maken, zoals ze zijn verzonden?</translation>
    </message>
    <message>
        <source>Allocation applied</source>
        <translation>Verdeling toegepast</translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation>Iedereen</translation>
    </message>
    <message>
        <source>Application &amp;form…</source>
        <translation>Aanvraag&amp;formulier…</translation>
    </message>
    <message>
        <source>Application withdrawn</source>
        <translation>Aanvraag ingetrokken</translation>
    </message>
    <message>
        <source>Applications</source>
        <translation>Aanvragen</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Toepassen</translation>
    </message>
    <message>
        <source>Apply the allocation</source>
        <translation>Verdeling toepassen</translation>
    </message>
    <message>
        <source>Assess re&amp;port…</source>
        <translation>Verantwoording &amp;beoordelen…</translation>
    </message>
    <message>
        <source>C&amp;lose</source>
        <translation>&amp;Afsluiten</translation>
    </message>
    <message>
        <source>Change &amp;ceiling…</source>
        <translation>&amp;Plafond wijzigen…</translation>
    </message>
    <message>
        <source>Choose a scheme to see its budget use.</source>
        <translation>Kies een regeling om de budgetuitputting te zien.</translation>
    </message>
    <message>
        <source>Decided &amp;by</source>
        <translation>Beslist &amp;door</translation>
    </message>
    <message>
        <source>Deciding body</source>
        <translation>Beslissend orgaan</translation>
    </message>
    <message>
        <source>Decision letters</source>
        <translation>Beschikkingen</translation>
    </message>
    <message>
        <source>Decision letters of {scheme}</source>
        <translation>Beschikkingen van {scheme}</translation>
    </message>
    <message>
        <source>Decision letters sent</source>
        <translation>Beschikkingen verzonden</translation>
    </message>
    <message>
        <source>Dist&amp;rict</source>
        <translation>&amp;Wijk</translation>
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
        <source>E-mail dra&amp;fts…</source>
        <translation>E-mai&amp;lconcepten…</translation>
    </message>
    <message>
        <source>Every district</source>
        <translation>Elke wijk</translation>
    </message>
    <message>
        <source>Every scheme</source>
        <translation>Elke regeling</translation>
    </message>
    <message>
        <source>Every status</source>
        <translation>Elke status</translation>
    </message>
    <message>
        <source>Every theme</source>
        <translation>Elk thema</translation>
    </message>
    <message>
        <source>Every year</source>
        <translation>Elk jaar</translation>
    </message>
    <message>
        <source>Export a&amp;llocation…</source>
        <translation>&amp;Verdeling exporteren…</translation>
    </message>
    <message>
        <source>Export decisio&amp;ns workbook…</source>
        <translation>Besluitenbestand e&amp;xporteren…</translation>
    </message>
    <message>
        <source>Export the applications as listed now.</source>
        <translation>Exporteer de aanvragen zoals ze nu getoond worden.</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Zoeken</translation>
    </message>
    <message>
        <source>Folder for the decision letters</source>
        <translation>Map voor de beschikkingen</translation>
    </message>
    <message>
        <source>Import decisions…</source>
        <translation>Besluiten importeren…</translation>
    </message>
    <message>
        <source>Letters</source>
        <translation>Brieven</translation>
    </message>
    <message>
        <source>Make decision &amp;letters…</source>
        <translation>Beschikkingen &amp;maken…</translation>
    </message>
    <message>
        <source>Making decision letters…</source>
        <translation>Beschikkingen maken…</translation>
    </message>
    <message>
        <source>Mark co&amp;mplete</source>
        <translation>&amp;Volledig</translation>
    </message>
    <message>
        <source>No application of {scheme} has a decision yet; no letters written.</source>
        <translation>Geen aanvraag van {scheme} heeft al een besluit; er zijn geen brieven gemaakt.</translation>
    </message>
    <message>
        <source>Only grants whose accountability report is past its due date.</source>
        <translation>Alleen verleningen waarvan de verantwoording over de datum is.</translation>
    </message>
    <message>
        <source>Pay ad&amp;vance…</source>
        <translation>Voor&amp;schot…</translation>
    </message>
    <message>
        <source>Record sendin&amp;g…</source>
        <translation>Vers&amp;tuurd op…</translation>
    </message>
    <message>
        <source>Record that application {name} has been withdrawn?</source>
        <translation>Vastleggen dat aanvraag {name} is ingetrokken?</translation>
    </message>
    <message>
        <source>Record that the applicant was reminded today of the overdue report.</source>
        <translation>Vastleggen dat de aanvrager vandaag is herinnerd aan de te late verantwoording.</translation>
    </message>
    <message>
        <source>Record the allocation of {scheme} as decisions: {granted} granted to {n} applications, dated today? The decisions can be corrected one by one afterwards.</source>
        <translation>De verdeling van {scheme} vastleggen als besluiten: {granted} verleend aan {n} aanvragen, met de datum van vandaag? De besluiten zijn daarna één voor één te corrigeren.</translation>
    </message>
    <message>
        <source>Record the contract holder&apos;s decisions from its filled-in workbook.</source>
        <translation>De besluiten van de contracthouder vastleggen uit het ingevulde bestand.</translation>
    </message>
    <message>
        <source>Reminder letter…</source>
        <translation>Herinneringsbrief…</translation>
    </message>
    <message>
        <source>Report &amp;overdue</source>
        <translation>&amp;Verantwoording te laat</translation>
    </message>
    <message>
        <source>Report rece&amp;ived</source>
        <translation>Verantwoording ontv&amp;angen</translation>
    </message>
    <message>
        <source>Request &amp;completion</source>
        <translation>&amp;Aanvulling vragen</translation>
    </message>
    <message>
        <source>Sc&amp;heme</source>
        <translation>Re&amp;geling</translation>
    </message>
    <message>
        <source>Scheme</source>
        <translation>Regeling</translation>
    </message>
    <message>
        <source>Schemes</source>
        <translation>Regelingen</translation>
    </message>
    <message>
        <source>Search applicant, activity, reference… (Ctrl+F)</source>
        <translation>Zoek aanvrager, activiteit, kenmerk… (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search applications</source>
        <translation>Aanvragen zoeken</translation>
    </message>
    <message>
        <source>Send re&amp;minder</source>
        <translation>&amp;Herinnering sturen</translation>
    </message>
    <message>
        <source>Stat&amp;us</source>
        <translation>Stat&amp;us</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>The accountability report of this grant came in today.</source>
        <translation>De verantwoording van deze verlening is vandaag binnengekomen.</translation>
    </message>
    <message>
        <source>The applications the theme&apos;s contract holder decides on, to fill in.</source>
        <translation>De aanvragen waarover de contracthouder van het thema besluit, om in te vullen.</translation>
    </message>
    <message>
        <source>The day the decision letters of {scheme} not yet sent went out. The objection period of each decision runs from the day after it.</source>
        <translation>De dag waarop de nog niet verzonden beschikkingen van {scheme} zijn verstuurd. De bezwaartermijn van elk besluit loopt vanaf de dag daarna.</translation>
    </message>
    <message>
        <source>The letter that reminds the applicant of the overdue report, to print or save as PDF; its text is edited under Administration, Letter texts.</source>
        <translation>De brief die de aanvrager herinnert aan de te late verantwoording, om af te drukken of als PDF te bewaren; de tekst past u aan onder Beheer, Brieventeksten.</translation>
    </message>
    <message>
        <source>The municipality</source>
        <translation>De gemeente</translation>
    </message>
    <message>
        <source>The&amp;me</source>
        <translation>The&amp;ma</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Thema</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Ingetrokken</translation>
    </message>
    <message>
        <source>Workbooks</source>
        <translation>Werkmappen</translation>
    </message>
    <message>
        <source>Write again</source>
        <translation>Opnieuw maken</translation>
    </message>
    <message>
        <source>Write an application-form workbook for volunteer organisations.</source>
        <translation>Maak een aanvraagformulier (Excel) voor vrijwilligersorganisaties.</translation>
    </message>
    <message>
        <source>Write the decision letters not yet sent with an e-mail draft each and open the drafts in your mail program; record sending once they went out.</source>
        <translation>Maak de nog niet verstuurde beschikkingen met elk een e-mailconcept en open de concepten in uw e-mailprogramma; leg het versturen vast zodra ze weg zijn.</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Jaar</translation>
    </message>
    <message>
        <source>{count}; requested {requested}, granted {granted}</source>
        <translation>{count}; aangevraagd {requested}, verleend {granted}</translation>
    </message>
    <message>
        <source>{n} letters recorded as sent.</source>
        <translation>{n} brieven vastgelegd als verzonden.</translation>
    </message>
    <message numerus="yes">
        <source>{n} of %n applications</source>
        <translation>
            <numerusform>{n} van %n aanvraag</numerusform>
            <numerusform>{n} van %n aanvragen</numerusform>
        </translation>
    </message>
    <message>
        <source>{scheme}: ceiling {ceiling}, granted {granted}, remaining {remaining}; {applications} applications, {pending} awaiting a decision, {requested} requested.</source>
        <translation>{scheme}: plafond {ceiling}, verleend {granted}, resterend {remaining}; {applications} aanvragen, {pending} wachten op een besluit, {requested} aangevraagd.</translation>
    </message>
</context>
<context>
    <name>SubsidyLetter</name>
    <message>
        <source>Advances paid</source>
        <translation>Betaalde voorschotten</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Bedrag</translation>
    </message>
    <message>
        <source>Grant and settlement of subsidy, application {reference}</source>
        <translation>Verlening en vaststelling subsidie, aanvraag {reference}</translation>
    </message>
    <message>
        <source>Grant of subsidy, application {reference}</source>
        <translation>Verlening subsidie, aanvraag {reference}</translation>
    </message>
    <message>
        <source>Granted</source>
        <translation>Verleend</translation>
    </message>
    <message>
        <source>Our account is {iban} in the name of {name}.</source>
        <translation>Ons rekeningnummer is {iban} ten name van {name}.</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Betaling</translation>
    </message>
    <message>
        <source>Please pay back {amount} within six weeks, quoting reference {reference}.</source>
        <translation>Wij verzoeken u {amount} binnen zes weken terug te betalen, onder vermelding van kenmerk {reference}.</translation>
    </message>
    <message>
        <source>Refusal of subsidy, application {reference}</source>
        <translation>Weigering subsidie, aanvraag {reference}</translation>
    </message>
    <message>
        <source>Reminder: accountability report, application {reference}</source>
        <translation>Herinnering: verantwoording, aanvraag {reference}</translation>
    </message>
    <message>
        <source>Settled</source>
        <translation>Vastgesteld</translation>
    </message>
    <message>
        <source>Settlement of subsidy, application {reference}</source>
        <translation>Vaststelling subsidie, aanvraag {reference}</translation>
    </message>
    <message>
        <source>Still to be paid to you</source>
        <translation>Nog aan u te betalen</translation>
    </message>
    <message>
        <source>Subsidy decision {reference}</source>
        <translation>Subsidiebesluit {reference}</translation>
    </message>
    <message>
        <source>The grant is lower than requested, because the scheme&apos;s ceiling and distribution rule allow no more.</source>
        <translation>De verlening is lager dan aangevraagd, omdat het plafond van de regeling en de verdeelregel niet meer toelaten.</translation>
    </message>
    <message>
        <source>The municipality, subsidies team</source>
        <translation>De gemeente, team subsidies</translation>
    </message>
    <message>
        <source>This is higher than the grant because: {reason}</source>
        <translation>Dit is hoger dan de verlening omdat: {reason}</translation>
    </message>
    <message>
        <source>This is lower than the grant because: {reason}.</source>
        <translation>Dit is lager dan de verlening omdat: {reason}.</translation>
    </message>
    <message>
        <source>To be paid back by you</source>
        <translation>Door u terug te betalen</translation>
    </message>
    <message>
        <source>We do not know your bank account yet. Send us the account number (IBAN) and the name of the account holder, quoting reference {reference}, so that we can pay {amount}.</source>
        <translation>Wij kennen uw rekeningnummer nog niet. Stuur ons het rekeningnummer (IBAN) en de naam van de rekeninghouder, onder vermelding van kenmerk {reference}, zodat wij {amount} kunnen betalen.</translation>
    </message>
    <message>
        <source>We pay {amount} within four weeks into account {iban} in the name of {name}, quoting reference {reference}.</source>
        <translation>Wij maken {amount} binnen vier weken over op rekeningnummer {iban} ten name van {name}, onder vermelding van kenmerk {reference}.</translation>
    </message>
    <message>
        <source>an activity report</source>
        <translation>een activiteitenverslag</translation>
    </message>
    <message>
        <source>an activity report and a financial statement</source>
        <translation>een activiteitenverslag en een financieel verslag</translation>
    </message>
    <message>
        <source>grant</source>
        <translation>verlening</translation>
    </message>
    <message>
        <source>grant-settlement</source>
        <translation>verlening-vaststelling</translation>
    </message>
    <message>
        <source>refusal</source>
        <translation>afwijzing</translation>
    </message>
    <message>
        <source>reminder</source>
        <translation>herinnering</translation>
    </message>
    <message>
        <source>settlement</source>
        <translation>vaststelling</translation>
    </message>
    <message>
        <source>the municipal executive of {municipality}</source>
        <translation>het college van burgemeester en wethouders van {municipality}</translation>
    </message>
    <message>
        <source>the municipality</source>
        <translation>de gemeente</translation>
    </message>
</context>
<context>
    <name>SubsidyMoneyBox</name>
    <message>
        <source>Budget use per subsidy scheme</source>
        <translation>Budgetuitputting per subsidieregeling</translation>
    </message>
    <message>
        <source>Contracted and granted per theme and district</source>
        <translation>Gecontracteerd en verleend per thema en wijk</translation>
    </message>
    <message>
        <source>Contracts hold for all districts of their theme; a grant for several districts is split evenly between them.</source>
        <translation>Contracten gelden voor alle wijken van hun thema; een subsidie voor meerdere wijken wordt gelijk over die wijken verdeeld.</translation>
    </message>
    <message>
        <source>No subsidy schemes yet.</source>
        <translation>Nog geen subsidieregelingen.</translation>
    </message>
    <message>
        <source>Nothing contracted or granted yet.</source>
        <translation>Nog niets gecontracteerd of verleend.</translation>
    </message>
</context>
<context>
    <name>SuccessionDialog</name>
    <message>
        <source>&amp;From</source>
        <translation>&amp;Vanaf</translation>
    </message>
    <message>
        <source>&amp;Record succession</source>
        <translation>Opvolging vast&amp;leggen</translation>
    </message>
    <message>
        <source>&amp;Successor</source>
        <translation>&amp;Opvolger</translation>
    </message>
    <message>
        <source>Another legal entity, with its own KvK number, takes over the work of {name}. {name} is archived; its bids, contracts and subsidies stay as they are, and both names remain visible.</source>
        <translation>Een andere rechtspersoon, met een eigen KvK-nummer, neemt het werk van {name} over. {name} wordt gearchiveerd; haar inschrijvingen, overeenkomsten en subsidies blijven zoals ze zijn, en beide namen blijven zichtbaar.</translation>
    </message>
    <message>
        <source>R&amp;eason</source>
        <translation>&amp;Reden</translation>
    </message>
    <message>
        <source>Succession of {name}</source>
        <translation>Opvolging van {name}</translation>
    </message>
    <message>
        <source>Successor</source>
        <translation>Opvolger</translation>
    </message>
    <message>
        <source>e.g. Libertas and Radius merged into BuZz</source>
        <translation>bijvoorbeeld: Libertas en Radius zijn opgegaan in BuZz</translation>
    </message>
</context>
<context>
    <name>ThemeDialog</name>
    <message>
        <source>&amp;Description</source>
        <translation>&amp;Omschrijving</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Naam</translation>
    </message>
    <message>
        <source>Ac&amp;tive: can be chosen for new lots and schemes</source>
        <translation>Ac&amp;tief: kan worden gekozen voor nieuwe percelen en regelingen</translation>
    </message>
    <message>
        <source>Edit theme</source>
        <translation>Thema bewerken</translation>
    </message>
    <message>
        <source>New theme</source>
        <translation>Nieuw thema</translation>
    </message>
</context>
<context>
    <name>ThemesTab</name>
    <message>
        <source>Add t&amp;heme…</source>
        <translation>Thema &amp;toevoegen…</translation>
    </message>
    <message>
        <source>De&amp;lete theme…</source>
        <translation>Thema &amp;verwijderen…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <source>Delete theme</source>
        <translation>Thema verwijderen</translation>
    </message>
    <message>
        <source>Delete theme {name}? No lot or subsidy scheme uses it.</source>
        <translation>Thema {name} verwijderen? Geen perceel of subsidieregeling gebruikt het.</translation>
    </message>
    <message>
        <source>Edit th&amp;eme…</source>
        <translation>Thema be&amp;werken…</translation>
    </message>
    <message>
        <source>Lots, subsidy schemes, the contract holder who decides on a scheme and the Dashboard follow these themes. A theme that lots or schemes use is never deleted: clear Active to archive it, and it stays on the records that have it.</source>
        <translation>Percelen, subsidieregelingen, de contracthouder die over een regeling beslist en het Dashboard volgen deze thema&apos;s. Een thema dat percelen of regelingen gebruiken, wordt nooit verwijderd: zet Actief uit om het te archiveren; het blijft staan bij wat het al heeft.</translation>
    </message>
    <message>
        <source>Themes</source>
        <translation>Thema&apos;s</translation>
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
    <name>ThresholdDialog</name>
    <message>
        <source>&amp;Amount excluding VAT</source>
        <translation>&amp;Bedrag exclusief btw</translation>
    </message>
    <message>
        <source>&amp;Kind of contract</source>
        <translation>&amp;Soort opdracht</translation>
    </message>
    <message>
        <source>Edit threshold</source>
        <translation>Drempel bewerken</translation>
    </message>
    <message>
        <source>Enter the amount in euros, e.g. 221.000,00.</source>
        <translation>Vul het bedrag in euro&apos;s in, bijv. 221.000,00.</translation>
    </message>
    <message>
        <source>New threshold</source>
        <translation>Nieuwe drempel</translation>
    </message>
    <message>
        <source>Valid &amp;from</source>
        <translation>Geldig &amp;vanaf</translation>
    </message>
    <message>
        <source>Valid &amp;until</source>
        <translation>Geldig &amp;tot en met</translation>
    </message>
    <message>
        <source>empty: until further notice</source>
        <translation>leeg: tot nader order</translation>
    </message>
</context>
<context>
    <name>ThresholdsTab</name>
    <message>
        <source>Add thres&amp;hold…</source>
        <translation>Drempel &amp;toevoegen…</translation>
    </message>
    <message>
        <source>E&amp;nd period…</source>
        <translation>Periode beëin&amp;digen…</translation>
    </message>
    <message>
        <source>Edit thr&amp;eshold…</source>
        <translation>Drempel be&amp;werken…</translation>
    </message>
    <message>
        <source>European thresholds</source>
        <translation>Europese drempels</translation>
    </message>
    <message>
        <source>The European Commission sets new amounts every two years. Add the new period here, after ending the current one; periods of one kind of contract may not overlap. The advice on a procurement uses the amount valid on its publication date.</source>
        <translation>De Europese Commissie stelt elke twee jaar nieuwe bedragen vast. Voeg de nieuwe periode hier toe, nadat u de huidige hebt beëindigd; perioden van één soort opdracht mogen elkaar niet overlappen. Het advies bij een aanbesteding gebruikt het bedrag dat op de publicatiedatum geldt.</translation>
    </message>
</context>
<context>
    <name>TieBreakDialog</name>
    <message>
        <source>&amp;Drawn on</source>
        <translation>Geloot &amp;op</translation>
    </message>
    <message>
        <source>&amp;First after the drawing</source>
        <translation>&amp;Eerste na loting</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>&amp;Toelichting</translation>
    </message>
    <message>
        <source>&amp;Record</source>
        <translation>&amp;Vastleggen</translation>
    </message>
    <message>
        <source>&amp;Witness</source>
        <translation>&amp;Getuige</translation>
    </message>
    <message>
        <source>How the lots were drawn (optional)</source>
        <translation>Hoe de loting is verlopen (niet verplicht)</translation>
    </message>
    <message>
        <source>Record the drawing of lots</source>
        <translation>Loting vastleggen</translation>
    </message>
    <message>
        <source>These bids share rank {rank} after every tie-break rule: {bids}. Record the outcome of the drawing of lots and its witness.</source>
        <translation>Deze inschrijvingen delen plaats {rank} na alle regels voor een gelijke stand: {bids}. Leg de uitkomst van de loting en de getuige vast.</translation>
    </message>
    <message>
        <source>e.g. the name of the notary</source>
        <translation>bijv. de naam van de notaris</translation>
    </message>
    <message>
        <source>{bid} came first in the drawing of lots.</source>
        <translation>{bid} kwam als eerste uit de loting.</translation>
    </message>
</context>
<context>
    <name>TieBreakRule</name>
    <message>
        <source>Drawing lots</source>
        <translation>Loting</translation>
    </message>
    <message>
        <source>Highest score on the heaviest quality criterion (price excluded)</source>
        <translation>Hoogste score op het zwaarst wegende kwaliteitscriterium (prijs telt niet mee)</translation>
    </message>
    <message>
        <source>Lowest price</source>
        <translation>Laagste prijs</translation>
    </message>
</context>
<context>
    <name>TimeField</name>
    <message>
        <source>Type a time as hh:mm, for example 14:05.</source>
        <translation>Typ een tijd als uu:mm, bijvoorbeeld 14:05.</translation>
    </message>
    <message>
        <source>Type a time as hh:mm.</source>
        <translation>Typ een tijd als uu:mm.</translation>
    </message>
    <message>
        <source>hh:mm</source>
        <translation>uu:mm</translation>
    </message>
    <message>
        <source>{text} is not a time: type it as hh:mm, for example 14:05.</source>
        <translation>{text} is geen tijd: typ hem als uu:mm, bijvoorbeeld 14:05.</translation>
    </message>
</context>
<context>
    <name>Timeline</name>
    <message>
        <source>Award decision sent</source>
        <translation>Gunningsbesluit verzonden</translation>
    </message>
    <message>
        <source>Award decision sent: bid {bid} ({name})</source>
        <translation>Gunningsbesluit verzonden: inschrijving {bid} ({name})</translation>
    </message>
    <message>
        <source>Award decision to bid {bid} later withdrawn: {reason}</source>
        <translation>Gunningsbesluit aan inschrijving {bid} later ingetrokken: {reason}</translation>
    </message>
    <message>
        <source>Award decision withdrawn</source>
        <translation>Gunningsbesluit ingetrokken</translation>
    </message>
    <message>
        <source>Complaint of {organisation} received</source>
        <translation>Klacht van {organisation} ontvangen</translation>
    </message>
    <message>
        <source>Contract ends</source>
        <translation>Einde contract</translation>
    </message>
    <message>
        <source>Contract starts</source>
        <translation>Begin contract</translation>
    </message>
    <message>
        <source>Contract {reference} ends</source>
        <translation>Contract {reference} eindigt</translation>
    </message>
    <message>
        <source>Contract {reference} starts</source>
        <translation>Contract {reference} gaat in</translation>
    </message>
    <message>
        <source>Definitive award</source>
        <translation>Definitieve gunning</translation>
    </message>
    <message>
        <source>Definitive award to {name}</source>
        <translation>Definitieve gunning aan {name}</translation>
    </message>
    <message>
        <source>Hearing</source>
        <translation>Zitting</translation>
    </message>
    <message>
        <source>Hearing on the objection of {organisation}</source>
        <translation>Zitting over het bezwaar van {organisation}</translation>
    </message>
    <message>
        <source>Last day of the standstill period</source>
        <translation>Laatste dag van de opschortende termijn</translation>
    </message>
    <message>
        <source>Last day to decide option {option} ({months} months) of contract {reference}</source>
        <translation>Laatste dag voor het besluit over optie {option} ({months} maanden) van contract {reference}</translation>
    </message>
    <message>
        <source>Objection decided</source>
        <translation>Over bezwaar beslist</translation>
    </message>
    <message>
        <source>Objection of {organisation} received</source>
        <translation>Bezwaar van {organisation} ontvangen</translation>
    </message>
    <message>
        <source>Objection of {organisation} rejected</source>
        <translation>Bezwaar van {organisation} afgewezen</translation>
    </message>
    <message>
        <source>Objection of {organisation} settled</source>
        <translation>Bezwaar van {organisation} geschikt</translation>
    </message>
    <message>
        <source>Objection of {organisation} upheld</source>
        <translation>Bezwaar van {organisation} gegrond verklaard</translation>
    </message>
    <message>
        <source>Objection of {organisation} withdrawn</source>
        <translation>Bezwaar van {organisation} ingetrokken</translation>
    </message>
    <message>
        <source>Objection received</source>
        <translation>Bezwaar ontvangen</translation>
    </message>
    <message>
        <source>Option decided</source>
        <translation>Over optie besloten</translation>
    </message>
    <message>
        <source>Option decision due</source>
        <translation>Besluit over optie uiterlijk</translation>
    </message>
    <message>
        <source>Option {option} of contract {reference} declined</source>
        <translation>Optie {option} van contract {reference} niet gelicht</translation>
    </message>
    <message>
        <source>Option {option} of contract {reference} exercised</source>
        <translation>Optie {option} van contract {reference} gelicht</translation>
    </message>
    <message>
        <source>Protest of {organisation} against the tender of the whole procurement (all lots) received</source>
        <translation>Protest van {organisation} tegen de hele aanbesteding (alle percelen) ontvangen</translation>
    </message>
    <message>
        <source>Protest of {organisation} against the tender received</source>
        <translation>Protest van {organisation} tegen de aanbesteding ontvangen</translation>
    </message>
    <message>
        <source>Standstill period ends</source>
        <translation>Einde opschortende termijn</translation>
    </message>
    <message>
        <source>Summary proceedings (kort geding) of {organisation} received</source>
        <translation>Kort geding van {organisation} ontvangen</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Vandaag</translation>
    </message>
</context>
<context>
    <name>TimelineWidget</name>
    <message>
        <source>Nothing has happened on this lot yet.</source>
        <translation>Er is met dit perceel nog niets gebeurd.</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Tijdlijn</translation>
    </message>
    <message>
        <source>Today, {date}</source>
        <translation>Vandaag, {date}</translation>
    </message>
    <message>
        <source>past</source>
        <translation>voorbij</translation>
    </message>
    <message>
        <source>to come</source>
        <translation>nog te komen</translation>
    </message>
    <message>
        <source>today</source>
        <translation>vandaag</translation>
    </message>
</context>
<context>
    <name>Unsaved</name>
    <message>
        <source>You have changes that are not saved. Save them first?</source>
        <translation>U hebt wijzigingen die niet zijn opgeslagen. Eerst opslaan?</translation>
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
    <name>WaitIndicator</name>
    <message>
        <source>Waiting for a colleague&apos;s change to the database to finish before saving yours…</source>
        <translation>Wachten tot de wijziging van een collega in de database klaar is; daarna wordt de uwe opgeslagen…</translation>
    </message>
</context>
<context>
    <name>Weekday</name>
    <message>
        <source>Friday</source>
        <translation>vrijdag</translation>
    </message>
    <message>
        <source>Monday</source>
        <translation>maandag</translation>
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
        <source>Thursday</source>
        <translation>donderdag</translation>
    </message>
    <message>
        <source>Tuesday</source>
        <translation>dinsdag</translation>
    </message>
    <message>
        <source>Wednesday</source>
        <translation>woensdag</translation>
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
        <source>Archived. Succeeded by {name} on {day}: {reason}</source>
        <translation>Gearchiveerd. Opgevolgd door {name} op {day}: {reason}</translation>
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
    <name>argparse</name>
    <message>
        <source>%(prog)s: error: %(message)s
</source>
        <translation>%(prog)s: fout: %(message)s
</translation>
    </message>
    <message>
        <source>ambiguous option: %(option)s could match %(matches)s</source>
        <translation>optie niet eenduidig: %(option)s kan %(matches)s zijn</translation>
    </message>
    <message>
        <source>argument %(argument_name)s: %(message)s</source>
        <translation>argument %(argument_name)s: %(message)s</translation>
    </message>
    <message>
        <source>expected at least one argument</source>
        <translation>ten minste één waarde verwacht</translation>
    </message>
    <message>
        <source>expected at most one argument</source>
        <translation>ten hoogste één waarde verwacht</translation>
    </message>
    <message>
        <source>expected one argument</source>
        <translation>één waarde verwacht</translation>
    </message>
    <message>
        <source>invalid %(type)s value: %(value)r</source>
        <translation>ongeldige waarde (%(type)s): %(value)r</translation>
    </message>
    <message>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation>ongeldige keuze: %(value)r (kies uit %(choices)s)</translation>
    </message>
    <message>
        <source>not allowed with argument %s</source>
        <translation>niet toegestaan samen met %s</translation>
    </message>
    <message>
        <source>one of the arguments %s is required</source>
        <translation>een van de argumenten %s is verplicht</translation>
    </message>
    <message>
        <source>options</source>
        <translation>opties</translation>
    </message>
    <message>
        <source>positional arguments</source>
        <translation>argumenten</translation>
    </message>
    <message>
        <source>show program&apos;s version number and exit</source>
        <translation>het versienummer tonen en stoppen</translation>
    </message>
    <message>
        <source>show this help message and exit</source>
        <translation>deze hulptekst tonen en stoppen</translation>
    </message>
    <message>
        <source>the following arguments are required: %s</source>
        <translation>deze argumenten zijn verplicht: %s</translation>
    </message>
    <message>
        <source>unrecognized arguments: %s</source>
        <translation>onbekende argumenten: %s</translation>
    </message>
    <message>
        <source>usage: </source>
        <translation>gebruik: </translation>
    </message>
</context>
</TS>
