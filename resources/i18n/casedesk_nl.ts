<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl">
<context>
    <name>AgenciesPage</name>
    <message>
        <source>Member</source>
        <translation>Lid</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Certificaat</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint</source>
        <translation>SHA-256-vingerafdruk</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Geldig tot</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>No member has a signing certificate yet — import yours with Import PKCS#12… to sign request packages.</source>
        <translation>Nog geen enkel lid heeft een ondertekeningscertificaat — importeer het uwe met „PKCS#12 importeren…” om pakketten met verzoeken te ondertekenen.</translation>
    </message>
    <message>
        <source>Belgium</source>
        <translation>België</translation>
    </message>
    <message>
        <source>Netherlands</source>
        <translation>Nederland</translation>
    </message>
    <message>
        <source>Luxembourg</source>
        <translation>Luxemburg</translation>
    </message>
    <message>
        <source>Germany</source>
        <translation>Duitsland</translation>
    </message>
    <message>
        <source>France</source>
        <translation>Frankrijk</translation>
    </message>
    <message>
        <source>Police</source>
        <translation>Politie</translation>
    </message>
    <message>
        <source>Customs</source>
        <translation>Douane</translation>
    </message>
    <message>
        <source>Joint centre</source>
        <translation>Gemeenschappelijk centrum</translation>
    </message>
    <message>
        <source>Military police</source>
        <translation>Militaire politie</translation>
    </message>
    <message>
        <source>Administrative authority</source>
        <translation>Bestuurlijke overheid</translation>
    </message>
    <message>
        <source>Expired on %1</source>
        <translation>Verlopen op %1</translation>
    </message>
    <message>
        <source>Expires today (%1)</source>
        <translation>Verloopt vandaag (%1)</translation>
    </message>
    <message>
        <source>Not valid before %1</source>
        <translation>Niet geldig vóór %1</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>Geldig</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer *.der *.p7b *.p7c);;All files (*)</source>
        <translation>Certificaten (*.pem *.crt *.cer *.der *.p7b *.p7c);;Alle bestanden (*)</translation>
    </message>
    <message>
        <source>PKCS#12 files (*.p12 *.pfx);;All files (*)</source>
        <translation>PKCS#12-bestanden (*.p12 *.pfx);;Alle bestanden (*)</translation>
    </message>
    <message>
        <source>Agencies and trust</source>
        <translation>Diensten en vertrouwen</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>&amp;Vernieuwen</translation>
    </message>
    <message>
        <source>Reload the agencies and certificates</source>
        <translation>De diensten en certificaten opnieuw laden</translation>
    </message>
    <message>
        <source>&amp;Partner agencies</source>
        <translation>&amp;Partnerdiensten</translation>
    </message>
    <message>
        <source>&amp;My signing credentials</source>
        <translation>&amp;Mijn ondertekeningscertificaten</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Laden…</translation>
    </message>
    <message>
        <source>Loading</source>
        <translation>Laden</translation>
    </message>
    <message>
        <source>Last action</source>
        <translation>Laatste handeling</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fout</translation>
    </message>
    <message>
        <source>Certificate of %1</source>
        <translation>Certificaat van %1</translation>
    </message>
    <message>
        <source>The certificate is pinned to %1.</source>
        <translation>Het certificaat is vastgepind aan %1.</translation>
    </message>
    <message>
        <source>%1 certificates are pinned to %2.</source>
        <translation>%1 certificaten zijn vastgepind aan %2.</translation>
    </message>
    <message>
        <source>Nothing new: this certificate is already in the trust store.</source>
        <translation>Niets nieuws: dit certificaat staat al in de vertrouwensopslag.</translation>
    </message>
    <message>
        <source>Nothing new: these certificates are already in the trust store.</source>
        <translation>Niets nieuws: deze certificaten staan al in de vertrouwensopslag.</translation>
    </message>
    <message>
        <source>Remove a pinned certificate</source>
        <translation>Een vastgepind certificaat verwijderen</translation>
    </message>
    <message>
        <source>Remove %1 from the trust store of %2? Packages signed under it will no longer be trusted.

SHA-256 %3</source>
        <translation>%1 verwijderen uit de vertrouwensopslag van %2? Pakketten die ermee zijn ondertekend, worden dan niet meer vertrouwd.

SHA-256 %3</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <source>Remove the certificate from the trust store</source>
        <translation>Het certificaat uit de vertrouwensopslag verwijderen</translation>
    </message>
    <message>
        <source>The certificate was removed from %1.</source>
        <translation>Het certificaat is verwijderd uit %1.</translation>
    </message>
    <message>
        <source>Your signing certificate</source>
        <translation>Uw ondertekeningscertificaat</translation>
    </message>
    <message>
        <source>Signing certificate of %1 imported: %2.</source>
        <translation>Ondertekeningscertificaat van %1 geïmporteerd: %2.</translation>
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
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <source>Pinned</source>
        <translation>Vastgepind</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Onderwerp</translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation>Uitgever</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Talen</translation>
    </message>
    <message>
        <source>24/7 contact</source>
        <translation>Contactpunt 24/7</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Opmerkingen</translation>
    </message>
    <message>
        <source>No certificate is pinned to this agency: its signed packages cannot be verified.</source>
        <translation>Er is geen certificaat vastgepind aan deze dienst: de ondertekende pakketten ervan kunnen niet worden geverifieerd.</translation>
    </message>
</context>
<context>
    <name>AlmanacPage</name>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV-bestanden (*.csv);;Alle bestanden (*)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>Dienst</translation>
    </message>
    <message>
        <source>Posting</source>
        <translation>Standplaats</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Talen</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefoon</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation>Werkgebied</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Opmerkingen</translation>
    </message>
    <message>
        <source>The almanac is empty — import a CSV file of liaison officers with Import CSV…</source>
        <translation>De almanak is leeg — importeer een CSV-bestand met verbindingsofficieren met „CSV importeren…”.</translation>
    </message>
    <message>
        <source>No liaison officer matches “%1”.</source>
        <translation>Geen enkele verbindingsofficier komt overeen met „%1”.</translation>
    </message>
    <message>
        <source>Liaison officers</source>
        <translation>Verbindingsofficieren</translation>
    </message>
    <message>
        <source>&amp;Import CSV…</source>
        <translation>CSV &amp;importeren…</translation>
    </message>
    <message>
        <source>Import liaison officers from a CSV file</source>
        <translation>Verbindingsofficieren importeren uit een CSV-bestand</translation>
    </message>
    <message>
        <source>E&amp;xport CSV…</source>
        <translation>CSV e&amp;xporteren…</translation>
    </message>
    <message>
        <source>Export the almanac to a CSV file</source>
        <translation>De almanak naar een CSV-bestand exporteren</translation>
    </message>
    <message>
        <source>Search the almanac</source>
        <translation>In de almanak zoeken</translation>
    </message>
    <message>
        <source>Name, agency, posting, region, language…</source>
        <translation>Naam, dienst, standplaats, regio, taal…</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Zoeken:</translation>
    </message>
    <message>
        <source>Number of officers shown</source>
        <translation>Aantal getoonde officieren</translation>
    </message>
    <message>
        <source>Liaison officers found</source>
        <translation>Gevonden verbindingsofficieren</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Laden…</translation>
    </message>
    <message>
        <source>Loading</source>
        <translation>Laden</translation>
    </message>
    <message>
        <source>Last action</source>
        <translation>Laatste handeling</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fout</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1:</translation>
    </message>
    <message>
        <source>Copy &amp;phone</source>
        <translation>&amp;Telefoon kopiëren</translation>
    </message>
    <message>
        <source>Copy the officer&apos;s phone number</source>
        <translation>Het telefoonnummer van de officier kopiëren</translation>
    </message>
    <message>
        <source>Copy &amp;e-mail</source>
        <translation>&amp;E-mail kopiëren</translation>
    </message>
    <message>
        <source>Copy the officer&apos;s e-mail address</source>
        <translation>Het e-mailadres van de officier kopiëren</translation>
    </message>
    <message>
        <source>the first %1 officers — narrow the search</source>
        <translation>de eerste %1 officieren — verfijn de zoekopdracht</translation>
    </message>
    <message>
        <source>1 officer</source>
        <translation>1 officier</translation>
    </message>
    <message>
        <source>%1 officers</source>
        <translation>%1 officieren</translation>
    </message>
    <message>
        <source>The phone number of %1 is on the clipboard.</source>
        <translation>Het telefoonnummer van %1 staat op het klembord.</translation>
    </message>
    <message>
        <source>The e-mail address of %1 is on the clipboard.</source>
        <translation>Het e-mailadres van %1 staat op het klembord.</translation>
    </message>
    <message>
        <source>Import liaison officers</source>
        <translation>Verbindingsofficieren importeren</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>Er is niets geïmporteerd: %1</translation>
    </message>
    <message>
        <source>Nothing was imported: every line was rejected.</source>
        <translation>Er is niets geïmporteerd: alle regels zijn geweigerd.</translation>
    </message>
    <message>
        <source>Nothing was imported: the file lists no officers.</source>
        <translation>Er is niets geïmporteerd: het bestand bevat geen officieren.</translation>
    </message>
    <message>
        <source>Import finished.</source>
        <translation>Importeren voltooid.</translation>
    </message>
    <message>
        <source>Export the almanac</source>
        <translation>De almanak exporteren</translation>
    </message>
    <message>
        <source>The whole almanac will be written to a CSV file that is not encrypted: anyone who gets hold of it can read every officer&apos;s name, phone number and e-mail address. Keep it on an encrypted drive and delete it when it is no longer needed.</source>
        <translation>De volledige almanak wordt weggeschreven naar een CSV-bestand dat niet versleuteld is: wie het in handen krijgt, kan de naam, het telefoonnummer en het e-mailadres van elke officier lezen. Bewaar het op een versleutelde schijf en verwijder het zodra het niet meer nodig is.</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exporteren…</translation>
    </message>
    <message>
        <source>Export the almanac unencrypted</source>
        <translation>De almanak onversleuteld exporteren</translation>
    </message>
    <message>
        <source>almanac.csv</source>
        <translation>almanak.csv</translation>
    </message>
    <message>
        <source>The almanac was written, unencrypted, to %1.</source>
        <translation>De almanak is onversleuteld weggeschreven naar %1.</translation>
    </message>
</context>
<context>
    <name>AnswerDialog</name>
    <message>
        <source>Answer %1</source>
        <translation>%1 beantwoorden</translation>
    </message>
    <message>
        <source>Answer request %1 with a signed package</source>
        <translation>Verzoek %1 beantwoorden met een ondertekend pakket</translation>
    </message>
    <message>
        <source>Loading %1…</source>
        <translation>%1 wordt geladen…</translation>
    </message>
    <message>
        <source>Why this request cannot be answered</source>
        <translation>Waarom dit verzoek niet kan worden beantwoord</translation>
    </message>
    <message>
        <source>Answer goes to</source>
        <translation>Antwoord gaat naar</translation>
    </message>
    <message>
        <source>&amp;Encrypt for the partner</source>
        <translation>&amp;Versleutelen voor de partner</translation>
    </message>
    <message>
        <source>Encrypt the answer for the partner agency</source>
        <translation>Het antwoord versleutelen voor de partnerdienst</translation>
    </message>
    <message>
        <source>Text of the answer</source>
        <translation>Tekst van het antwoord</translation>
    </message>
    <message>
        <source>A&amp;nswer:</source>
        <translation>&amp;Antwoord:</translation>
    </message>
    <message>
        <source>File the answer package is written to</source>
        <translation>Bestand waarin het antwoordpakket wordt geschreven</translation>
    </message>
    <message>
        <source>Choose where to write the answer package</source>
        <translation>Kiezen waar het antwoordpakket wordt geschreven</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>Aan:</translation>
    </message>
    <message>
        <source>Answer status</source>
        <translation>Status van het antwoord</translation>
    </message>
    <message>
        <source>Sign and &amp;write</source>
        <translation>Ondertekenen en wegschri&amp;jven</translation>
    </message>
    <message>
        <source>Sign the answer package and write it</source>
        <translation>Het antwoordpakket ondertekenen en wegschrijven</translation>
    </message>
    <message>
        <source>Close the answer dialog</source>
        <translation>Het antwoordvenster sluiten</translation>
    </message>
    <message>
        <source>%1 cannot be answered.</source>
        <translation>%1 kan niet worden beantwoord.</translation>
    </message>
    <message>
        <source>Send the answer to %1 again — %2</source>
        <translation>Het antwoord op %1 opnieuw verzenden — %2</translation>
    </message>
    <message>
        <source>Answer %1 — %2</source>
        <translation>%1 beantwoorden — %2</translation>
    </message>
    <message>
        <source>Signing and writing the answer…</source>
        <translation>Antwoord wordt ondertekend en weggeschreven…</translation>
    </message>
</context>
<context>
    <name>AnswersChart</name>
    <message>
        <source>Urgent, directly accessible</source>
        <translation>Dringend, rechtstreeks toegankelijk</translation>
    </message>
    <message>
        <source>Urgent, indirectly accessible</source>
        <translation>Dringend, onrechtstreeks toegankelijk</translation>
    </message>
    <message>
        <source>Other requests</source>
        <translation>Andere verzoeken</translation>
    </message>
    <message>
        <source>Urgent observation, from the crossing</source>
        <translation>Dringende observatie, vanaf de grensoverschrijding</translation>
    </message>
    <message>
        <source>Answer times chart</source>
        <translation>Grafiek van de antwoordtijden</translation>
    </message>
    <message>
        <source>Time to answer</source>
        <translation>Antwoordtijd</translation>
    </message>
    <message>
        <source>%1 (%2/%3)</source>
        <translation>%1 (%2/%3)</translation>
    </message>
    <message>
        <source>Answered in time, per partner</source>
        <translation>Op tijd beantwoord, per partner</translation>
    </message>
    <message>
        <source>%1, %2: %3 of %4 in time</source>
        <translation>%1, %2: %3 van %4 op tijd</translation>
    </message>
    <message>
        <source>In time</source>
        <translation>Op tijd</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>Te laat</translation>
    </message>
    <message>
        <source>in time</source>
        <translation>op tijd</translation>
    </message>
    <message>
        <source>late by %1</source>
        <translation>%1 te laat</translation>
    </message>
    <message>
        <source>%1 (%2, %3): answered %4 after %5; deadline %6; %7</source>
        <translation>%1 (%2, %3): beantwoord op %4 na %5; termijn %6; %7</translation>
    </message>
    <message>
        <source>%1: %2 of %3 answers in time (%4)</source>
        <translation>%1: %2 van %3 antwoorden op tijd (%4)</translation>
    </message>
    <message>
        <source>%1: %2 of %3 answers late (%4)</source>
        <translation>%1: %2 van %3 antwoorden te laat (%4)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln answered request(s) with a legal deadline; %1 in time (%2), %3 late.</source>
        <translation>
            <numerusform>%Ln beantwoord verzoek met een wettelijke termijn; %1 op tijd (%2), %3 te laat.</numerusform>
            <numerusform>%Ln beantwoorde verzoeken met een wettelijke termijn; %1 op tijd (%2), %3 te laat.</numerusform>
        </translation>
    </message>
    <message>
        <source>The latest %1 of %2 answers are drawn; the counts include them all.</source>
        <translation>De meest recente %1 van %2 antwoorden worden weergegeven; de tellingen omvatten ze allemaal.</translation>
    </message>
</context>
<context>
    <name>ApprovalsPage</name>
    <message>
        <source>Reference</source>
        <translation>Referentie</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>Filed by</source>
        <translation>Opgesteld door</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Ingediend op</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Reference:</source>
        <translation>Referentie:</translation>
    </message>
    <message>
        <source>Partner:</source>
        <translation>Partner:</translation>
    </message>
    <message>
        <source>Legal basis:</source>
        <translation>Rechtsgrond:</translation>
    </message>
    <message>
        <source>Events date:</source>
        <translation>Datum van de feiten:</translation>
    </message>
    <message>
        <source>Urgency:</source>
        <translation>Urgentie:</translation>
    </message>
    <message>
        <source>Due:</source>
        <translation>Termijn:</translation>
    </message>
    <message>
        <source>Created by:</source>
        <translation>Aangemaakt door:</translation>
    </message>
    <message>
        <source>Submitted by:</source>
        <translation>Ingediend door:</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>Titel:</translation>
    </message>
    <message>
        <source>Your own — another supervisor must decide</source>
        <translation>Uw eigen verzoek — een andere leidinggevende moet beslissen</translation>
    </message>
    <message>
        <source>No requests are waiting for approval.</source>
        <translation>Er wachten geen verzoeken op goedkeuring.</translation>
    </message>
    <message>
        <source>Only supervisors approve requests.</source>
        <translation>Alleen leidinggevenden keuren verzoeken goed.</translation>
    </message>
    <message>
        <source>Requests waiting for approval</source>
        <translation>Verzoeken die op goedkeuring wachten</translation>
    </message>
    <message>
        <source>Number of requests waiting</source>
        <translation>Aantal wachtende verzoeken</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>&amp;Vernieuwen</translation>
    </message>
    <message>
        <source>Reload the requests waiting for approval</source>
        <translation>De verzoeken die op goedkeuring wachten opnieuw laden</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Laden…</translation>
    </message>
    <message>
        <source>Loading</source>
        <translation>Laden</translation>
    </message>
    <message>
        <source>Last decision</source>
        <translation>Laatste beslissing</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fout</translation>
    </message>
    <message>
        <source>Request text</source>
        <translation>Tekst van het verzoek</translation>
    </message>
    <message>
        <source>&amp;Approve</source>
        <translation>&amp;Goedkeuren</translation>
    </message>
    <message>
        <source>Approve the selected request</source>
        <translation>Het geselecteerde verzoek goedkeuren</translation>
    </message>
    <message>
        <source>&amp;Reject…</source>
        <translation>&amp;Afwijzen…</translation>
    </message>
    <message>
        <source>Reject the selected request</source>
        <translation>Het geselecteerde verzoek afwijzen</translation>
    </message>
    <message>
        <source>Text:</source>
        <translation>Tekst:</translation>
    </message>
    <message numerus="yes">
        <source>%Ln request(s)</source>
        <translation>
            <numerusform>%Ln verzoek</numerusform>
            <numerusform>%Ln verzoeken</numerusform>
        </translation>
    </message>
    <message>
        <source>the first %1 of %2 requests</source>
        <translation>de eerste %1 van %2 verzoeken</translation>
    </message>
    <message>
        <source>%1 (you)</source>
        <translation>%1 (u)</translation>
    </message>
    <message>
        <source>%1 [to be confirmed]</source>
        <translation>%1 [te bevestigen]</translation>
    </message>
    <message>
        <source>No deadline</source>
        <translation>Geen termijn</translation>
    </message>
    <message>
        <source>%1 approved. Sign it with your certificate now, or later from Requests.</source>
        <translation>%1 goedgekeurd. Onderteken het nu met uw certificaat, of later via Verzoeken.</translation>
    </message>
    <message>
        <source>%1 rejected.</source>
        <translation>%1 afgewezen.</translation>
    </message>
</context>
<context>
    <name>AttachmentViewer</name>
    <message>
        <source>Attachment %1</source>
        <translation>Bijlage %1</translation>
    </message>
    <message>
        <source>Content of %1</source>
        <translation>Inhoud van %1</translation>
    </message>
    <message>
        <source>Text of %1</source>
        <translation>Tekst van %1</translation>
    </message>
    <message>
        <source>Why it cannot be shown</source>
        <translation>Waarom ze niet kan worden weergegeven</translation>
    </message>
    <message>
        <source>&amp;Previous page</source>
        <translation>&amp;Vorige pagina</translation>
    </message>
    <message>
        <source>Previous page</source>
        <translation>Vorige pagina</translation>
    </message>
    <message>
        <source>&amp;Next page</source>
        <translation>V&amp;olgende pagina</translation>
    </message>
    <message>
        <source>Next page</source>
        <translation>Volgende pagina</translation>
    </message>
    <message>
        <source>Page shown</source>
        <translation>Getoonde pagina</translation>
    </message>
    <message>
        <source>Close the viewer</source>
        <translation>De viewer sluiten</translation>
    </message>
    <message>
        <source>%1 is a kind of file this app cannot show (%2). Save a decrypted copy to open it elsewhere.</source>
        <translation>%1 is een bestandstype dat deze toepassing niet kan weergeven (%2). Sla een ontsleutelde kopie op om het elders te openen.</translation>
    </message>
    <message>
        <source>PDF files cannot be shown: the PDF renderer is not installed.</source>
        <translation>PDF-bestanden kunnen niet worden weergegeven: de PDF-weergavemodule is niet geïnstalleerd.</translation>
    </message>
    <message>
        <source>%1 is not a readable PDF file.</source>
        <translation>%1 is geen leesbaar PDF-bestand.</translation>
    </message>
    <message>
        <source>Page %1 could not be read.</source>
        <translation>Pagina %1 kon niet worden gelezen.</translation>
    </message>
    <message>
        <source>%1 has no pages.</source>
        <translation>%1 bevat geen pagina&apos;s.</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Pagina %1 van %2</translation>
    </message>
</context>
<context>
    <name>AuditPage</name>
    <message>
        <source>#</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Tijdstip</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Lid</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Handeling</translation>
    </message>
    <message>
        <source>Entity</source>
        <translation>Entiteit</translation>
    </message>
    <message>
        <source>Entity id</source>
        <translation>ID van de entiteit</translation>
    </message>
    <message>
        <source>The audit log has no entries.</source>
        <translation>Het auditlogboek bevat geen vermeldingen.</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Auditlogboek</translation>
    </message>
    <message>
        <source>&amp;Verify again</source>
        <translation>Opnieuw &amp;verifiëren</translation>
    </message>
    <message>
        <source>Verify the audit log again</source>
        <translation>Het auditlogboek opnieuw verifiëren</translation>
    </message>
    <message>
        <source>&amp;Sign the log&apos;s head…</source>
        <translation>&amp;Onderteken de kop van het logboek…</translation>
    </message>
    <message>
        <source>Sign the head of the audit log with your certificate</source>
        <translation>De kop van het auditlogboek ondertekenen met uw certificaat</translation>
    </message>
    <message>
        <source>Sign the newest entry with your signing certificate: a log later cut short is detected.</source>
        <translation>Onderteken de nieuwste vermelding met uw ondertekeningscertificaat: een logboek dat later wordt ingekort, wordt dan opgemerkt.</translation>
    </message>
    <message>
        <source>Sa&amp;ve the signed head…</source>
        <translation>Ondertekende kop op&amp;slaan…</translation>
    </message>
    <message>
        <source>Save the newest signed head to a file</source>
        <translation>De nieuwste ondertekende kop in een bestand opslaan</translation>
    </message>
    <message>
        <source>Keep the newest signed head outside the case file: casedesk audit verify --anchor then detects a truncation even if the signed heads inside were deleted.</source>
        <translation>Bewaar de nieuwste ondertekende kop buiten het dossierbestand: casedesk audit verify --anchor ziet dan een inkorting, ook als de ondertekende koppen erin zijn verwijderd.</translation>
    </message>
    <message>
        <source>Audit log verification</source>
        <translation>Verificatie van het auditlogboek</translation>
    </message>
    <message>
        <source>Filter the entries</source>
        <translation>De vermeldingen filteren</translation>
    </message>
    <message>
        <source>Member, action, entity…</source>
        <translation>Lid, handeling, entiteit…</translation>
    </message>
    <message>
        <source>F&amp;ilter:</source>
        <translation>F&amp;ilter:</translation>
    </message>
    <message>
        <source>Number of entries shown</source>
        <translation>Aantal getoonde vermeldingen</translation>
    </message>
    <message>
        <source>Newest audit log entries</source>
        <translation>Nieuwste vermeldingen van het auditlogboek</translation>
    </message>
    <message>
        <source>Verifying the audit log…</source>
        <translation>Auditlogboek wordt geverifieerd…</translation>
    </message>
    <message>
        <source>Verifying the audit log</source>
        <translation>Auditlogboek wordt geverifieerd</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fout</translation>
    </message>
    <message>
        <source>Last action</source>
        <translation>Laatste actie</translation>
    </message>
    <message>
        <source>Save the signed head</source>
        <translation>Ondertekende kop opslaan</translation>
    </message>
    <message>
        <source>Signed heads (*.json)</source>
        <translation>Ondertekende koppen (*.json)</translation>
    </message>
    <message>
        <source>The signed head of entry %1 was saved as %2; keep it outside the case file.</source>
        <translation>De ondertekende kop van vermelding %1 is opgeslagen als %2; bewaar die buiten het dossierbestand.</translation>
    </message>
    <message>
        <source>Sign the log&apos;s head</source>
        <translation>De kop van het logboek ondertekenen</translation>
    </message>
    <message>
        <source>Password of your signing certificate (empty: the one remembered on this computer):</source>
        <translation>Wachtwoord van uw ondertekeningscertificaat (leeg: het wachtwoord dat op deze computer is onthouden):</translation>
    </message>
    <message>
        <source>Password of your signing certificate</source>
        <translation>Wachtwoord van uw ondertekeningscertificaat</translation>
    </message>
    <message>
        <source>Audit log intact: %1 entries</source>
        <translation>Auditlogboek intact: %1 vermeldingen</translation>
    </message>
    <message>
        <source>Audit log BROKEN: %1 entries, cut short or rewritten below a signed head.</source>
        <translation>Auditlogboek BESCHADIGD: %1 vermeldingen, ingekort of herschreven onder een ondertekende kop.</translation>
    </message>
    <message>
        <source>Audit log BROKEN: %1 entries, the chain does not verify.</source>
        <translation>Auditlogboek BESCHADIGD: %1 vermeldingen, de keten klopt niet.</translation>
    </message>
    <message>
        <source>… and %1 more (run `casedesk check`).</source>
        <translation>… en nog %1 (voer `casedesk check` uit).</translation>
    </message>
    <message>
        <source>Its head was never signed: a log cut short would not be noticed.</source>
        <translation>De kop is nooit ondertekend: een ingekort logboek zou niet worden opgemerkt.</translation>
    </message>
    <message>
        <source>Head signed at entry %1 by %2, %3.</source>
        <translation>Kop ondertekend bij vermelding %1 door %2, %3.</translation>
    </message>
    <message>
        <source>A new signature is due: a supervisor&apos;s next package signs it, or sign it here.</source>
        <translation>Een nieuwe ondertekening van de kop van het logboek is nodig: het volgende pakket dat een leidinggevende ondertekent, doet het, of onderteken hier.</translation>
    </message>
    <message>
        <source>%1 of the newest %2 entries match</source>
        <translation>%1 van de nieuwste %2 vermeldingen komen overeen</translation>
    </message>
    <message>
        <source>the newest %1 entries</source>
        <translation>de nieuwste %1 vermeldingen</translation>
    </message>
</context>
<context>
    <name>BorderMap</name>
    <message>
        <source>Belgium</source>
        <translation>België</translation>
    </message>
    <message>
        <source>Netherlands</source>
        <translation>Nederland</translation>
    </message>
    <message>
        <source>Luxembourg</source>
        <translation>Luxemburg</translation>
    </message>
    <message>
        <source>Germany</source>
        <translation>Duitsland</translation>
    </message>
    <message>
        <source>France</source>
        <translation>Frankrijk</translation>
    </message>
    <message>
        <source>United Kingdom</source>
        <translation>Verenigd Koninkrijk</translation>
    </message>
    <message>
        <source>Borders: Natural Earth (public domain)</source>
        <translation>Grenzen: Natural Earth (publiek domein)</translation>
    </message>
    <message>
        <source>E</source>
        <translation>O</translation>
    </message>
    <message>
        <source>W</source>
        <translation>W</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>S</source>
        <translation>Z</translation>
    </message>
    <message>
        <source>%1°%2</source>
        <translation>%1°%2</translation>
    </message>
    <message>
        <source>North Sea</source>
        <translation>Noordzee</translation>
    </message>
    <message>
        <source>Notified in time</source>
        <translation>Op tijd geïnformeerd</translation>
    </message>
    <message>
        <source>Notified late</source>
        <translation>Te laat geïnformeerd</translation>
    </message>
    <message>
        <source>Not notified</source>
        <translation>Niet geïnformeerd</translation>
    </message>
    <message>
        <source>Rule: notify at the latest on crossing</source>
        <translation>Regel: uiterlijk bij de grensoverschrijding informeren</translation>
    </message>
    <message>
        <source>Rule: notify within %1 hours of crossing</source>
        <translation>Regel: binnen %1 uur na de grensoverschrijding informeren</translation>
    </message>
    <message>
        <source>%1 h %2 min %3 s</source>
        <translation>%1 u %2 min %3 s</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 u %2 min</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Crossed at: %1</source>
        <translation>Grens overschreden op: %1</translation>
    </message>
    <message>
        <source>Place: %1</source>
        <translation>Plaats: %1</translation>
    </message>
    <message>
        <source>Delay: the host was not notified</source>
        <translation>Vertraging: de gaststaat is niet geïnformeerd</translation>
    </message>
    <message>
        <source>Delay: %1</source>
        <translation>Vertraging: %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Approximate position</source>
        <translation>Positie bij benadering</translation>
    </message>
    <message>
        <source>… and %1 more here</source>
        <translation>… en nog %1 hier</translation>
    </message>
    <message>
        <source>%1° %2, %3° %4</source>
        <translation>%1° %2, %3° %4</translation>
    </message>
    <message>
        <source>Nearest crossing point: %1 (%2), %3 km away (approximate position)</source>
        <translation>Dichtstbijzijnde grensovergang: %1 (%2), op %3 km (positie bij benadering)</translation>
    </message>
</context>
<context>
    <name>BorderMapPage</name>
    <message>
        <source>Kind of case</source>
        <translation>Soort dossier</translation>
    </message>
    <message>
        <source>Pursuits and observations</source>
        <translation>Achtervolgingen en observaties</translation>
    </message>
    <message>
        <source>Pursuits</source>
        <translation>Achtervolgingen</translation>
    </message>
    <message>
        <source>Observations</source>
        <translation>Observaties</translation>
    </message>
    <message>
        <source>First crossing from</source>
        <translation>Eerste grensoverschrijding vanaf</translation>
    </message>
    <message>
        <source>First crossing until</source>
        <translation>Eerste grensoverschrijding tot</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>&amp;Vernieuwen</translation>
    </message>
    <message>
        <source>Reload the map</source>
        <translation>De kaart opnieuw laden</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Soort</translation>
    </message>
    <message>
        <source>Crossed &amp;from</source>
        <translation>&amp;Overschreden van</translation>
    </message>
    <message>
        <source>&amp;until</source>
        <translation>&amp;tot</translation>
    </message>
    <message>
        <source>&amp;Partner</source>
        <translation>&amp;Partner</translation>
    </message>
    <message>
        <source>P&amp;ick on the map</source>
        <translation>Op de kaart &amp;aanwijzen</translation>
    </message>
    <message>
        <source>Pick a place on the map</source>
        <translation>Een plaats op de kaart aanwijzen</translation>
    </message>
    <message>
        <source>While this is on, a click on the map picks that place.</source>
        <translation>Zolang dit aan staat, wijst een klik op de kaart die plaats aan.</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Uitzoomen</translation>
    </message>
    <message>
        <source>Zoom out (−)</source>
        <translation>Uitzoomen (−)</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Inzoomen</translation>
    </message>
    <message>
        <source>Zoom in (+)</source>
        <translation>Inzoomen (+)</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Alles tonen</translation>
    </message>
    <message>
        <source>Show the whole region</source>
        <translation>De hele regio tonen</translation>
    </message>
    <message>
        <source>Show the whole region (Home)</source>
        <translation>De hele regio tonen (Home)</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xporteren…</translation>
    </message>
    <message>
        <source>Export the map</source>
        <translation>De kaart exporteren</translation>
    </message>
    <message>
        <source>Save the map as a PNG or SVG image</source>
        <translation>De kaart opslaan als PNG- of SVG-afbeelding</translation>
    </message>
    <message>
        <source>No crossings</source>
        <translation>Geen grensoverschrijdingen</translation>
    </message>
    <message>
        <source>Number of crossings shown</source>
        <translation>Aantal getoonde grensoverschrijdingen</translation>
    </message>
    <message>
        <source>Picked place</source>
        <translation>Aangewezen plaats</translation>
    </message>
    <message>
        <source>Last action</source>
        <translation>Laatste handeling</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fout</translation>
    </message>
    <message>
        <source>any day</source>
        <translation>elke dag</translation>
    </message>
    <message>
        <source>Partner agency code</source>
        <translation>Code van de partnerdienst</translation>
    </message>
    <message>
        <source>Code or its start, e.g. NL-</source>
        <translation>Code of het begin ervan, bv. NL-</translation>
    </message>
    <message>
        <source>The period starts after it ends.</source>
        <translation>Het begin van de periode ligt na het einde.</translation>
    </message>
    <message>
        <source>No border crossing with a position matches the filters.</source>
        <translation>Geen enkele grensoverschrijding met een positie voldoet aan de filters.</translation>
    </message>
    <message>
        <source>No border crossing with a position in this case file.</source>
        <translation>Dit dossierbestand bevat geen grensoverschrijding met een positie.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln crossing(s) shown</source>
        <translation>
            <numerusform>%Ln grensoverschrijding getoond</numerusform>
            <numerusform>%Ln grensoverschrijdingen getoond</numerusform>
        </translation>
    </message>
    <message>
        <source>The first %1 crossings are shown.</source>
        <translation>De eerste %1 grensoverschrijdingen worden getoond.</translation>
    </message>
    <message>
        <source>Click the map to pick a place.</source>
        <translation>Klik op de kaart om een plaats aan te wijzen.</translation>
    </message>
    <message>
        <source>Picked: %1</source>
        <translation>Aangewezen: %1</translation>
    </message>
    <message>
        <source>Export the border map</source>
        <translation>De grenskaart exporteren</translation>
    </message>
    <message>
        <source>border-map.png</source>
        <translation>grenskaart.png</translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG image (*.svg)</source>
        <translation>PNG-afbeelding (*.png);;SVG-afbeelding (*.svg)</translation>
    </message>
    <message>
        <source>The map was saved as %1.</source>
        <translation>De kaart is opgeslagen als %1.</translation>
    </message>
</context>
<context>
    <name>CaseActions</name>
    <message>
        <source>The case file is locked.</source>
        <translation>Het dossierbestand is vergrendeld.</translation>
    </message>
    <message>
        <source>Case %1 opened.</source>
        <translation>Dossier %1 geopend.</translation>
    </message>
    <message>
        <source>Crossed the border at…</source>
        <translation>Grens overschreden om…</translation>
    </message>
    <message>
        <source>Crossed the border</source>
        <translation>Grens overschreden</translation>
    </message>
    <message>
        <source>Host notified at…</source>
        <translation>Gaststaat geïnformeerd om…</translation>
    </message>
    <message>
        <source>Host notified</source>
        <translation>Gaststaat geïnformeerd</translation>
    </message>
    <message>
        <source>Add an event</source>
        <translation>Een gebeurtenis toevoegen</translation>
    </message>
    <message>
        <source>%1 recorded at %2.</source>
        <translation>%1 geregistreerd op %2.</translation>
    </message>
    <message>
        <source>Person, vehicle or object added.</source>
        <translation>Persoon, voertuig of voorwerp toegevoegd.</translation>
    </message>
    <message>
        <source>Note added.</source>
        <translation>Notitie toegevoegd.</translation>
    </message>
    <message>
        <source>Task added.</source>
        <translation>Taak toegevoegd.</translation>
    </message>
    <message>
        <source>Task marked done.</source>
        <translation>Taak als gedaan gemarkeerd.</translation>
    </message>
    <message>
        <source>Request %1 linked.</source>
        <translation>Verzoek %1 gekoppeld.</translation>
    </message>
    <message>
        <source>Close case %1? It leaves the list of open cases; its timeline, notes and attachments stay in the case file.</source>
        <translation>Dossier %1 afsluiten? Het verdwijnt uit de lijst van open dossiers; de tijdlijn, notities en bijlagen blijven in het dossierbestand.</translation>
    </message>
    <message>
        <source>Case %1 closed.</source>
        <translation>Dossier %1 afgesloten.</translation>
    </message>
    <message>
        <source>Close case</source>
        <translation>Dossier afsluiten</translation>
    </message>
    <message>
        <source>This case is closed.</source>
        <translation>Dit dossier is afgesloten.</translation>
    </message>
    <message>
        <source>1 file attached, stored encrypted.</source>
        <translation>1 bestand bijgevoegd, versleuteld opgeslagen.</translation>
    </message>
    <message>
        <source>%1 files attached, stored encrypted.</source>
        <translation>%1 bestanden bijgevoegd, versleuteld opgeslagen.</translation>
    </message>
    <message>
        <source>The copy of %1 (handling code %2) will be written to disk UNENCRYPTED, outside the case file: anyone who can read that folder can read it. Saving it is recorded in the audit log. Save a decrypted copy?</source>
        <translation>De kopie van %1 (behandelingscode %2) wordt ONVERSLEUTELD naar de schijf geschreven, buiten het dossierbestand: iedereen die die map kan lezen, kan de kopie lezen. Het opslaan wordt vastgelegd in het auditlogboek. Een ontsleutelde kopie opslaan?</translation>
    </message>
    <message>
        <source>Save a decrypted copy</source>
        <translation>Een ontsleutelde kopie opslaan</translation>
    </message>
    <message>
        <source>Choose where to save…</source>
        <translation>Kies waar u wilt opslaan…</translation>
    </message>
    <message>
        <source>Decrypted copy of %1 saved to %2.</source>
        <translation>Ontsleutelde kopie van %1 opgeslagen in %2.</translation>
    </message>
</context>
<context>
    <name>CaseDetail</name>
    <message>
        <source>When</source>
        <translation>Tijdstip</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Gebeurtenis</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschrijving</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Plaats</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>Dienst</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <source>Name or plate</source>
        <translation>Naam of kenteken</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Written</source>
        <translation>Geschreven op</translation>
    </message>
    <message>
        <source>Handling</source>
        <translation>Behandeling</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notitie</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Taak</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Termijn</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Gedaan op</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Referentie</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Grootte</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>Lead agency</source>
        <translation>Leidende dienst</translation>
    </message>
    <message>
        <source>Handling code</source>
        <translation>Behandelingscode</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Geopend op</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Afgesloten op</translation>
    </message>
    <message>
        <source>← &amp;Back to the list</source>
        <translation>← &amp;Terug naar de lijst</translation>
    </message>
    <message>
        <source>Back to the list of cases</source>
        <translation>Terug naar de lijst van dossiers</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <source>&amp;Close case…</source>
        <translation>Dossier af&amp;sluiten…</translation>
    </message>
    <message>
        <source>Close this case</source>
        <translation>Dit dossier afsluiten</translation>
    </message>
    <message>
        <source>Parts of the case</source>
        <translation>Onderdelen van het dossier</translation>
    </message>
    <message>
        <source>Print / save as PDF…</source>
        <translation>Afdrukken / opslaan als pdf…</translation>
    </message>
    <message>
        <source>Print this case or save it as PDF</source>
        <translation>Dit dossier afdrukken of opslaan als pdf</translation>
    </message>
    <message>
        <source>Print the case summary with its timeline, or save it as PDF (Ctrl+P)</source>
        <translation>De samenvatting van het dossier met de tijdlijn afdrukken of opslaan als pdf (Ctrl+P)</translation>
    </message>
    <message>
        <source>Print or save as PDF</source>
        <translation>Afdrukken of opslaan als pdf</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Afdrukken…</translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation>Opslaan als p&amp;df…</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1:</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Samenvatting</translation>
    </message>
    <message>
        <source>Facts of the case</source>
        <translation>Feiten van het dossier</translation>
    </message>
    <message>
        <source>Timeline, oldest first</source>
        <translation>Tijdlijn, oudste eerst</translation>
    </message>
    <message>
        <source>Crossed the &amp;border at…</source>
        <translation>Grens overschre&amp;den om…</translation>
    </message>
    <message>
        <source>Record the border crossing</source>
        <translation>De grensoverschrijding registreren</translation>
    </message>
    <message>
        <source>&amp;Host notified at…</source>
        <translation>Gaststaat geï&amp;nformeerd om…</translation>
    </message>
    <message>
        <source>Record when the host was notified</source>
        <translation>Registreren wanneer de gaststaat is geïnformeerd</translation>
    </message>
    <message>
        <source>Add &amp;event…</source>
        <translation>&amp;Gebeurtenis toevoegen…</translation>
    </message>
    <message>
        <source>Add an event to the timeline</source>
        <translation>Een gebeurtenis aan de tijdlijn toevoegen</translation>
    </message>
    <message>
        <source>Persons, vehicles and objects</source>
        <translation>Personen, voertuigen en voorwerpen</translation>
    </message>
    <message>
        <source>Add &amp;person or vehicle…</source>
        <translation>&amp;Persoon of voertuig toevoegen…</translation>
    </message>
    <message>
        <source>Add a person, vehicle or object</source>
        <translation>Een persoon, voertuig of voorwerp toevoegen</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notities</translation>
    </message>
    <message>
        <source>Add &amp;note…</source>
        <translation>&amp;Notitie toevoegen…</translation>
    </message>
    <message>
        <source>Add a note</source>
        <translation>Een notitie toevoegen</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Taken</translation>
    </message>
    <message>
        <source>Add &amp;task…</source>
        <translation>T&amp;aak toevoegen…</translation>
    </message>
    <message>
        <source>Add a task</source>
        <translation>Een taak toevoegen</translation>
    </message>
    <message>
        <source>&amp;Mark done</source>
        <translation>Als &amp;gedaan markeren</translation>
    </message>
    <message>
        <source>Mark the selected task done</source>
        <translation>De geselecteerde taak als gedaan markeren</translation>
    </message>
    <message>
        <source>Linked requests</source>
        <translation>Gekoppelde verzoeken</translation>
    </message>
    <message>
        <source>&amp;Link a request…</source>
        <translation>Verzoek koppe&amp;len…</translation>
    </message>
    <message>
        <source>Link an existing request to this case</source>
        <translation>Een bestaand verzoek aan dit dossier koppelen</translation>
    </message>
    <message>
        <source>&amp;Open request</source>
        <translation>Verzoek o&amp;penen</translation>
    </message>
    <message>
        <source>Open the selected request</source>
        <translation>Het geselecteerde verzoek openen</translation>
    </message>
    <message>
        <source>Attachments (drop files here to attach them)</source>
        <translation>Bijlagen (zet hier bestanden neer om ze bij te voegen)</translation>
    </message>
    <message>
        <source>Handling code of files attached next</source>
        <translation>Behandelingscode van de volgende bijgevoegde bestanden</translation>
    </message>
    <message>
        <source>&amp;Attach files…</source>
        <translation>Bestanden bijvoe&amp;gen…</translation>
    </message>
    <message>
        <source>Attach files to this case</source>
        <translation>Bestanden aan dit dossier toevoegen</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Weergeven</translation>
    </message>
    <message>
        <source>View the selected attachment</source>
        <translation>De geselecteerde bijlage weergeven</translation>
    </message>
    <message>
        <source>&amp;Save a decrypted copy…</source>
        <translation>Ontsleutelde ko&amp;pie opslaan…</translation>
    </message>
    <message>
        <source>Save a decrypted copy of the selected attachment</source>
        <translation>Een ontsleutelde kopie van de geselecteerde bijlage opslaan</translation>
    </message>
    <message>
        <source>Drop files on the list to attach them; they are stored encrypted in the case file.</source>
        <translation>Zet bestanden neer op de lijst om ze bij te voegen; ze worden versleuteld in het dossierbestand opgeslagen.</translation>
    </message>
    <message>
        <source>New files: &amp;handling</source>
        <translation>Nieuwe bestanden: be&amp;handeling</translation>
    </message>
    <message>
        <source>T&amp;imeline (%1)</source>
        <translation>T&amp;ijdlijn (%1)</translation>
    </message>
    <message>
        <source>Timeline chart (%1)</source>
        <translation>Tijdlijngrafiek (%1)</translation>
    </message>
    <message>
        <source>Persons and &amp;vehicles (%1)</source>
        <translation>Personen en &amp;voertuigen (%1)</translation>
    </message>
    <message>
        <source>N&amp;otes (%1)</source>
        <translation>N&amp;otities (%1)</translation>
    </message>
    <message>
        <source>Tas&amp;ks (%1)</source>
        <translation>Ta&amp;ken (%1)</translation>
    </message>
    <message>
        <source>&amp;Requests (%1)</source>
        <translation>Ve&amp;rzoeken (%1)</translation>
    </message>
    <message>
        <source>Attach&amp;ments (%1)</source>
        <translation>&amp;Bijlagen (%1)</translation>
    </message>
    <message>
        <source>No summary.</source>
        <translation>Geen samenvatting.</translation>
    </message>
    <message>
        <source>Overdue since %1</source>
        <translation>Te laat sinds %1</translation>
    </message>
    <message>
        <source>This case is closed.</source>
        <translation>Dit dossier is afgesloten.</translation>
    </message>
</context>
<context>
    <name>CaseDetails</name>
    <message>
        <source>Started</source>
        <translation>Begonnen op</translation>
    </message>
    <message>
        <source>Crossing point</source>
        <translation>Grensovergang</translation>
    </message>
    <message>
        <source>Crossed the border</source>
        <translation>Grens overschreden</translation>
    </message>
    <message>
        <source>Host notified</source>
        <translation>Gaststaat geïnformeerd</translation>
    </message>
    <message>
        <source>Handed over</source>
        <translation>Overgedragen</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Beëindigd op</translation>
    </message>
    <message>
        <source>Offence</source>
        <translation>Strafbaar feit</translation>
    </message>
    <message>
        <source>Vehicles</source>
        <translation>Voertuigen</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultaat</translation>
    </message>
    <message>
        <source>Urgent observation</source>
        <translation>Dringende observatie</translation>
    </message>
    <message>
        <source>Authorisation reference</source>
        <translation>Referentie van de toestemming</translation>
    </message>
    <message>
        <source>Authorised</source>
        <translation>Toegestaan op</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Doelwit</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Doel</translation>
    </message>
    <message>
        <source>Period from</source>
        <translation>Periode van</translation>
    </message>
    <message>
        <source>Period until</source>
        <translation>Periode tot</translation>
    </message>
    <message>
        <source>Extensions</source>
        <translation>Verlengingen</translation>
    </message>
    <message>
        <source>Parties</source>
        <translation>Partijen</translation>
    </message>
    <message>
        <source>Leaders</source>
        <translation>Leiders</translation>
    </message>
    <message>
        <source>States of operation</source>
        <translation>Staten van optreden</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Evenement</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Plaats</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>Begint op</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>Eindigt op</translation>
    </message>
    <message>
        <source>Nature of the assistance</source>
        <translation>Aard van de bijstand</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Tot</translation>
    </message>
    <message>
        <source>Agreed on</source>
        <translation>Overeengekomen op</translation>
    </message>
    <message>
        <source>until %1, agreed on %2</source>
        <translation>tot %1, overeengekomen op %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nee</translation>
    </message>
</context>
<context>
    <name>CasePrinting</name>
    <message>
        <source>Save the case as PDF</source>
        <translation>Het dossier opslaan als pdf</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Pdf-documenten (*.pdf)</translation>
    </message>
    <message>
        <source>The case could not be saved to %1.</source>
        <translation>Het dossier kon niet worden opgeslagen in %1.</translation>
    </message>
    <message>
        <source>Case %1 saved as PDF to %2.</source>
        <translation>Dossier %1 als pdf opgeslagen in %2.</translation>
    </message>
    <message>
        <source>Print the case</source>
        <translation>Het dossier afdrukken</translation>
    </message>
    <message>
        <source>The case could not be printed.</source>
        <translation>Het dossier kon niet worden afgedrukt.</translation>
    </message>
    <message numerus="yes">
        <source>Case %1 sent to the printer: %n page(s).</source>
        <translation>
            <numerusform>Dossier %1 naar de printer gestuurd: %n pagina.</numerusform>
            <numerusform>Dossier %1 naar de printer gestuurd: %n pagina&apos;s.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CaseReportWriter</name>
    <message>
        <source>Page %1 of %2</source>
        <translation>Pagina %1 van %2</translation>
    </message>
    <message>
        <source>Printed on %1 by %2.</source>
        <translation>Afgedrukt op %1 door %2.</translation>
    </message>
    <message>
        <source>Printed on %1.</source>
        <translation>Afgedrukt op %1.</translation>
    </message>
    <message>
        <source>Most restrictive handling code in this case: %1. %2</source>
        <translation>Meest beperkende behandelingscode in dit dossier: %1. %2</translation>
    </message>
    <message>
        <source>No events recorded.</source>
        <translation>Geen gebeurtenissen geregistreerd.</translation>
    </message>
    <message>
        <source>None recorded.</source>
        <translation>Niets geregistreerd.</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Auteur</translation>
    </message>
    <message>
        <source>No open tasks.</source>
        <translation>Geen openstaande taken.</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Termijn</translation>
    </message>
</context>
<context>
    <name>CaseTimelineView</name>
    <message>
        <source>Timeline chart</source>
        <translation>Tijdlijngrafiek</translation>
    </message>
    <message>
        <source>The case&apos;s events in lanes per agency over time, and its linked requests with their deadlines.</source>
        <translation>De gebeurtenissen van het dossier in de tijd, in banen per dienst, en de gekoppelde verzoeken met hun termijnen.</translation>
    </message>
    <message>
        <source>Time zone of the chart</source>
        <translation>Tijdzone van de grafiek</translation>
    </message>
    <message>
        <source>The zone whose clocks the time axis and the cursor show.</source>
        <translation>De tijdzone waarvan de tijdas en de cursor de kloktijd tonen.</translation>
    </message>
    <message>
        <source>Times &amp;in:</source>
        <translation>Tij&amp;den in:</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Uitzoomen</translation>
    </message>
    <message>
        <source>Zoom out (−)</source>
        <translation>Uitzoomen (−)</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Inzoomen</translation>
    </message>
    <message>
        <source>Zoom in (+)</source>
        <translation>Inzoomen (+)</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Alles tonen</translation>
    </message>
    <message>
        <source>Fit the whole timeline</source>
        <translation>De hele tijdlijn passend tonen</translation>
    </message>
    <message>
        <source>Show every event and request (Home)</source>
        <translation>Alle gebeurtenissen en verzoeken tonen (Home)</translation>
    </message>
    <message>
        <source>Timeline chart of the case</source>
        <translation>Tijdlijngrafiek van het dossier</translation>
    </message>
    <message>
        <source>Wheel or + and − zoom; drag or Left and Right pan; Home fits everything; Shift with Left and Right moves the cursor; Tab moves between events; Enter or a click opens an event.</source>
        <translation>Scrollwiel of + en −: zoomen; slepen of pijl-links en pijl-rechts: verschuiven; Home: alles tonen; Shift met pijl-links en pijl-rechts: de cursor verplaatsen; Tab: naar een andere gebeurtenis gaan; Enter of een klik: een gebeurtenis openen.</translation>
    </message>
    <message>
        <source>Selected event</source>
        <translation>Geselecteerde gebeurtenis</translation>
    </message>
    <message>
        <source>Linked requests not drawn (their dates were not loaded): %1</source>
        <translation>Gekoppelde verzoeken die niet zijn getekend (hun datums zijn niet geladen): %1</translation>
    </message>
    <message>
        <source>This case has no events yet. Events added on the Timeline tab appear here.</source>
        <translation>Dit dossier heeft nog geen gebeurtenissen. Gebeurtenissen die op het tabblad Tijdlijn worden toegevoegd, verschijnen hier.</translation>
    </message>
    <message>
        <source>No case is shown.</source>
        <translation>Er wordt geen dossier getoond.</translation>
    </message>
    <message>
        <source>Local time in %1</source>
        <translation>Lokale tijd in %1</translation>
    </message>
    <message>
        <source>No agency</source>
        <translation>Geen dienst</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Verzoeken</translation>
    </message>
    <message>
        <source>No event selected: Tab selects the first, a click opens one.</source>
        <translation>Geen gebeurtenis geselecteerd: Tab selecteert de eerste, een klik opent er een.</translation>
    </message>
    <message>
        <source>Selected: %1</source>
        <translation>Geselecteerd: %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>geen</translation>
    </message>
    <message>
        <source>%1 — %2, %3</source>
        <translation>%1 — %2, %3</translation>
    </message>
    <message>
        <source>From: %1</source>
        <translation>Van: %1</translation>
    </message>
    <message>
        <source>Deadline: %1</source>
        <translation>Termijn: %1</translation>
    </message>
    <message>
        <source>Answered: %1</source>
        <translation>Beantwoord: %1</translation>
    </message>
    <message>
        <source>Click to open the request.</source>
        <translation>Klik om het verzoek te openen.</translation>
    </message>
</context>
<context>
    <name>CasesPage</name>
    <message>
        <source>Attach files</source>
        <translation>Bestanden bijvoegen</translation>
    </message>
    <message>
        <source>Save a decrypted copy</source>
        <translation>Een ontsleutelde kopie opslaan</translation>
    </message>
    <message>
        <source>Kind filter</source>
        <translation>Soortfilter</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Alle soorten</translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation>Statusfilter</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Afgesloten</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Alle statussen</translation>
    </message>
    <message numerus="yes">
        <source>%Ln case(s)</source>
        <translation>
            <numerusform>%Ln dossier</numerusform>
            <numerusform>%Ln dossiers</numerusform>
        </translation>
    </message>
    <message>
        <source>Partner agency code</source>
        <translation>Code van de partnerdienst</translation>
    </message>
    <message>
        <source>Code or its start, e.g. NL-</source>
        <translation>Code of het begin ervan, bv. NL-</translation>
    </message>
    <message>
        <source>Search cases</source>
        <translation>Dossiers zoeken</translation>
    </message>
    <message>
        <source>Search reference, title or summary (Ctrl+F)</source>
        <translation>Zoeken op referentie, titel of samenvatting (Ctrl+F)</translation>
    </message>
    <message>
        <source>&amp;New case…</source>
        <translation>&amp;Nieuw dossier…</translation>
    </message>
    <message>
        <source>Open a new case</source>
        <translation>Een nieuw dossier openen</translation>
    </message>
    <message>
        <source>Open a new case (Ctrl+N)</source>
        <translation>Een nieuw dossier openen (Ctrl+N)</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>&amp;Vernieuwen</translation>
    </message>
    <message>
        <source>Reload the cases</source>
        <translation>De dossiers opnieuw laden</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>S&amp;oort</translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation>&amp;Status</translation>
    </message>
    <message>
        <source>&amp;Partner</source>
        <translation>&amp;Partner</translation>
    </message>
    <message>
        <source>S&amp;earch</source>
        <translation>&amp;Zoeken</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Referentie</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Geopend op</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Dossiers</translation>
    </message>
    <message>
        <source>No cases</source>
        <translation>Geen dossiers</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Laden…</translation>
    </message>
    <message>
        <source>Loading</source>
        <translation>Laden</translation>
    </message>
    <message>
        <source>Number of cases shown</source>
        <translation>Aantal getoonde dossiers</translation>
    </message>
    <message>
        <source>List scope</source>
        <translation>Omvang van de lijst</translation>
    </message>
    <message>
        <source>Last action</source>
        <translation>Laatste handeling</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fout</translation>
    </message>
    <message>
        <source>— the cases behind the dashboard figure; change a filter to leave it.</source>
        <translation>— de dossiers achter het cijfer van het dashboard; wijzig een filter om deze selectie te verlaten.</translation>
    </message>
    <message>
        <source>The newest %1 cases; narrow the filters to see others.</source>
        <translation>De nieuwste %1 dossiers; verfijn de filters om andere te zien.</translation>
    </message>
    <message>
        <source>No open cases — create one with New case.</source>
        <translation>Geen open dossiers — maak er een aan met „Nieuw dossier”.</translation>
    </message>
    <message>
        <source>No cases match these filters.</source>
        <translation>Geen dossiers voldoen aan deze filters.</translation>
    </message>
</context>
<context>
    <name>CertificateExpiry</name>
    <message numerus="yes">
        <source>Expires in %Ln day(s) (%1)</source>
        <translation>
            <numerusform>Verloopt over %Ln dag (%1)</numerusform>
            <numerusform>Verloopt over %Ln dagen (%1)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChartPanel</name>
    <message>
        <source>Export</source>
        <translation>Exporteren</translation>
    </message>
    <message>
        <source>Export the chart: %1</source>
        <translation>De grafiek exporteren: %1</translation>
    </message>
    <message>
        <source>Save this chart as a PNG image or an SVG drawing</source>
        <translation>Deze grafiek opslaan als PNG-afbeelding of SVG-tekening</translation>
    </message>
    <message>
        <source>Save as &amp;PNG image…</source>
        <translation>Opslaan als &amp;PNG-afbeelding…</translation>
    </message>
    <message>
        <source>Save as &amp;SVG drawing…</source>
        <translation>Opslaan als &amp;SVG-tekening…</translation>
    </message>
    <message>
        <source>About this chart</source>
        <translation>Over deze grafiek</translation>
    </message>
    <message>
        <source>Value under the pointer</source>
        <translation>Waarde onder de aanwijzer</translation>
    </message>
    <message>
        <source>Point at a bar or a point for its exact value; click it (or select it with the arrow keys and press Enter) to open the list behind it.</source>
        <translation>Wijs een staaf of een punt aan voor de exacte waarde; klik erop (of selecteer het met de pijltoetsen en druk op Enter) om de onderliggende lijst te openen.</translation>
    </message>
</context>
<context>
    <name>Choosers</name>
    <message>
        <source>Open a case file (a folder ending in .casedesk)</source>
        <translation>Een dossierbestand openen (een map waarvan de naam eindigt op .casedesk)</translation>
    </message>
    <message>
        <source>Where to keep the new case file</source>
        <translation>Waar het nieuwe dossierbestand bewaren</translation>
    </message>
    <message>
        <source>Agency escrow certificate</source>
        <translation>Escrowcertificaat van de dienst</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer *.der);;All files (*)</source>
        <translation>Certificaten (*.pem *.crt *.cer *.der);;Alle bestanden (*)</translation>
    </message>
    <message>
        <source>Save the recovery code</source>
        <translation>De herstelcode opslaan</translation>
    </message>
    <message>
        <source>Text files (*.txt)</source>
        <translation>Tekstbestanden (*.txt)</translation>
    </message>
</context>
<context>
    <name>CreateCaseFileDialog</name>
    <message>
        <source>Create a case file</source>
        <translation>Een dossierbestand aanmaken</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fout</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>V&amp;orige</translation>
    </message>
    <message>
        <source>Back to the previous step</source>
        <translation>Terug naar de vorige stap</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Volgende</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Volgende stap</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>Af&amp;ronden</translation>
    </message>
    <message>
        <source>Finish and go to the unlock screen</source>
        <translation>Afronden en naar het ontgrendelscherm gaan</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>Cancel creating a case file</source>
        <translation>Het aanmaken van het dossierbestand annuleren</translation>
    </message>
    <message>
        <source>A case file is an encrypted folder ending in .casedesk. Keep it where your service&apos;s backups reach it.</source>
        <translation>Een dossierbestand is een versleutelde map waarvan de naam eindigt op .casedesk. Bewaar het op een plaats die door de back-ups van uw dienst wordt gedekt.</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Map</translation>
    </message>
    <message>
        <source>B&amp;rowse…</source>
        <translation>&amp;Bladeren…</translation>
    </message>
    <message>
        <source>Choose the folder</source>
        <translation>De map kiezen</translation>
    </message>
    <message>
        <source>File name</source>
        <translation>Bestandsnaam</translation>
    </message>
    <message>
        <source>for example: pursuits-2026</source>
        <translation>bijvoorbeeld: achtervolgingen-2026</translation>
    </message>
    <message>
        <source>Your agency</source>
        <translation>Uw dienst</translation>
    </message>
    <message>
        <source>(choose later)</source>
        <translation>(later kiezen)</translation>
    </message>
    <message>
        <source>%1 — %2 (%3)</source>
        <translation>%1 — %2 (%3)</translation>
    </message>
    <message>
        <source>F&amp;older:</source>
        <translation>&amp;Map:</translation>
    </message>
    <message>
        <source>File &amp;name:</source>
        <translation>Bestands&amp;naam:</translation>
    </message>
    <message>
        <source>Your &amp;agency:</source>
        <translation>Uw &amp;dienst:</translation>
    </message>
    <message>
        <source>&amp;Certificate:</source>
        <translation>&amp;Certificaat:</translation>
    </message>
    <message>
        <source>Optional: your agency&apos;s escrow certificate lets the holder of its private key open this case file when no member can. Ask your administrator for the certificate file (PEM).</source>
        <translation>Optioneel: met het escrowcertificaat van uw dienst kan de houder van de bijbehorende privésleutel dit dossierbestand openen wanneer geen enkel lid dat kan. Vraag het certificaatbestand (PEM) aan uw beheerder.</translation>
    </message>
    <message>
        <source>Escrow certificate file</source>
        <translation>Bestand van het escrowcertificaat</translation>
    </message>
    <message>
        <source>no escrow certificate</source>
        <translation>geen escrowcertificaat</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>&amp;Kiezen…</translation>
    </message>
    <message>
        <source>Choose the escrow certificate</source>
        <translation>Het escrowcertificaat kiezen</translation>
    </message>
    <message>
        <source>Creating the case file and protecting each passphrase; this takes a few seconds…</source>
        <translation>Het dossierbestand wordt aangemaakt en elke wachtwoordzin beveiligd; dit duurt enkele seconden…</translation>
    </message>
    <message>
        <source>Creating the case file</source>
        <translation>Dossierbestand wordt aangemaakt</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>&amp;Aanmaken</translation>
    </message>
    <message>
        <source>The case file will be %1</source>
        <translation>Het dossierbestand wordt %1</translation>
    </message>
    <message>
        <source>Choose a folder and a name.</source>
        <translation>Kies een map en een naam.</translation>
    </message>
    <message>
        <source>Choose an existing folder for the case file.</source>
        <translation>Kies een bestaande map voor het dossierbestand.</translation>
    </message>
    <message>
        <source>Give the case file a name.</source>
        <translation>Geef het dossierbestand een naam.</translation>
    </message>
    <message>
        <source>A file name cannot contain / \ or : nor start with a dot.</source>
        <translation>Een bestandsnaam mag geen / \ of : bevatten en niet met een punt beginnen.</translation>
    </message>
    <message>
        <source>%1 already exists; choose another name.</source>
        <translation>%1 bestaat al; kies een andere naam.</translation>
    </message>
    <message>
        <source>There is no certificate file at %1.</source>
        <translation>Er is geen certificaatbestand op %1.</translation>
    </message>
    <message>
        <source>The case file could not be created.</source>
        <translation>Het dossierbestand kon niet worden aangemaakt.</translation>
    </message>
</context>
<context>
    <name>CredentialsPanel</name>
    <message>
        <source>A supervisor signs the request packages they approved with their own certificate (a PKCS#12 file from their agency&apos;s PKI). Each member imports their own.</source>
        <translation>Een leidinggevende ondertekent de pakketten van de verzoeken die hij heeft goedgekeurd met zijn eigen certificaat (een PKCS#12-bestand van de PKI van zijn dienst). Elk lid importeert zijn eigen certificaat.</translation>
    </message>
    <message>
        <source>Members&apos; signing certificates</source>
        <translation>Ondertekeningscertificaten van de leden</translation>
    </message>
    <message>
        <source>Your signing certificate</source>
        <translation>Uw ondertekeningscertificaat</translation>
    </message>
    <message>
        <source>&amp;Import PKCS#12…</source>
        <translation>PKCS#12 &amp;importeren…</translation>
    </message>
    <message>
        <source>Import your signing certificate from a PKCS#12 file</source>
        <translation>Uw ondertekeningscertificaat importeren uit een PKCS#12-bestand</translation>
    </message>
    <message>
        <source>%1 (you)</source>
        <translation>%1 (u)</translation>
    </message>
    <message>
        <source>%1, you have no signing certificate in this case file.</source>
        <translation>%1, u hebt geen ondertekeningscertificaat in dit dossierbestand.</translation>
    </message>
    <message>
        <source>Your certificate: %1 — %2.</source>
        <translation>Uw certificaat: %1 — %2.</translation>
    </message>
</context>
<context>
    <name>CrossingsModel</name>
    <message>
        <source>Reference</source>
        <translation>Referentie</translation>
    </message>
    <message>
        <source>Crossed at</source>
        <translation>Overschreden op</translation>
    </message>
    <message>
        <source>Delay</source>
        <translation>Vertraging</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>CrossingsTable</name>
    <message>
        <source>Border crossings on the map</source>
        <translation>Grensoverschrijdingen op de kaart</translation>
    </message>
    <message>
        <source>Up and Down select a crossing and show it on the map; Enter opens its case.</source>
        <translation>Pijl-omhoog en pijl-omlaag selecteren een grensoverschrijding en tonen ze op de kaart; Enter opent het dossier ervan.</translation>
    </message>
</context>
<context>
    <name>Dashboard</name>
    <message>
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 u</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 u %2 min</translation>
    </message>
    <message>
        <source>%1 d</source>
        <translation>%1 d</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <source>Dashboard</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Laden…</translation>
    </message>
    <message>
        <source>Loading</source>
        <translation>Laden</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>&amp;Vernieuwen</translation>
    </message>
    <message>
        <source>Reload the dashboard</source>
        <translation>Het dashboard opnieuw laden</translation>
    </message>
    <message>
        <source>Print / save as PDF…</source>
        <translation>Afdrukken / opslaan als PDF…</translation>
    </message>
    <message>
        <source>Print the dashboard or save it as PDF</source>
        <translation>Het dashboard afdrukken of opslaan als PDF</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Afdrukken…</translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation>Opslaan als P&amp;DF…</translation>
    </message>
    <message>
        <source>Requests per month, by kind</source>
        <translation>Verzoeken per maand, per soort</translation>
    </message>
    <message>
        <source>Answer times against the legal deadline</source>
        <translation>Antwoordtijden ten opzichte van de wettelijke termijn</translation>
    </message>
    <message>
        <source>Equipment loans</source>
        <translation>Uitleningen van materieel</translation>
    </message>
    <message>
        <source>Group the loans</source>
        <translation>De uitleningen groeperen</translation>
    </message>
    <message>
        <source>Per partner agency</source>
        <translation>Per partnerdienst</translation>
    </message>
    <message>
        <source>Per equipment type</source>
        <translation>Per soort materieel</translation>
    </message>
    <message>
        <source>Notifying the host after crossing the border</source>
        <translation>De gaststaat informeren na de grensoverschrijding</translation>
    </message>
    <message>
        <source>Dashboard charts</source>
        <translation>Grafieken van het dashboard</translation>
    </message>
    <message>
        <source>Last action</source>
        <translation>Laatste handeling</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fout</translation>
    </message>
    <message>
        <source>No requests in this period.</source>
        <translation>Geen verzoeken in deze periode.</translation>
    </message>
    <message>
        <source>No answered requests with a legal answer deadline in this period.</source>
        <translation>Geen beantwoorde verzoeken met een wettelijke antwoordtermijn in deze periode.</translation>
    </message>
    <message>
        <source>No pursuit or observation crossed the border in this period.</source>
        <translation>Geen enkele achtervolging of observatie heeft in deze periode de grens overschreden.</translation>
    </message>
    <message>
        <source>No loans out, due, overdue or returned lost or damaged in this period.</source>
        <translation>In deze periode geen lopende, terug te geven of te late uitleningen, en geen uitleningen teruggegeven met verlies of schade.</translation>
    </message>
    <message>
        <source>Save the chart as a PNG image</source>
        <translation>De grafiek opslaan als PNG-afbeelding</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG-afbeeldingen (*.png)</translation>
    </message>
    <message>
        <source>Save the chart as an SVG drawing</source>
        <translation>De grafiek opslaan als SVG-tekening</translation>
    </message>
    <message>
        <source>SVG drawings (*.svg)</source>
        <translation>SVG-tekeningen (*.svg)</translation>
    </message>
    <message>
        <source>Chart saved to %1.</source>
        <translation>Grafiek opgeslagen in %1.</translation>
    </message>
    <message>
        <source>Figures as of %1; loans out are counted at that moment.</source>
        <translation>Stand van de cijfers: %1; lopende uitleningen worden op dat moment geteld.</translation>
    </message>
    <message>
        <source>Printed on %1, %2.</source>
        <translation>Afgedrukt op %1, %2.</translation>
    </message>
    <message>
        <source>Dashboard — Benelux Case Desk</source>
        <translation>Dashboard — Benelux Case Desk</translation>
    </message>
    <message>
        <source>Save the dashboard as PDF</source>
        <translation>Het dashboard opslaan als PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-documenten (*.pdf)</translation>
    </message>
    <message>
        <source>The dashboard could not be saved to %1.</source>
        <translation>Het dashboard kon niet worden opgeslagen in %1.</translation>
    </message>
    <message>
        <source>Dashboard saved to %1.</source>
        <translation>Dashboard opgeslagen in %1.</translation>
    </message>
    <message>
        <source>Print the dashboard</source>
        <translation>Het dashboard afdrukken</translation>
    </message>
    <message>
        <source>The dashboard could not be printed.</source>
        <translation>Het dashboard kon niet worden afgedrukt.</translation>
    </message>
    <message>
        <source>Dashboard sent to the printer.</source>
        <translation>Dashboard naar de printer gestuurd.</translation>
    </message>
</context>
<context>
    <name>DeadlineView</name>
    <message>
        <source>Deadline</source>
        <translation>Termijn</translation>
    </message>
    <message>
        <source>This deadline comes from general knowledge or is applied by analogy: to be confirmed.</source>
        <translation>Deze termijn berust op algemene kennis of wordt naar analogie toegepast: te bevestigen.</translation>
    </message>
    <message>
        <source>Deadline to be confirmed</source>
        <translation>Termijn te bevestigen</translation>
    </message>
    <message numerus="yes">
        <source>%Ln hour(s)</source>
        <translation>
            <numerusform>%Ln uur</numerusform>
            <numerusform>%Ln uur</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln day(s)</source>
        <translation>
            <numerusform>%Ln dag</numerusform>
            <numerusform>%Ln dagen</numerusform>
        </translation>
    </message>
    <message>
        <source>No deadline follows from this legal basis.</source>
        <translation>Uit deze rechtsgrond volgt geen termijn.</translation>
    </message>
    <message>
        <source>Due back at the end of the loan period.</source>
        <translation>Terug te geven aan het einde van de uitleenperiode.</translation>
    </message>
    <message>
        <source>The deadline starts when the request is sent.</source>
        <translation>De termijn begint te lopen wanneer het verzoek wordt verzonden.</translation>
    </message>
    <message>
        <source>Answer due by %1 (%2) if it is sent now.</source>
        <translation>Antwoord verwacht uiterlijk op %1 (%2) als het verzoek nu wordt verzonden.</translation>
    </message>
    <message>
        <source>Answer due by %1 (%2 from receipt).</source>
        <translation>Antwoord verwacht uiterlijk op %1 (%2 na ontvangst).</translation>
    </message>
    <message>
        <source>Stop the observation by %1 unless authorised (%2 after the crossing).</source>
        <translation>De observatie uiterlijk op %1 stopzetten tenzij toestemming is verleend (%2 na de grensoverschrijding).</translation>
    </message>
    <message>
        <source>Notify the host authority by %1, at the latest on crossing.</source>
        <translation>De autoriteit van de gaststaat uiterlijk op %1 informeren, ten laatste bij de grensoverschrijding.</translation>
    </message>
    <message>
        <source>Notify the host authority before crossing, by %1.</source>
        <translation>De autoriteit van de gaststaat vóór de grensoverschrijding informeren, uiterlijk op %1.</translation>
    </message>
    <message>
        <source>Equipment due back by %1 (end of the loan period).</source>
        <translation>Materieel terug te geven uiterlijk op %1 (einde van de uitleenperiode).</translation>
    </message>
    <message>
        <source>Due by %1.</source>
        <translation>Termijn: %1.</translation>
    </message>
</context>
<context>
    <name>DetailsForm</name>
    <message>
        <source>A case of this kind has no kind-specific details.</source>
        <translation>Een dossier van deze soort heeft geen soortspecifieke gegevens.</translation>
    </message>
    <message>
        <source>Separate them with commas</source>
        <translation>Scheid ze met komma&apos;s</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1:</translation>
    </message>
</context>
<context>
    <name>EventDialog</name>
    <message>
        <source>Add to timeline</source>
        <translation>Aan de tijdlijn toevoegen</translation>
    </message>
    <message>
        <source>Kind of event</source>
        <translation>Soort gebeurtenis</translation>
    </message>
    <message>
        <source>Time zone of the time entered</source>
        <translation>Tijdzone van de ingevoerde tijd</translation>
    </message>
    <message>
        <source>Date and time of the event</source>
        <translation>Datum en tijd van de gebeurtenis</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Wat er is gebeurd</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Plaats</translation>
    </message>
    <message>
        <source>e.g. A2 at Maastricht-Noord</source>
        <translation>bv. A2 ter hoogte van Maastricht-Noord</translation>
    </message>
    <message>
        <source>Agency code</source>
        <translation>Code van de dienst</translation>
    </message>
    <message>
        <source>Optional, e.g. NL-POLITIE-LIMBURG</source>
        <translation>Optioneel, bv. NL-POLITIE-LIMBURG</translation>
    </message>
    <message>
        <source>&amp;Event:</source>
        <translation>&amp;Gebeurtenis:</translation>
    </message>
    <message>
        <source>&amp;When:</source>
        <translation>&amp;Wanneer:</translation>
    </message>
    <message>
        <source>Time &amp;zone:</source>
        <translation>Tijd&amp;zone:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Beschrijving:</translation>
    </message>
    <message>
        <source>&amp;Location:</source>
        <translation>&amp;Plaats:</translation>
    </message>
    <message>
        <source>&amp;Agency:</source>
        <translation>&amp;Dienst:</translation>
    </message>
    <message>
        <source>Position of the event</source>
        <translation>Positie van de gebeurtenis</translation>
    </message>
    <message>
        <source>Pick on &amp;map…</source>
        <translation>Op de &amp;kaart aanwijzen…</translation>
    </message>
    <message>
        <source>Pick the position on the map</source>
        <translation>De positie op de kaart aanwijzen</translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation>Wi&amp;ssen</translation>
    </message>
    <message>
        <source>Clear the position</source>
        <translation>De positie wissen</translation>
    </message>
    <message>
        <source>Po&amp;sition:</source>
        <translation>P&amp;ositie:</translation>
    </message>
    <message>
        <source>No position</source>
        <translation>Geen positie</translation>
    </message>
</context>
<context>
    <name>EventsTime</name>
    <message>
        <source>Time zone of the time of the events</source>
        <translation>Tijdzone van het tijdstip van de feiten</translation>
    </message>
    <message>
        <source>The zone of the clock the time was read on; the day of the events is the day there.</source>
        <translation>De tijdzone van de klok waarop de tijd werd afgelezen; de dag van de feiten is de dag daar.</translation>
    </message>
    <message>
        <source>Date and time of the events</source>
        <translation>Datum en tijd van de feiten</translation>
    </message>
    <message>
        <source>Decides which treaty applies: the 2004 treaty before 1 October 2023, the 2018 treaty from then.</source>
        <translation>Bepaalt welk verdrag van toepassing is: het verdrag van 2004 vóór 1 oktober 2023, het verdrag van 2018 vanaf die datum.</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export %1</source>
        <translation>%1 exporteren</translation>
    </message>
    <message>
        <source>Export request %1 as a signed package</source>
        <translation>Verzoek %1 exporteren als ondertekend pakket</translation>
    </message>
    <message>
        <source>Loading %1…</source>
        <translation>%1 wordt geladen…</translation>
    </message>
    <message>
        <source>Why this request cannot be exported</source>
        <translation>Waarom dit verzoek niet kan worden geëxporteerd</translation>
    </message>
    <message>
        <source>Recipient agency</source>
        <translation>Ontvangende dienst</translation>
    </message>
    <message>
        <source>Signed by</source>
        <translation>Ondertekend door</translation>
    </message>
    <message>
        <source>&amp;Encrypt for the recipient</source>
        <translation>&amp;Versleutelen voor de ontvanger</translation>
    </message>
    <message>
        <source>Encrypt the package for the recipient agency</source>
        <translation>Het pakket versleutelen voor de ontvangende dienst</translation>
    </message>
    <message>
        <source>Encryption certificate</source>
        <translation>Versleutelingscertificaat</translation>
    </message>
    <message>
        <source>Recipient:</source>
        <translation>Ontvanger:</translation>
    </message>
    <message>
        <source>Signed by:</source>
        <translation>Ondertekend door:</translation>
    </message>
    <message>
        <source>Encryption:</source>
        <translation>Versleuteling:</translation>
    </message>
    <message>
        <source>Attachments of the case to send with the request</source>
        <translation>Bijlagen van het dossier die met het verzoek worden meegestuurd</translation>
    </message>
    <message>
        <source>The request&apos;s case has no attachments.</source>
        <translation>Het dossier van het verzoek heeft geen bijlagen.</translation>
    </message>
    <message>
        <source>&amp;Override the handling codes and send what they hold back (recorded in the audit log)</source>
        <translation>De behandelingscodes &amp;negeren en verzenden wat ze tegenhouden (vastgelegd in het auditlogboek)</translation>
    </message>
    <message>
        <source>Override the handling codes</source>
        <translation>De behandelingscodes negeren</translation>
    </message>
    <message>
        <source>Attachments offered</source>
        <translation>Aangeboden bijlagen</translation>
    </message>
    <message>
        <source>What goes in the package</source>
        <translation>Wat in het pakket gaat</translation>
    </message>
    <message>
        <source>What the handling codes hold back, with the reason</source>
        <translation>Wat de behandelingscodes tegenhouden, met de reden</translation>
    </message>
    <message>
        <source>The package</source>
        <translation>Het pakket</translation>
    </message>
    <message>
        <source>Goes &amp;in:</source>
        <translation>Gaat &amp;mee:</translation>
    </message>
    <message>
        <source>&amp;Held back:</source>
        <translation>&amp;Tegengehouden:</translation>
    </message>
    <message>
        <source>Password of your signing certificate</source>
        <translation>Wachtwoord van uw ondertekeningscertificaat</translation>
    </message>
    <message>
        <source>Use the password &amp;remembered in the keyring</source>
        <translation>Het in de sleutelhanger &amp;onthouden wachtwoord gebruiken</translation>
    </message>
    <message>
        <source>Use the certificate password remembered in the keyring</source>
        <translation>Het in de sleutelhanger onthouden wachtwoord van het certificaat gebruiken</translation>
    </message>
    <message>
        <source>Add the &amp;filer&apos;s signature</source>
        <translation>Handtekening van de &amp;indiener toevoegen</translation>
    </message>
    <message>
        <source>Add the signature of the member who filed the request</source>
        <translation>De handtekening toevoegen van het lid dat het verzoek heeft opgesteld</translation>
    </message>
    <message>
        <source>Password of the filer&apos;s signing certificate</source>
        <translation>Wachtwoord van het ondertekeningscertificaat van de indiener</translation>
    </message>
    <message>
        <source>File the package is written to</source>
        <translation>Bestand waarin het pakket wordt geschreven</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Bladeren…</translation>
    </message>
    <message>
        <source>Choose where to write the package</source>
        <translation>Kiezen waar het pakket wordt geschreven</translation>
    </message>
    <message>
        <source>Certificate &amp;password:</source>
        <translation>&amp;Wachtwoord van het certificaat:</translation>
    </message>
    <message>
        <source>Filer&apos;s p&amp;assword:</source>
        <translation>Wachtwoord van de indiene&amp;r:</translation>
    </message>
    <message>
        <source>&amp;Save to:</source>
        <translation>Op&amp;slaan in:</translation>
    </message>
    <message>
        <source>Export status</source>
        <translation>Status van de export</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fout</translation>
    </message>
    <message>
        <source>Sign and e&amp;xport</source>
        <translation>Ondertekenen en e&amp;xporteren</translation>
    </message>
    <message>
        <source>Sign the package and write it</source>
        <translation>Het pakket ondertekenen en wegschrijven</translation>
    </message>
    <message>
        <source>Close the export dialog</source>
        <translation>Het exportvenster sluiten</translation>
    </message>
    <message>
        <source>%1 cannot be exported.</source>
        <translation>%1 kan niet worden geëxporteerd.</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1, certificate SHA-256 %2</source>
        <translation>%1, certificaat SHA-256 %2</translation>
    </message>
    <message>
        <source>%1 has no signing certificate in this case file: import a PKCS#12 file first.</source>
        <translation>%1 heeft geen ondertekeningscertificaat in dit dossierbestand: importeer eerst een PKCS#12-bestand.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 — held back: %2</source>
        <translation>%1 — tegengehouden: %2</translation>
    </message>
    <message>
        <source>&amp;Encrypt for %1</source>
        <translation>&amp;Versleutelen voor %1</translation>
    </message>
    <message>
        <source>To the certificate %1 (SHA-256 %2).</source>
        <translation>Voor het certificaat %1 (SHA-256 %2).</translation>
    </message>
    <message>
        <source>Not encrypted: this case file holds no encryption certificate of %1 (add one under Agencies and trust).</source>
        <translation>Niet versleuteld: dit dossierbestand bevat geen versleutelingscertificaat van %1 (voeg er een toe onder Diensten en vertrouwen).</translation>
    </message>
    <message>
        <source>%1 — %2 (handling code overridden)</source>
        <translation>%1 — %2 (behandelingscode genegeerd)</translation>
    </message>
    <message>
        <source>%1 — %2: %3</source>
        <translation>%1 — %2: %3</translation>
    </message>
    <message>
        <source>Nothing is held back.</source>
        <translation>Er wordt niets tegengehouden.</translation>
    </message>
    <message>
        <source>%1 is held back by its %2: nothing leaves unless you override it.</source>
        <translation>%1 wordt tegengehouden (%2): er vertrekt niets tenzij u dit negeert.</translation>
    </message>
    <message>
        <source>Signing and writing the package…</source>
        <translation>Pakket wordt ondertekend en weggeschreven…</translation>
    </message>
    <message>
        <source>Written to %1 (%2 bytes).</source>
        <translation>Weggeschreven naar %1 (%2 bytes).</translation>
    </message>
    <message>
        <source>SHA-256 of the file: %1</source>
        <translation>SHA-256 van het bestand: %1</translation>
    </message>
    <message>
        <source>Signed with the certificate SHA-256 %1</source>
        <translation>Ondertekend met het certificaat SHA-256 %1</translation>
    </message>
    <message>
        <source>Encrypted for %1.</source>
        <translation>Versleuteld voor %1.</translation>
    </message>
    <message>
        <source>Handling codes were overridden; this is recorded in the audit log.</source>
        <translation>Er zijn behandelingscodes genegeerd; dit is vastgelegd in het auditlogboek.</translation>
    </message>
    <message>
        <source>Held back: %1.</source>
        <translation>Tegengehouden: %1.</translation>
    </message>
</context>
<context>
    <name>FieldRows</name>
    <message>
        <source>%1 *</source>
        <translation>%1 *</translation>
    </message>
    <message>
        <source>Required by the legal basis</source>
        <translation>Vereist door de rechtsgrond</translation>
    </message>
    <message>
        <source>%1 (required)</source>
        <translation>%1 (verplicht)</translation>
    </message>
    <message>
        <source>Set</source>
        <translation>Invullen</translation>
    </message>
    <message>
        <source>Give %1</source>
        <translation>%1 invullen</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Kiezen…</translation>
    </message>
    <message>
        <source>(not given)</source>
        <translation>(niet opgegeven)</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
</context>
<context>
    <name>Files</name>
    <message>
        <source>The file %1 could not be read: %2.</source>
        <translation>Het bestand %1 kon niet worden gelezen: %2.</translation>
    </message>
    <message>
        <source>The file %1 is larger than %2 MB and was not read.</source>
        <translation>Het bestand %1 is groter dan %2 MB en is niet gelezen.</translation>
    </message>
    <message>
        <source>The file %1 could not be written: %2.</source>
        <translation>Het bestand %1 kon niet worden geschreven: %2.</translation>
    </message>
    <message>
        <source>Replace the file?</source>
        <translation>Het bestand vervangen?</translation>
    </message>
    <message>
        <source>%1 already exists. Do you want to replace it?</source>
        <translation>%1 bestaat al. Wilt u het vervangen?</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>Partner agency</source>
        <translation>Partnerdienst</translation>
    </message>
    <message>
        <source>All partner agencies</source>
        <translation>Alle partnerdiensten</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Richting</translation>
    </message>
    <message>
        <source>Both directions</source>
        <translation>Beide richtingen</translation>
    </message>
    <message>
        <source>First month</source>
        <translation>Eerste maand</translation>
    </message>
    <message>
        <source>Last month</source>
        <translation>Laatste maand</translation>
    </message>
    <message>
        <source>Last &amp;12 months</source>
        <translation>Laatste &amp;12 maanden</translation>
    </message>
    <message>
        <source>Show the last 12 months</source>
        <translation>De laatste 12 maanden tonen</translation>
    </message>
    <message>
        <source>&amp;Partner:</source>
        <translation>&amp;Partner:</translation>
    </message>
    <message>
        <source>&amp;Direction:</source>
        <translation>&amp;Richting:</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>Va&amp;n:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Tot:</translation>
    </message>
    <message>
        <source>Partner agency: %1 · Direction: %2 · Months: %3 to %4 (UTC)</source>
        <translation>Partnerdienst: %1 · Richting: %2 · Maanden: %3 tot en met %4 (UTC)</translation>
    </message>
</context>
<context>
    <name>FormDialog</name>
    <message>
        <source>Why it was refused</source>
        <translation>Waarom het is geweigerd</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
</context>
<context>
    <name>ImportReportPanel</name>
    <message>
        <source>Last import</source>
        <translation>Laatste import</translation>
    </message>
    <message>
        <source>Report of the last import</source>
        <translation>Rapport van de laatste import</translation>
    </message>
    <message>
        <source>Summary of the import</source>
        <translation>Samenvatting van de import</translation>
    </message>
    <message>
        <source>Rejected lines and why</source>
        <translation>Geweigerde regels en waarom</translation>
    </message>
    <message>
        <source>&amp;Close report</source>
        <translation>Rapport &amp;sluiten</translation>
    </message>
    <message>
        <source>Close the import report</source>
        <translation>Het importrapport sluiten</translation>
    </message>
    <message>
        <source>%1 officers added, %2 updated, %3 problems found in the file.</source>
        <translation>%1 officieren toegevoegd, %2 bijgewerkt, %3 problemen gevonden in het bestand.</translation>
    </message>
    <message>
        <source>Line %1, column %2: %3</source>
        <translation>Regel %1, kolom %2: %3</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Regel %1: %2</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Investigator</source>
        <translation>Rechercheur</translation>
    </message>
    <message>
        <source>Duty officer</source>
        <translation>Piketofficier</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>Leidinggevende</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Beheerder</translation>
    </message>
    <message>
        <source>Pursuit</source>
        <translation>Grensoverschrijdende achtervolging</translation>
    </message>
    <message>
        <source>Observation</source>
        <translation>Observatie</translation>
    </message>
    <message>
        <source>Joint investigation team</source>
        <translation>Gemeenschappelijk onderzoeksteam (GOT)</translation>
    </message>
    <message>
        <source>Event assistance</source>
        <translation>Bijstand bij evenementen</translation>
    </message>
    <message>
        <source>Special unit in a crisis</source>
        <translation>Speciale eenheid bij een crisis</translation>
    </message>
    <message>
        <source>Joint patrol</source>
        <translation>Gemeenschappelijke patrouille</translation>
    </message>
    <message>
        <source>Information exchange</source>
        <translation>Informatie-uitwisseling</translation>
    </message>
    <message>
        <source>Equipment loan</source>
        <translation>Uitlening van materieel</translation>
    </message>
    <message>
        <source>Transport escort</source>
        <translation>Transportbegeleiding</translation>
    </message>
    <message>
        <source>Person protection</source>
        <translation>Persoonsbeveiliging</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Afgesloten</translation>
    </message>
    <message>
        <source>Assistance</source>
        <translation>Verzoek om bijstand</translation>
    </message>
    <message>
        <source>Information request</source>
        <translation>Verzoek om informatie</translation>
    </message>
    <message>
        <source>Surveillance authorisation</source>
        <translation>Toestemming voor grensoverschrijdende observatie</translation>
    </message>
    <message>
        <source>Urgent surveillance notice</source>
        <translation>Melding van dringende grensoverschrijdende observatie</translation>
    </message>
    <message>
        <source>Hot pursuit notice</source>
        <translation>Melding van grensoverschrijdende achtervolging</translation>
    </message>
    <message>
        <source>Special intervention unit</source>
        <translation>Speciale interventie-eenheid</translation>
    </message>
    <message>
        <source>Spontaneous information</source>
        <translation>Spontane informatieverstrekking</translation>
    </message>
    <message>
        <source>Outgoing</source>
        <translation>Uitgaand</translation>
    </message>
    <message>
        <source>Incoming</source>
        <translation>Inkomend</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Normaal</translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation>Dringend</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Concept</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Ingediend</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Goedgekeurd</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Afgewezen</translation>
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
        <source>Answered</source>
        <translation>Beantwoord</translation>
    </message>
    <message>
        <source>Handed over</source>
        <translation>Overhandigd</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>Teruggegeven</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Geannuleerd</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Persoon</translation>
    </message>
    <message>
        <source>Vehicle</source>
        <translation>Voertuig</translation>
    </message>
    <message>
        <source>Object</source>
        <translation>Voorwerp</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Begin</translation>
    </message>
    <message>
        <source>Border crossed</source>
        <translation>Grens overschreden</translation>
    </message>
    <message>
        <source>Host notified</source>
        <translation>Gaststaat geïnformeerd</translation>
    </message>
    <message>
        <source>Authorisation received</source>
        <translation>Toestemming ontvangen</translation>
    </message>
    <message>
        <source>Handover</source>
        <translation>Overdracht</translation>
    </message>
    <message>
        <source>Apprehension</source>
        <translation>Aanhouding</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Einde</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Overig</translation>
    </message>
    <message>
        <source>Good</source>
        <translation>Goed</translation>
    </message>
    <message>
        <source>Damaged</source>
        <translation>Beschadigd</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Verloren</translation>
    </message>
    <message>
        <source>H0 – no restriction</source>
        <translation>H0 – geen beperking</translation>
    </message>
    <message>
        <source>H1 – law enforcement use</source>
        <translation>H1 – gebruik voor rechtshandhaving</translation>
    </message>
    <message>
        <source>H2 – no dissemination</source>
        <translation>H2 – geen verspreiding</translation>
    </message>
    <message>
        <source>H3 – no further use</source>
        <translation>H3 – geen verder gebruik</translation>
    </message>
    <message>
        <source>No restriction beyond national law.</source>
        <translation>Geen beperking buiten het nationale recht.</translation>
    </message>
    <message>
        <source>Law enforcement use; not evidence in court without the provider&apos;s permission.</source>
        <translation>Gebruik voor rechtshandhaving; geen bewijs in rechte zonder toestemming van de verstrekker.</translation>
    </message>
    <message>
        <source>Not to be passed on without the provider&apos;s permission; held back from packages.</source>
        <translation>Niet doorgeven zonder toestemming van de verstrekker; niet opgenomen in pakketten.</translation>
    </message>
    <message>
        <source>No further use without the provider&apos;s permission; held back from packages.</source>
        <translation>Geen verder gebruik zonder toestemming van de verstrekker; niet opgenomen in pakketten.</translation>
    </message>
</context>
<context>
    <name>LaunchRouter</name>
    <message>
        <source>There is no file or folder at %1.</source>
        <translation>Er is geen bestand of map op %1.</translation>
    </message>
    <message>
        <source>%1 is neither a case file (a folder ending in .casedesk) nor a request package (.asice, .p7m).</source>
        <translation>%1 is geen dossierbestand (een map waarvan de naam eindigt op .casedesk) en geen verzoekpakket (.asice, .p7m).</translation>
    </message>
    <message>
        <source>Lock %1 and open %2?</source>
        <translation>%1 vergrendelen en %2 openen?</translation>
    </message>
</context>
<context>
    <name>Legend</name>
    <message>
        <source>Legend</source>
        <translation>Legenda</translation>
    </message>
    <message>
        <source>Request open</source>
        <translation>Verzoek open</translation>
    </message>
    <message>
        <source>Request answered</source>
        <translation>Verzoek beantwoord</translation>
    </message>
    <message>
        <source>Request overdue</source>
        <translation>Verzoek te laat</translation>
    </message>
    <message>
        <source>Request ended without answer</source>
        <translation>Verzoek beëindigd zonder antwoord</translation>
    </message>
</context>
<context>
    <name>LinkRequestDialog</name>
    <message>
        <source>Link a request</source>
        <translation>Een verzoek koppelen</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Koppelen</translation>
    </message>
    <message>
        <source>Reference of the request</source>
        <translation>Referentie van het verzoek</translation>
    </message>
    <message>
        <source>e.g. OUT-2026-000012</source>
        <translation>bv. OUT-2026-000012</translation>
    </message>
    <message>
        <source>&amp;Request:</source>
        <translation>&amp;Verzoek:</translation>
    </message>
</context>
<context>
    <name>LoanEditor</name>
    <message>
        <source>Loan period from</source>
        <translation>Uitleenperiode van</translation>
    </message>
    <message>
        <source>Loan period until</source>
        <translation>Uitleenperiode tot</translation>
    </message>
    <message>
        <source>Loan &amp;from *</source>
        <translation>Uitleni&amp;ng van *</translation>
    </message>
    <message>
        <source>Loan &amp;until *</source>
        <translation>Uit&amp;lening tot *</translation>
    </message>
    <message>
        <source>Item type *</source>
        <translation>Soort voorwerp *</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Aantal</translation>
    </message>
    <message>
        <source>Serial numbers (comma-separated)</source>
        <translation>Serienummers (gescheiden door komma&apos;s)</translation>
    </message>
    <message>
        <source>&amp;Add item</source>
        <translation>Voor&amp;werp toevoegen</translation>
    </message>
    <message>
        <source>Add an inventory line</source>
        <translation>Een inventarisregel toevoegen</translation>
    </message>
    <message>
        <source>Item type of line %1</source>
        <translation>Soort voorwerp van regel %1</translation>
    </message>
    <message>
        <source>e.g. Thermal camera</source>
        <translation>bv. Warmtebeeldcamera</translation>
    </message>
    <message>
        <source>Quantity of line %1</source>
        <translation>Aantal van regel %1</translation>
    </message>
    <message>
        <source>Serial numbers of line %1</source>
        <translation>Serienummers van regel %1</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <source>Remove line %1</source>
        <translation>Regel %1 verwijderen</translation>
    </message>
    <message>
        <source>at least one inventory item</source>
        <translation>minstens één inventarisvoorwerp</translation>
    </message>
    <message>
        <source>the type of every inventory item</source>
        <translation>de soort van elk inventarisvoorwerp</translation>
    </message>
</context>
<context>
    <name>LoansChart</name>
    <message>
        <source>Out now</source>
        <translation>Nu uitgeleend</translation>
    </message>
    <message>
        <source>Due within 7 days</source>
        <translation>Binnen 7 dagen terug te geven</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Te laat</translation>
    </message>
    <message>
        <source>Returned lost or damaged</source>
        <translation>Teruggegeven met verlies of schade</translation>
    </message>
    <message>
        <source>Equipment loans chart</source>
        <translation>Grafiek van de uitleningen van materieel</translation>
    </message>
    <message>
        <source>Loans</source>
        <translation>Uitleningen</translation>
    </message>
    <message numerus="yes">
        <source>%1 — %2: %Ln loan(s)</source>
        <translation>
            <numerusform>%1 — %2: %Ln uitlening</numerusform>
            <numerusform>%1 — %2: %Ln uitleningen</numerusform>
        </translation>
    </message>
    <message>
        <source>Loans out now: %1 (%2 due within 7 days, %3 overdue). Returned in the period: %4, %5 of them with an item lost or damaged.</source>
        <translation>Nu uitgeleend: %1 (%2 binnen 7 dagen terug te geven, %3 te laat). Teruggegeven in de periode: %4, waarvan %5 met een verloren of beschadigd voorwerp.</translation>
    </message>
    <message>
        <source>Loans out are counted as of now, returns within the chosen months. A loan counts once for every equipment type on its list.</source>
        <translation>Lopende uitleningen worden op dit moment geteld, teruggaven binnen de gekozen maanden. Een uitlening telt één keer mee voor elke soort materieel op de lijst ervan.</translation>
    </message>
    <message>
        <source>Loans out are counted as of now, returns within the chosen months.</source>
        <translation>Lopende uitleningen worden op dit moment geteld, teruggaven binnen de gekozen maanden.</translation>
    </message>
</context>
<context>
    <name>LoansPage</name>
    <message>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>Out</source>
        <translation>Lopend</translation>
    </message>
    <message>
        <source>Due within 7 days</source>
        <translation>Binnen 7 dagen terug te geven</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Te laat</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>Teruggegeven</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Referentie</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Van</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Tot</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Materieel</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Soort</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Aantal</translation>
    </message>
    <message>
        <source>Serial numbers</source>
        <translation>Serienummers</translation>
    </message>
    <message>
        <source>Condition</source>
        <translation>Staat</translation>
    </message>
    <message>
        <source>Damage notes</source>
        <translation>Schadeomschrijving</translation>
    </message>
    <message>
        <source>Reference:</source>
        <translation>Referentie:</translation>
    </message>
    <message>
        <source>Partner:</source>
        <translation>Partner:</translation>
    </message>
    <message>
        <source>Direction:</source>
        <translation>Richting:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>Periode:</translation>
    </message>
    <message>
        <source>Handed over:</source>
        <translation>Overhandigd op:</translation>
    </message>
    <message>
        <source>Returned:</source>
        <translation>Teruggegeven op:</translation>
    </message>
    <message>
        <source>Return notes:</source>
        <translation>Opmerkingen bij de teruggave:</translation>
    </message>
    <message>
        <source>No loans in this list.</source>
        <translation>Geen uitleningen in deze lijst.</translation>
    </message>
    <message>
        <source>Equipment loans</source>
        <translation>Uitleningen van materieel</translation>
    </message>
    <message>
        <source>Which loans to show</source>
        <translation>Welke uitleningen worden getoond</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Tonen:</translation>
    </message>
    <message>
        <source>Number of loans shown</source>
        <translation>Aantal getoonde uitleningen</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>&amp;Vernieuwen</translation>
    </message>
    <message>
        <source>Reload the loans</source>
        <translation>De uitleningen opnieuw laden</translation>
    </message>
    <message>
        <source>List scope</source>
        <translation>Omvang van de lijst</translation>
    </message>
    <message>
        <source>Loans</source>
        <translation>Uitleningen</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Laden…</translation>
    </message>
    <message>
        <source>Loading</source>
        <translation>Laden</translation>
    </message>
    <message>
        <source>Last action</source>
        <translation>Laatste handeling</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fout</translation>
    </message>
    <message>
        <source>Inventory lines of the selected loan</source>
        <translation>Inventarisregels van de geselecteerde uitlening</translation>
    </message>
    <message>
        <source>&amp;Inventory:</source>
        <translation>&amp;Inventaris:</translation>
    </message>
    <message>
        <source>Record &amp;hand-over</source>
        <translation>&amp;Overhandiging registreren</translation>
    </message>
    <message>
        <source>Record the hand-over of the selected loan</source>
        <translation>De overhandiging van de geselecteerde uitlening registreren</translation>
    </message>
    <message>
        <source>Record &amp;return…</source>
        <translation>Te&amp;ruggave registreren…</translation>
    </message>
    <message>
        <source>Record the return of the selected loan</source>
        <translation>De teruggave van de geselecteerde uitlening registreren</translation>
    </message>
    <message>
        <source>— the loans behind the dashboard figure; Refresh shows them all.</source>
        <translation>— de uitleningen achter het cijfer van het dashboard; Vernieuwen toont ze allemaal.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln loan(s)</source>
        <translation>
            <numerusform>%Ln uitlening</numerusform>
            <numerusform>%Ln uitleningen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (overdue)</source>
        <translation>%1 (te laat)</translation>
    </message>
    <message>
        <source>Overdue: due back on %1</source>
        <translation>Te laat: moest op %1 terug zijn</translation>
    </message>
    <message>
        <source>Due back within %1 days</source>
        <translation>Binnen %1 dagen terug te geven</translation>
    </message>
    <message>
        <source>%1 — overdue</source>
        <translation>%1 — te laat</translation>
    </message>
    <message>
        <source>Incoming (the partner&apos;s request)</source>
        <translation>Inkomend (verzoek van de partner)</translation>
    </message>
    <message>
        <source>Outgoing (our request)</source>
        <translation>Uitgaand (ons verzoek)</translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation>Nog niet</translation>
    </message>
    <message>
        <source>%1 handed over.</source>
        <translation>%1 overhandigd.</translation>
    </message>
    <message>
        <source>%1 returned.</source>
        <translation>%1 teruggegeven.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;Lock</source>
        <translation>&amp;Vergrendelen</translation>
    </message>
    <message>
        <source>Lock the case file (Ctrl+L)</source>
        <translation>Het dossierbestand vergrendelen (Ctrl+L)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Bestand</translation>
    </message>
    <message>
        <source>&amp;New case file…</source>
        <translation>&amp;Nieuw dossierbestand…</translation>
    </message>
    <message>
        <source>&amp;Open case file…</source>
        <translation>Dossierbestand &amp;openen…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Afsluiten</translation>
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
        <source>&amp;About Benelux Case Desk</source>
        <translation>&amp;Over Benelux Case Desk</translation>
    </message>
    <message>
        <source>Unlock a case file first: a package is verified against its pinned partners.</source>
        <translation>Ontgrendel eerst een dossierbestand: een pakket wordt geverifieerd aan de hand van de vastgepinde partners ervan.</translation>
    </message>
    <message>
        <source>About Benelux Case Desk</source>
        <translation>Over Benelux Case Desk</translation>
    </message>
    <message>
        <source>Benelux Case Desk %1: cross-border cases, requests and equipment loans between the police services of Belgium, the Netherlands and Luxembourg, in an encrypted case file.</source>
        <translation>Benelux Case Desk %1: grensoverschrijdende dossiers, verzoeken en uitleningen van materieel tussen de politiediensten van België, Nederland en Luxemburg, in een versleuteld dossierbestand.</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Overzicht</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Dossiers</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Verzoeken</translation>
    </message>
    <message>
        <source>Approvals</source>
        <translation>Goedkeuringen</translation>
    </message>
    <message>
        <source>Loans</source>
        <translation>Uitleningen</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <source>Border map</source>
        <translation>Grenskaart</translation>
    </message>
    <message>
        <source>Almanac</source>
        <translation>Almanak</translation>
    </message>
    <message>
        <source>Agencies and trust</source>
        <translation>Diensten en vertrouwen</translation>
    </message>
    <message>
        <source>Audit</source>
        <translation>Audit</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Instellingen</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Pagina&apos;s</translation>
    </message>
    <message>
        <source>Lock the case file</source>
        <translation>Het dossierbestand vergrendelen</translation>
    </message>
</context>
<context>
    <name>MapCanvas</name>
    <message>
        <source>Border map</source>
        <translation>Grenskaart</translation>
    </message>
    <message>
        <source>Wheel or + and − zoom; drag or the arrow keys pan; Home shows the whole region; a click on a case&apos;s marker opens the case, Enter opens the selected one.</source>
        <translation>Scrollwiel of + en −: zoomen; slepen of pijltoetsen: verschuiven; Home: de hele regio tonen; een klik op de markering van een dossier opent het dossier, Enter opent het geselecteerde dossier.</translation>
    </message>
    <message>
        <source>Crossing point (approximate position)</source>
        <translation>Grensovergang (positie bij benadering)</translation>
    </message>
</context>
<context>
    <name>MapPickerDialog</name>
    <message>
        <source>Pick a place on the map</source>
        <translation>Een plaats op de kaart aanwijzen</translation>
    </message>
    <message>
        <source>A click picks a place; wheel or + and − zoom; drag or the arrow keys pan; Home shows the whole region. Or choose a crossing point, or type the latitude and longitude, below.</source>
        <translation>Een klik wijst een plaats aan; scrollwiel of + en −: zoomen; slepen of pijltoetsen: verschuiven; Home: de hele regio tonen. Of kies hieronder een grensovergang, of typ de breedte- en lengtegraad.</translation>
    </message>
    <message>
        <source>Crossing point</source>
        <translation>Grensovergang</translation>
    </message>
    <message>
        <source>Latitude in degrees north</source>
        <translation>Breedtegraad in graden noord</translation>
    </message>
    <message>
        <source>Longitude in degrees east</source>
        <translation>Lengtegraad in graden oost</translation>
    </message>
    <message>
        <source>Picked place</source>
        <translation>Aangewezen plaats</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fout</translation>
    </message>
    <message>
        <source>Crossing &amp;point:</source>
        <translation>&amp;Grensovergang:</translation>
    </message>
    <message>
        <source>&amp;Latitude:</source>
        <translation>&amp;Breedtegraad:</translation>
    </message>
    <message>
        <source>L&amp;ongitude:</source>
        <translation>&amp;Lengtegraad:</translation>
    </message>
    <message>
        <source>Use this place</source>
        <translation>Deze plaats gebruiken</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>— choose a crossing point —</source>
        <translation>— kies een grensovergang —</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>MembersPage</name>
    <message>
        <source>You are the first member. Other members can be added now or later; each opens the case file with their own passphrase.</source>
        <translation>U bent het eerste lid. Andere leden kunnen nu of later worden toegevoegd; elk lid opent het dossierbestand met een eigen wachtwoordzin.</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Uw naam</translation>
    </message>
    <message>
        <source>Your role</source>
        <translation>Uw rol</translation>
    </message>
    <message>
        <source>Name of another member</source>
        <translation>Naam van een ander lid</translation>
    </message>
    <message>
        <source>Role of another member</source>
        <translation>Rol van een ander lid</translation>
    </message>
    <message>
        <source>&amp;Add this member</source>
        <translation>Dit lid &amp;toevoegen</translation>
    </message>
    <message>
        <source>Add this member</source>
        <translation>Dit lid toevoegen</translation>
    </message>
    <message>
        <source>Other members</source>
        <translation>Andere leden</translation>
    </message>
    <message>
        <source>Remo&amp;ve</source>
        <translation>Verwij&amp;deren</translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation>Uw &amp;naam:</translation>
    </message>
    <message>
        <source>Your passphrase</source>
        <translation>Uw wachtwoordzin</translation>
    </message>
    <message>
        <source>Repeat your passphrase</source>
        <translation>Uw wachtwoordzin herhalen</translation>
    </message>
    <message>
        <source>Your &amp;role:</source>
        <translation>Uw &amp;rol:</translation>
    </message>
    <message>
        <source>Passphrase of the other member</source>
        <translation>Wachtwoordzin van het andere lid</translation>
    </message>
    <message>
        <source>Repeat the other member&apos;s passphrase</source>
        <translation>De wachtwoordzin van het andere lid herhalen</translation>
    </message>
    <message>
        <source>Remove the selected member</source>
        <translation>Het geselecteerde lid verwijderen</translation>
    </message>
    <message>
        <source>Members error</source>
        <translation>Fout bij de leden</translation>
    </message>
    <message>
        <source>Na&amp;me:</source>
        <translation>Naa&amp;m:</translation>
    </message>
    <message>
        <source>Ro&amp;le:</source>
        <translation>Ro&amp;l:</translation>
    </message>
    <message>
        <source>Other members (optional)</source>
        <translation>Andere leden (optioneel)</translation>
    </message>
    <message>
        <source>Give the other member a name.</source>
        <translation>Geef het andere lid een naam.</translation>
    </message>
    <message>
        <source>There is already a member named %1.</source>
        <translation>Er is al een lid met de naam %1.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Type your name: you are the case file&apos;s first member.</source>
        <translation>Typ uw naam: u bent het eerste lid van het dossierbestand.</translation>
    </message>
    <message>
        <source>Only an administrator or a supervisor can add the other members: choose one of those roles for yourself, or add the others later.</source>
        <translation>Alleen een beheerder of een leidinggevende kan de andere leden toevoegen: kies voor uzelf een van die rollen, of voeg de anderen later toe.</translation>
    </message>
    <message>
        <source>Add the other member you started typing, or clear their name and passphrase.</source>
        <translation>Voeg het andere lid toe dat u begon in te typen, of wis de naam en de wachtwoordzin.</translation>
    </message>
</context>
<context>
    <name>NewCaseDialog</name>
    <message>
        <source>New case</source>
        <translation>Nieuw dossier</translation>
    </message>
    <message>
        <source>Open case</source>
        <translation>Dossier openen</translation>
    </message>
    <message>
        <source>Kind of case</source>
        <translation>Soort dossier</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Samenvatting</translation>
    </message>
    <message>
        <source>Partner agency code</source>
        <translation>Code van de partnerdienst</translation>
    </message>
    <message>
        <source>None, or a code such as NL-POLITIE-LIMBURG</source>
        <translation>Geen, of een code zoals NL-POLITIE-LIMBURG</translation>
    </message>
    <message>
        <source>Handling code of the case</source>
        <translation>Behandelingscode van het dossier</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Soort:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <source>&amp;Summary:</source>
        <translation>Samen&amp;vatting:</translation>
    </message>
    <message>
        <source>&amp;Partner agency:</source>
        <translation>&amp;Partnerdienst:</translation>
    </message>
    <message>
        <source>&amp;Handling code:</source>
        <translation>&amp;Behandelingscode:</translation>
    </message>
    <message>
        <source>Details of this kind of case</source>
        <translation>Gegevens van deze soort dossier</translation>
    </message>
</context>
<context>
    <name>NewRequestDialog</name>
    <message>
        <source>New request</source>
        <translation>Nieuw verzoek</translation>
    </message>
    <message>
        <source>Title (required)</source>
        <translation>Titel (verplicht)</translation>
    </message>
    <message>
        <source>e.g. Keeper of a grey Audi</source>
        <translation>bv. Houder van een grijze Audi</translation>
    </message>
    <message>
        <source>Kind of request</source>
        <translation>Soort verzoek</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Richting</translation>
    </message>
    <message>
        <source>Outgoing (our request)</source>
        <translation>Uitgaand (ons verzoek)</translation>
    </message>
    <message>
        <source>Incoming (the partner&apos;s request)</source>
        <translation>Inkomend (verzoek van de partner)</translation>
    </message>
    <message>
        <source>Our agency</source>
        <translation>Onze dienst</translation>
    </message>
    <message>
        <source>Partner agency</source>
        <translation>Partnerdienst</translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation>Rechtsgrond</translation>
    </message>
    <message>
        <source>⚠ To be confirmed</source>
        <translation>⚠ Te bevestigen</translation>
    </message>
    <message>
        <source>Article to be confirmed</source>
        <translation>Artikel te bevestigen</translation>
    </message>
    <message>
        <source>The article of this legal basis could not be confirmed in the sources: it is cited as “to be confirmed”, never as settled law.</source>
        <translation>Het artikel van deze rechtsgrond kon niet in de bronnen worden bevestigd: het wordt aangehaald als „te bevestigen”, nooit als vaststaand recht.</translation>
    </message>
    <message>
        <source>About the legal basis</source>
        <translation>Over de rechtsgrond</translation>
    </message>
    <message>
        <source>Required by the legal basis (* must be filled in)</source>
        <translation>Vereist door de rechtsgrond (* moet worden ingevuld)</translation>
    </message>
    <message>
        <source>Equipment loan</source>
        <translation>Uitlening van materieel</translation>
    </message>
    <message>
        <source>Urgency</source>
        <translation>Urgentie</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Normaal</translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation>Dringend</translation>
    </message>
    <message>
        <source>Information access</source>
        <translation>Toegang tot de informatie</translation>
    </message>
    <message>
        <source>Not stated</source>
        <translation>Niet vermeld</translation>
    </message>
    <message>
        <source>Directly accessible (8 hours if urgent)</source>
        <translation>Rechtstreeks toegankelijk (8 uur indien dringend)</translation>
    </message>
    <message>
        <source>Indirectly accessible (3 days if urgent)</source>
        <translation>Onrechtstreeks toegankelijk (3 dagen indien dringend)</translation>
    </message>
    <message>
        <source>Handling code</source>
        <translation>Behandelingscode</translation>
    </message>
    <message>
        <source>Source evaluation</source>
        <translation>Evaluatie van de bron</translation>
    </message>
    <message>
        <source>Information evaluation</source>
        <translation>Evaluatie van de informatie</translation>
    </message>
    <message>
        <source>Case reference (optional)</source>
        <translation>Referentie van het dossier (optioneel)</translation>
    </message>
    <message>
        <source>No case</source>
        <translation>Geen dossier</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschrijving</translation>
    </message>
    <message>
        <source>Received at, local time</source>
        <translation>Ontvangen om, lokale tijd</translation>
    </message>
    <message>
        <source>Partner&apos;s reference</source>
        <translation>Referentie van de partner</translation>
    </message>
    <message>
        <source>What is missing</source>
        <translation>Wat ontbreekt</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fout</translation>
    </message>
    <message>
        <source>&amp;Create request</source>
        <translation>Verzoek aanma&amp;ken</translation>
    </message>
    <message>
        <source>Create the request</source>
        <translation>Het verzoek aanmaken</translation>
    </message>
    <message>
        <source>Cancel the new request</source>
        <translation>Het nieuwe verzoek annuleren</translation>
    </message>
    <message>
        <source>&amp;Title *</source>
        <translation>&amp;Titel *</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Soort</translation>
    </message>
    <message>
        <source>&amp;Direction</source>
        <translation>&amp;Richting</translation>
    </message>
    <message>
        <source>&amp;Our agency</source>
        <translation>&amp;Onze dienst</translation>
    </message>
    <message>
        <source>&amp;Partner agency</source>
        <translation>&amp;Partnerdienst</translation>
    </message>
    <message>
        <source>Date of the &amp;events</source>
        <translation>Datum van de &amp;feiten</translation>
    </message>
    <message>
        <source>&amp;Legal basis</source>
        <translation>Rechts&amp;grond</translation>
    </message>
    <message>
        <source>&amp;Urgency</source>
        <translation>&amp;Urgentie</translation>
    </message>
    <message>
        <source>Information &amp;access</source>
        <translation>Toegang tot de inform&amp;atie</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Termijn</translation>
    </message>
    <message>
        <source>&amp;Handling code</source>
        <translation>&amp;Behandelingscode</translation>
    </message>
    <message>
        <source>E&amp;valuation</source>
        <translation>E&amp;valuatie</translation>
    </message>
    <message>
        <source>Ca&amp;se</source>
        <translation>&amp;Dossier</translation>
    </message>
    <message>
        <source>Received a&amp;t</source>
        <translation>Ontvangen o&amp;m</translation>
    </message>
    <message>
        <source>Partner&apos;s &amp;reference</source>
        <translation>Refer&amp;entie van de partner</translation>
    </message>
    <message>
        <source>Descr&amp;iption</source>
        <translation>Beschr&amp;ijving</translation>
    </message>
    <message>
        <source>Still to fill in: %1.</source>
        <translation>Nog in te vullen: %1.</translation>
    </message>
    <message>
        <source>Looking up the legal bases…</source>
        <translation>Rechtsgronden worden opgezocht…</translation>
    </message>
    <message>
        <source>title</source>
        <translation>titel</translation>
    </message>
    <message>
        <source>a time of the events that exists in the chosen zone (not one a clock change skips)</source>
        <translation>een tijdstip van de feiten dat in de gekozen tijdzone bestaat (niet een dat een klokwijziging overslaat)</translation>
    </message>
    <message>
        <source>partner agency</source>
        <translation>partnerdienst</translation>
    </message>
    <message>
        <source>a legal basis</source>
        <translation>een rechtsgrond</translation>
    </message>
    <message>
        <source>whether the information is directly or indirectly accessible</source>
        <translation>of de informatie rechtstreeks of onrechtstreeks toegankelijk is</translation>
    </message>
    <message>
        <source>A – reliable</source>
        <translation>A – betrouwbaar</translation>
    </message>
    <message>
        <source>No doubt about the source&apos;s authenticity and competence; always reliable.</source>
        <translation>Geen twijfel over de authenticiteit en de bekwaamheid van de bron; altijd betrouwbaar.</translation>
    </message>
    <message>
        <source>B – mostly reliable</source>
        <translation>B – meestal betrouwbaar</translation>
    </message>
    <message>
        <source>Information from this source has in most instances proved reliable.</source>
        <translation>Informatie uit deze bron is in de meeste gevallen betrouwbaar gebleken.</translation>
    </message>
    <message>
        <source>C – mostly unreliable</source>
        <translation>C – meestal onbetrouwbaar</translation>
    </message>
    <message>
        <source>Information from this source has in most instances proved unreliable.</source>
        <translation>Informatie uit deze bron is in de meeste gevallen onbetrouwbaar gebleken.</translation>
    </message>
    <message>
        <source>X – cannot be assessed</source>
        <translation>X – niet te beoordelen</translation>
    </message>
    <message>
        <source>The source&apos;s reliability cannot be assessed; held back from packages.</source>
        <translation>De betrouwbaarheid van de bron kan niet worden beoordeeld; niet opgenomen in pakketten.</translation>
    </message>
    <message>
        <source>1 – accuracy not in doubt</source>
        <translation>1 – juistheid niet in twijfel</translation>
    </message>
    <message>
        <source>Information whose accuracy is not in doubt.</source>
        <translation>Informatie waarvan de juistheid niet in twijfel staat.</translation>
    </message>
    <message>
        <source>2 – known to the source</source>
        <translation>2 – bekend bij de bron</translation>
    </message>
    <message>
        <source>Known personally to the source but not to the official passing it on.</source>
        <translation>Persoonlijk bekend bij de bron, maar niet bij de ambtenaar die ze doorgeeft.</translation>
    </message>
    <message>
        <source>3 – corroborated</source>
        <translation>3 – bevestigd</translation>
    </message>
    <message>
        <source>Not known to the source, but corroborated by information already recorded.</source>
        <translation>Niet persoonlijk bekend bij de bron, maar bevestigd door reeds geregistreerde informatie.</translation>
    </message>
    <message>
        <source>4 – cannot be corroborated</source>
        <translation>4 – niet te bevestigen</translation>
    </message>
    <message>
        <source>Not known to the source and not corroborated; held back from packages.</source>
        <translation>Niet bekend bij de bron en niet bevestigd; niet opgenomen in pakketten.</translation>
    </message>
</context>
<context>
    <name>NoteDialog</name>
    <message>
        <source>Add a note</source>
        <translation>Een notitie toevoegen</translation>
    </message>
    <message>
        <source>Add note</source>
        <translation>Notitie toevoegen</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notitie</translation>
    </message>
    <message>
        <source>Handling code of the note</source>
        <translation>Behandelingscode van de notitie</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Notitie:</translation>
    </message>
    <message>
        <source>&amp;Handling code:</source>
        <translation>&amp;Behandelingscode:</translation>
    </message>
</context>
<context>
    <name>NoteReader</name>
    <message>
        <source>&amp;Selected note:</source>
        <translation>&amp;Geselecteerde notitie:</translation>
    </message>
    <message>
        <source>Author, time and handling code of the selected note</source>
        <translation>Auteur, tijd en behandelingscode van de geselecteerde notitie</translation>
    </message>
    <message>
        <source>Text of the selected note</source>
        <translation>Tekst van de geselecteerde notitie</translation>
    </message>
    <message>
        <source>Select a note to read it in full.</source>
        <translation>Selecteer een notitie om ze volledig te lezen.</translation>
    </message>
    <message>
        <source>Written by %1 on %2 · handling code %3</source>
        <translation>Geschreven door %1 op %2 · behandelingscode %3</translation>
    </message>
    <message>
        <source>Written on %1 · handling code %2</source>
        <translation>Geschreven op %1 · behandelingscode %2</translation>
    </message>
</context>
<context>
    <name>NotificationsChart</name>
    <message>
        <source>Pursuit</source>
        <translation>Grensoverschrijdende achtervolging</translation>
    </message>
    <message>
        <source>Observation (authorised)</source>
        <translation>Observatie (met toestemming)</translation>
    </message>
    <message>
        <source>Urgent observation</source>
        <translation>Dringende observatie</translation>
    </message>
    <message>
        <source>Notification delays chart</source>
        <translation>Grafiek van de vertragingen bij het informeren</translation>
    </message>
    <message>
        <source>Delay after crossing</source>
        <translation>Vertraging na grensoverschrijding</translation>
    </message>
    <message>
        <source>Not notified</source>
        <translation>Niet geïnformeerd</translation>
    </message>
    <message>
        <source>%1/%2 in time</source>
        <translation>%1/%2 op tijd</translation>
    </message>
    <message>
        <source>Cases per rule</source>
        <translation>Dossiers per regel</translation>
    </message>
    <message>
        <source>On crossing (pursuits, authorised observations)</source>
        <translation>Bij grensoverschrijding (achtervolgingen, observaties met toestemming)</translation>
    </message>
    <message>
        <source>5 h (urgent observations)</source>
        <translation>5 u (dringende observaties)</translation>
    </message>
    <message numerus="yes">
        <source>%1: %Ln case(s) %2</source>
        <translation>
            <numerusform>%1: %Ln dossier %2</numerusform>
            <numerusform>%1: %Ln dossiers %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Notified in time</source>
        <translation>Op tijd geïnformeerd</translation>
    </message>
    <message>
        <source>Notified late</source>
        <translation>Te laat geïnformeerd</translation>
    </message>
    <message>
        <source>notified in time</source>
        <translation>op tijd geïnformeerd</translation>
    </message>
    <message>
        <source>notified late</source>
        <translation>te laat geïnformeerd</translation>
    </message>
    <message>
        <source>not notified</source>
        <translation>niet geïnformeerd</translation>
    </message>
    <message>
        <source>at the latest on crossing</source>
        <translation>uiterlijk bij de grensoverschrijding</translation>
    </message>
    <message>
        <source>within %1 of the crossing</source>
        <translation>binnen %1 na de grensoverschrijding</translation>
    </message>
    <message>
        <source>%1 (%2, %3): crossed %4; host not notified; rule: %5</source>
        <translation>%1 (%2, %3): grens overschreden op %4; gaststaat niet geïnformeerd; regel: %5</translation>
    </message>
    <message>
        <source>%1 before the crossing</source>
        <translation>%1 vóór de grensoverschrijding</translation>
    </message>
    <message>
        <source>%1 after the crossing</source>
        <translation>%1 na de grensoverschrijding</translation>
    </message>
    <message>
        <source>%1 (%2, %3): crossed %4, host notified %5, %6; rule: %7; %8</source>
        <translation>%1 (%2, %3): grens overschreden op %4, gaststaat geïnformeerd op %5, %6; regel: %7; %8</translation>
    </message>
    <message numerus="yes">
        <source>%Ln pursuit(s) and observation(s) crossed the border in the period: %1 notified in time, %2 late, %3 not notified.</source>
        <translation>
            <numerusform>%Ln achtervolging of observatie heeft in de periode de grens overschreden: %1 op tijd geïnformeerd, %2 te laat, %3 niet geïnformeerd.</numerusform>
            <numerusform>%Ln achtervolgingen en observaties hebben in de periode de grens overschreden: %1 op tijd geïnformeerd, %2 te laat, %3 niet geïnformeerd.</numerusform>
        </translation>
    </message>
    <message>
        <source>The direction filter does not apply to cases.</source>
        <translation>Het richtingfilter geldt niet voor dossiers.</translation>
    </message>
    <message>
        <source>The latest %1 of %2 cases are drawn; the counts include them all.</source>
        <translation>De meest recente %1 van %2 dossiers worden weergegeven; de tellingen omvatten ze allemaal.</translation>
    </message>
</context>
<context>
    <name>Op</name>
    <message>
        <source>The operation failed.</source>
        <translation>De bewerking is mislukt.</translation>
    </message>
    <message>
        <source>The case file is locked.</source>
        <translation>Het dossierbestand is vergrendeld.</translation>
    </message>
</context>
<context>
    <name>OverviewWidget</name>
    <message>
        <source>Lock</source>
        <translation>Vergrendelen</translation>
    </message>
    <message>
        <source>Lock the case file</source>
        <translation>Het dossierbestand vergrendelen</translation>
    </message>
    <message>
        <source>Unlocked: %1</source>
        <translation>Ontgrendeld: %1</translation>
    </message>
    <message>
        <source>Opened by %1 (%2)</source>
        <translation>Geopend door %1 (%2)</translation>
    </message>
    <message>
        <source>%1 cases, %2 requests, %3 overdue</source>
        <translation>%1 dossiers, %2 verzoeken, %3 te laat</translation>
    </message>
</context>
<context>
    <name>PackageFiles</name>
    <message>
        <source>Import package</source>
        <translation>Pakket importeren</translation>
    </message>
    <message>
        <source>Request packages (*.asice *.p7m);;All files (*)</source>
        <translation>Pakketten met verzoeken (*.asice *.p7m);;Alle bestanden (*)</translation>
    </message>
    <message>
        <source>&amp;Import package…</source>
        <translation>Pakket &amp;importeren…</translation>
    </message>
    <message>
        <source>Verify a package a partner sent, then import it</source>
        <translation>Een pakket van een partner verifiëren en het daarna importeren</translation>
    </message>
    <message>
        <source>Save the package</source>
        <translation>Het pakket opslaan</translation>
    </message>
    <message>
        <source>Request packages (*.asice *.p7m)</source>
        <translation>Pakketten met verzoeken (*.asice *.p7m)</translation>
    </message>
    <message>
        <source>Decryption key</source>
        <translation>Ontsleutelingssleutel</translation>
    </message>
    <message>
        <source>PKCS#12 files (*.p12 *.pfx)</source>
        <translation>PKCS#12-bestanden (*.p12 *.pfx)</translation>
    </message>
</context>
<context>
    <name>PartnersPanel</name>
    <message>
        <source>Show the agencies of which country</source>
        <translation>Van welk land de diensten worden getoond</translation>
    </message>
    <message>
        <source>C&amp;ountry:</source>
        <translation>&amp;Land:</translation>
    </message>
    <message>
        <source>Partner agencies</source>
        <translation>Partnerdiensten</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1:</translation>
    </message>
    <message>
        <source>Certificates pinned to the selected agency</source>
        <translation>Certificaten die aan de geselecteerde dienst zijn vastgepind</translation>
    </message>
    <message>
        <source>Pinned &amp;certificates:</source>
        <translation>Vastgepinde &amp;certificaten:</translation>
    </message>
    <message>
        <source>%1 of the selected certificate</source>
        <translation>%1 van het geselecteerde certificaat</translation>
    </message>
    <message>
        <source>P&amp;in a certificate…</source>
        <translation>Certificaat vastpi&amp;nnen…</translation>
    </message>
    <message>
        <source>Pin a certificate to the selected agency</source>
        <translation>Een certificaat vastpinnen aan de geselecteerde dienst</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>Ver&amp;wijderen…</translation>
    </message>
    <message>
        <source>Remove the selected certificate from the trust store</source>
        <translation>Het geselecteerde certificaat uit de vertrouwensopslag verwijderen</translation>
    </message>
    <message>
        <source>Only an administrator or a supervisor can change the trust store.</source>
        <translation>Alleen een beheerder of een leidinggevende kan de vertrouwensopslag wijzigen.</translation>
    </message>
    <message>
        <source>All countries</source>
        <translation>Alle landen</translation>
    </message>
    <message>
        <source>%1 (our agency)</source>
        <translation>%1 (onze dienst)</translation>
    </message>
    <message>
        <source>The national single point of contact (SPOC).</source>
        <translation>Het nationale centrale contactpunt (SPOC).</translation>
    </message>
    <message>
        <source>Our own agency.</source>
        <translation>Onze eigen dienst.</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>Niet geregistreerd</translation>
    </message>
    <message>
        <source>CA</source>
        <translation>CA</translation>
    </message>
    <message>
        <source>End entity</source>
        <translation>Eindentiteit</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 tot %2</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1 door %2</translation>
    </message>
</context>
<context>
    <name>PassphrasePair</name>
    <message>
        <source>%1 (Alt+F8)</source>
        <translation>%1 (Alt+F8)</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation>Nieuwe wachtwoordzin</translation>
    </message>
    <message>
        <source>Repeat the new passphrase</source>
        <translation>De nieuwe wachtwoordzin herhalen</translation>
    </message>
    <message>
        <source>Show the passphrase</source>
        <translation>De wachtwoordzin tonen</translation>
    </message>
    <message>
        <source>Hide the passphrase</source>
        <translation>De wachtwoordzin verbergen</translation>
    </message>
    <message>
        <source>Show the repeated passphrase</source>
        <translation>De herhaalde wachtwoordzin tonen</translation>
    </message>
    <message>
        <source>Hide the repeated passphrase</source>
        <translation>De herhaalde wachtwoordzin verbergen</translation>
    </message>
    <message>
        <source>Passphrase strength</source>
        <translation>Sterkte van de wachtwoordzin</translation>
    </message>
    <message>
        <source>Passphrase problem</source>
        <translation>Probleem met de wachtwoordzin</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Wachtwoordzin:</translation>
    </message>
    <message>
        <source>R&amp;epeat:</source>
        <translation>&amp;Herhalen:</translation>
    </message>
    <message>
        <source>Choose a passphrase.</source>
        <translation>Kies een wachtwoordzin.</translation>
    </message>
    <message>
        <source>A passphrase needs at least %1 characters.</source>
        <translation>Een wachtwoordzin moet minstens %1 tekens bevatten.</translation>
    </message>
    <message>
        <source>The two passphrases differ; type the same one twice.</source>
        <translation>De twee wachtwoordzinnen verschillen; typ twee keer dezelfde.</translation>
    </message>
    <message>
        <source>Use four or more words, or at least 12 characters.</source>
        <translation>Gebruik vier of meer woorden, of minstens 12 tekens.</translation>
    </message>
    <message>
        <source>Too short: at least %1 characters.</source>
        <translation>Te kort: minstens %1 tekens.</translation>
    </message>
    <message>
        <source>Weak: a longer passphrase of several words is much harder to guess.</source>
        <translation>Zwak: een langere wachtwoordzin van meerdere woorden is veel moeilijker te raden.</translation>
    </message>
    <message>
        <source>Fair: one or two more words would make it strong.</source>
        <translation>Redelijk: met een of twee woorden meer wordt ze sterk.</translation>
    </message>
    <message>
        <source>Strong.</source>
        <translation>Sterk.</translation>
    </message>
</context>
<context>
    <name>PendingPackageNotice</name>
    <message>
        <source>%1 will be verified once you unlock a case file.</source>
        <translation>%1 wordt gecontroleerd zodra u een dossierbestand ontgrendelt.</translation>
    </message>
    <message>
        <source>D&amp;ismiss</source>
        <translation>&amp;Negeren</translation>
    </message>
    <message>
        <source>Dismiss: do not verify the package</source>
        <translation>Negeren: het pakket niet controleren</translation>
    </message>
    <message>
        <source>Forget the package; it is not verified</source>
        <translation>Het pakket vergeten; het wordt niet gecontroleerd</translation>
    </message>
</context>
<context>
    <name>PinConfirmDialog</name>
    <message>
        <source>Pin a certificate to %1</source>
        <translation>Een certificaat vastpinnen aan %1</translation>
    </message>
    <message>
        <source>Confirm the fingerprint before pinning to %1</source>
        <translation>De vingerafdruk bevestigen voordat u vastpint aan %1</translation>
    </message>
    <message>
        <source>%1 holds %2 certificate(s). Before trusting it, ask %3 to read out the SHA-256 fingerprint by telephone or in person — never from the e-mail or the medium that brought the file — and compare every character with the one below.</source>
        <translation>%1 bevat %2 certifica(a)t(en). Vraag %3, voordat u het vertrouwt, de SHA-256-vingerafdruk voor te lezen per telefoon of persoonlijk — nooit uit de e-mail of de drager waarmee het bestand is gekomen — en vergelijk elk teken met de vingerafdruk hieronder.</translation>
    </message>
    <message>
        <source>Certificates in the file</source>
        <translation>Certificaten in het bestand</translation>
    </message>
    <message>
        <source>I &amp;compared the fingerprint with the one the partner gave me, and every character matches.</source>
        <translation>Ik heb de vingerafdruk &amp;vergeleken met die welke de partner mij gaf, en elk teken komt overeen.</translation>
    </message>
    <message>
        <source>I compared the fingerprint and it matches</source>
        <translation>Ik heb de vingerafdruk vergeleken en hij komt overeen</translation>
    </message>
    <message>
        <source>&amp;Pin</source>
        <translation>Vast&amp;pinnen</translation>
    </message>
    <message>
        <source>Pin to %1</source>
        <translation>Vastpinnen aan %1</translation>
    </message>
    <message>
        <source>Do not pin</source>
        <translation>Niet vastpinnen</translation>
    </message>
    <message>
        <source>Certificate authority (CA)</source>
        <translation>Certificeringsinstantie (CA)</translation>
    </message>
    <message>
        <source>End entity (a person or a service)</source>
        <translation>Eindentiteit (een persoon of een dienst)</translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation>Onderwerp:</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Onderwerp</translation>
    </message>
    <message>
        <source>Issuer:</source>
        <translation>Uitgever:</translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation>Uitgever</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>Type:</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 tot %2</translation>
    </message>
    <message>
        <source>Valid:</source>
        <translation>Geldig:</translation>
    </message>
    <message>
        <source>Validity</source>
        <translation>Geldigheid</translation>
    </message>
    <message>
        <source>Expiry warning</source>
        <translation>Waarschuwing over het verlopen</translation>
    </message>
    <message>
        <source>Warning:</source>
        <translation>Waarschuwing:</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint</source>
        <translation>SHA-256-vingerafdruk</translation>
    </message>
    <message>
        <source>SHA-256:</source>
        <translation>SHA-256:</translation>
    </message>
</context>
<context>
    <name>Pkcs12Dialog</name>
    <message>
        <source>Import a signing certificate</source>
        <translation>Een ondertekeningscertificaat importeren</translation>
    </message>
    <message>
        <source>Import a PKCS#12 signing certificate</source>
        <translation>Een PKCS#12-ondertekeningscertificaat importeren</translation>
    </message>
    <message>
        <source>%1 becomes the signing certificate of %2 and replaces any earlier one. Its password is never stored in the case file.</source>
        <translation>%1 wordt het ondertekeningscertificaat van %2 en vervangt elk eerder certificaat. Het wachtwoord ervan wordt nooit in het dossierbestand opgeslagen.</translation>
    </message>
    <message>
        <source>Password of the PKCS#12 file</source>
        <translation>Wachtwoord van het PKCS#12-bestand</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Wachtwoord:</translation>
    </message>
    <message>
        <source>&amp;Remember the password in this computer&apos;s keyring</source>
        <translation>Het wachtwoord &amp;onthouden in de sleutelhanger van deze computer</translation>
    </message>
    <message>
        <source>Remember the password in the system keyring</source>
        <translation>Het wachtwoord onthouden in de sleutelhanger van het systeem</translation>
    </message>
    <message>
        <source>Signing then needs no password on this computer; refused if the keyring is not secure.</source>
        <translation>Ondertekenen vraagt dan geen wachtwoord meer op deze computer; geweigerd als de sleutelhanger niet veilig is.</translation>
    </message>
    <message>
        <source>Why the import failed</source>
        <translation>Waarom het importeren is mislukt</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importeren</translation>
    </message>
    <message>
        <source>Import the signing certificate</source>
        <translation>Het ondertekeningscertificaat importeren</translation>
    </message>
    <message>
        <source>Cancel the import</source>
        <translation>Het importeren annuleren</translation>
    </message>
</context>
<context>
    <name>QuickUnlockBox</name>
    <message>
        <source>Error</source>
        <translation>Fout</translation>
    </message>
    <message>
        <source>Quick unlock on this device</source>
        <translation>Snel ontgrendelen op dit apparaat</translation>
    </message>
    <message>
        <source>&amp;Forget this device</source>
        <translation>Dit apparaat ver&amp;geten</translation>
    </message>
    <message>
        <source>Forget this device</source>
        <translation>Dit apparaat vergeten</translation>
    </message>
    <message>
        <source>This device will ask for your passphrase again; the case file&apos;s key is renewed.</source>
        <translation>Dit apparaat vraagt opnieuw om uw wachtwoordzin; de sleutel van het dossierbestand wordt vernieuwd.</translation>
    </message>
    <message>
        <source>Forgotten: this device asks for your passphrase again.</source>
        <translation>Vergeten: dit apparaat vraagt opnieuw om uw wachtwoordzin.</translation>
    </message>
    <message>
        <source>Unlock a case file to see whether this device remembers you.</source>
        <translation>Ontgrendel een dossierbestand om te zien of dit apparaat u onthoudt.</translation>
    </message>
    <message>
        <source>Checking this device…</source>
        <translation>Dit apparaat wordt gecontroleerd…</translation>
    </message>
    <message>
        <source>This device opens this case file for you without your passphrase (%1).</source>
        <translation>Dit apparaat opent dit dossierbestand voor u zonder uw wachtwoordzin (%1).</translation>
    </message>
    <message>
        <source>No secure system keyring is available on this computer, so quick unlock cannot be used here: the passphrase is asked each time.</source>
        <translation>Er is op deze computer geen veilige sleutelhanger van het systeem beschikbaar, dus snel ontgrendelen kan hier niet worden gebruikt: de wachtwoordzin wordt elke keer gevraagd.</translation>
    </message>
    <message>
        <source>This device does not remember you for this case file: it asks for your passphrase.</source>
        <translation>Dit apparaat onthoudt u niet voor dit dossierbestand: het vraagt om uw wachtwoordzin.</translation>
    </message>
</context>
<context>
    <name>RecoveryCodePanel</name>
    <message>
        <source>Your recovery code</source>
        <translation>Uw herstelcode</translation>
    </message>
    <message>
        <source>It opens the case file if every passphrase is lost, and it is shown only this once. Print it or write it down and keep it in a safe: anyone holding it can open the case file.</source>
        <translation>Hiermee opent u het dossierbestand als alle wachtwoordzinnen verloren zijn, en hij wordt alleen deze ene keer getoond. Druk hem af of schrijf hem op en bewaar hem in een kluis: wie hem heeft, kan het dossierbestand openen.</translation>
    </message>
    <message>
        <source>Recovery code</source>
        <translation>Herstelcode</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Afdrukken…</translation>
    </message>
    <message>
        <source>Print the recovery code</source>
        <translation>De herstelcode afdrukken</translation>
    </message>
    <message>
        <source>&amp;Save…</source>
        <translation>Op&amp;slaan…</translation>
    </message>
    <message>
        <source>Save the recovery code to a file</source>
        <translation>De herstelcode in een bestand opslaan</translation>
    </message>
    <message>
        <source>A saved copy is only as safe as the place you keep it: store it offline, never next to the case file.</source>
        <translation>Een opgeslagen kopie is maar zo veilig als de plaats waar u ze bewaart: bewaar ze offline, nooit naast het dossierbestand.</translation>
    </message>
    <message>
        <source>Recovery code status</source>
        <translation>Status van de herstelcode</translation>
    </message>
    <message>
        <source>Recovery code error</source>
        <translation>Fout bij de herstelcode</translation>
    </message>
    <message>
        <source>I have &amp;stored the recovery code in a safe place</source>
        <translation>Ik heb de herstelcode op een veilige plaats &amp;bewaard</translation>
    </message>
    <message>
        <source>I have stored the recovery code</source>
        <translation>Ik heb de herstelcode bewaard</translation>
    </message>
    <message>
        <source>It opens the case file if every passphrase is lost. Anyone holding it can open the case file: keep this sheet in a safe.</source>
        <translation>Hiermee opent u het dossierbestand als alle wachtwoordzinnen verloren zijn. Wie hem heeft, kan het dossierbestand openen: bewaar dit blad in een kluis.</translation>
    </message>
    <message>
        <source>The recovery code could not be printed; write it down instead.</source>
        <translation>De herstelcode kon niet worden afgedrukt; schrijf hem in plaats daarvan op.</translation>
    </message>
    <message>
        <source>The recovery code was sent to the printer.</source>
        <translation>De herstelcode is naar de printer gestuurd.</translation>
    </message>
    <message>
        <source>Benelux Case Desk — recovery code</source>
        <translation>Benelux Case Desk — herstelcode</translation>
    </message>
    <message>
        <source>Case file: %1</source>
        <translation>Dossierbestand: %1</translation>
    </message>
    <message>
        <source>It opens the case file if every passphrase is lost. Anyone holding it can open the case file.</source>
        <translation>Hiermee opent u het dossierbestand als alle wachtwoordzinnen verloren zijn. Wie hem heeft, kan het dossierbestand openen.</translation>
    </message>
    <message>
        <source>The recovery code could not be saved to %1 (%2).</source>
        <translation>De herstelcode kon niet worden opgeslagen in %1 (%2).</translation>
    </message>
    <message>
        <source>Saved to %1. Move it somewhere safe, offline.</source>
        <translation>Opgeslagen in %1. Verplaats het naar een veilige plaats, offline.</translation>
    </message>
</context>
<context>
    <name>RejectDialog</name>
    <message>
        <source>Reject %1</source>
        <translation>%1 afwijzen</translation>
    </message>
    <message>
        <source>Reject request %1</source>
        <translation>Verzoek %1 afwijzen</translation>
    </message>
    <message>
        <source>Why is %1 rejected? The filer will read this.</source>
        <translation>Waarom wordt %1 afgewezen? De indiener leest dit.</translation>
    </message>
    <message>
        <source>Reason for the rejection</source>
        <translation>Reden van de afwijzing</translation>
    </message>
    <message>
        <source>Reject request</source>
        <translation>Verzoek afwijzen</translation>
    </message>
    <message>
        <source>Reject the request</source>
        <translation>Het verzoek afwijzen</translation>
    </message>
    <message>
        <source>Cancel the rejection</source>
        <translation>De afwijzing annuleren</translation>
    </message>
</context>
<context>
    <name>RequestActions</name>
    <message>
        <source>Cancel %1</source>
        <translation>%1 annuleren</translation>
    </message>
    <message>
        <source>Why is %1 cancelled? The reason is kept with the request.</source>
        <translation>Waarom wordt %1 geannuleerd? De reden wordt bij het verzoek bewaard.</translation>
    </message>
    <message>
        <source>Cancel request</source>
        <translation>Verzoek annuleren</translation>
    </message>
    <message>
        <source>Reason for the cancellation</source>
        <translation>Reden van de annulering</translation>
    </message>
    <message>
        <source>Decline %1</source>
        <translation>%1 weigeren</translation>
    </message>
    <message>
        <source>Why is %1 declined? The reason is kept with the request.</source>
        <translation>Waarom wordt %1 geweigerd? De reden wordt bij het verzoek bewaard.</translation>
    </message>
    <message>
        <source>Decline request</source>
        <translation>Verzoek weigeren</translation>
    </message>
    <message>
        <source>Reason for declining</source>
        <translation>Reden van de weigering</translation>
    </message>
    <message>
        <source>Record the answer to %1</source>
        <translation>Het antwoord op %1 registreren</translation>
    </message>
    <message>
        <source>The answer to %1, as it was received or given by another channel:</source>
        <translation>Het antwoord op %1, zoals het via een ander kanaal is ontvangen of gegeven:</translation>
    </message>
    <message>
        <source>Record answer</source>
        <translation>Antwoord registreren</translation>
    </message>
    <message>
        <source>Text of the answer</source>
        <translation>Tekst van het antwoord</translation>
    </message>
    <message>
        <source>Do not change the request</source>
        <translation>Het verzoek niet wijzigen</translation>
    </message>
    <message>
        <source>%1 was submitted for approval.</source>
        <translation>%1 is ter goedkeuring ingediend.</translation>
    </message>
    <message>
        <source>%1 is a draft again.</source>
        <translation>%1 is opnieuw een concept.</translation>
    </message>
    <message>
        <source>%1 was marked as sent.</source>
        <translation>%1 is als verzonden gemarkeerd.</translation>
    </message>
    <message>
        <source>The answer to %1 was recorded.</source>
        <translation>Het antwoord op %1 is geregistreerd.</translation>
    </message>
    <message>
        <source>%1 was closed.</source>
        <translation>%1 is afgesloten.</translation>
    </message>
    <message>
        <source>%1 was cancelled.</source>
        <translation>%1 is geannuleerd.</translation>
    </message>
    <message>
        <source>%1 was declined.</source>
        <translation>%1 is geweigerd.</translation>
    </message>
    <message>
        <source>Mark %1 as sent</source>
        <translation>%1 als verzonden markeren</translation>
    </message>
    <message>
        <source>Was %1 sent to %2 by another channel (phone, e-mail, SIENA)? Its deadline then runs from now.</source>
        <translation>Is %1 via een ander kanaal (telefoon, e-mail, SIENA) naar %2 verzonden? De termijn loopt dan vanaf nu.</translation>
    </message>
    <message>
        <source>Mark as sent</source>
        <translation>Als verzonden markeren</translation>
    </message>
    <message>
        <source>The answer to %1 was written to %2.</source>
        <translation>Het antwoord op %1 is weggeschreven naar %2.</translation>
    </message>
</context>
<context>
    <name>RequestDetail</name>
    <message>
        <source>Reference:</source>
        <translation>Referentie:</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>Soort:</translation>
    </message>
    <message>
        <source>Direction:</source>
        <translation>Richting:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>Partner:</source>
        <translation>Partner:</translation>
    </message>
    <message>
        <source>Partner&apos;s reference:</source>
        <translation>Referentie van de partner:</translation>
    </message>
    <message>
        <source>Legal basis:</source>
        <translation>Rechtsgrond:</translation>
    </message>
    <message>
        <source>Events:</source>
        <translation>Feiten:</translation>
    </message>
    <message>
        <source>Urgency:</source>
        <translation>Urgentie:</translation>
    </message>
    <message>
        <source>Information access:</source>
        <translation>Toegang tot de informatie:</translation>
    </message>
    <message>
        <source>Deadline:</source>
        <translation>Termijn:</translation>
    </message>
    <message>
        <source>Handling code:</source>
        <translation>Behandelingscode:</translation>
    </message>
    <message>
        <source>Evaluation:</source>
        <translation>Evaluatie:</translation>
    </message>
    <message>
        <source>Created:</source>
        <translation>Aangemaakt:</translation>
    </message>
    <message>
        <source>Received:</source>
        <translation>Ontvangen:</translation>
    </message>
    <message>
        <source>Submitted:</source>
        <translation>Ingediend:</translation>
    </message>
    <message>
        <source>Decided:</source>
        <translation>Beslist:</translation>
    </message>
    <message>
        <source>Sent:</source>
        <translation>Verzonden:</translation>
    </message>
    <message>
        <source>Answered:</source>
        <translation>Beantwoord:</translation>
    </message>
    <message>
        <source>Closed:</source>
        <translation>Afgesloten:</translation>
    </message>
    <message>
        <source>Cancelled:</source>
        <translation>Geannuleerd:</translation>
    </message>
    <message>
        <source>Directly accessible</source>
        <translation>Rechtstreeks toegankelijk</translation>
    </message>
    <message>
        <source>Indirectly accessible</source>
        <translation>Onrechtstreeks toegankelijk</translation>
    </message>
    <message>
        <source>Select a request to see it here (Enter opens it).</source>
        <translation>Selecteer een verzoek om het hier te zien (Enter opent het).</translation>
    </message>
</context>
<context>
    <name>RequestDetailPanel</name>
    <message>
        <source>Request</source>
        <translation>Verzoek</translation>
    </message>
    <message>
        <source>Last step</source>
        <translation>Laatste stap</translation>
    </message>
    <message>
        <source>Why the step was refused</source>
        <translation>Waarom de stap is geweigerd</translation>
    </message>
    <message>
        <source>Open the request&apos;s case</source>
        <translation>Het dossier van het verzoek openen</translation>
    </message>
    <message>
        <source>Case:</source>
        <translation>Dossier:</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Request text</source>
        <translation>Tekst van het verzoek</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Antwoord</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reden</translation>
    </message>
    <message>
        <source>Fields of the legal basis</source>
        <translation>Velden van de rechtsgrond</translation>
    </message>
    <message>
        <source>Loan period</source>
        <translation>Uitleenperiode</translation>
    </message>
    <message>
        <source>Equipment</source>
        <translation>Materieel</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>Periode:</translation>
    </message>
    <message>
        <source>Equipment:</source>
        <translation>Materieel:</translation>
    </message>
    <message>
        <source>Loan</source>
        <translation>Uitlening</translation>
    </message>
    <message>
        <source>Details of the request</source>
        <translation>Gegevens van het verzoek</translation>
    </message>
    <message>
        <source>Su&amp;bmit for approval</source>
        <translation>Ter &amp;goedkeuring indienen</translation>
    </message>
    <message>
        <source>Submit the request for approval</source>
        <translation>Het verzoek ter goedkeuring indienen</translation>
    </message>
    <message>
        <source>Re&amp;vise</source>
        <translation>&amp;Herzien</translation>
    </message>
    <message>
        <source>Make the rejected request a draft again</source>
        <translation>Het afgewezen verzoek opnieuw een concept maken</translation>
    </message>
    <message>
        <source>&amp;Mark as sent…</source>
        <translation>Als verzonden &amp;markeren…</translation>
    </message>
    <message>
        <source>Mark the request as sent by another channel</source>
        <translation>Het verzoek markeren als verzonden via een ander kanaal</translation>
    </message>
    <message>
        <source>&amp;Record answer…</source>
        <translation>&amp;Antwoord registreren…</translation>
    </message>
    <message>
        <source>Record an answer received or given by another channel</source>
        <translation>Een antwoord registreren dat via een ander kanaal is ontvangen of gegeven</translation>
    </message>
    <message>
        <source>&amp;Answer with a signed package…</source>
        <translation>Beantwoorden met on&amp;dertekend pakket…</translation>
    </message>
    <message>
        <source>Answer the incoming request with a signed package</source>
        <translation>Het inkomende verzoek beantwoorden met een ondertekend pakket</translation>
    </message>
    <message>
        <source>Decl&amp;ine…</source>
        <translation>&amp;Weigeren…</translation>
    </message>
    <message>
        <source>Decline the incoming request</source>
        <translation>Het inkomende verzoek weigeren</translation>
    </message>
    <message>
        <source>C&amp;lose</source>
        <translation>Afs&amp;luiten</translation>
    </message>
    <message>
        <source>Close the request</source>
        <translation>Het verzoek afsluiten</translation>
    </message>
    <message>
        <source>&amp;Cancel request…</source>
        <translation>Verzoek ann&amp;uleren…</translation>
    </message>
    <message>
        <source>Cancel the request</source>
        <translation>Het verzoek annuleren</translation>
    </message>
    <message>
        <source>Export packa&amp;ge…</source>
        <translation>Pa&amp;kket exporteren…</translation>
    </message>
    <message>
        <source>Export the request as a signed package</source>
        <translation>Het verzoek exporteren als ondertekend pakket</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 [to be confirmed]</source>
        <translation>%1 [te bevestigen]</translation>
    </message>
    <message>
        <source>%1, by %2</source>
        <translation>%1, door %2</translation>
    </message>
    <message>
        <source>The article&apos;s number is still to be confirmed.</source>
        <translation>Het nummer van het artikel moet nog worden bevestigd.</translation>
    </message>
    <message>
        <source>&amp;Open case %1</source>
        <translation>Dossier %1 &amp;openen</translation>
    </message>
    <message>
        <source>Open case %1</source>
        <translation>Dossier %1 openen</translation>
    </message>
    <message>
        <source>No deadline</source>
        <translation>Geen termijn</translation>
    </message>
    <message>
        <source>Overdue since %1</source>
        <translation>Te laat sinds %1</translation>
    </message>
    <message>
        <source>Reason for the cancellation</source>
        <translation>Reden van de annulering</translation>
    </message>
    <message>
        <source>Reason for the rejection</source>
        <translation>Reden van de afwijzing</translation>
    </message>
    <message>
        <source>Earlier rejection</source>
        <translation>Eerdere afwijzing</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nee</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1:</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 tot %2</translation>
    </message>
    <message>
        <source>%1 × %2</source>
        <translation>%1 × %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>RequestTableModel</name>
    <message>
        <source>Reference</source>
        <translation>Referentie</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Richting</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Termijn</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>The list is ordered by due date, the earliest first.</source>
        <translation>De lijst is gesorteerd op termijn, de vroegste eerst.</translation>
    </message>
    <message>
        <source>Overdue since %1</source>
        <translation>Te laat sinds %1</translation>
    </message>
    <message>
        <source>Due within 24 hours, at %1</source>
        <translation>Verloopt binnen 24 uur, op %1</translation>
    </message>
</context>
<context>
    <name>RequestsChart</name>
    <message>
        <source>Requests per month chart</source>
        <translation>Grafiek van de verzoeken per maand</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Verzoeken</translation>
    </message>
    <message>
        <source>%1, %2: %3 of %4 requests</source>
        <translation>%1, %2: %3 van %4 verzoeken</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%1: %Ln request(s), all kinds</source>
        <translation>
            <numerusform>%1: %Ln verzoek, alle soorten</numerusform>
            <numerusform>%1: %Ln verzoeken, alle soorten</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%Ln request(s) from %1 to %2. The busiest month is %3 with %4. %5.</source>
        <translation>
            <numerusform>%Ln verzoek van %1 tot en met %2. De drukste maand is %3 met %4. %5.</numerusform>
            <numerusform>%Ln verzoeken van %1 tot en met %2. De drukste maand is %3 met %4. %5.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RequestsPage</name>
    <message>
        <source>Status filter</source>
        <translation>Statusfilter</translation>
    </message>
    <message>
        <source>All open</source>
        <translation>Alle lopende</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Alle statussen</translation>
    </message>
    <message>
        <source>Direction filter</source>
        <translation>Richtingfilter</translation>
    </message>
    <message>
        <source>Both directions</source>
        <translation>Beide richtingen</translation>
    </message>
    <message>
        <source>Outgoing</source>
        <translation>Uitgaand</translation>
    </message>
    <message>
        <source>Incoming</source>
        <translation>Inkomend</translation>
    </message>
    <message>
        <source>Partner agency code</source>
        <translation>Code van de partnerdienst</translation>
    </message>
    <message>
        <source>Partner code, e.g. NL-POL-LIM</source>
        <translation>Partnercode, bv. NL-POL-LIM</translation>
    </message>
    <message>
        <source>Search requests</source>
        <translation>Verzoeken zoeken</translation>
    </message>
    <message>
        <source>Search reference, title or text (Ctrl+F)</source>
        <translation>Zoeken op referentie, titel of tekst (Ctrl+F)</translation>
    </message>
    <message>
        <source>&amp;New request…</source>
        <translation>&amp;Nieuw verzoek…</translation>
    </message>
    <message>
        <source>File a new request</source>
        <translation>Een nieuw verzoek indienen</translation>
    </message>
    <message>
        <source>E&amp;xport package…</source>
        <translation>Pakket e&amp;xporteren…</translation>
    </message>
    <message>
        <source>Export the selected request as a signed package</source>
        <translation>Het geselecteerde verzoek exporteren als ondertekend pakket</translation>
    </message>
    <message>
        <source>Only an approved request is exported.</source>
        <translation>Alleen een goedgekeurd verzoek wordt geëxporteerd.</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Verzoeken</translation>
    </message>
    <message>
        <source>List scope</source>
        <translation>Omvang van de lijst</translation>
    </message>
    <message>
        <source>Number of requests</source>
        <translation>Aantal verzoeken</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fout</translation>
    </message>
    <message>
        <source>No requests match these filters.</source>
        <translation>Geen verzoeken voldoen aan deze filters.</translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation>&amp;Status</translation>
    </message>
    <message>
        <source>&amp;Direction</source>
        <translation>&amp;Richting</translation>
    </message>
    <message>
        <source>&amp;Partner</source>
        <translation>&amp;Partner</translation>
    </message>
    <message>
        <source>S&amp;earch</source>
        <translation>&amp;Zoeken</translation>
    </message>
    <message>
        <source>— the requests behind the dashboard figure; change a filter to leave it.</source>
        <translation>— de verzoeken achter het cijfer van het dashboard; wijzig een filter om deze selectie te verlaten.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Laden…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln request(s)</source>
        <translation>
            <numerusform>%Ln verzoek</numerusform>
            <numerusform>%Ln verzoeken</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReturnDialog</name>
    <message>
        <source>Loss of or damage to lent equipment is borne by the borrower: describe every damaged or lost item.</source>
        <translation>Verlies van of schade aan uitgeleend materieel komt voor rekening van de lener: beschrijf elk beschadigd of verloren voorwerp.</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Voorwerp</translation>
    </message>
    <message>
        <source>Condition</source>
        <translation>Staat</translation>
    </message>
    <message>
        <source>Damage or loss</source>
        <translation>Schade of verlies</translation>
    </message>
    <message>
        <source>Record the return of %1</source>
        <translation>Teruggave van %1 registreren</translation>
    </message>
    <message>
        <source>Record the return of loan %1</source>
        <translation>Teruggave van uitlening %1 registreren</translation>
    </message>
    <message>
        <source>Condition of %1</source>
        <translation>Staat van %1</translation>
    </message>
    <message>
        <source>Damage or loss of %1</source>
        <translation>Schade aan of verlies van %1</translation>
    </message>
    <message>
        <source>What is damaged or how it was lost</source>
        <translation>Wat beschadigd is of hoe het verloren ging</translation>
    </message>
    <message>
        <source>Inventory lines</source>
        <translation>Inventarisregels</translation>
    </message>
    <message>
        <source>Notes on the return</source>
        <translation>Opmerkingen bij de teruggave</translation>
    </message>
    <message>
        <source>Notes on the return:</source>
        <translation>Opmerkingen bij de teruggave:</translation>
    </message>
    <message>
        <source>What is missing</source>
        <translation>Wat ontbreekt</translation>
    </message>
    <message>
        <source>Record return</source>
        <translation>Teruggave registreren</translation>
    </message>
    <message>
        <source>Record the return</source>
        <translation>De teruggave registreren</translation>
    </message>
    <message>
        <source>Cancel the return</source>
        <translation>De teruggave annuleren</translation>
    </message>
    <message>
        <source>Describe every damaged or lost item.</source>
        <translation>Beschrijf elk beschadigd of verloren voorwerp.</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>Language of the interface; the system&apos;s language if it is one of them.</source>
        <translation>Taal van de interface; de taal van het systeem als die ertussen staat.</translation>
    </message>
    <message>
        <source>Lock the case file after this many minutes without input.</source>
        <translation>Het dossierbestand vergrendelen na dit aantal minuten zonder invoer.</translation>
    </message>
    <message>
        <source>Lock the case file when the computer&apos;s session is locked.</source>
        <translation>Het dossierbestand vergrendelen wanneer de sessie van de computer wordt vergrendeld.</translation>
    </message>
    <message>
        <source>Clear copied text from the clipboard after this many seconds.</source>
        <translation>Gekopieerde tekst na dit aantal seconden van het klembord wissen.</translation>
    </message>
    <message>
        <source>Light or dark appearance, or the system&apos;s.</source>
        <translation>Lichte of donkere weergave, of die van het systeem.</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation>Instellingen</translation>
    </message>
    <message>
        <source>Language and appearance</source>
        <translation>Taal en weergave</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Taal:</translation>
    </message>
    <message>
        <source>Same as the system</source>
        <translation>Zoals het systeem</translation>
    </message>
    <message>
        <source>Language of the interface</source>
        <translation>Taal van de interface</translation>
    </message>
    <message>
        <source>&amp;Appearance:</source>
        <translation>&amp;Weergave:</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Licht</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Donker</translation>
    </message>
    <message>
        <source>Light or dark appearance</source>
        <translation>Lichte of donkere weergave</translation>
    </message>
    <message>
        <source>Locking and the clipboard</source>
        <translation>Vergrendeling en klembord</translation>
    </message>
    <message>
        <source>Loc&amp;k after:</source>
        <translation>&amp;Vergrendelen na:</translation>
    </message>
    <message>
        <source> min without input</source>
        <translation> min zonder invoer</translation>
    </message>
    <message>
        <source>Minutes without input before the case file locks</source>
        <translation>Minuten zonder invoer voordat het dossierbestand wordt vergrendeld</translation>
    </message>
    <message>
        <source>Lock when the &amp;computer&apos;s session is locked</source>
        <translation>Vergrendelen wanneer de sessie van de &amp;computer wordt vergrendeld</translation>
    </message>
    <message>
        <source>Lock when the computer&apos;s session is locked</source>
        <translation>Vergrendelen wanneer de sessie van de computer wordt vergrendeld</translation>
    </message>
    <message>
        <source>Clear the clip&amp;board after:</source>
        <translation>&amp;Klembord wissen na:</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Seconds before copied text leaves the clipboard</source>
        <translation>Seconden voordat gekopieerde tekst van het klembord verdwijnt</translation>
    </message>
</context>
<context>
    <name>SubjectDialog</name>
    <message>
        <source>Add a person, vehicle or object</source>
        <translation>Een persoon, voertuig of voorwerp toevoegen</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Toevoegen</translation>
    </message>
    <message>
        <source>Person, vehicle or object</source>
        <translation>Persoon, voertuig of voorwerp</translation>
    </message>
    <message>
        <source>Name, plate or short description</source>
        <translation>Naam, kenteken of korte beschrijving</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Soort:</translation>
    </message>
    <message>
        <source>&amp;Name or plate:</source>
        <translation>&amp;Naam of kenteken:</translation>
    </message>
    <message>
        <source>&amp;Details:</source>
        <translation>&amp;Details:</translation>
    </message>
</context>
<context>
    <name>TaskDialog</name>
    <message>
        <source>Add a task</source>
        <translation>Een taak toevoegen</translation>
    </message>
    <message>
        <source>Add task</source>
        <translation>Taak toevoegen</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Taak</translation>
    </message>
    <message>
        <source>Due date and time</source>
        <translation>Datum en tijd van de termijn</translation>
    </message>
    <message>
        <source>&amp;No due date</source>
        <translation>&amp;Geen termijn</translation>
    </message>
    <message>
        <source>The task has no due date</source>
        <translation>De taak heeft geen termijn</translation>
    </message>
    <message>
        <source>&amp;Task:</source>
        <translation>&amp;Taak:</translation>
    </message>
    <message>
        <source>&amp;Due:</source>
        <translation>Ter&amp;mijn:</translation>
    </message>
</context>
<context>
    <name>TextDialog</name>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Terug</translation>
    </message>
    <message>
        <source>Close without changing the request</source>
        <translation>Sluiten zonder het verzoek te wijzigen</translation>
    </message>
</context>
<context>
    <name>UnlockWidget</name>
    <message>
        <source>Unlock %1</source>
        <translation>%1 ontgrendelen</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Lid</translation>
    </message>
    <message>
        <source>This is the demo case file: every member&apos;s passphrase is “%1”.</source>
        <translation>Dit is het demodossierbestand: de wachtwoordzin van elk lid is „%1”.</translation>
    </message>
    <message>
        <source>Quick unlock status</source>
        <translation>Status van snel ontgrendelen</translation>
    </message>
    <message>
        <source>← &amp;Other case file</source>
        <translation>← &amp;Ander dossierbestand</translation>
    </message>
    <message>
        <source>Back to the welcome screen</source>
        <translation>Terug naar het welkomstscherm</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Wachtwoordzin</translation>
    </message>
    <message>
        <source>Show the passphrase</source>
        <translation>De wachtwoordzin tonen</translation>
    </message>
    <message>
        <source>Hide the passphrase</source>
        <translation>De wachtwoordzin verbergen</translation>
    </message>
    <message>
        <source>&amp;Remember on this device</source>
        <translation>&amp;Onthouden op dit apparaat</translation>
    </message>
    <message>
        <source>Remember on this device (quick unlock, through the system keyring)</source>
        <translation>Onthouden op dit apparaat (snel ontgrendelen, via de sleutelhanger van het systeem)</translation>
    </message>
    <message>
        <source>The system keyring keeps a key for this case file, never your passphrase.</source>
        <translation>De sleutelhanger van het systeem bewaart een sleutel voor dit dossierbestand, nooit uw wachtwoordzin.</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>Ont&amp;grendelen</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Ontgrendelen</translation>
    </message>
    <message>
        <source>Use &amp;quick unlock</source>
        <translation>&amp;Snel ontgrendelen</translation>
    </message>
    <message>
        <source>&amp;Forgot the passphrase? Use the recovery code</source>
        <translation>Wachtwoordzin &amp;vergeten? Gebruik de herstelcode</translation>
    </message>
    <message>
        <source>Forgot the passphrase? Use the recovery code</source>
        <translation>Wachtwoordzin vergeten? Gebruik de herstelcode</translation>
    </message>
    <message>
        <source>Recovery code</source>
        <translation>Herstelcode</translation>
    </message>
    <message>
        <source>Show the recovery code</source>
        <translation>De herstelcode tonen</translation>
    </message>
    <message>
        <source>Hide the recovery code</source>
        <translation>De herstelcode verbergen</translation>
    </message>
    <message>
        <source>&amp;Set the new passphrase and unlock</source>
        <translation>&amp;Nieuwe wachtwoordzin instellen en ontgrendelen</translation>
    </message>
    <message>
        <source>Set the new passphrase and unlock</source>
        <translation>Nieuwe wachtwoordzin instellen en ontgrendelen</translation>
    </message>
    <message>
        <source>Ca&amp;ncel</source>
        <translation>Ann&amp;uleren</translation>
    </message>
    <message>
        <source>Back to the passphrase</source>
        <translation>Terug naar de wachtwoordzin</translation>
    </message>
    <message>
        <source>Unlock as %1 with quick unlock</source>
        <translation>Ontgrendelen als %1 met snel ontgrendelen</translation>
    </message>
    <message>
        <source>With the case file&apos;s recovery code, choose a new passphrase for %1.</source>
        <translation>Kies met de herstelcode van het dossierbestand een nieuwe wachtwoordzin voor %1.</translation>
    </message>
    <message>
        <source>Type the passphrase first.</source>
        <translation>Typ eerst de wachtwoordzin.</translation>
    </message>
    <message>
        <source>Deriving the key from the passphrase…</source>
        <translation>Sleutel wordt afgeleid uit de wachtwoordzin…</translation>
    </message>
    <message>
        <source>Unlocking with the key remembered on this device…</source>
        <translation>Ontgrendelen met de sleutel die op dit apparaat is onthouden…</translation>
    </message>
    <message>
        <source>Type the recovery code first.</source>
        <translation>Typ eerst de herstelcode.</translation>
    </message>
    <message>
        <source>Checking the recovery code and setting the new passphrase…</source>
        <translation>Herstelcode controleren en nieuwe wachtwoordzin instellen…</translation>
    </message>
    <message>
        <source>Remembering this device in the system keyring…</source>
        <translation>Dit apparaat wordt opgeslagen in de sleutelhanger van het systeem…</translation>
    </message>
    <message>
        <source>This device now remembers you: next time, use quick unlock.</source>
        <translation>Dit apparaat onthoudt u nu: gebruik de volgende keer snel ontgrendelen.</translation>
    </message>
    <message>
        <source>This device could not be remembered; the passphrase will be asked next time.</source>
        <translation>Dit apparaat kon niet worden onthouden; de volgende keer wordt de wachtwoordzin gevraagd.</translation>
    </message>
    <message>
        <source>The recovery code is not correct for this case file; nothing was changed.</source>
        <translation>De herstelcode is niet juist voor dit dossierbestand; er is niets gewijzigd.</translation>
    </message>
    <message>
        <source>The key remembered on this device no longer opens this case file; unlock with your passphrase.</source>
        <translation>De sleutel die op dit apparaat is onthouden, opent dit dossierbestand niet meer; ontgrendel met uw wachtwoordzin.</translation>
    </message>
    <message>
        <source>The passphrase is not correct for %1.</source>
        <translation>De wachtwoordzin is niet juist voor %1.</translation>
    </message>
    <message>
        <source>This case file is damaged and cannot be opened. Run “casedesk check” on a copy, or restore the latest backup.</source>
        <translation>Dit dossierbestand is beschadigd en kan niet worden geopend. Voer „casedesk check” uit op een kopie, of zet de laatste back-up terug.</translation>
    </message>
    <message>
        <source>This case file was made by a newer version of Benelux Case Desk; update the application to open it.</source>
        <translation>Dit dossierbestand is gemaakt met een nieuwere versie van Benelux Case Desk; werk de toepassing bij om het te openen.</translation>
    </message>
    <message>
        <source>This case file is already open in another window or program; close it there first.</source>
        <translation>Dit dossierbestand is al geopend in een ander venster of programma; sluit het daar eerst.</translation>
    </message>
    <message>
        <source>There is no case file at %1.</source>
        <translation>Er is geen dossierbestand op %1.</translation>
    </message>
    <message>
        <source>%1 is not a Benelux Case Desk case file.</source>
        <translation>%1 is geen dossierbestand van Benelux Case Desk.</translation>
    </message>
    <message>
        <source>Unlocking</source>
        <translation>Bezig met ontgrendelen</translation>
    </message>
    <message>
        <source>&amp;Member:</source>
        <translation>&amp;Lid:</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fout</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Wachtwoordzin:</translation>
    </message>
    <message>
        <source>Recovery &amp;code:</source>
        <translation>&amp;Herstelcode:</translation>
    </message>
    <message>
        <source>The case file could not be opened.</source>
        <translation>Het dossierbestand kon niet worden geopend.</translation>
    </message>
</context>
<context>
    <name>ValidationReport</name>
    <message>
        <source>Valid: the package is intact and its signer is trusted.</source>
        <translation>Geldig: het pakket is intact en de ondertekenaar wordt vertrouwd.</translation>
    </message>
    <message>
        <source>Not confirmed: nothing is broken, but the signer cannot be trusted yet.</source>
        <translation>Niet bevestigd: er is niets beschadigd, maar de ondertekenaar kan nog niet worden vertrouwd.</translation>
    </message>
    <message>
        <source>Invalid: the package was changed or is damaged. Do not use it.</source>
        <translation>Ongeldig: het pakket is gewijzigd of beschadigd. Gebruik het niet.</translation>
    </message>
    <message>
        <source>No certificate in your trust store vouches for the signer&apos;s certificate.</source>
        <translation>Geen enkel certificaat in uw vertrouwensopslag staat in voor het certificaat van de ondertekenaar.</translation>
    </message>
    <message>
        <source>The signer&apos;s certificate is not pinned for agency %1: add %1&apos;s CA certificate under Agencies and trust, after checking its fingerprint with them by phone.</source>
        <translation>Het certificaat van de ondertekenaar is niet vastgepind voor dienst %1: voeg het CA-certificaat van %1 toe onder Diensten en vertrouwen, nadat u de vingerafdruk ervan telefonisch met hen hebt gecontroleerd.</translation>
    </message>
    <message>
        <source>The signer&apos;s certificate is trusted, but for another agency than the one the package names, or it may not be used for signing.</source>
        <translation>Het certificaat van de ondertekenaar wordt vertrouwd, maar voor een andere dienst dan die in het pakket, of het mag niet worden gebruikt om te ondertekenen.</translation>
    </message>
    <message>
        <source>The signer&apos;s certificate is not pinned for agency %1: add it under Agencies and trust only if %1 confirms that this person signs for them.</source>
        <translation>Het certificaat van de ondertekenaar is niet vastgepind voor dienst %1: voeg het alleen toe onder Diensten en vertrouwen als %1 bevestigt dat deze persoon namens hen ondertekent.</translation>
    </message>
    <message>
        <source>The signer&apos;s certificate has expired, and nothing proves the signature was made before.</source>
        <translation>Het certificaat van de ondertekenaar is verlopen, en niets bewijst dat de handtekening daarvoor is gezet.</translation>
    </message>
    <message>
        <source>Ask %1 to sign the package again with a valid certificate.</source>
        <translation>Vraag %1 het pakket opnieuw te ondertekenen met een geldig certificaat.</translation>
    </message>
    <message>
        <source>The signer&apos;s certificate was not yet valid at the time checked.</source>
        <translation>Het certificaat van de ondertekenaar was op het gecontroleerde tijdstip nog niet geldig.</translation>
    </message>
    <message>
        <source>Check this computer&apos;s clock, then ask %1 to check theirs.</source>
        <translation>Controleer de klok van deze computer en vraag %1 daarna de hunne te controleren.</translation>
    </message>
    <message>
        <source>The signature claims to be made in the future.</source>
        <translation>De handtekening beweert in de toekomst te zijn gezet.</translation>
    </message>
    <message>
        <source>Ask %1 to check their computer&apos;s clock and send the package again.</source>
        <translation>Vraag %1 de klok van hun computer te controleren en het pakket opnieuw te verzenden.</translation>
    </message>
    <message>
        <source>A file in the package was changed after it was signed.</source>
        <translation>Een bestand in het pakket is gewijzigd nadat het werd ondertekend.</translation>
    </message>
    <message>
        <source>Do not use it: ask %1 to send the package again, by another channel if you can.</source>
        <translation>Gebruik het niet: vraag %1 het pakket opnieuw te verzenden, indien mogelijk via een ander kanaal.</translation>
    </message>
    <message>
        <source>A signature does not match what it signs: it was damaged or forged.</source>
        <translation>Een handtekening komt niet overeen met wat ze ondertekent: ze is beschadigd of vervalst.</translation>
    </message>
    <message>
        <source>The file is not a well-formed request package, or it is damaged.</source>
        <translation>Het bestand is geen correct opgebouwd pakket met een verzoek, of het is beschadigd.</translation>
    </message>
    <message>
        <source>Check that this is the package you expected; if it is, ask the sender to send it again.</source>
        <translation>Controleer of dit het verwachte pakket is; zo ja, vraag de afzender het opnieuw te verzenden.</translation>
    </message>
    <message>
        <source>A file in the package is not covered by any signature, or a signed file is missing.</source>
        <translation>Een bestand in het pakket valt onder geen enkele handtekening, of een ondertekend bestand ontbreekt.</translation>
    </message>
    <message>
        <source>Do not use it: ask the sender to send the package again.</source>
        <translation>Gebruik het niet: vraag de afzender het pakket opnieuw te verzenden.</translation>
    </message>
    <message>
        <source>The signature does not carry the signer&apos;s certificate.</source>
        <translation>De handtekening bevat het certificaat van de ondertekenaar niet.</translation>
    </message>
    <message>
        <source>Ask %1 to sign again so that the signature includes their certificate.</source>
        <translation>Vraag %1 opnieuw te ondertekenen zodat de handtekening hun certificaat bevat.</translation>
    </message>
    <message>
        <source>The verifier reported %1.</source>
        <translation>De verificatie meldde: %1.</translation>
    </message>
    <message>
        <source>Do not import it; ask the sender to send the package again.</source>
        <translation>Importeer het niet; vraag de afzender het pakket opnieuw te verzenden.</translation>
    </message>
    <message>
        <source>the sender</source>
        <translation>de afzender</translation>
    </message>
    <message>
        <source>You can import it: it will be filed in this case file as it was signed.</source>
        <translation>U kunt het importeren: het wordt in dit dossierbestand opgenomen zoals het is ondertekend.</translation>
    </message>
</context>
<context>
    <name>VerifyDialog</name>
    <message>
        <source>Package %1</source>
        <translation>Pakket %1</translation>
    </message>
    <message>
        <source>Verify the package %1</source>
        <translation>Het pakket %1 verifiëren</translation>
    </message>
    <message>
        <source>Reading the package…</source>
        <translation>Pakket wordt gelezen…</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Oordeel</translation>
    </message>
    <message>
        <source>What the verifier found</source>
        <translation>Wat de verificatie heeft gevonden</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>Wat te doen</translation>
    </message>
    <message>
        <source>The package is encrypted</source>
        <translation>Het pakket is versleuteld</translation>
    </message>
    <message>
        <source>Decryption key file</source>
        <translation>Bestand van de ontsleutelingssleutel</translation>
    </message>
    <message>
        <source>Choose the &amp;decryption key…</source>
        <translation>&amp;Ontsleutelingssleutel kiezen…</translation>
    </message>
    <message>
        <source>Choose your agency&apos;s decryption key (PKCS#12)</source>
        <translation>De ontsleutelingssleutel van uw dienst kiezen (PKCS#12)</translation>
    </message>
    <message>
        <source>Password of the decryption key</source>
        <translation>Wachtwoord van de ontsleutelingssleutel</translation>
    </message>
    <message>
        <source>Decrypt and &amp;verify</source>
        <translation>Ontsleutelen en &amp;verifiëren</translation>
    </message>
    <message>
        <source>Decrypt the package and verify it</source>
        <translation>Het pakket ontsleutelen en verifiëren</translation>
    </message>
    <message>
        <source>Key file:</source>
        <translation>Sleutelbestand:</translation>
    </message>
    <message>
        <source>Key &amp;password:</source>
        <translation>&amp;Wachtwoord van de sleutel:</translation>
    </message>
    <message>
        <source>What the package says</source>
        <translation>Wat het pakket vermeldt</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>Soort:</translation>
    </message>
    <message>
        <source>From agency:</source>
        <translation>Van dienst:</translation>
    </message>
    <message>
        <source>To agency:</source>
        <translation>Aan dienst:</translation>
    </message>
    <message>
        <source>Request reference:</source>
        <translation>Referentie van het verzoek:</translation>
    </message>
    <message>
        <source>In reply to:</source>
        <translation>Antwoord op:</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>Titel:</translation>
    </message>
    <message>
        <source>SHA-256 of the file:</source>
        <translation>SHA-256 van het bestand:</translation>
    </message>
    <message>
        <source>Signatures: who signed, for which agency, when</source>
        <translation>Handtekeningen: wie heeft ondertekend, voor welke dienst, wanneer</translation>
    </message>
    <message>
        <source>Files inside the package</source>
        <translation>Bestanden in het pakket</translation>
    </message>
    <message>
        <source>Si&amp;gnatures:</source>
        <translation>&amp;Handtekeningen:</translation>
    </message>
    <message>
        <source>&amp;Files inside:</source>
        <translation>&amp;Bestanden in het pakket:</translation>
    </message>
    <message>
        <source>Import result</source>
        <translation>Resultaat van de import</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fout</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importeren</translation>
    </message>
    <message>
        <source>Import the package into this case file</source>
        <translation>Het pakket in dit dossierbestand importeren</translation>
    </message>
    <message>
        <source>Verify a&amp;gain</source>
        <translation>Opnieuw ve&amp;rifiëren</translation>
    </message>
    <message>
        <source>Verify the package again, after changing the trust store</source>
        <translation>Het pakket opnieuw verifiëren, na een wijziging van de vertrouwensopslag</translation>
    </message>
    <message>
        <source>Close the package dialog</source>
        <translation>Het pakketvenster sluiten</translation>
    </message>
    <message>
        <source>This package is encrypted: choose your agency&apos;s decryption key to verify it.</source>
        <translation>Dit pakket is versleuteld: kies de ontsleutelingssleutel van uw dienst om het te verifiëren.</translation>
    </message>
    <message>
        <source>Choose your agency&apos;s decryption key first.</source>
        <translation>Kies eerst de ontsleutelingssleutel van uw dienst.</translation>
    </message>
    <message>
        <source>Verifying the package…</source>
        <translation>Pakket wordt geverifieerd…</translation>
    </message>
    <message>
        <source>The package from %1 is intact and signed by %2, whose certificates you trust.</source>
        <translation>Het pakket van %1 is ongeschonden en ondertekend door %2, wiens certificaten u vertrouwt.</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>An answer to one of our requests</source>
        <translation>Een antwoord op een van onze verzoeken</translation>
    </message>
    <message>
        <source>A request to us</source>
        <translation>Een verzoek aan ons</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>no signing time</source>
        <translation>geen ondertekeningstijd</translation>
    </message>
    <message>
        <source>no agency you trust</source>
        <translation>geen dienst die u vertrouwt</translation>
    </message>
    <message>
        <source>%1 — trusted for %2 — signed %3</source>
        <translation>%1 — vertrouwd voor %2 — ondertekend: %3</translation>
    </message>
    <message>
        <source>%1
%2</source>
        <translation>%1
%2</translation>
    </message>
    <message>
        <source>exactly as signed.</source>
        <translation>precies zoals ondertekend.</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Importing the package…</source>
        <translation>Pakket wordt geïmporteerd…</translation>
    </message>
    <message>
        <source>This file cannot be verified.</source>
        <translation>Dit bestand kan niet worden geverifieerd.</translation>
    </message>
</context>
<context>
    <name>WelcomeWidget</name>
    <message>
        <source>Benelux Case Desk</source>
        <translation>Benelux Case Desk</translation>
    </message>
    <message>
        <source>Cross-border cases, requests and loans of the Benelux police services, kept in an encrypted case file.</source>
        <translation>Grensoverschrijdende dossiers, verzoeken en uitleningen van de politiediensten van de Benelux, bewaard in een versleuteld dossierbestand.</translation>
    </message>
    <message>
        <source>&amp;Recent case files:</source>
        <translation>&amp;Recente dossierbestanden:</translation>
    </message>
    <message>
        <source>Recent case files</source>
        <translation>Recente dossierbestanden</translation>
    </message>
    <message>
        <source>No recent case files — create one, open one, or try the demo.</source>
        <translation>Geen recente dossierbestanden — maak er een aan, open er een of probeer de demo.</translation>
    </message>
    <message>
        <source>O&amp;pen selected</source>
        <translation>Selectie o&amp;penen</translation>
    </message>
    <message>
        <source>Open the selected recent case file</source>
        <translation>Het geselecteerde recente dossierbestand openen</translation>
    </message>
    <message>
        <source>Re&amp;move from list</source>
        <translation>Uit de lijst &amp;verwijderen</translation>
    </message>
    <message>
        <source>Remove the selected case file from the recent list</source>
        <translation>Het geselecteerde dossierbestand uit de lijst van recente bestanden verwijderen</translation>
    </message>
    <message>
        <source>&amp;Create a case file…</source>
        <translation>Dossierbestand &amp;aanmaken…</translation>
    </message>
    <message>
        <source>Create a case file</source>
        <translation>Een dossierbestand aanmaken</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Openen…</translation>
    </message>
    <message>
        <source>Open a case file</source>
        <translation>Een dossierbestand openen</translation>
    </message>
    <message>
        <source>Open the &amp;demo</source>
        <translation>De &amp;demo openen</translation>
    </message>
    <message>
        <source>Open the demo case file</source>
        <translation>Het demodossierbestand openen</translation>
    </message>
    <message>
        <source>The demo holds invented cases; its passphrase is “%1”. Never use it for real cases.</source>
        <translation>De demo bevat verzonnen dossiers; de wachtwoordzin is „%1”. Gebruik hem nooit voor echte dossiers.</translation>
    </message>
    <message>
        <source>Preparing the demo case file</source>
        <translation>Het demodossierbestand wordt voorbereid</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fout</translation>
    </message>
    <message>
        <source>%1 — not found</source>
        <translation>%1 — niet gevonden</translation>
    </message>
    <message>
        <source>%1 was not found; remove it from the list, or open it where it is now.</source>
        <translation>%1 is niet gevonden; verwijder het uit de lijst, of open het op de plaats waar het nu staat.</translation>
    </message>
    <message>
        <source>Choose a case-file folder: its name ends in .casedesk.</source>
        <translation>Kies de map van een dossierbestand: de naam eindigt op .casedesk.</translation>
    </message>
    <message>
        <source>There is no case file at %1.</source>
        <translation>Er is geen dossierbestand op %1.</translation>
    </message>
    <message>
        <source>Making the demo case file; this takes a few seconds the first time…</source>
        <translation>Het demodossierbestand wordt aangemaakt; de eerste keer duurt dit enkele seconden…</translation>
    </message>
    <message>
        <source>The demo case file could not be made.</source>
        <translation>Het demodossierbestand kon niet worden aangemaakt.</translation>
    </message>
</context>
</TS>
