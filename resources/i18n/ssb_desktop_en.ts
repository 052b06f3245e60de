<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="en">
<context>
    <name>AttentionList</name>
    <message numerus="yes">
        <source>Showing the first %n of more than {total}.</source>
        <translation>
            <numerusform>Showing the first %n of more than {total}.</numerusform>
            <numerusform>Showing the first %n of more than {total}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AuditLogPage</name>
    <message numerus="yes">
        <source>%Ln entries checked, the chain is intact.</source>
        <translation>
            <numerusform>%Ln entry checked, the chain is intact.</numerusform>
            <numerusform>%Ln entries checked, the chain is intact.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln entries written since the last check checked, the chain is intact.</source>
        <translation>
            <numerusform>%Ln entry written since the last check checked, the chain is intact.</numerusform>
            <numerusform>%Ln entries written since the last check checked, the chain is intact.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln entries written to {path}.</source>
        <translation>
            <numerusform>%Ln entry written to {path}.</numerusform>
            <numerusform>%Ln entries written to {path}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AwardsPage</name>
    <message numerus="yes">
        <source>%n letters were written to {folder}. Open the folder?</source>
        <translation>
            <numerusform>%n letter was written to {folder}. Open the folder?</numerusform>
            <numerusform>%n letters were written to {folder}. Open the folder?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n open objections: the definitive award is blocked until decided.</source>
        <translation>
            <numerusform>%n open objection: the definitive award is blocked until decided.</numerusform>
            <numerusform>%n open objections: the definitive award is blocked until decided.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BidsPage</name>
    <message numerus="yes">
        <source>%n bids</source>
        <translation>
            <numerusform>%n bid</numerusform>
            <numerusform>%n bids</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n bids on lot {lot}</source>
        <translation>
            <numerusform>%n bid on lot {lot}</numerusform>
            <numerusform>%n bids on lot {lot}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Counts</name>
    <message numerus="yes">
        <source>%Ln applications written to {path}.</source>
        <translation>
            <numerusform>%Ln application written to {path}.</numerusform>
            <numerusform>%Ln applications written to {path}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln bids</source>
        <translation>
            <numerusform>%Ln bid</numerusform>
            <numerusform>%Ln bids</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln bids written to {path}.</source>
        <translation>
            <numerusform>%Ln bid written to {path}.</numerusform>
            <numerusform>%Ln bids written to {path}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln criteria written to {path}.</source>
        <translation>
            <numerusform>%Ln criterion written to {path}.</numerusform>
            <numerusform>%Ln criteria written to {path}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln decisions recorded.</source>
        <translation>
            <numerusform>%Ln decision recorded.</numerusform>
            <numerusform>%Ln decisions recorded.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln grants owe a report, {overdue} of them overdue.</source>
        <translation>
            <numerusform>%Ln grant owes a report, {overdue} of them overdue.</numerusform>
            <numerusform>%Ln grants owe a report, {overdue} of them overdue.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln letters recorded as sent on {day}.</source>
        <translation>
            <numerusform>%Ln letter recorded as sent on {day}.</numerusform>
            <numerusform>%Ln letters recorded as sent on {day}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln letters were sent already and not written again (--all does).</source>
        <translation>
            <numerusform>%Ln letter was sent already and not written again (--all does).</numerusform>
            <numerusform>%Ln letters were sent already and not written again (--all does).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln letters written to {path}.</source>
        <translation>
            <numerusform>%Ln letter written to {path}.</numerusform>
            <numerusform>%Ln letters written to {path}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln lots</source>
        <translation>
            <numerusform>%Ln lot</numerusform>
            <numerusform>%Ln lots</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln organisations written to {path}.</source>
        <translation>
            <numerusform>%Ln organisation written to {path}.</numerusform>
            <numerusform>%Ln organisations written to {path}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln rows exported to {path}.</source>
        <translation>
            <numerusform>%Ln row exported to {path}.</numerusform>
            <numerusform>%Ln rows exported to {path}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n months</source>
        <translation>
            <numerusform>%n month</numerusform>
            <numerusform>%n months</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n scoring grids written to {folder}.</source>
        <translation>
            <numerusform>%n scoring grid written to {folder}.</numerusform>
            <numerusform>%n scoring grids written to {folder}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n steps</source>
        <translation>
            <numerusform>%n step</numerusform>
            <numerusform>%n steps</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n years</source>
        <translation>
            <numerusform>%n year</numerusform>
            <numerusform>%n years</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The allocation of %Ln applications is written to {path}.</source>
        <translation>
            <numerusform>The allocation of %Ln application is written to {path}.</numerusform>
            <numerusform>The allocation of %Ln applications is written to {path}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CriteriaEditor</name>
    <message numerus="yes">
        <source>%n scores invalidated; the criteria can be changed again.</source>
        <translation>
            <numerusform>%n score invalidated; the criteria can be changed again.</numerusform>
            <numerusform>%n scores invalidated; the criteria can be changed again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Copied %n criteria from lot {source}.</source>
        <translation>
            <numerusform>Copied %n criterion from lot {source}.</numerusform>
            <numerusform>Copied %n criteria from lot {source}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove {name} and its %n sub-criteria?</source>
        <translation>
            <numerusform>Remove {name} and its %n sub-criterion?</numerusform>
            <numerusform>Remove {name} and its %n sub-criteria?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EmailDrafts</name>
    <message numerus="yes">
        <source>%n e-mail drafts, each with its letter attached, were written to {folder}.</source>
        <translation>
            <numerusform>%n e-mail draft, with its letter attached, was written to {folder}.</numerusform>
            <numerusform>%n e-mail drafts, each with its letter attached, were written to {folder}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EvaluationPage</name>
    <message numerus="yes">
        <source>%n bids</source>
        <translation>
            <numerusform>%n bid</numerusform>
            <numerusform>%n bids</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message numerus="yes">
        <source>%n problems</source>
        <translation>
            <numerusform>%n problem</numerusform>
            <numerusform>%n problems</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warnings</source>
        <translation>
            <numerusform>%n warning</numerusform>
            <numerusform>%n warnings</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LotDialog</name>
    <message numerus="yes">
        <source>%n options: {lengths}; at most {total} including the term.</source>
        <translation>
            <numerusform>%n option: {lengths}; at most {total} including the term.</numerusform>
            <numerusform>%n options: {lengths}; at most {total} including the term.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OrganisationPicker</name>
    <message numerus="yes">
        <source>%n organisation(s) found</source>
        <translation>
            <numerusform>%n organisation found</numerusform>
            <numerusform>%n organisations found</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportImportDialog</name>
    <message numerus="yes">
        <source>The form has %n problems, so nothing can be imported; solve them and import again.</source>
        <translation>
            <numerusform>The form has %n problem, so nothing can be imported; solve it and import again.</numerusform>
            <numerusform>The form has %n problems, so nothing can be imported; solve them and import again.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ScoringGridModel</name>
    <message numerus="yes">
        <source>{n} of %n criteria scored</source>
        <translation>
            <numerusform>{n} of %n criterion scored</numerusform>
            <numerusform>{n} of %n criteria scored</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ScoringTab</name>
    <message numerus="yes">
        <source>%n changes not saved (Ctrl+S saves).</source>
        <translation>
            <numerusform>%n change not saved (Ctrl+S saves).</numerusform>
            <numerusform>%n changes not saved (Ctrl+S saves).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n scores still need a motivation.</source>
        <translation>
            <numerusform>%n score still needs a motivation.</numerusform>
            <numerusform>%n scores still need a motivation.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SearchPopup</name>
    <message numerus="yes">
        <source>%n found; Enter opens the chosen one.</source>
        <translation>
            <numerusform>%n found; Enter opens the chosen one.</numerusform>
            <numerusform>%n found; Enter opens the chosen one.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SubsidiesPage</name>
    <message numerus="yes">
        <source>%n applications</source>
        <translation>
            <numerusform>%n application</numerusform>
            <numerusform>%n applications</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n decision letters written to {folder}.</source>
        <translation>
            <numerusform>%n decision letter written to {folder}.</numerusform>
            <numerusform>%n decision letters written to {folder}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n decisions recorded.</source>
        <translation>
            <numerusform>%n decision recorded.</numerusform>
            <numerusform>%n decisions recorded.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n letters sent earlier were left out; when every letter has been sent, Make decision letters offers to write them all again.</source>
        <translation>
            <numerusform>%n letter sent earlier was left out; when every letter has been sent, Make decision letters offers to write them all again.</numerusform>
            <numerusform>%n letters sent earlier were left out; when every letter has been sent, Make decision letters offers to write them all again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{n} of %n applications</source>
        <translation>
            <numerusform>{n} of %n application</numerusform>
            <numerusform>{n} of %n applications</numerusform>
        </translation>
    </message>
</context>
</TS>
