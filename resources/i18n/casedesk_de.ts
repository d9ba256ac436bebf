<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>AgenciesPage</name>
    <message>
        <source>Member</source>
        <translation type="unfinished">Mitglied</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHA-256 fingerprint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No member has a signing certificate yet — import yours with Import PKCS#12… to sign request packages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Belgium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Netherlands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Luxembourg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Germany</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>France</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Police</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Joint centre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Military police</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Administrative authority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expired on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expires today (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not valid before %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer *.der *.p7b *.p7c);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PKCS#12 files (*.p12 *.pfx);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agencies and trust</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reload the agencies and certificates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Partner agencies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;My signing credentials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished">Fehler</translation>
    </message>
    <message>
        <source>Certificate of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate is pinned to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 certificates are pinned to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing new: this certificate is already in the trust store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing new: these certificates are already in the trust store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove a pinned certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove %1 from the trust store of %2? Packages signed under it will no longer be trusted.

SHA-256 %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the certificate from the trust store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate was removed from %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your signing certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing certificate of %1 imported: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pinned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Languages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>24/7 contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No certificate is pinned to this agency: its signed packages cannot be verified.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AlmanacPage</name>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Posting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Languages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The almanac is empty — import a CSV file of liaison officers with Import CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No liaison officer matches “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Liaison officers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import liaison officers from a CSV file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the almanac to a CSV file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the almanac</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name, agency, posting, region, language…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of officers shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Liaison officers found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished">Fehler</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy &amp;phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the officer&apos;s phone number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy &amp;e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the officer&apos;s e-mail address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the first %1 officers — narrow the search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 officer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 officers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The phone number of %1 is on the clipboard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The e-mail address of %1 is on the clipboard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import liaison officers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was imported: every line was rejected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was imported: the file lists no officers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import finished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the almanac</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The whole almanac will be written to a CSV file that is not encrypted: anyone who gets hold of it can read every officer&apos;s name, phone number and e-mail address. Keep it on an encrypted drive and delete it when it is no longer needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the almanac unencrypted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>almanac.csv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The almanac was written, unencrypted, to %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AnswerDialog</name>
    <message>
        <source>Answer %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer request %1 with a signed package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why this request cannot be answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer goes to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Encrypt for the partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encrypt the answer for the partner agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text of the answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;nswer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File the answer package is written to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose where to write the answer package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign and &amp;write</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign the answer package and write it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the answer dialog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be answered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the answer to %1 again — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer %1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing and writing the answer…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AnswersChart</name>
    <message>
        <source>Urgent, directly accessible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Urgent, indirectly accessible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Urgent observation, from the crossing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer times chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time to answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2/%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answered in time, per partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2: %3 of %4 in time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Late</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>late by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2, %3): answered %4 after %5; deadline %6; %7</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 of %3 answers in time (%4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 of %3 answers late (%4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln answered request(s) with a legal deadline; %1 in time (%2), %3 late.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The latest %1 of %2 answers are drawn; the counts include them all.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ApprovalsPage</name>
    <message>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filed by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legal basis:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Urgency:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submitted by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your own — another supervisor must decide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No requests are waiting for approval.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only supervisors approve requests.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests waiting for approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of requests waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reload the requests waiting for approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished">Fehler</translation>
    </message>
    <message>
        <source>Request text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Approve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve the selected request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reject…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reject the selected request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln request(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>the first %1 of %2 requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (you)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 [to be confirmed]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 approved. Sign it with your certificate now, or later from Requests.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 rejected.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AttachmentViewer</name>
    <message>
        <source>Attachment %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Content of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why it cannot be shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Previous page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the viewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a kind of file this app cannot show (%2). Save a decrypted copy to open it elsewhere.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF files cannot be shown: the PDF renderer is not installed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a readable PDF file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1 could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no pages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditPage</name>
    <message>
        <source>#</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member</source>
        <translation type="unfinished">Mitglied</translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entity id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit log has no entries.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Verify again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verify the audit log again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sign the log&apos;s head…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign the head of the audit log with your certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign the newest entry with your signing certificate: a log later cut short is detected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sa&amp;ve the signed head…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the newest signed head to a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the newest signed head outside the case file: casedesk audit verify --anchor then detects a truncation even if the signed heads inside were deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit log verification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter the entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member, action, entity…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F&amp;ilter:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of entries shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Newest audit log entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verifying the audit log…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verifying the audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished">Fehler</translation>
    </message>
    <message>
        <source>Last action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the signed head</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed heads (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signed head of entry %1 was saved as %2; keep it outside the case file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign the log&apos;s head</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password of your signing certificate (empty: the one remembered on this computer):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password of your signing certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit log intact: %1 entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit log BROKEN: %1 entries, cut short or rewritten below a signed head.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit log BROKEN: %1 entries, the chain does not verify.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>… and %1 more (run `casedesk check`).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its head was never signed: a log cut short would not be noticed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Head signed at entry %1 by %2, %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new signature is due: a supervisor&apos;s next package signs it, or sign it here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of the newest %2 entries match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the newest %1 entries</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BorderMap</name>
    <message>
        <source>Belgium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Netherlands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Luxembourg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Germany</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>France</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>United Kingdom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Borders: Natural Earth (public domain)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>W</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1°%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>North Sea</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notified in time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notified late</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not notified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule: notify at the latest on crossing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule: notify within %1 hours of crossing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h %2 min %3 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Crossed at: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delay: the host was not notified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delay: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished">%1 (%2)</translation>
    </message>
    <message>
        <source>Approximate position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>… and %1 more here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1° %2, %3° %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nearest crossing point: %1 (%2), %3 km away (approximate position)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BorderMapPage</name>
    <message>
        <source>Kind of case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pursuits and observations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pursuits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Observations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First crossing from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First crossing until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reload the map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Crossed &amp;from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;ick on the map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick a place on the map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>While this is on, a click on the map picks that place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom out (−)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom in (+)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the whole region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the whole region (Home)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the map as a PNG or SVG image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No crossings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of crossings shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Picked place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished">Fehler</translation>
    </message>
    <message>
        <source>any day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner agency code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code or its start, e.g. NL-</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The period starts after it ends.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No border crossing with a position matches the filters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No border crossing with a position in this case file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln crossing(s) shown</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The first %1 crossings are shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click the map to pick a place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Picked: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the border map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>border-map.png</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG image (*.svg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The map was saved as %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseActions</name>
    <message>
        <source>The case file is locked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case %1 opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Crossed the border at…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Crossed the border</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host notified at…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host notified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 recorded at %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person, vehicle or object added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task marked done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request %1 linked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close case %1? It leaves the list of open cases; its timeline, notes and attachments stay in the case file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case %1 closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This case is closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 file attached, stored encrypted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 files attached, stored encrypted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The copy of %1 (handling code %2) will be written to disk UNENCRYPTED, outside the case file: anyone who can read that folder can read it. Saving it is recorded in the audit log. Save a decrypted copy?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a decrypted copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose where to save…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decrypted copy of %1 saved to %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseDetail</name>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name or plate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handling code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>← &amp;Back to the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the list of cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close case…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close this case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parts of the case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print / save as PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print this case or save it as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the case summary with its timeline, or save it as PDF (Ctrl+P)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print or save as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation type="unfinished">&amp;Drucken…</translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Facts of the case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeline, oldest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Crossed the &amp;border at…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record the border crossing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Host notified at…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record when the host was notified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;event…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an event to the timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Persons, vehicles and objects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;person or vehicle…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a person, vehicle or object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;note…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;task…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Mark done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark the selected task done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Linked requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Link a request…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link an existing request to this case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the selected request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attachments (drop files here to attach them)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handling code of files attached next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Attach files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach files to this case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>View the selected attachment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save a decrypted copy…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a decrypted copy of the selected attachment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drop files on the list to attach them; they are stored encrypted in the case file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New files: &amp;handling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;imeline (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeline chart (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Persons and &amp;vehicles (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;otes (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tas&amp;ks (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Requests (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach&amp;ments (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No summary.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue since %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This case is closed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseDetails</name>
    <message>
        <source>Started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Crossing point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Crossed the border</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host notified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handed over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vehicles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Urgent observation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authorisation reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authorised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extensions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leaders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>States of operation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nature of the assistance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreed on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>until %1, agreed on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CasePrinting</name>
    <message>
        <source>Save the case as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case could not be saved to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case %1 saved as PDF to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case could not be printed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Case %1 sent to the printer: %n page(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CaseReportWriter</name>
    <message>
        <source>Page %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printed on %1 by %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printed on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Most restrictive handling code in this case: %1. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No events recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Author</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No open tasks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseTimelineView</name>
    <message>
        <source>Timeline chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case&apos;s events in lanes per agency over time, and its linked requests with their deadlines.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time zone of the chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The zone whose clocks the time axis and the cursor show.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Times &amp;in:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom out (−)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom in (+)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit the whole timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show every event and request (Home)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeline chart of the case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wheel or + and − zoom; drag or Left and Right pan; Home fits everything; Shift with Left and Right moves the cursor; Tab moves between events; Enter or a click opens an event.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selected event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Linked requests not drawn (their dates were not loaded): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This case has no events yet. Events added on the Timeline tab appear here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No case is shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local time in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests</source>
        <translation type="unfinished">Ersuchen</translation>
    </message>
    <message>
        <source>No event selected: Tab selects the first, a click opens one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selected: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2, %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadline: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answered: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click to open the request.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CasesPage</name>
    <message>
        <source>Attach files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a decrypted copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln case(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Partner agency code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code or its start, e.g. NL-</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search reference, title or summary (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New case…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a new case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a new case (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reload the cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;earch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of cases shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List scope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished">Fehler</translation>
    </message>
    <message>
        <source>— the cases behind the dashboard figure; change a filter to leave it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The newest %1 cases; narrow the filters to see others.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No open cases — create one with New case.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No cases match these filters.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CertificateExpiry</name>
    <message numerus="yes">
        <source>Expires in %Ln day(s) (%1)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChartPanel</name>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the chart: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save this chart as a PNG image or an SVG drawing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as &amp;PNG image…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as &amp;SVG drawing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About this chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value under the pointer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Point at a bar or a point for its exact value; click it (or select it with the arrow keys and press Enter) to open the list behind it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Choosers</name>
    <message>
        <source>Open a case file (a folder ending in .casedesk)</source>
        <translation>Eine Falldatei öffnen (ein Ordner, dessen Name auf .casedesk endet)</translation>
    </message>
    <message>
        <source>Where to keep the new case file</source>
        <translation>Wo die neue Falldatei aufbewahrt wird</translation>
    </message>
    <message>
        <source>Agency escrow certificate</source>
        <translation>Hinterlegungszertifikat der Dienststelle</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer *.der);;All files (*)</source>
        <translation>Zertifikate (*.pem *.crt *.cer *.der);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Save the recovery code</source>
        <translation>Den Wiederherstellungscode speichern</translation>
    </message>
    <message>
        <source>Text files (*.txt)</source>
        <translation>Textdateien (*.txt)</translation>
    </message>
</context>
<context>
    <name>CreateCaseFileDialog</name>
    <message>
        <source>Create a case file</source>
        <translation>Eine Falldatei erstellen</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Zurück</translation>
    </message>
    <message>
        <source>Back to the previous step</source>
        <translation>Zurück zum vorigen Schritt</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Weiter</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Nächster Schritt</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>&amp;Fertigstellen</translation>
    </message>
    <message>
        <source>Finish and go to the unlock screen</source>
        <translation>Fertigstellen und zum Entsperrbildschirm wechseln</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Cancel creating a case file</source>
        <translation>Das Erstellen der Falldatei abbrechen</translation>
    </message>
    <message>
        <source>A case file is an encrypted folder ending in .casedesk. Keep it where your service&apos;s backups reach it.</source>
        <translation>Eine Falldatei ist ein verschlüsselter Ordner, dessen Name auf .casedesk endet. Bewahren Sie sie dort auf, wo die Sicherungen Ihrer Dienststelle sie erfassen.</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Ordner</translation>
    </message>
    <message>
        <source>B&amp;rowse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <source>Choose the folder</source>
        <translation>Den Ordner auswählen</translation>
    </message>
    <message>
        <source>File name</source>
        <translation>Dateiname</translation>
    </message>
    <message>
        <source>for example: pursuits-2026</source>
        <translation>zum Beispiel: nacheilen-2026</translation>
    </message>
    <message>
        <source>Your agency</source>
        <translation>Ihre Dienststelle</translation>
    </message>
    <message>
        <source>(choose later)</source>
        <translation>(später auswählen)</translation>
    </message>
    <message>
        <source>%1 — %2 (%3)</source>
        <translation>%1 — %2 (%3)</translation>
    </message>
    <message>
        <source>F&amp;older:</source>
        <translation>&amp;Ordner:</translation>
    </message>
    <message>
        <source>File &amp;name:</source>
        <translation>Datei&amp;name:</translation>
    </message>
    <message>
        <source>Your &amp;agency:</source>
        <translation>Ihre Dienst&amp;stelle:</translation>
    </message>
    <message>
        <source>&amp;Certificate:</source>
        <translation>Zer&amp;tifikat:</translation>
    </message>
    <message>
        <source>Optional: your agency&apos;s escrow certificate lets the holder of its private key open this case file when no member can. Ask your administrator for the certificate file (PEM).</source>
        <translation>Optional: Mit dem Hinterlegungszertifikat Ihrer Dienststelle kann der Inhaber des zugehörigen privaten Schlüssels diese Falldatei öffnen, wenn kein Mitglied es kann. Fragen Sie Ihren Administrator nach der Zertifikatsdatei (PEM).</translation>
    </message>
    <message>
        <source>Escrow certificate file</source>
        <translation>Datei des Hinterlegungszertifikats</translation>
    </message>
    <message>
        <source>no escrow certificate</source>
        <translation>kein Hinterlegungszertifikat</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>&amp;Auswählen…</translation>
    </message>
    <message>
        <source>Choose the escrow certificate</source>
        <translation>Das Hinterlegungszertifikat auswählen</translation>
    </message>
    <message>
        <source>Creating the case file and protecting each passphrase; this takes a few seconds…</source>
        <translation>Die Falldatei wird erstellt und jede Passphrase geschützt; das dauert einige Sekunden…</translation>
    </message>
    <message>
        <source>Creating the case file</source>
        <translation>Falldatei wird erstellt</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>&amp;Erstellen</translation>
    </message>
    <message>
        <source>The case file will be %1</source>
        <translation>Die Falldatei wird %1</translation>
    </message>
    <message>
        <source>Choose a folder and a name.</source>
        <translation>Wählen Sie einen Ordner und einen Namen.</translation>
    </message>
    <message>
        <source>Choose an existing folder for the case file.</source>
        <translation>Wählen Sie einen vorhandenen Ordner für die Falldatei.</translation>
    </message>
    <message>
        <source>Give the case file a name.</source>
        <translation>Geben Sie der Falldatei einen Namen.</translation>
    </message>
    <message>
        <source>A file name cannot contain / \ or : nor start with a dot.</source>
        <translation>Ein Dateiname darf weder / \ noch : enthalten und nicht mit einem Punkt beginnen.</translation>
    </message>
    <message>
        <source>%1 already exists; choose another name.</source>
        <translation>%1 existiert bereits; wählen Sie einen anderen Namen.</translation>
    </message>
    <message>
        <source>There is no certificate file at %1.</source>
        <translation>Unter %1 gibt es keine Zertifikatsdatei.</translation>
    </message>
    <message>
        <source>The case file could not be created.</source>
        <translation>Die Falldatei konnte nicht erstellt werden.</translation>
    </message>
</context>
<context>
    <name>CredentialsPanel</name>
    <message>
        <source>A supervisor signs the request packages they approved with their own certificate (a PKCS#12 file from their agency&apos;s PKI). Each member imports their own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members&apos; signing certificates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your signing certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import PKCS#12…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import your signing certificate from a PKCS#12 file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (you)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, you have no signing certificate in this case file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your certificate: %1 — %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CrossingsModel</name>
    <message>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Crossed at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CrossingsTable</name>
    <message>
        <source>Border crossings on the map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Up and Down select a crossing and show it on the map; Enter opens its case.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Dashboard</name>
    <message>
        <source>%1%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 d</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <source>Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reload the dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print / save as PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the dashboard or save it as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation type="unfinished">&amp;Drucken…</translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests per month, by kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer times against the legal deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Equipment loans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group the loans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Per partner agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Per equipment type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notifying the host after crossing the border</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dashboard charts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished">Fehler</translation>
    </message>
    <message>
        <source>No requests in this period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No answered requests with a legal answer deadline in this period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No pursuit or observation crossed the border in this period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No loans out, due, overdue or returned lost or damaged in this period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the chart as a PNG image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the chart as an SVG drawing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SVG drawings (*.svg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chart saved to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Figures as of %1; loans out are counted at that moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printed on %1, %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dashboard — Benelux Case Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the dashboard as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The dashboard could not be saved to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dashboard saved to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The dashboard could not be printed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dashboard sent to the printer.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeadlineView</name>
    <message>
        <source>Deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This deadline comes from general knowledge or is applied by analogy: to be confirmed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadline to be confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln hour(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln day(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No deadline follows from this legal basis.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due back at the end of the loan period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The deadline starts when the request is sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer due by %1 (%2) if it is sent now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer due by %1 (%2 from receipt).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the observation by %1 unless authorised (%2 after the crossing).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notify the host authority by %1, at the latest on crossing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notify the host authority before crossing, by %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Equipment due back by %1 (end of the loan period).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due by %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DetailsForm</name>
    <message>
        <source>A case of this kind has no kind-specific details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Separate them with commas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EventDialog</name>
    <message>
        <source>Add to timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind of event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time zone of the time entered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date and time of the event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. A2 at Maastricht-Noord</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agency code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional, e.g. NL-POLITIE-LIMBURG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Event:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;When:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time &amp;zone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Location:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Agency:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Position of the event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick on &amp;map…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick the position on the map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear the position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Po&amp;sition:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No position</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EventsTime</name>
    <message>
        <source>Time zone of the time of the events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The zone of the clock the time was read on; the day of the events is the day there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date and time of the events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decides which treaty applies: the 2004 treaty before 1 October 2023, the 2018 treaty from then.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export request %1 as a signed package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why this request cannot be exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recipient agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Encrypt for the recipient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encrypt the package for the recipient agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encryption certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recipient:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encryption:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attachments of the case to send with the request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request&apos;s case has no attachments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Override the handling codes and send what they hold back (recorded in the audit log)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Override the handling codes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attachments offered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What goes in the package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the handling codes hold back, with the reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goes &amp;in:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Held back:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password of your signing certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the password &amp;remembered in the keyring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the certificate password remembered in the keyring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the &amp;filer&apos;s signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the signature of the member who filed the request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password of the filer&apos;s signing certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File the package is written to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose where to write the package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate &amp;password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filer&apos;s p&amp;assword:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished">Fehler</translation>
    </message>
    <message>
        <source>Sign and e&amp;xport</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign the package and write it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the export dialog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be exported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, certificate SHA-256 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no signing certificate in this case file: import a PKCS#12 file first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished">%1 (%2)</translation>
    </message>
    <message>
        <source>%1 — held back: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Encrypt for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To the certificate %1 (SHA-256 %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not encrypted: this case file holds no encryption certificate of %1 (add one under Agencies and trust).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2 (handling code overridden)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is held back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is held back by its %2: nothing leaves unless you override it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing and writing the package…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Written to %1 (%2 bytes).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHA-256 of the file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed with the certificate SHA-256 %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encrypted for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handling codes were overridden; this is recorded in the audit log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Held back: %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FieldRows</name>
    <message>
        <source>%1 *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required by the legal basis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (required)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not given)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Files</name>
    <message>
        <source>The file %1 could not be read: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 is larger than %2 MB and was not read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 could not be written: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace the file?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already exists. Do you want to replace it?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>Partner agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All partner agencies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Direction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Both directions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last &amp;12 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the last 12 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Partner:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Direction:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner agency: %1 · Direction: %2 · Months: %3 to %4 (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FormDialog</name>
    <message>
        <source>Why it was refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished">Abbrechen</translation>
    </message>
</context>
<context>
    <name>ImportReportPanel</name>
    <message>
        <source>Last import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report of the last import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary of the import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected lines and why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the import report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 officers added, %2 updated, %3 problems found in the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1, column %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Investigator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duty officer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pursuit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Observation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Joint investigation team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event assistance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Special unit in a crisis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Joint patrol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Information exchange</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Equipment loan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transport escort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person protection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assistance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Information request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Surveillance authorisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Urgent surveillance notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hot pursuit notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Special intervention unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spontaneous information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outgoing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incoming</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Normal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handed over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Returned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vehicle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Border crossed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host notified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authorisation received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handover</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apprehension</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Good</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>H0 – no restriction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>H1 – law enforcement use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>H2 – no dissemination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>H3 – no further use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No restriction beyond national law.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Law enforcement use; not evidence in court without the provider&apos;s permission.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not to be passed on without the provider&apos;s permission; held back from packages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No further use without the provider&apos;s permission; held back from packages.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LaunchRouter</name>
    <message>
        <source>There is no file or folder at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is neither a case file (a folder ending in .casedesk) nor a request package (.asice, .p7m).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock %1 and open %2?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Legend</name>
    <message>
        <source>Legend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request ended without answer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LinkRequestDialog</name>
    <message>
        <source>Link a request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference of the request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. OUT-2026-000012</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Request:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LoanEditor</name>
    <message>
        <source>Loan period from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loan period until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loan &amp;from *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loan &amp;until *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item type *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serial numbers (comma-separated)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an inventory line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item type of line %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Thermal camera</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quantity of line %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serial numbers of line %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove line %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at least one inventory item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the type of every inventory item</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LoansChart</name>
    <message>
        <source>Out now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due within 7 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Returned lost or damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Equipment loans chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loans</source>
        <translation type="unfinished">Ausleihen</translation>
    </message>
    <message numerus="yes">
        <source>%1 — %2: %Ln loan(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Loans out now: %1 (%2 due within 7 days, %3 overdue). Returned in the period: %4, %5 of them with an item lost or damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loans out are counted as of now, returns within the chosen months. A loan counts once for every equipment type on its list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loans out are counted as of now, returns within the chosen months.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LoansPage</name>
    <message>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due within 7 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Returned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serial numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Condition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Damage notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Direction:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handed over:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Returned:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return notes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No loans in this list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Equipment loans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which loans to show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of loans shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reload the loans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List scope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loans</source>
        <translation type="unfinished">Ausleihen</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished">Fehler</translation>
    </message>
    <message>
        <source>Inventory lines of the selected loan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Inventory:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record &amp;hand-over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record the hand-over of the selected loan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record &amp;return…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record the return of the selected loan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— the loans behind the dashboard figure; Refresh shows them all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln loan(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (overdue)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue: due back on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due back within %1 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incoming (the partner&apos;s request)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outgoing (our request)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 handed over.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 returned.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;Lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock the case file (Ctrl+L)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished">%1 (%2)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New case file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open case file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
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
        <source>&amp;About Benelux Case Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock a case file first: a package is verified against its pinned partners.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Benelux Case Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Benelux Case Desk %1: cross-border cases, requests and equipment loans between the police services of Belgium, the Netherlands and Luxembourg, in an encrypted case file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Ersuchen</translation>
    </message>
    <message>
        <source>Approvals</source>
        <translation>Genehmigungen</translation>
    </message>
    <message>
        <source>Loans</source>
        <translation>Ausleihen</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Border map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Almanac</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agencies and trust</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit</source>
        <translation>Audit</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Seiten</translation>
    </message>
    <message>
        <source>Lock the case file</source>
        <translation>Die Falldatei sperren</translation>
    </message>
</context>
<context>
    <name>MapCanvas</name>
    <message>
        <source>Border map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wheel or + and − zoom; drag or the arrow keys pan; Home shows the whole region; a click on a case&apos;s marker opens the case, Enter opens the selected one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Crossing point (approximate position)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MapPickerDialog</name>
    <message>
        <source>Pick a place on the map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A click picks a place; wheel or + and − zoom; drag or the arrow keys pan; Home shows the whole region. Or choose a crossing point, or type the latitude and longitude, below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Crossing point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latitude in degrees north</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Longitude in degrees east</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Picked place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished">Fehler</translation>
    </message>
    <message>
        <source>Crossing &amp;point:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Latitude:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>L&amp;ongitude:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use this place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished">Abbrechen</translation>
    </message>
    <message>
        <source>— choose a crossing point —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished">%1 (%2)</translation>
    </message>
</context>
<context>
    <name>MembersPage</name>
    <message>
        <source>You are the first member. Other members can be added now or later; each opens the case file with their own passphrase.</source>
        <translation>Sie sind das erste Mitglied. Weitere Mitglieder können jetzt oder später hinzugefügt werden; jedes öffnet die Falldatei mit seiner eigenen Passphrase.</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Ihr Name</translation>
    </message>
    <message>
        <source>Your role</source>
        <translation>Ihre Rolle</translation>
    </message>
    <message>
        <source>Name of another member</source>
        <translation>Name eines weiteren Mitglieds</translation>
    </message>
    <message>
        <source>Role of another member</source>
        <translation>Rolle eines weiteren Mitglieds</translation>
    </message>
    <message>
        <source>&amp;Add this member</source>
        <translation>Dieses Mitglied hinzu&amp;fügen</translation>
    </message>
    <message>
        <source>Add this member</source>
        <translation>Dieses Mitglied hinzufügen</translation>
    </message>
    <message>
        <source>Other members</source>
        <translation>Weitere Mitglieder</translation>
    </message>
    <message>
        <source>Remo&amp;ve</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation>Ihr &amp;Name:</translation>
    </message>
    <message>
        <source>Your passphrase</source>
        <translation>Ihre Passphrase</translation>
    </message>
    <message>
        <source>Repeat your passphrase</source>
        <translation>Ihre Passphrase wiederholen</translation>
    </message>
    <message>
        <source>Your &amp;role:</source>
        <translation>Ihre &amp;Rolle:</translation>
    </message>
    <message>
        <source>Passphrase of the other member</source>
        <translation>Passphrase des anderen Mitglieds</translation>
    </message>
    <message>
        <source>Repeat the other member&apos;s passphrase</source>
        <translation>Die Passphrase des anderen Mitglieds wiederholen</translation>
    </message>
    <message>
        <source>Remove the selected member</source>
        <translation>Das ausgewählte Mitglied entfernen</translation>
    </message>
    <message>
        <source>Members error</source>
        <translation>Fehler bei den Mitgliedern</translation>
    </message>
    <message>
        <source>Na&amp;me:</source>
        <translation>Na&amp;me:</translation>
    </message>
    <message>
        <source>Ro&amp;le:</source>
        <translation>Ro&amp;lle:</translation>
    </message>
    <message>
        <source>Other members (optional)</source>
        <translation>Weitere Mitglieder (optional)</translation>
    </message>
    <message>
        <source>Give the other member a name.</source>
        <translation>Geben Sie dem weiteren Mitglied einen Namen.</translation>
    </message>
    <message>
        <source>There is already a member named %1.</source>
        <translation>Es gibt bereits ein Mitglied namens %1.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Type your name: you are the case file&apos;s first member.</source>
        <translation>Geben Sie Ihren Namen ein: Sie sind das erste Mitglied der Falldatei.</translation>
    </message>
    <message>
        <source>Only an administrator or a supervisor can add the other members: choose one of those roles for yourself, or add the others later.</source>
        <translation>Nur ein Administrator oder eine Führungskraft kann die weiteren Mitglieder hinzufügen: Wählen Sie für sich selbst eine dieser Rollen oder fügen Sie die anderen später hinzu.</translation>
    </message>
    <message>
        <source>Add the other member you started typing, or clear their name and passphrase.</source>
        <translation>Fügen Sie das weitere Mitglied hinzu, das Sie begonnen haben einzugeben, oder löschen Sie dessen Namen und Passphrase.</translation>
    </message>
</context>
<context>
    <name>NewCaseDialog</name>
    <message>
        <source>New case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind of case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner agency code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None, or a code such as NL-POLITIE-LIMBURG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handling code of the case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Summary:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Partner agency:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Handling code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details of this kind of case</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NewRequestDialog</name>
    <message>
        <source>New request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title (required)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Keeper of a grey Audi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind of request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Direction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outgoing (our request)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incoming (the partner&apos;s request)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Our agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ To be confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Article to be confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The article of this legal basis could not be confirmed in the sources: it is cited as “to be confirmed”, never as settled law.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About the legal basis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required by the legal basis (* must be filled in)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Equipment loan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Urgency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Normal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Information access</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not stated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Directly accessible (8 hours if urgent)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indirectly accessible (3 days if urgent)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handling code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source evaluation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Information evaluation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case reference (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received at, local time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner&apos;s reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished">Fehler</translation>
    </message>
    <message>
        <source>&amp;Create request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create the request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel the new request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Direction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Our agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Partner agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of the &amp;events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Legal basis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Urgency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Information &amp;access</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Handling code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;valuation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ca&amp;se</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received a&amp;t</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner&apos;s &amp;reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Descr&amp;iption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Still to fill in: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking up the legal bases…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a time of the events that exists in the chosen zone (not one a clock change skips)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>partner agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a legal basis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>whether the information is directly or indirectly accessible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A – reliable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No doubt about the source&apos;s authenticity and competence; always reliable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>B – mostly reliable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Information from this source has in most instances proved reliable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C – mostly unreliable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Information from this source has in most instances proved unreliable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>X – cannot be assessed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The source&apos;s reliability cannot be assessed; held back from packages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 – accuracy not in doubt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Information whose accuracy is not in doubt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2 – known to the source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Known personally to the source but not to the official passing it on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>3 – corroborated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not known to the source, but corroborated by information already recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>4 – cannot be corroborated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not known to the source and not corroborated; held back from packages.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NoteDialog</name>
    <message>
        <source>Add a note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handling code of the note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Handling code:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NoteReader</name>
    <message>
        <source>&amp;Selected note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Author, time and handling code of the selected note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text of the selected note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a note to read it in full.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Written by %1 on %2 · handling code %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Written on %1 · handling code %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NotificationsChart</name>
    <message>
        <source>Pursuit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Observation (authorised)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Urgent observation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notification delays chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delay after crossing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not notified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1/%2 in time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cases per rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On crossing (pursuits, authorised observations)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>5 h (urgent observations)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: %Ln case(s) %2</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Notified in time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notified late</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>notified in time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>notified late</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not notified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at the latest on crossing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>within %1 of the crossing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2, %3): crossed %4; host not notified; rule: %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 before the crossing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 after the crossing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2, %3): crossed %4, host notified %5, %6; rule: %7; %8</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln pursuit(s) and observation(s) crossed the border in the period: %1 notified in time, %2 late, %3 not notified.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The direction filter does not apply to cases.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The latest %1 of %2 cases are drawn; the counts include them all.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Op</name>
    <message>
        <source>The operation failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case file is locked.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OverviewWidget</name>
    <message>
        <source>Lock</source>
        <translation type="unfinished">Sperren</translation>
    </message>
    <message>
        <source>Lock the case file</source>
        <translation type="unfinished">Die Falldatei sperren</translation>
    </message>
    <message>
        <source>Unlocked: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened by %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cases, %2 requests, %3 overdue</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PackageFiles</name>
    <message>
        <source>Import package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request packages (*.asice *.p7m);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import package…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verify a package a partner sent, then import it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request packages (*.asice *.p7m)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decryption key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PKCS#12 files (*.p12 *.pfx)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PartnersPanel</name>
    <message>
        <source>Show the agencies of which country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ountry:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner agencies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificates pinned to the selected agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pinned &amp;certificates:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of the selected certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;in a certificate…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pin a certificate to the selected agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected certificate from the trust store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only an administrator or a supervisor can change the trust store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All countries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (our agency)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The national single point of contact (SPOC).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Our own agency.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End entity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation type="unfinished"></translation>
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
        <translation>Neue Passphrase</translation>
    </message>
    <message>
        <source>Repeat the new passphrase</source>
        <translation>Die neue Passphrase wiederholen</translation>
    </message>
    <message>
        <source>Show the passphrase</source>
        <translation>Passphrase anzeigen</translation>
    </message>
    <message>
        <source>Hide the passphrase</source>
        <translation>Passphrase verbergen</translation>
    </message>
    <message>
        <source>Show the repeated passphrase</source>
        <translation>Wiederholte Passphrase anzeigen</translation>
    </message>
    <message>
        <source>Hide the repeated passphrase</source>
        <translation>Wiederholte Passphrase verbergen</translation>
    </message>
    <message>
        <source>Passphrase strength</source>
        <translation>Stärke der Passphrase</translation>
    </message>
    <message>
        <source>Passphrase problem</source>
        <translation>Problem mit der Passphrase</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Passphrase:</translation>
    </message>
    <message>
        <source>R&amp;epeat:</source>
        <translation>Wieder&amp;holen:</translation>
    </message>
    <message>
        <source>Choose a passphrase.</source>
        <translation>Wählen Sie eine Passphrase.</translation>
    </message>
    <message>
        <source>A passphrase needs at least %1 characters.</source>
        <translation>Eine Passphrase braucht mindestens %1 Zeichen.</translation>
    </message>
    <message>
        <source>The two passphrases differ; type the same one twice.</source>
        <translation>Die beiden Passphrasen unterscheiden sich; geben Sie zweimal dieselbe ein.</translation>
    </message>
    <message>
        <source>Use four or more words, or at least 12 characters.</source>
        <translation>Verwenden Sie vier oder mehr Wörter oder mindestens 12 Zeichen.</translation>
    </message>
    <message>
        <source>Too short: at least %1 characters.</source>
        <translation>Zu kurz: mindestens %1 Zeichen.</translation>
    </message>
    <message>
        <source>Weak: a longer passphrase of several words is much harder to guess.</source>
        <translation>Schwach: Eine längere Passphrase aus mehreren Wörtern ist viel schwerer zu erraten.</translation>
    </message>
    <message>
        <source>Fair: one or two more words would make it strong.</source>
        <translation>Mittel: Ein oder zwei Wörter mehr würden sie stark machen.</translation>
    </message>
    <message>
        <source>Strong.</source>
        <translation>Stark.</translation>
    </message>
</context>
<context>
    <name>PendingPackageNotice</name>
    <message>
        <source>%1 will be verified once you unlock a case file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;ismiss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss: do not verify the package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forget the package; it is not verified</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PinConfirmDialog</name>
    <message>
        <source>Pin a certificate to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm the fingerprint before pinning to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds %2 certificate(s). Before trusting it, ask %3 to read out the SHA-256 fingerprint by telephone or in person — never from the e-mail or the medium that brought the file — and compare every character with the one below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificates in the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I &amp;compared the fingerprint with the one the partner gave me, and every character matches.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I compared the fingerprint and it matches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Pin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pin to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not pin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate authority (CA)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End entity (a person or a service)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issuer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Validity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expiry warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHA-256 fingerprint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHA-256:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Pkcs12Dialog</name>
    <message>
        <source>Import a signing certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a PKCS#12 signing certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 becomes the signing certificate of %2 and replaces any earlier one. Its password is never stored in the case file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password of the PKCS#12 file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remember the password in this computer&apos;s keyring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remember the password in the system keyring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing then needs no password on this computer; refused if the keyring is not secure.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why the import failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import the signing certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel the import</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QuickUnlockBox</name>
    <message>
        <source>Error</source>
        <translation type="unfinished">Fehler</translation>
    </message>
    <message>
        <source>Quick unlock on this device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Forget this device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forget this device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This device will ask for your passphrase again; the case file&apos;s key is renewed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forgotten: this device asks for your passphrase again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock a case file to see whether this device remembers you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking this device…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This device opens this case file for you without your passphrase (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No secure system keyring is available on this computer, so quick unlock cannot be used here: the passphrase is asked each time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This device does not remember you for this case file: it asks for your passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecoveryCodePanel</name>
    <message>
        <source>Your recovery code</source>
        <translation>Ihr Wiederherstellungscode</translation>
    </message>
    <message>
        <source>It opens the case file if every passphrase is lost, and it is shown only this once. Print it or write it down and keep it in a safe: anyone holding it can open the case file.</source>
        <translation>Er öffnet die Falldatei, wenn alle Passphrasen verloren sind, und wird nur dieses eine Mal angezeigt. Drucken Sie ihn aus oder schreiben Sie ihn auf und bewahren Sie ihn in einem Tresor auf: Wer ihn besitzt, kann die Falldatei öffnen.</translation>
    </message>
    <message>
        <source>Recovery code</source>
        <translation>Wiederherstellungscode</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Drucken…</translation>
    </message>
    <message>
        <source>Print the recovery code</source>
        <translation>Den Wiederherstellungscode drucken</translation>
    </message>
    <message>
        <source>&amp;Save…</source>
        <translation>&amp;Speichern…</translation>
    </message>
    <message>
        <source>Save the recovery code to a file</source>
        <translation>Den Wiederherstellungscode in einer Datei speichern</translation>
    </message>
    <message>
        <source>A saved copy is only as safe as the place you keep it: store it offline, never next to the case file.</source>
        <translation>Eine gespeicherte Kopie ist nur so sicher wie der Ort, an dem Sie sie aufbewahren: Bewahren Sie sie offline auf, nie neben der Falldatei.</translation>
    </message>
    <message>
        <source>Recovery code status</source>
        <translation>Status des Wiederherstellungscodes</translation>
    </message>
    <message>
        <source>Recovery code error</source>
        <translation>Fehler beim Wiederherstellungscode</translation>
    </message>
    <message>
        <source>I have &amp;stored the recovery code in a safe place</source>
        <translation>Ich habe den Wiederherstellungscode an einem sicheren Ort auf&amp;bewahrt</translation>
    </message>
    <message>
        <source>I have stored the recovery code</source>
        <translation>Ich habe den Wiederherstellungscode aufbewahrt</translation>
    </message>
    <message>
        <source>It opens the case file if every passphrase is lost. Anyone holding it can open the case file: keep this sheet in a safe.</source>
        <translation>Er öffnet die Falldatei, wenn alle Passphrasen verloren sind. Wer ihn besitzt, kann die Falldatei öffnen: Bewahren Sie dieses Blatt in einem Tresor auf.</translation>
    </message>
    <message>
        <source>The recovery code could not be printed; write it down instead.</source>
        <translation>Der Wiederherstellungscode konnte nicht gedruckt werden; schreiben Sie ihn stattdessen auf.</translation>
    </message>
    <message>
        <source>The recovery code was sent to the printer.</source>
        <translation>Der Wiederherstellungscode wurde an den Drucker gesendet.</translation>
    </message>
    <message>
        <source>Benelux Case Desk — recovery code</source>
        <translation>Benelux Case Desk — Wiederherstellungscode</translation>
    </message>
    <message>
        <source>Case file: %1</source>
        <translation>Falldatei: %1</translation>
    </message>
    <message>
        <source>It opens the case file if every passphrase is lost. Anyone holding it can open the case file.</source>
        <translation>Er öffnet die Falldatei, wenn alle Passphrasen verloren sind. Wer ihn besitzt, kann die Falldatei öffnen.</translation>
    </message>
    <message>
        <source>The recovery code could not be saved to %1 (%2).</source>
        <translation>Der Wiederherstellungscode konnte nicht unter %1 gespeichert werden (%2).</translation>
    </message>
    <message>
        <source>Saved to %1. Move it somewhere safe, offline.</source>
        <translation>Unter %1 gespeichert. Verschieben Sie die Datei an einen sicheren Ort, offline.</translation>
    </message>
</context>
<context>
    <name>RejectDialog</name>
    <message>
        <source>Reject %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reject request %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why is %1 rejected? The filer will read this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason for the rejection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reject request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reject the request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel the rejection</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RequestActions</name>
    <message>
        <source>Cancel %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why is %1 cancelled? The reason is kept with the request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason for the cancellation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decline %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why is %1 declined? The reason is kept with the request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decline request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason for declining</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record the answer to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer to %1, as it was received or given by another channel:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text of the answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not change the request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was submitted for approval.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a draft again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was marked as sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer to %1 was recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was declined.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark %1 as sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Was %1 sent to %2 by another channel (phone, e-mail, SIENA)? Its deadline then runs from now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark as sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer to %1 was written to %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RequestDetail</name>
    <message>
        <source>Reference:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Direction:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner&apos;s reference:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legal basis:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Urgency:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Information access:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadline:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handling code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submitted:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decided:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answered:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Directly accessible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indirectly accessible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a request to see it here (Enter opens it).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RequestDetailPanel</name>
    <message>
        <source>Request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why the step was refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the request&apos;s case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fields of the legal basis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loan period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Equipment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Equipment:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details of the request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Su&amp;bmit for approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submit the request for approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;vise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make the rejected request a draft again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Mark as sent…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark the request as sent by another channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Record answer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record an answer received or given by another channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Answer with a signed package…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer the incoming request with a signed package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decl&amp;ine…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decline the incoming request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;lose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cancel request…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel the request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export packa&amp;ge…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the request as a signed package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 [to be confirmed]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The article&apos;s number is still to be confirmed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open case %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open case %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue since %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason for the cancellation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason for the rejection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Earlier rejection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 × %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished">%1 (%2)</translation>
    </message>
</context>
<context>
    <name>RequestTableModel</name>
    <message>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Direction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The list is ordered by due date, the earliest first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue since %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due within 24 hours, at %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RequestsChart</name>
    <message>
        <source>Requests per month chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests</source>
        <translation type="unfinished">Ersuchen</translation>
    </message>
    <message>
        <source>%1, %2: %3 of %4 requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished">%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%1: %Ln request(s), all kinds</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln request(s) from %1 to %2. The busiest month is %3 with %4. %5.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RequestsPage</name>
    <message>
        <source>Status filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Direction filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Both directions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outgoing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incoming</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner agency code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner code, e.g. NL-POL-LIM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search reference, title or text (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New request…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File a new request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport package…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the selected request as a signed package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only an approved request is exported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests</source>
        <translation type="unfinished">Ersuchen</translation>
    </message>
    <message>
        <source>List scope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished">Fehler</translation>
    </message>
    <message>
        <source>No requests match these filters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Direction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;earch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— the requests behind the dashboard figure; change a filter to leave it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln request(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReturnDialog</name>
    <message>
        <source>Loss of or damage to lent equipment is borne by the borrower: describe every damaged or lost item.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Condition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Damage or loss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record the return of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record the return of loan %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Condition of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Damage or loss of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is damaged or how it was lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inventory lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes on the return</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes on the return:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record return</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record the return</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel the return</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Describe every damaged or lost item.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>Language of the interface; the system&apos;s language if it is one of them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock the case file after this many minutes without input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock the case file when the computer&apos;s session is locked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear copied text from the clipboard after this many seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Light or dark appearance, or the system&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language and appearance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same as the system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language of the interface</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Appearance:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Light or dark appearance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locking and the clipboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loc&amp;k after:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min without input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes without input before the case file locks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock when the &amp;computer&apos;s session is locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock when the computer&apos;s session is locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear the clip&amp;board after:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seconds before copied text leaves the clipboard</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SubjectDialog</name>
    <message>
        <source>Add a person, vehicle or object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person, vehicle or object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name, plate or short description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name or plate:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Details:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TaskDialog</name>
    <message>
        <source>Add a task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due date and time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;No due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The task has no due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Task:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Due:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TextDialog</name>
    <message>
        <source>&amp;Back</source>
        <translation type="unfinished">&amp;Zurück</translation>
    </message>
    <message>
        <source>Close without changing the request</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UnlockWidget</name>
    <message>
        <source>Unlock %1</source>
        <translation>%1 entsperren</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Mitglied</translation>
    </message>
    <message>
        <source>This is the demo case file: every member&apos;s passphrase is “%1”.</source>
        <translation>Dies ist die Demo-Falldatei: Die Passphrase jedes Mitglieds lautet „%1“.</translation>
    </message>
    <message>
        <source>Quick unlock status</source>
        <translation>Status der Schnellentsperrung</translation>
    </message>
    <message>
        <source>← &amp;Other case file</source>
        <translation>← &amp;Andere Falldatei</translation>
    </message>
    <message>
        <source>Back to the welcome screen</source>
        <translation>Zurück zum Startbildschirm</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <source>Show the passphrase</source>
        <translation>Passphrase anzeigen</translation>
    </message>
    <message>
        <source>Hide the passphrase</source>
        <translation>Passphrase verbergen</translation>
    </message>
    <message>
        <source>&amp;Remember on this device</source>
        <translation>Auf diesem Gerät me&amp;rken</translation>
    </message>
    <message>
        <source>Remember on this device (quick unlock, through the system keyring)</source>
        <translation>Auf diesem Gerät merken (Schnellentsperrung über den Schlüsselbund des Systems)</translation>
    </message>
    <message>
        <source>The system keyring keeps a key for this case file, never your passphrase.</source>
        <translation>Der Schlüsselbund des Systems speichert einen Schlüssel für diese Falldatei, niemals Ihre Passphrase.</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Entsperren</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Entsperren</translation>
    </message>
    <message>
        <source>Use &amp;quick unlock</source>
        <translation>&amp;Schnell entsperren</translation>
    </message>
    <message>
        <source>&amp;Forgot the passphrase? Use the recovery code</source>
        <translation>Passphrase &amp;vergessen? Wiederherstellungscode verwenden</translation>
    </message>
    <message>
        <source>Forgot the passphrase? Use the recovery code</source>
        <translation>Passphrase vergessen? Wiederherstellungscode verwenden</translation>
    </message>
    <message>
        <source>Recovery code</source>
        <translation>Wiederherstellungscode</translation>
    </message>
    <message>
        <source>Show the recovery code</source>
        <translation>Wiederherstellungscode anzeigen</translation>
    </message>
    <message>
        <source>Hide the recovery code</source>
        <translation>Wiederherstellungscode verbergen</translation>
    </message>
    <message>
        <source>&amp;Set the new passphrase and unlock</source>
        <translation>Neue Passphrase fes&amp;tlegen und entsperren</translation>
    </message>
    <message>
        <source>Set the new passphrase and unlock</source>
        <translation>Neue Passphrase festlegen und entsperren</translation>
    </message>
    <message>
        <source>Ca&amp;ncel</source>
        <translation>A&amp;bbrechen</translation>
    </message>
    <message>
        <source>Back to the passphrase</source>
        <translation>Zurück zur Passphrase</translation>
    </message>
    <message>
        <source>Unlock as %1 with quick unlock</source>
        <translation>Als %1 per Schnellentsperrung entsperren</translation>
    </message>
    <message>
        <source>With the case file&apos;s recovery code, choose a new passphrase for %1.</source>
        <translation>Wählen Sie mit dem Wiederherstellungscode der Falldatei eine neue Passphrase für %1.</translation>
    </message>
    <message>
        <source>Type the passphrase first.</source>
        <translation>Geben Sie zuerst die Passphrase ein.</translation>
    </message>
    <message>
        <source>Deriving the key from the passphrase…</source>
        <translation>Schlüssel wird aus der Passphrase abgeleitet…</translation>
    </message>
    <message>
        <source>Unlocking with the key remembered on this device…</source>
        <translation>Entsperren mit dem auf diesem Gerät gemerkten Schlüssel…</translation>
    </message>
    <message>
        <source>Type the recovery code first.</source>
        <translation>Geben Sie zuerst den Wiederherstellungscode ein.</translation>
    </message>
    <message>
        <source>Checking the recovery code and setting the new passphrase…</source>
        <translation>Wiederherstellungscode wird geprüft und neue Passphrase festgelegt…</translation>
    </message>
    <message>
        <source>Remembering this device in the system keyring…</source>
        <translation>Dieses Gerät wird im Schlüsselbund des Systems gespeichert…</translation>
    </message>
    <message>
        <source>This device now remembers you: next time, use quick unlock.</source>
        <translation>Dieses Gerät merkt sich Sie jetzt: Verwenden Sie beim nächsten Mal die Schnellentsperrung.</translation>
    </message>
    <message>
        <source>This device could not be remembered; the passphrase will be asked next time.</source>
        <translation>Dieses Gerät konnte nicht gemerkt werden; beim nächsten Mal wird die Passphrase abgefragt.</translation>
    </message>
    <message>
        <source>The recovery code is not correct for this case file; nothing was changed.</source>
        <translation>Der Wiederherstellungscode ist für diese Falldatei nicht korrekt; nichts wurde geändert.</translation>
    </message>
    <message>
        <source>The key remembered on this device no longer opens this case file; unlock with your passphrase.</source>
        <translation>Der auf diesem Gerät gemerkte Schlüssel öffnet diese Falldatei nicht mehr; entsperren Sie mit Ihrer Passphrase.</translation>
    </message>
    <message>
        <source>The passphrase is not correct for %1.</source>
        <translation>Die Passphrase ist für %1 nicht korrekt.</translation>
    </message>
    <message>
        <source>This case file is damaged and cannot be opened. Run “casedesk check” on a copy, or restore the latest backup.</source>
        <translation>Diese Falldatei ist beschädigt und kann nicht geöffnet werden. Führen Sie „casedesk check“ auf einer Kopie aus oder stellen Sie die letzte Sicherung wieder her.</translation>
    </message>
    <message>
        <source>This case file was made by a newer version of Benelux Case Desk; update the application to open it.</source>
        <translation>Diese Falldatei wurde mit einer neueren Version von Benelux Case Desk erstellt; aktualisieren Sie die Anwendung, um sie zu öffnen.</translation>
    </message>
    <message>
        <source>This case file is already open in another window or program; close it there first.</source>
        <translation>Diese Falldatei ist bereits in einem anderen Fenster oder Programm geöffnet; schließen Sie sie zuerst dort.</translation>
    </message>
    <message>
        <source>There is no case file at %1.</source>
        <translation>Unter %1 gibt es keine Falldatei.</translation>
    </message>
    <message>
        <source>%1 is not a Benelux Case Desk case file.</source>
        <translation>%1 ist keine Falldatei von Benelux Case Desk.</translation>
    </message>
    <message>
        <source>Unlocking</source>
        <translation>Wird entsperrt</translation>
    </message>
    <message>
        <source>&amp;Member:</source>
        <translation>&amp;Mitglied:</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Passphrase:</translation>
    </message>
    <message>
        <source>Recovery &amp;code:</source>
        <translation>Wiederherstellungs&amp;code:</translation>
    </message>
    <message>
        <source>The case file could not be opened.</source>
        <translation>Die Falldatei konnte nicht geöffnet werden.</translation>
    </message>
</context>
<context>
    <name>ValidationReport</name>
    <message>
        <source>Valid: the package is intact and its signer is trusted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not confirmed: nothing is broken, but the signer cannot be trusted yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid: the package was changed or is damaged. Do not use it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No certificate in your trust store vouches for the signer&apos;s certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signer&apos;s certificate is not pinned for agency %1: add %1&apos;s CA certificate under Agencies and trust, after checking its fingerprint with them by phone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signer&apos;s certificate is trusted, but for another agency than the one the package names, or it may not be used for signing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signer&apos;s certificate is not pinned for agency %1: add it under Agencies and trust only if %1 confirms that this person signs for them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signer&apos;s certificate has expired, and nothing proves the signature was made before.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask %1 to sign the package again with a valid certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signer&apos;s certificate was not yet valid at the time checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check this computer&apos;s clock, then ask %1 to check theirs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signature claims to be made in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask %1 to check their computer&apos;s clock and send the package again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A file in the package was changed after it was signed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not use it: ask %1 to send the package again, by another channel if you can.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A signature does not match what it signs: it was damaged or forged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is not a well-formed request package, or it is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that this is the package you expected; if it is, ask the sender to send it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A file in the package is not covered by any signature, or a signed file is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not use it: ask the sender to send the package again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signature does not carry the signer&apos;s certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask %1 to sign again so that the signature includes their certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The verifier reported %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not import it; ask the sender to send the package again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the sender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You can import it: it will be filed in this case file as it was signed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VerifyDialog</name>
    <message>
        <source>Package %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verify the package %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the package…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the verifier found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The package is encrypted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decryption key file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the &amp;decryption key…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose your agency&apos;s decryption key (PKCS#12)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password of the decryption key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decrypt and &amp;verify</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decrypt the package and verify it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key &amp;password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the package says</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From agency:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To agency:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request reference:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In reply to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHA-256 of the file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signatures: who signed, for which agency, when</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files inside the package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Si&amp;gnatures:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Files inside:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished">Fehler</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import the package into this case file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verify a&amp;gain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verify the package again, after changing the trust store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the package dialog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This package is encrypted: choose your agency&apos;s decryption key to verify it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose your agency&apos;s decryption key first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verifying the package…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The package from %1 is intact and signed by %2, whose certificates you trust.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An answer to one of our requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A request to us</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished">%1 (%2)</translation>
    </message>
    <message>
        <source>no signing time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no agency you trust</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — trusted for %2 — signed %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exactly as signed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing the package…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file cannot be verified.</source>
        <translation type="unfinished"></translation>
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
        <translation>Grenzüberschreitende Fälle, Ersuchen und Ausleihen der Polizeidienste der Benelux-Staaten, aufbewahrt in einer verschlüsselten Falldatei.</translation>
    </message>
    <message>
        <source>&amp;Recent case files:</source>
        <translation>&amp;Zuletzt verwendete Falldateien:</translation>
    </message>
    <message>
        <source>Recent case files</source>
        <translation>Zuletzt verwendete Falldateien</translation>
    </message>
    <message>
        <source>No recent case files — create one, open one, or try the demo.</source>
        <translation>Keine zuletzt verwendeten Falldateien — erstellen oder öffnen Sie eine, oder probieren Sie die Demo aus.</translation>
    </message>
    <message>
        <source>O&amp;pen selected</source>
        <translation>Auswahl öffne&amp;n</translation>
    </message>
    <message>
        <source>Open the selected recent case file</source>
        <translation>Die ausgewählte zuletzt verwendete Falldatei öffnen</translation>
    </message>
    <message>
        <source>Re&amp;move from list</source>
        <translation>Aus der Liste &amp;entfernen</translation>
    </message>
    <message>
        <source>Remove the selected case file from the recent list</source>
        <translation>Die ausgewählte Falldatei aus der Liste der zuletzt verwendeten entfernen</translation>
    </message>
    <message>
        <source>&amp;Create a case file…</source>
        <translation>Falldatei er&amp;stellen…</translation>
    </message>
    <message>
        <source>Create a case file</source>
        <translation>Eine Falldatei erstellen</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>Ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>Open a case file</source>
        <translation>Eine Falldatei öffnen</translation>
    </message>
    <message>
        <source>Open the &amp;demo</source>
        <translation>&amp;Demo öffnen</translation>
    </message>
    <message>
        <source>Open the demo case file</source>
        <translation>Die Demo-Falldatei öffnen</translation>
    </message>
    <message>
        <source>The demo holds invented cases; its passphrase is “%1”. Never use it for real cases.</source>
        <translation>Die Demo enthält erfundene Fälle; ihre Passphrase lautet „%1“. Verwenden Sie sie nie für echte Fälle.</translation>
    </message>
    <message>
        <source>Preparing the demo case file</source>
        <translation>Die Demo-Falldatei wird vorbereitet</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>%1 — not found</source>
        <translation>%1 — nicht gefunden</translation>
    </message>
    <message>
        <source>%1 was not found; remove it from the list, or open it where it is now.</source>
        <translation>%1 wurde nicht gefunden; entfernen Sie den Eintrag aus der Liste oder öffnen Sie die Datei an ihrem jetzigen Ort.</translation>
    </message>
    <message>
        <source>Choose a case-file folder: its name ends in .casedesk.</source>
        <translation>Wählen Sie einen Falldatei-Ordner: Sein Name endet auf .casedesk.</translation>
    </message>
    <message>
        <source>There is no case file at %1.</source>
        <translation>Unter %1 gibt es keine Falldatei.</translation>
    </message>
    <message>
        <source>Making the demo case file; this takes a few seconds the first time…</source>
        <translation>Die Demo-Falldatei wird erstellt; beim ersten Mal dauert das einige Sekunden…</translation>
    </message>
    <message>
        <source>The demo case file could not be made.</source>
        <translation>Die Demo-Falldatei konnte nicht erstellt werden.</translation>
    </message>
</context>
</TS>
