<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>Sentences</name>
    <message>
        <source>The file is not a ZIP archive or is truncated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The container could not be read because it is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The archive's central directory is damaged or inconsistent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Split (multi-disk) ZIP archives are not accepted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The container holds more than {limit} entries.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mimetype entry does not contain exactly {mimetype}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At least one signer is required to build a container.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The container must be given as bytes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The container is larger than the limit of {limit} bytes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The entry {name} is a symbolic link.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The entry {name} is a special file (a device, pipe or socket).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The entry {name} is encrypted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The entry {name} uses the unsupported compression method {method}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The entry {name} declares {size} bytes, more than the per-entry limit of {limit} bytes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The entry {name} has a compression ratio above {limit} to 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The container has no mimetype entry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mimetype entry is compressed; it must be stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The local header of the entry {name} is missing or damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The local header of the entry {name} does not match the central directory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The entry {name} holds more data than its declared size.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The entry {name} is shorter than its declared size.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The archive needs a ZIP version newer than 6.3 to be extracted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The container holds two entries named {name}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The entries {first} and {second} differ only in letter case or Unicode form.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The entries declare more than the limit of {limit} bytes in total.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The entry {name} is a directory; only META-INF/ may appear as one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The directory entry META-INF/ has content.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mimetype entry is not the first entry of the container.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The archive's entries overlap one another.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The entry {name} in META-INF/ is neither an ASiC manifest nor a CAdES signature.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The entry {name} is damaged: its data does not match its declared size or checksum.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signer {index} did not return a DER-encoded signature.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The entry name {name} is not valid UTF-8.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The manifest {manifest} is larger than {limit} bytes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The entry {name} decompresses to more than its declared size.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signature lacks the signing-certificate-v2 attribute (not CAdES baseline B).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signature algorithm does not match the signer's key type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signer's certificate is not included in the signature.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signing-certificate attribute names a different certificate than the one carried as signer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signature algorithm is not supported or does not match its digest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signature uses a digest algorithm other than SHA-256, SHA-384 or SHA-512.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signature has no signed attributes, which CAdES requires.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signing time in the signature cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signature file is larger than 1 MB, which no detached signature needs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is a CMS message but not a signature (SignedData).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signature must hold exactly one signer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signature does not sign plain data (id-data).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signature embeds its content; a detached signature was expected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signature's version numbers do not follow RFC 5652.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signer's digest algorithm is missing from the SignedData.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signature carries no signing time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signature's content-type attribute is missing or is not id-data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signature lacks the message-digest attribute.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signed file was changed after it was signed: its digest does not match.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A signed attribute appears more than once or holds several values.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signature identifies its certificate with the older SHA-1 signing-certificate attribute.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signature value does not verify with the signer's key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signature carries something other than X.509 certificates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A certificate carried in the signature is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signature and the signed file must both be bytes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signature file is damaged or is not a CMS signature.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This package was not encrypted for your agency's certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data to encrypt must be bytes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At least one recipient certificate is needed to encrypt a package.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The encrypted package would be larger than the limit of {limit} bytes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The encrypted package must be given as bytes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The encrypted package is larger than the limit of {limit} bytes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This package is encrypted with AES-GCM (CMS AuthEnvelopedData), which this version cannot open; ask the sender to encrypt with AES-256-CBC (openssl cms -encrypt -aes256).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only an RSA private key can open an encrypted package.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The decryption certificate must be an X.509 certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The private key does not belong to the decryption certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is not an encrypted CMS package (EnvelopedData).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each recipient of an encrypted package must be an X.509 certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate "{subject}" has no RSA key, and packages can only be encrypted for RSA keys.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The public key of the decryption certificate cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The package uses an encryption scheme that is not supported (only RSA PKCS#1 v1.5 with AES-CBC is).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The encrypted package is damaged and could not be decrypted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The public key of the certificate "{subject}" cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The package names your certificate by its subject key identifier, which is not supported; the sender must address it by issuer and serial number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An entry name is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The entry name {name} contains a control or formatting character.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The entry name {name} is longer than {limit} bytes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The entry name {name} contains a backslash.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The entry name {name} is an absolute path.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The entry name {name} starts with a drive letter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The entry name {name} contains a '..' segment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The entry name {name} has an empty or '.' path segment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A container needs at least one data object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signature name is not text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The manifest {manifest} is not an ASiCManifest in the namespace {namespace}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The manifest {manifest} must have exactly one SigReference.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The manifest {manifest} references no data objects.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SigReference in the manifest {manifest} has no URI.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SigReference in the manifest {manifest} has the MimeType {media_type}, not {expected}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A DataObjectReference in the manifest {manifest} has no URI.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reference to {uri} in the manifest {manifest} needs exactly one DigestMethod and one DigestValue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reference to {uri} in the manifest {manifest} uses an unsupported digest algorithm.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The digest of {uri} in the manifest {manifest} has the wrong length for its algorithm.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The container holds no ASiC manifest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signature {signature} is not named by any manifest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file {file} is not covered by any manifest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each data object must be a DataObject with a text name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The content of the data object {name} is not bytes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data object name {name} is not in Unicode NFC form.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data object name {name} is reserved for the container itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The media type of the data object {name} is not of the form type/subtype.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two data objects are named {first} and {second}, which collide.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The manifest {manifest} uses a DTD, entities or external references, which are not allowed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The manifest {manifest} is not well-formed XML.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The manifest {manifest} references {uri} twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The digest of {uri} in the manifest {manifest} is not valid base64.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The manifest {manifest} names the signature {signature}, which is not in the container.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signature {signature} is named by more than one manifest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The manifest {manifest} references {uri}, which is not in the container.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The manifest {manifest} contains the unexpected element {element}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reference to {uri} in the manifest {manifest} contains the unexpected element {element}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PKCS#12 password is wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{subject} (valid {start} to {end})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PKCS#12 file is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PKCS#12 file is larger than 1 MB, which no signing credential needs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file is not a PKCS#12 (.p12 or .pfx) file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This PKCS#12 file holds no private key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This PKCS#12 file holds no certificate for its private key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate in the PKCS#12 file is damaged; its parts cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate does not match the private key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no subject name) (valid {start} to {end})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key uses the elliptic curve {curve}; only P-256, P-384 and P-521 are supported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This key type (for example Ed25519) cannot be used: partners' OpenSSL cannot verify it; use EC P-256 or RSA.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The RSA key has {bits} bits; at least {minimum} are required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>request.json is larger than 1 MB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This package's request.json is not a Benelux Case Desk request document.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This package was made by a newer version of Benelux Case Desk (request.json version {version}); please update to read it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>request.json is not valid: the document kind is neither 'request' nor 'answer'.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>request.json is not valid: an answer package needs an answer section, a request package none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>request.json is not readable JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>request.json is not valid: {where} is not a list of at most 500 entries.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>request.json is not valid: {where} fields are not a flat object of at most 50 simple values.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>request.json is not valid: {where} legal_basis_confirmed is not true or false.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>request.json is not valid: {where} is not an object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>request.json is not valid: the document is not an object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>request.json is not valid: {where} has an unknown field {field!r}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>request.json is not valid: the document has an unknown field {field!r}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>request.json is not valid: {where} lacks the field {field!r}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>request.json is not valid: the document lacks the field {field!r}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>request.json is not valid: {where} size is not a whole number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>request.json is not valid: {where} items is not a list of 1 to 200 entries.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>request.json is not valid: {where} is not a text of at most {limit} characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>request.json is not valid: {where} has an invalid form.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>request.json is not valid: {where} is not a date and time with a zone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>request.json is not valid: {where} quantity is not a number from 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signer's certificate was not issued by any authority in your trust store; add the partner agency's CA certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signer's certificate is not meant for signing (its key usage forbids it); ask the partner to sign with a signing certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signer's certificate {certificate} had expired on {expired}, before the time checked ({checked}); a new signature with a current certificate is needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The authority certificate {certificate} had expired on {expired}, before the time checked ({checked}); import the partner's renewed CA certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signer's certificate {certificate} was not yet valid at the time checked ({checked}); check the signing time and this computer's clock.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The authority certificate {certificate} was not yet valid at the time checked ({checked}); check the signing time and this computer's clock.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signer's certificate leads to {anchor}, trusted on {checked}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A certificate file must be read as bytes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate file is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate file is larger than 5 MB, which no certificate bundle needs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file holds no certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file holds more than {limit} certificates, which is not a bundle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate chain breaks the rules for signing certificates and their authorities; ask the partner agency's PKI administrator for a compliant certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signer's certificate is pinned in your trust store and valid on {checked}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your trust store is empty; import the partner agency's CA certificate first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate {certificate} expired on {expired}; import or request a renewed one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate {certificate} expires on {expires}, in {days} day(s); arrange its renewal before then.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file holds no certificate this program can read (PEM, DER or a PKCS#7 bundle).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate file is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A certificate in the file is damaged (its names, extensions or key cannot be read).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A PEM block in the file is damaged (its base64 does not decode).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The package from {agency} is intact and signed by {signers}, whose certificates you trust.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>request.json does not list the attachment {attachment!r}, but the container holds it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>request.json lists the attachment {attachment!r}, but the container lacks it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The attachment {attachment!r} differs from the size or SHA-256 request.json gives for it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signature is broken.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signer {signer} is not trusted: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your trust store is empty: add the partner agency's CA certificate to check who signed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intact signature by {signer} of {agency}, trusted at the signing time and now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The package has no request.json.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signature claims to be made on {signing_time:%Y-%m-%d %H:%M} UTC, in the future; check the sender's clock before believing it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signer's certificate is trusted for {agencies}, but the package says it comes from {sender}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signature was valid at the claimed signing time, but the certificate is not valid now ({reason}); without a timestamp the claimed time cannot be proven.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} was changed after it was signed (its digest does not match {manifest}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} is exactly as signed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no agency with the code {code!r} in this case file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file does not hold the certificates whose fingerprints you confirmed; open it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This row could not be read as CSV; check its quotes and that no cell is far too long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name is longer than {limit} characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The agency is longer than {limit} characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The posting is longer than {limit} characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The languages are longer than {limit} characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The phone is longer than {limit} characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The email is longer than {limit} characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The coverage is longer than {limit} characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The notes are longer than {limit} characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first line must be a header row naming the columns ({allowed}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is larger than {limit} MB and was not read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file contains binary data and is not a CSV text file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The header row could not be read as CSV; check its quotes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column {position} of the header has no name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The header has an unknown column "{column}"; the allowed columns are {allowed}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The header names the column "{column}" more than once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The header lacks the required column "{column}".</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is not UTF-8 text; save it as CSV UTF-8 and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file has more than {limit:,} rows and was not imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This row has more cells than the header's {count} columns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The phone number may contain only digits, spaces and the characters + ( ) - . /.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The e-mail address "{email}" is not valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The agency code is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The agency code "{code}" is not known.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This officer is already listed for {agency} on line {first_line}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The language "{code}" is not a two-letter ISO 639-1 code such as fr or nl.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only an administrator can add an arrangement to the catalogue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An arrangement needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An arrangement file is at most 1 MB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is not UTF-8 text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The arrangement {name} is not valid: {detail}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is already an arrangement named {name!r}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entries {first} to {last} are missing (removed from the log).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry {entry} does not follow the entry before it (removed or reordered).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry {entry} was changed after it was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Further problems were not listed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a supervisor signs the head of the audit log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No signed head of the log verifies: there is nothing to write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit log has no entries to sign.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signed head of the log at entry {entry} (by {name}) is forged: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signed head of the log at entry {entry} was not signed with {name}'s own certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signed head of the log at entry {entry} was signed by {name}, who is not a supervisor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The log was cut short: it ends at entry {entries}, but {name} signed its head at entry {entry}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry {entry} is not the one {name} signed: the log was rewritten at or before it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not an anchor file of Benelux Case Desk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The anchor file is damaged: a field is missing or has the wrong form.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The anchor file is damaged: its signature is not base64.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This signed head belongs to another case file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signature does not verify.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signed head of entry {entry} is forged: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signed head of entry {entry} was not signed by a member of this case file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signed head of entry {entry} was signed by someone who was not a supervisor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case file was upgraded to the current format; a backup was kept in {backup}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case file's write-ahead log (case.db-wal) is damaged: changes saved after the damaged part would be lost. Nothing was opened or changed; restore the latest backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no room left on the disk to write to the case file; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk refused to write to the case file (it may be full); the last change may not have been saved: close the case file and open it again to see what it holds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The member of this key slot is no longer part of the case file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A member needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A passphrase cannot be empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case file's database is damaged (a page failed its integrity check); run `casedesk check` on a copy, or restore the latest backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no agency with the code {code!r}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{filename} is larger than {limit} MB; attach a smaller file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The copy could not be written to {destination} ({reason}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The field {field} needs a time zone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{moment:%Y-%m-%d %H:%M} does not exist in {zone} (clocks go forward at that hour).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{moment:%Y-%m-%d %H:%M} happens twice in {zone} (clocks go back); give the UTC offset, e.g. {earlier} or {later}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give both the latitude and the longitude of the place, or neither.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{filename} is not an ordinary file (it is a device or a pipe); attach a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{zone!r} is not a known time zone (use e.g. Europe/Brussels).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The due date needs a time zone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The latitude must be a number of degrees.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The latitude {latitude} is outside the globe (from -90 to 90 degrees).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The longitude must be a number of degrees.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The longitude {longitude} is outside the globe (from -180 to 180 degrees).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A case needs a title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown field for a case of the kind {kind}: {field}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A person, vehicle or object needs a name or description.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A note cannot be empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A task needs a title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An attachment needs a file name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case {reference} is closed; it can no longer be changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no case {reference!r} in this case file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A case of the kind {kind} has no kind-specific fields.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case {reference} is already closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no task {task}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The task {title!r} is already done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{filename} could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no attachment {attachment}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stored content of {filename} does not match its SHA-256.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no request {reference!r}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{filename} could not be read ({reason}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The decrypted copy of {filename} could not be written to {destination} ({reason}); the audit log records the attempt and may not record that it failed, because the disk refused to write to the case file (it may be full).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A request between two agencies in {country} is not cross-border, so no cross-border legal basis applies.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The {instrument} is not in force on {day}: the {following} applies to events from {start}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{reference} is not valid for request kind '{kind}'.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{reference} does not apply between {requesting} and {requested}: {outsider} is not a party to the {instrument}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{reference} does not apply between {requesting} and {requested}: {requesting} and {requested} are not parties to the {instrument}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{reference} applies only between the countries of these pairs: {pairs}; not between {requesting} and {requested}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The {instrument} is not in force on {day}: the {previous} applies to events before {start}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The {instrument} is not in force on {day}: it applies to events up to {end}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{instrument!r} is not an instrument in the agreements catalogue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{basis!r} is not a legal basis in the agreements catalogue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{reference} applies only between {first} and {second}, not between {requesting} and {requested}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The {instrument} is not in force on {day}: it applies to events from {start}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the case file as the member whose credential this is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A PKCS#12 file is at most 1 MB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This certificate expired on {date:%Y-%m-%d}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only an administrator or a supervisor can change the trust store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system keyring refused to remember the certificate password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This member has no signing certificate in this case file; import a PKCS#12 file first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} has no signing certificate in this case file; import a PKCS#12 file first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password of {name}'s signing certificate is needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}'s signing certificate: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no certificate with that fingerprint in the trust store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate {fingerprint}… is pinned to several agencies ({agencies}); say which.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no certificate with that fingerprint pinned to {agency}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating the case file and its members…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filing cases and requests…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adding {count:,} more requests in bulk…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} was not written: the disk refused to record the export in the case file's audit log (it may be full).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} could not be written ({reason}); the audit log records the export and may not record that it failed, because the disk refused to write to the case file (it may be full).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first month ({first}) comes after the last month ({last}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no equipment loan {reference!r} in this case file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your role cannot record loans.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item {item} is not on this loan's inventory list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say in which condition {item!r} came back (good, damaged or lost).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Describe the damage or loss of {item!r}; the borrower bears it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loan lists are: out, due_soon, overdue, returned or all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only an administrator or a supervisor can manage members.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the case file with your own passphrase to change it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new passphrase cannot be empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no active member named {name!r}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the case file with your own passphrase first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no such quick-unlock slot in this case file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is already a member named {name!r}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You cannot remove yourself; ask another administrator or supervisor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} can no longer open the case file, but the disk refused to record the removal (it may be full), so {name} may still be listed: free some space, open the case file again and remove {name} again to finish.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The package is larger than 64 MB; nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The package is encrypted; give your agency's decryption certificate (PKCS#12).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your role cannot import packages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not imported: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer is addressed to {agency}, not to an agency of this case file; nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer refers to {reference}, which is not a request of ours to {agency}; nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{reference} has the status {status}, not waiting for an answer; nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer from {agency} was linked to {reference}, now answered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The package is addressed to {agency}, not to an agency of this case file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{agency}'s request {partner_reference} was filed as {reference} (received).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The package names an agency this case file does not know; nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The partner's request cannot be filed here: its kind {kind!r} is not one this version knows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The partner's request cannot be filed here: its date of the events {value!r} is not readable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The partner's request cannot be filed here: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The loan period of the partner's request ends before it starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This package was already imported on {when:%Y-%m-%d %H:%M} UTC as {reference}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This package was already imported on {when:%Y-%m-%d %H:%M} UTC.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A package with the same identifier was already imported; this copy differs in its bytes and was not imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The loan period of the partner's request is not readable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>handling code {code}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>graded {grading}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your role cannot answer requests.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An answer needs some text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The trust store holds no RSA encryption certificate for {agency}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This front end cannot render the request's PDF form, so it cannot export packages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no request {reference!r} in this case file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the request's data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the request as a readable form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attachment {attachment} does not belong to the case of {reference}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only an outgoing request is exported; answer an incoming one with an answer package.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{reference} has the status {status}; only an approved request is exported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The supervisor who approved the request signs and exports it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a supervisor can override handling codes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{reference} is graded {grading}: it is held back; a supervisor must override the handling code to export it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no other filer to add a second signature.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only an incoming request is answered with an answer package.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{reference} has the status {status}; answer it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{reference} has handling code {code}: it is held back; a supervisor must override the handling code to export it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{reference} has the status {status}; it was already answered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No legal basis in the agreements catalogue covers a request of kind {kind} between {requesting} and {requested} for events on {day}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say which of your agencies files the request (your member record has no agency).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date of the events needs a time zone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The partner agency must be another agency than your own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A request in status {status} is finished; it cannot be changed any more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>submitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>revised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>handed over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>returned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A request in status {status} cannot be submitted; it can be {allowed}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A request in status {status} cannot be approved; it can be {allowed}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A request in status {status} cannot be rejected; it can be {allowed}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A request in status {status} cannot be revised; it can be {allowed}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A request in status {status} cannot be sent; it can be {allowed}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A request in status {status} cannot be answered; it can be {allowed}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A request in status {status} cannot be closed; it can be {allowed}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A request in status {status} cannot be handed over; it can be {allowed}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A request in status {status} cannot be returned; it can be {allowed}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A request in status {status} cannot be cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a supervisor can approve or reject a request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You cannot approve or reject a request you created or submitted; another supervisor must decide (four-eyes rule).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A loan cannot be cancelled while the equipment is handed over; record its return first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The loan start needs a time zone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The loan end needs a time zone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The time of receipt needs a time zone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The time needs a time zone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only investigators, duty officers and supervisors file requests.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A request needs a title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An equipment loan needs the start and end of the loan period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The loan period must end after it starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An equipment loan needs an inventory list with at least one item.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A rejection needs a reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your role cannot act on requests.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The legal basis {reference} requires: {fields}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An urgent information request must say whether the information is directly or indirectly accessible.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every item of the inventory list needs a type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The quantity of {item!r} must be at least 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{item!r} lists {serials} serial numbers for a quantity of {quantity}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The field {label!r} must be a date and time with its zone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no case {reference!r}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only an equipment-loan request has an inventory list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This case file was written by a newer version of Benelux Case Desk; please update the application to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This database has tables but no schema version; it is not a case file of ours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a file name for the package.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is a folder; choose a file name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write into {folder}; choose another place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write {path} ({reason}); choose another place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The package was signed and recorded in the case file, but {path} could not be written ({reason}); export it again to another place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} is not a file that can be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The decryption key: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} could not be read ({reason}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only an incoming request is declined; an outgoing one is rejected in Approvals.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{reference} has the status {status}; only a received request is answered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer was signed and recorded in the case file, but {path} could not be written ({reason}); send the answer again to another place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An escrow certificate must hold an RSA key of at least 2048 bits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A case file needs a first member.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two members have the same name; give each a different one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only an administrator or a supervisor can add the other members: make the first member one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is remembered for this case file on this device; open it with your passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A passphrase needs at least 8 characters; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} is not a readable X.509 certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passphrase of {member} needs at least {length} characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key-slot file was damaged or missing; it was restored from its backup copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An interrupted change of the data key was completed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passphrase is not correct for {name}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no case file at {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Both key-slot files of this case file are missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A case file's folder name ends in {suffix}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} already exists; choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No escrow slot of this case file matches that key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This case file has no slot of that kind.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key-slot file and its backup are both damaged; the case file cannot be opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recovery code is not correct for this case file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secret remembered on this device no longer opens this case file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passphrase does not open this case file for any of its members.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case file's database is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database does not open with the key held by the key-slot file: one of them is damaged or was replaced.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is a file, not a case-file folder ({suffix}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is not a Benelux Case Desk case file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case file is locked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is already a member named {name!r} in this case file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This escrow certificate already has a slot.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a member's passphrase can be changed this way.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That member has no key slot in this case file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last way into the case file cannot be removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no member named {name!r} in this case file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key-slot file cannot be read: {reason}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no such key slot in this case file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case file's database is damaged and cannot be opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The escrow slot of the key-slot file is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case file's database could not be opened ({reason}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database in this case file is not readable with its key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case file's database is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-encrypting the database failed: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data key does not open this database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No secure system keyring is available on this computer, so the passphrase will be asked each time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system keyring could not be reached ({error_type}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system keyring refused to store the device secret ({error_type}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This case file is already open in another window or program; close it there first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key-slot file gives a key-derivation salt that is too short.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key-slot file gives key-derivation parameters that are not an object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key-slot file gives no key-derivation algorithm.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key-slot file gives an Argon2id memory cost of {memory_kib} KiB, outside the accepted range of {minimum} to {maximum} KiB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key-slot file gives an Argon2id iteration count of {iterations}, outside the accepted range of {minimum} to {maximum}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key-slot file gives an Argon2id lane count of {lanes}, outside the accepted range of 1 to 16.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key-slot file names an unknown key-derivation algorithm {algorithm!r}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key-slot file gives a key-derivation parameter {parameter} that is not a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key-slot file gives a malformed key-derivation salt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key-slot file is far larger than any valid one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This folder is not a Benelux Case Desk case file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key-slot file has no valid version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This case file was made by a newer version of Benelux Case Desk; please update the application.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key-slot file has fields this version does not know; it may have been tampered with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key-slot file describes a database format this version does not write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key-slot file is not readable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key-slot file is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This case file uses a newer database format; please update Benelux Case Desk to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A recovery code has 32 letters and digits, in eight groups of four.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The escrow slot of the key-slot file does not hold an RSA-OAEP sealed key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passphrase is not correct for this member.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This escrow key does not open the case file.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
