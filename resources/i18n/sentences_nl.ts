<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl">
<context>
    <name>Sentences</name>
    <message>
        <source>The file is not a ZIP archive or is truncated.</source>
        <translation>Het bestand is geen ZIP-archief of is afgekapt.</translation>
    </message>
    <message>
        <source>The container could not be read because it is damaged.</source>
        <translation>De container kon niet worden gelezen omdat hij beschadigd is.</translation>
    </message>
    <message>
        <source>The archive's central directory is damaged or inconsistent.</source>
        <translation>De centrale directory van het archief is beschadigd of inconsistent.</translation>
    </message>
    <message>
        <source>Split (multi-disk) ZIP archives are not accepted.</source>
        <translation>Gesplitste ZIP-archieven (over meerdere schijven) worden niet aanvaard.</translation>
    </message>
    <message>
        <source>The container holds more than {limit} entries.</source>
        <translation>De container bevat meer dan {limit} items.</translation>
    </message>
    <message>
        <source>The mimetype entry does not contain exactly {mimetype}.</source>
        <translation>Het item mimetype bevat niet precies {mimetype}.</translation>
    </message>
    <message>
        <source>At least one signer is required to build a container.</source>
        <translation>Er is minstens één ondertekenaar nodig om een container samen te stellen.</translation>
    </message>
    <message>
        <source>The container must be given as bytes.</source>
        <translation>De container moet als bytes worden aangeleverd.</translation>
    </message>
    <message>
        <source>The container is larger than the limit of {limit} bytes.</source>
        <translation>De container is groter dan de limiet van {limit} bytes.</translation>
    </message>
    <message>
        <source>The entry {name} is a symbolic link.</source>
        <translation>Het item {name} is een symbolische koppeling.</translation>
    </message>
    <message>
        <source>The entry {name} is a special file (a device, pipe or socket).</source>
        <translation>Het item {name} is een speciaal bestand (een apparaat, pipe of socket).</translation>
    </message>
    <message>
        <source>The entry {name} is encrypted.</source>
        <translation>Het item {name} is versleuteld.</translation>
    </message>
    <message>
        <source>The entry {name} uses the unsupported compression method {method}.</source>
        <translation>Het item {name} gebruikt de niet-ondersteunde compressiemethode {method}.</translation>
    </message>
    <message>
        <source>The entry {name} declares {size} bytes, more than the per-entry limit of {limit} bytes.</source>
        <translation>Het item {name} vermeldt {size} bytes, meer dan de limiet van {limit} bytes per item.</translation>
    </message>
    <message>
        <source>The entry {name} has a compression ratio above {limit} to 1.</source>
        <translation>Het item {name} heeft een compressieverhouding van meer dan {limit} op 1.</translation>
    </message>
    <message>
        <source>The container has no mimetype entry.</source>
        <translation>De container heeft geen item mimetype.</translation>
    </message>
    <message>
        <source>The mimetype entry is compressed; it must be stored.</source>
        <translation>Het item mimetype is gecomprimeerd; het moet ongecomprimeerd worden opgeslagen.</translation>
    </message>
    <message>
        <source>The local header of the entry {name} is missing or damaged.</source>
        <translation>De lokale header van het item {name} ontbreekt of is beschadigd.</translation>
    </message>
    <message>
        <source>The local header of the entry {name} does not match the central directory.</source>
        <translation>De lokale header van het item {name} komt niet overeen met de centrale directory.</translation>
    </message>
    <message>
        <source>The entry {name} holds more data than its declared size.</source>
        <translation>Het item {name} bevat meer gegevens dan de opgegeven grootte.</translation>
    </message>
    <message>
        <source>The entry {name} is shorter than its declared size.</source>
        <translation>Het item {name} is korter dan de opgegeven grootte.</translation>
    </message>
    <message>
        <source>The archive needs a ZIP version newer than 6.3 to be extracted.</source>
        <translation>Om het archief uit te pakken is een ZIP-versie nodig die nieuwer is dan 6.3.</translation>
    </message>
    <message>
        <source>The container holds two entries named {name}.</source>
        <translation>De container bevat twee items met de naam {name}.</translation>
    </message>
    <message>
        <source>The entries {first} and {second} differ only in letter case or Unicode form.</source>
        <translation>De items {first} en {second} verschillen alleen in hoofdletters en kleine letters of in Unicode-vorm.</translation>
    </message>
    <message>
        <source>The entries declare more than the limit of {limit} bytes in total.</source>
        <translation>De items vermelden samen meer dan de limiet van {limit} bytes.</translation>
    </message>
    <message>
        <source>The entry {name} is a directory; only META-INF/ may appear as one.</source>
        <translation>Het item {name} is een map; alleen META-INF/ mag als map voorkomen.</translation>
    </message>
    <message>
        <source>The directory entry META-INF/ has content.</source>
        <translation>Het mapitem META-INF/ heeft inhoud.</translation>
    </message>
    <message>
        <source>The mimetype entry is not the first entry of the container.</source>
        <translation>Het item mimetype is niet het eerste item van de container.</translation>
    </message>
    <message>
        <source>The archive's entries overlap one another.</source>
        <translation>De items van het archief overlappen elkaar.</translation>
    </message>
    <message>
        <source>The entry {name} in META-INF/ is neither an ASiC manifest nor a CAdES signature.</source>
        <translation>Het item {name} in META-INF/ is noch een ASiC-manifest noch een CAdES-handtekening.</translation>
    </message>
    <message>
        <source>The entry {name} is damaged: its data does not match its declared size or checksum.</source>
        <translation>Het item {name} is beschadigd: de gegevens komen niet overeen met de opgegeven grootte of controlesom.</translation>
    </message>
    <message>
        <source>Signer {index} did not return a DER-encoded signature.</source>
        <translation>Ondertekenaar {index} heeft geen DER-gecodeerde handtekening teruggegeven.</translation>
    </message>
    <message>
        <source>The entry name {name} is not valid UTF-8.</source>
        <translation>De itemnaam {name} is geen geldige UTF-8.</translation>
    </message>
    <message>
        <source>The manifest {manifest} is larger than {limit} bytes.</source>
        <translation>Het manifest {manifest} is groter dan {limit} bytes.</translation>
    </message>
    <message>
        <source>The entry {name} decompresses to more than its declared size.</source>
        <translation>Het item {name} wordt bij het uitpakken groter dan de opgegeven grootte.</translation>
    </message>
    <message>
        <source>The signature lacks the signing-certificate-v2 attribute (not CAdES baseline B).</source>
        <translation>De handtekening mist het attribuut signing-certificate-v2 (geen CAdES baseline B).</translation>
    </message>
    <message>
        <source>The signature algorithm does not match the signer's key type.</source>
        <translation>Het handtekeningalgoritme komt niet overeen met het sleuteltype van de ondertekenaar.</translation>
    </message>
    <message>
        <source>The signer's certificate is not included in the signature.</source>
        <translation>Het certificaat van de ondertekenaar is niet in de handtekening opgenomen.</translation>
    </message>
    <message>
        <source>The signing-certificate attribute names a different certificate than the one carried as signer.</source>
        <translation>Het attribuut signing-certificate noemt een ander certificaat dan het certificaat dat als ondertekenaar is meegestuurd.</translation>
    </message>
    <message>
        <source>The signature algorithm is not supported or does not match its digest.</source>
        <translation>Het handtekeningalgoritme wordt niet ondersteund of past niet bij het hashalgoritme ervan.</translation>
    </message>
    <message>
        <source>The signature uses a digest algorithm other than SHA-256, SHA-384 or SHA-512.</source>
        <translation>De handtekening gebruikt een ander hashalgoritme dan SHA-256, SHA-384 of SHA-512.</translation>
    </message>
    <message>
        <source>The signature has no signed attributes, which CAdES requires.</source>
        <translation>De handtekening heeft geen ondertekende attributen, terwijl CAdES die vereist.</translation>
    </message>
    <message>
        <source>The signing time in the signature cannot be read.</source>
        <translation>De ondertekeningstijd in de handtekening kan niet worden gelezen.</translation>
    </message>
    <message>
        <source>The signature file is larger than 1 MB, which no detached signature needs.</source>
        <translation>Het handtekeningbestand is groter dan 1 MB, wat geen enkele losstaande handtekening nodig heeft.</translation>
    </message>
    <message>
        <source>The file is a CMS message but not a signature (SignedData).</source>
        <translation>Het bestand is een CMS-bericht, maar geen handtekening (SignedData).</translation>
    </message>
    <message>
        <source>The signature must hold exactly one signer.</source>
        <translation>De handtekening moet precies één ondertekenaar bevatten.</translation>
    </message>
    <message>
        <source>The signature does not sign plain data (id-data).</source>
        <translation>De handtekening ondertekent geen gewone gegevens (id-data).</translation>
    </message>
    <message>
        <source>The signature embeds its content; a detached signature was expected.</source>
        <translation>De handtekening bevat de ondertekende inhoud zelf; er werd een losstaande handtekening verwacht.</translation>
    </message>
    <message>
        <source>The signature's version numbers do not follow RFC 5652.</source>
        <translation>De versienummers van de handtekening volgen RFC 5652 niet.</translation>
    </message>
    <message>
        <source>The signer's digest algorithm is missing from the SignedData.</source>
        <translation>Het hashalgoritme van de ondertekenaar ontbreekt in de SignedData.</translation>
    </message>
    <message>
        <source>The signature carries no signing time.</source>
        <translation>De handtekening bevat geen ondertekeningstijd.</translation>
    </message>
    <message>
        <source>The signature's content-type attribute is missing or is not id-data.</source>
        <translation>Het attribuut content-type van de handtekening ontbreekt of is niet id-data.</translation>
    </message>
    <message>
        <source>The signature lacks the message-digest attribute.</source>
        <translation>De handtekening mist het attribuut message-digest.</translation>
    </message>
    <message>
        <source>The signed file was changed after it was signed: its digest does not match.</source>
        <translation>Het ondertekende bestand is gewijzigd nadat het werd ondertekend: de hashwaarde komt niet overeen.</translation>
    </message>
    <message>
        <source>A signed attribute appears more than once or holds several values.</source>
        <translation>Een ondertekend attribuut komt meer dan eens voor of bevat meerdere waarden.</translation>
    </message>
    <message>
        <source>The signature identifies its certificate with the older SHA-1 signing-certificate attribute.</source>
        <translation>De handtekening identificeert haar certificaat met het oudere SHA-1-attribuut signing-certificate.</translation>
    </message>
    <message>
        <source>The signature value does not verify with the signer's key.</source>
        <translation>De handtekeningwaarde kan niet worden geverifieerd met de sleutel van de ondertekenaar.</translation>
    </message>
    <message>
        <source>The signature carries something other than X.509 certificates.</source>
        <translation>De handtekening bevat iets anders dan X.509-certificaten.</translation>
    </message>
    <message>
        <source>A certificate carried in the signature is damaged.</source>
        <translation>Een certificaat in de handtekening is beschadigd.</translation>
    </message>
    <message>
        <source>The signature and the signed file must both be bytes.</source>
        <translation>De handtekening en het ondertekende bestand moeten allebei bytes zijn.</translation>
    </message>
    <message>
        <source>The signature file is damaged or is not a CMS signature.</source>
        <translation>Het handtekeningbestand is beschadigd of is geen CMS-handtekening.</translation>
    </message>
    <message>
        <source>This package was not encrypted for your agency's certificate.</source>
        <translation>Dit pakket is niet versleuteld voor het certificaat van uw dienst.</translation>
    </message>
    <message>
        <source>The data to encrypt must be bytes.</source>
        <translation>De te versleutelen gegevens moeten bytes zijn.</translation>
    </message>
    <message>
        <source>At least one recipient certificate is needed to encrypt a package.</source>
        <translation>Er is minstens één certificaat van een ontvanger nodig om een pakket te versleutelen.</translation>
    </message>
    <message>
        <source>The encrypted package would be larger than the limit of {limit} bytes.</source>
        <translation>Het versleutelde pakket zou groter zijn dan de limiet van {limit} bytes.</translation>
    </message>
    <message>
        <source>The encrypted package must be given as bytes.</source>
        <translation>Het versleutelde pakket moet als bytes worden aangeleverd.</translation>
    </message>
    <message>
        <source>The encrypted package is larger than the limit of {limit} bytes.</source>
        <translation>Het versleutelde pakket is groter dan de limiet van {limit} bytes.</translation>
    </message>
    <message>
        <source>This package is encrypted with AES-GCM (CMS AuthEnvelopedData), which this version cannot open; ask the sender to encrypt with AES-256-CBC (openssl cms -encrypt -aes256).</source>
        <translation>Dit pakket is versleuteld met AES-GCM (CMS AuthEnvelopedData), dat deze versie niet kan openen; vraag de afzender te versleutelen met AES-256-CBC (openssl cms -encrypt -aes256).</translation>
    </message>
    <message>
        <source>Only an RSA private key can open an encrypted package.</source>
        <translation>Alleen een RSA-privésleutel kan een versleuteld pakket openen.</translation>
    </message>
    <message>
        <source>The decryption certificate must be an X.509 certificate.</source>
        <translation>Het ontsleutelingscertificaat moet een X.509-certificaat zijn.</translation>
    </message>
    <message>
        <source>The private key does not belong to the decryption certificate.</source>
        <translation>De privésleutel hoort niet bij het ontsleutelingscertificaat.</translation>
    </message>
    <message>
        <source>The file is not an encrypted CMS package (EnvelopedData).</source>
        <translation>Het bestand is geen versleuteld CMS-pakket (EnvelopedData).</translation>
    </message>
    <message>
        <source>Each recipient of an encrypted package must be an X.509 certificate.</source>
        <translation>Elke ontvanger van een versleuteld pakket moet een X.509-certificaat zijn.</translation>
    </message>
    <message>
        <source>The certificate "{subject}" has no RSA key, and packages can only be encrypted for RSA keys.</source>
        <translation>Het certificaat „{subject}” heeft geen RSA-sleutel, en pakketten kunnen alleen voor RSA-sleutels worden versleuteld.</translation>
    </message>
    <message>
        <source>The public key of the decryption certificate cannot be read.</source>
        <translation>De openbare sleutel van het ontsleutelingscertificaat kan niet worden gelezen.</translation>
    </message>
    <message>
        <source>The package uses an encryption scheme that is not supported (only RSA PKCS#1 v1.5 with AES-CBC is).</source>
        <translation>Het pakket gebruikt een versleutelingsschema dat niet wordt ondersteund (alleen RSA PKCS#1 v1.5 met AES-CBC wordt ondersteund).</translation>
    </message>
    <message>
        <source>The encrypted package is damaged and could not be decrypted.</source>
        <translation>Het versleutelde pakket is beschadigd en kon niet worden ontsleuteld.</translation>
    </message>
    <message>
        <source>The public key of the certificate "{subject}" cannot be read.</source>
        <translation>De openbare sleutel van het certificaat „{subject}” kan niet worden gelezen.</translation>
    </message>
    <message>
        <source>The package names your certificate by its subject key identifier, which is not supported; the sender must address it by issuer and serial number.</source>
        <translation>Het pakket verwijst naar uw certificaat via de subject key identifier, wat niet wordt ondersteund; de afzender moet het aanduiden met uitgever en serienummer.</translation>
    </message>
    <message>
        <source>An entry name is empty.</source>
        <translation>Een itemnaam is leeg.</translation>
    </message>
    <message>
        <source>The entry name {name} contains a control or formatting character.</source>
        <translation>De itemnaam {name} bevat een stuur- of opmaakteken.</translation>
    </message>
    <message>
        <source>The entry name {name} is longer than {limit} bytes.</source>
        <translation>De itemnaam {name} is langer dan {limit} bytes.</translation>
    </message>
    <message>
        <source>The entry name {name} contains a backslash.</source>
        <translation>De itemnaam {name} bevat een backslash.</translation>
    </message>
    <message>
        <source>The entry name {name} is an absolute path.</source>
        <translation>De itemnaam {name} is een absoluut pad.</translation>
    </message>
    <message>
        <source>The entry name {name} starts with a drive letter.</source>
        <translation>De itemnaam {name} begint met een stationsletter.</translation>
    </message>
    <message>
        <source>The entry name {name} contains a '..' segment.</source>
        <translation>De itemnaam {name} bevat een segment '..'.</translation>
    </message>
    <message>
        <source>The entry name {name} has an empty or '.' path segment.</source>
        <translation>De itemnaam {name} heeft een leeg padsegment of een padsegment '.'.</translation>
    </message>
    <message>
        <source>A container needs at least one data object.</source>
        <translation>Een container heeft minstens één gegevensobject nodig.</translation>
    </message>
    <message>
        <source>The signature name is not text.</source>
        <translation>De naam van de handtekening is geen tekst.</translation>
    </message>
    <message>
        <source>The manifest {manifest} is not an ASiCManifest in the namespace {namespace}.</source>
        <translation>Het manifest {manifest} is geen ASiCManifest in de namespace {namespace}.</translation>
    </message>
    <message>
        <source>The manifest {manifest} must have exactly one SigReference.</source>
        <translation>Het manifest {manifest} moet precies één SigReference hebben.</translation>
    </message>
    <message>
        <source>The manifest {manifest} references no data objects.</source>
        <translation>Het manifest {manifest} verwijst naar geen enkel gegevensobject.</translation>
    </message>
    <message>
        <source>The SigReference in the manifest {manifest} has no URI.</source>
        <translation>De SigReference in het manifest {manifest} heeft geen URI.</translation>
    </message>
    <message>
        <source>The SigReference in the manifest {manifest} has the MimeType {media_type}, not {expected}.</source>
        <translation>De SigReference in het manifest {manifest} heeft het MimeType {media_type}, niet {expected}.</translation>
    </message>
    <message>
        <source>A DataObjectReference in the manifest {manifest} has no URI.</source>
        <translation>Een DataObjectReference in het manifest {manifest} heeft geen URI.</translation>
    </message>
    <message>
        <source>The reference to {uri} in the manifest {manifest} needs exactly one DigestMethod and one DigestValue.</source>
        <translation>De verwijzing naar {uri} in het manifest {manifest} moet precies één DigestMethod en één DigestValue hebben.</translation>
    </message>
    <message>
        <source>The reference to {uri} in the manifest {manifest} uses an unsupported digest algorithm.</source>
        <translation>De verwijzing naar {uri} in het manifest {manifest} gebruikt een niet-ondersteund hashalgoritme.</translation>
    </message>
    <message>
        <source>The digest of {uri} in the manifest {manifest} has the wrong length for its algorithm.</source>
        <translation>De hashwaarde van {uri} in het manifest {manifest} heeft de verkeerde lengte voor het algoritme ervan.</translation>
    </message>
    <message>
        <source>The container holds no ASiC manifest.</source>
        <translation>De container bevat geen ASiC-manifest.</translation>
    </message>
    <message>
        <source>The signature {signature} is not named by any manifest.</source>
        <translation>De handtekening {signature} wordt door geen enkel manifest genoemd.</translation>
    </message>
    <message>
        <source>The file {file} is not covered by any manifest.</source>
        <translation>Het bestand {file} valt onder geen enkel manifest.</translation>
    </message>
    <message>
        <source>Each data object must be a DataObject with a text name.</source>
        <translation>Elk gegevensobject moet een DataObject met een tekstnaam zijn.</translation>
    </message>
    <message>
        <source>The content of the data object {name} is not bytes.</source>
        <translation>De inhoud van het gegevensobject {name} bestaat niet uit bytes.</translation>
    </message>
    <message>
        <source>The data object name {name} is not in Unicode NFC form.</source>
        <translation>De naam van het gegevensobject {name} staat niet in Unicode-NFC-vorm.</translation>
    </message>
    <message>
        <source>The data object name {name} is reserved for the container itself.</source>
        <translation>De naam van het gegevensobject {name} is voorbehouden aan de container zelf.</translation>
    </message>
    <message>
        <source>The media type of the data object {name} is not of the form type/subtype.</source>
        <translation>Het mediatype van het gegevensobject {name} heeft niet de vorm type/subtype.</translation>
    </message>
    <message>
        <source>Two data objects are named {first} and {second}, which collide.</source>
        <translation>Twee gegevensobjecten heten {first} en {second}, en die namen botsen.</translation>
    </message>
    <message>
        <source>The manifest {manifest} uses a DTD, entities or external references, which are not allowed.</source>
        <translation>Het manifest {manifest} gebruikt een DTD, entiteiten of externe verwijzingen, wat niet is toegestaan.</translation>
    </message>
    <message>
        <source>The manifest {manifest} is not well-formed XML.</source>
        <translation>Het manifest {manifest} is geen welgevormde XML.</translation>
    </message>
    <message>
        <source>The manifest {manifest} references {uri} twice.</source>
        <translation>Het manifest {manifest} verwijst twee keer naar {uri}.</translation>
    </message>
    <message>
        <source>The digest of {uri} in the manifest {manifest} is not valid base64.</source>
        <translation>De hashwaarde van {uri} in het manifest {manifest} is geen geldige base64.</translation>
    </message>
    <message>
        <source>The manifest {manifest} names the signature {signature}, which is not in the container.</source>
        <translation>Het manifest {manifest} noemt de handtekening {signature}, die niet in de container zit.</translation>
    </message>
    <message>
        <source>The signature {signature} is named by more than one manifest.</source>
        <translation>De handtekening {signature} wordt door meer dan één manifest genoemd.</translation>
    </message>
    <message>
        <source>The manifest {manifest} references {uri}, which is not in the container.</source>
        <translation>Het manifest {manifest} verwijst naar {uri}, dat niet in de container zit.</translation>
    </message>
    <message>
        <source>The manifest {manifest} contains the unexpected element {element}.</source>
        <translation>Het manifest {manifest} bevat het onverwachte element {element}.</translation>
    </message>
    <message>
        <source>The reference to {uri} in the manifest {manifest} contains the unexpected element {element}.</source>
        <translation>De verwijzing naar {uri} in het manifest {manifest} bevat het onverwachte element {element}.</translation>
    </message>
    <message>
        <source>The PKCS#12 password is wrong.</source>
        <translation>Het PKCS#12-wachtwoord is onjuist.</translation>
    </message>
    <message>
        <source>{subject} (valid {start} to {end})</source>
        <translation>{subject} (geldig van {start} tot {end})</translation>
    </message>
    <message>
        <source>The PKCS#12 file is empty.</source>
        <translation>Het PKCS#12-bestand is leeg.</translation>
    </message>
    <message>
        <source>The PKCS#12 file is larger than 1 MB, which no signing credential needs.</source>
        <translation>Het PKCS#12-bestand is groter dan 1 MB, wat geen enkel ondertekeningscertificaat nodig heeft.</translation>
    </message>
    <message>
        <source>This file is not a PKCS#12 (.p12 or .pfx) file.</source>
        <translation>Dit bestand is geen PKCS#12-bestand (.p12 of .pfx).</translation>
    </message>
    <message>
        <source>This PKCS#12 file holds no private key.</source>
        <translation>Dit PKCS#12-bestand bevat geen privésleutel.</translation>
    </message>
    <message>
        <source>This PKCS#12 file holds no certificate for its private key.</source>
        <translation>Dit PKCS#12-bestand bevat geen certificaat bij de privésleutel ervan.</translation>
    </message>
    <message>
        <source>The certificate in the PKCS#12 file is damaged; its parts cannot be read.</source>
        <translation>Het certificaat in het PKCS#12-bestand is beschadigd; de onderdelen ervan zijn niet leesbaar.</translation>
    </message>
    <message>
        <source>The certificate does not match the private key.</source>
        <translation>Het certificaat hoort niet bij de privésleutel.</translation>
    </message>
    <message>
        <source>(no subject name) (valid {start} to {end})</source>
        <translation>(geen subjectnaam) (geldig van {start} tot {end})</translation>
    </message>
    <message>
        <source>The key uses the elliptic curve {curve}; only P-256, P-384 and P-521 are supported.</source>
        <translation>De sleutel gebruikt de elliptische kromme {curve}; alleen P-256, P-384 en P-521 worden ondersteund.</translation>
    </message>
    <message>
        <source>This key type (for example Ed25519) cannot be used: partners' OpenSSL cannot verify it; use EC P-256 or RSA.</source>
        <translation>Dit sleuteltype (bijvoorbeeld Ed25519) kan niet worden gebruikt: OpenSSL bij de partners kan het niet verifiëren; gebruik EC P-256 of RSA.</translation>
    </message>
    <message>
        <source>The RSA key has {bits} bits; at least {minimum} are required.</source>
        <translation>De RSA-sleutel heeft {bits} bits; er zijn er minstens {minimum} vereist.</translation>
    </message>
    <message>
        <source>request.json is larger than 1 MB.</source>
        <translation>request.json is groter dan 1 MB.</translation>
    </message>
    <message>
        <source>This package's request.json is not a Benelux Case Desk request document.</source>
        <translation>De request.json van dit pakket is geen verzoekdocument van Benelux Case Desk.</translation>
    </message>
    <message>
        <source>This package was made by a newer version of Benelux Case Desk (request.json version {version}); please update to read it.</source>
        <translation>Dit pakket is gemaakt met een nieuwere versie van Benelux Case Desk (request.json versie {version}); werk de toepassing bij om het te lezen.</translation>
    </message>
    <message>
        <source>request.json is not valid: the document kind is neither 'request' nor 'answer'.</source>
        <translation>request.json is ongeldig: de documentsoort is noch 'request' noch 'answer'.</translation>
    </message>
    <message>
        <source>request.json is not valid: an answer package needs an answer section, a request package none.</source>
        <translation>request.json is ongeldig: een antwoordpakket moet een antwoordgedeelte hebben, een verzoekpakket mag er geen hebben.</translation>
    </message>
    <message>
        <source>request.json is not readable JSON.</source>
        <translation>request.json is geen leesbare JSON.</translation>
    </message>
    <message>
        <source>request.json is not valid: {where} is not a list of at most 500 entries.</source>
        <translation>request.json is ongeldig: {where} is geen lijst van hoogstens 500 elementen.</translation>
    </message>
    <message>
        <source>request.json is not valid: {where} fields are not a flat object of at most 50 simple values.</source>
        <translation>request.json is ongeldig: fields in {where} is geen plat object van hoogstens 50 eenvoudige waarden.</translation>
    </message>
    <message>
        <source>request.json is not valid: {where} legal_basis_confirmed is not true or false.</source>
        <translation>request.json is ongeldig: legal_basis_confirmed in {where} is niet true of false.</translation>
    </message>
    <message>
        <source>request.json is not valid: {where} is not an object.</source>
        <translation>request.json is ongeldig: {where} is geen object.</translation>
    </message>
    <message>
        <source>request.json is not valid: the document is not an object.</source>
        <translation>request.json is ongeldig: het document is geen object.</translation>
    </message>
    <message>
        <source>request.json is not valid: {where} has an unknown field {field!r}.</source>
        <translation>request.json is ongeldig: {where} bevat een onbekend veld {field!r}.</translation>
    </message>
    <message>
        <source>request.json is not valid: the document has an unknown field {field!r}.</source>
        <translation>request.json is ongeldig: het document bevat een onbekend veld {field!r}.</translation>
    </message>
    <message>
        <source>request.json is not valid: {where} lacks the field {field!r}.</source>
        <translation>request.json is ongeldig: in {where} ontbreekt het veld {field!r}.</translation>
    </message>
    <message>
        <source>request.json is not valid: the document lacks the field {field!r}.</source>
        <translation>request.json is ongeldig: in het document ontbreekt het veld {field!r}.</translation>
    </message>
    <message>
        <source>request.json is not valid: {where} size is not a whole number.</source>
        <translation>request.json is ongeldig: size in {where} is geen geheel getal.</translation>
    </message>
    <message>
        <source>request.json is not valid: {where} items is not a list of 1 to 200 entries.</source>
        <translation>request.json is ongeldig: items in {where} is geen lijst van 1 tot 200 elementen.</translation>
    </message>
    <message>
        <source>request.json is not valid: {where} is not a text of at most {limit} characters.</source>
        <translation>request.json is ongeldig: {where} is geen tekst van hoogstens {limit} tekens.</translation>
    </message>
    <message>
        <source>request.json is not valid: {where} has an invalid form.</source>
        <translation>request.json is ongeldig: {where} heeft een ongeldige vorm.</translation>
    </message>
    <message>
        <source>request.json is not valid: {where} is not a date and time with a zone.</source>
        <translation>request.json is ongeldig: {where} is geen datum en tijd met tijdzone.</translation>
    </message>
    <message>
        <source>request.json is not valid: {where} quantity is not a number from 1.</source>
        <translation>request.json is ongeldig: quantity in {where} is geen getal vanaf 1.</translation>
    </message>
    <message>
        <source>The signer's certificate was not issued by any authority in your trust store; add the partner agency's CA certificate.</source>
        <translation>Het certificaat van de ondertekenaar is niet uitgegeven door een certificeringsinstantie in uw vertrouwensopslag; voeg het CA-certificaat van de partnerdienst toe.</translation>
    </message>
    <message>
        <source>The signer's certificate is not meant for signing (its key usage forbids it); ask the partner to sign with a signing certificate.</source>
        <translation>Het certificaat van de ondertekenaar is niet bedoeld om te ondertekenen (het sleutelgebruik ervan verbiedt dat); vraag de partner te ondertekenen met een ondertekeningscertificaat.</translation>
    </message>
    <message>
        <source>The signer's certificate {certificate} had expired on {expired}, before the time checked ({checked}); a new signature with a current certificate is needed.</source>
        <translation>Het certificaat {certificate} van de ondertekenaar was op {expired} verlopen, vóór het gecontroleerde tijdstip ({checked}); er is een nieuwe handtekening met een geldig certificaat nodig.</translation>
    </message>
    <message>
        <source>The authority certificate {certificate} had expired on {expired}, before the time checked ({checked}); import the partner's renewed CA certificate.</source>
        <translation>Het certificaat {certificate} van de certificeringsinstantie was op {expired} verlopen, vóór het gecontroleerde tijdstip ({checked}); importeer het vernieuwde CA-certificaat van de partner.</translation>
    </message>
    <message>
        <source>The signer's certificate {certificate} was not yet valid at the time checked ({checked}); check the signing time and this computer's clock.</source>
        <translation>Het certificaat {certificate} van de ondertekenaar was op het gecontroleerde tijdstip ({checked}) nog niet geldig; controleer de ondertekeningstijd en de klok van deze computer.</translation>
    </message>
    <message>
        <source>The authority certificate {certificate} was not yet valid at the time checked ({checked}); check the signing time and this computer's clock.</source>
        <translation>Het certificaat {certificate} van de certificeringsinstantie was op het gecontroleerde tijdstip ({checked}) nog niet geldig; controleer de ondertekeningstijd en de klok van deze computer.</translation>
    </message>
    <message>
        <source>The signer's certificate leads to {anchor}, trusted on {checked}.</source>
        <translation>Het certificaat van de ondertekenaar leidt naar {anchor}, vertrouwd op {checked}.</translation>
    </message>
    <message>
        <source>A certificate file must be read as bytes.</source>
        <translation>Een certificaatbestand moet als bytes worden gelezen.</translation>
    </message>
    <message>
        <source>The certificate file is empty.</source>
        <translation>Het certificaatbestand is leeg.</translation>
    </message>
    <message>
        <source>The certificate file is larger than 5 MB, which no certificate bundle needs.</source>
        <translation>Het certificaatbestand is groter dan 5 MB, wat geen enkele certificaatbundel nodig heeft.</translation>
    </message>
    <message>
        <source>The file holds no certificate.</source>
        <translation>Het bestand bevat geen certificaat.</translation>
    </message>
    <message>
        <source>The file holds more than {limit} certificates, which is not a bundle.</source>
        <translation>Het bestand bevat meer dan {limit} certificaten, te veel voor een certificaatbundel.</translation>
    </message>
    <message>
        <source>The certificate chain breaks the rules for signing certificates and their authorities; ask the partner agency's PKI administrator for a compliant certificate.</source>
        <translation>De certificaatketen voldoet niet aan de regels voor ondertekeningscertificaten en hun certificeringsinstanties; vraag de PKI-beheerder van de partnerdienst om een conform certificaat.</translation>
    </message>
    <message>
        <source>The signer's certificate is pinned in your trust store and valid on {checked}.</source>
        <translation>Het certificaat van de ondertekenaar is vastgepind in uw vertrouwensopslag en geldig op {checked}.</translation>
    </message>
    <message>
        <source>Your trust store is empty; import the partner agency's CA certificate first.</source>
        <translation>Uw vertrouwensopslag is leeg; importeer eerst het CA-certificaat van de partnerdienst.</translation>
    </message>
    <message>
        <source>The certificate {certificate} expired on {expired}; import or request a renewed one.</source>
        <translation>Het certificaat {certificate} is verlopen op {expired}; importeer of vraag een vernieuwd certificaat aan.</translation>
    </message>
    <message>
        <source>The certificate {certificate} expires on {expires}, in {days} day(s); arrange its renewal before then.</source>
        <translation>Het certificaat {certificate} verloopt op {expires}, over {days} dag(en); zorg vóór die datum voor de vernieuwing ervan.</translation>
    </message>
    <message>
        <source>The file holds no certificate this program can read (PEM, DER or a PKCS#7 bundle).</source>
        <translation>Het bestand bevat geen certificaat dat dit programma kan lezen (PEM, DER of een PKCS#7-bundel).</translation>
    </message>
    <message>
        <source>The certificate file is damaged.</source>
        <translation>Het certificaatbestand is beschadigd.</translation>
    </message>
    <message>
        <source>A certificate in the file is damaged (its names, extensions or key cannot be read).</source>
        <translation>Een certificaat in het bestand is beschadigd (de namen, extensies of sleutel zijn niet leesbaar).</translation>
    </message>
    <message>
        <source>A PEM block in the file is damaged (its base64 does not decode).</source>
        <translation>Een PEM-blok in het bestand is beschadigd (de base64 ervan kan niet worden gedecodeerd).</translation>
    </message>
    <message>
        <source>The package from {agency} is intact and signed by {signers}, whose certificates you trust.</source>
        <translation>Het pakket van {agency} is ongeschonden en ondertekend door {signers}, wiens certificaten u vertrouwt.</translation>
    </message>
    <message>
        <source>request.json does not list the attachment {attachment!r}, but the container holds it.</source>
        <translation>request.json vermeldt de bijlage {attachment!r} niet, maar ze zit wel in de container.</translation>
    </message>
    <message>
        <source>request.json lists the attachment {attachment!r}, but the container lacks it.</source>
        <translation>request.json vermeldt de bijlage {attachment!r}, maar ze ontbreekt in de container.</translation>
    </message>
    <message>
        <source>The attachment {attachment!r} differs from the size or SHA-256 request.json gives for it.</source>
        <translation>De bijlage {attachment!r} wijkt af van de grootte of de SHA-256 die request.json ervoor opgeeft.</translation>
    </message>
    <message>
        <source>The signature is broken.</source>
        <translation>De handtekening klopt niet.</translation>
    </message>
    <message>
        <source>The signer {signer} is not trusted: {reason}</source>
        <translation>De ondertekenaar {signer} wordt niet vertrouwd: {reason}</translation>
    </message>
    <message>
        <source>Your trust store is empty: add the partner agency's CA certificate to check who signed.</source>
        <translation>Uw vertrouwensopslag is leeg: voeg het CA-certificaat van de partnerdienst toe om te controleren wie heeft ondertekend.</translation>
    </message>
    <message>
        <source>Intact signature by {signer} of {agency}, trusted at the signing time and now.</source>
        <translation>Ongeschonden handtekening door {signer} van {agency}, vertrouwd op het moment van ondertekening en nu.</translation>
    </message>
    <message>
        <source>The package has no request.json.</source>
        <translation>Het pakket bevat geen request.json.</translation>
    </message>
    <message>
        <source>The signature claims to be made on {signing_time:%Y-%m-%d %H:%M} UTC, in the future; check the sender's clock before believing it.</source>
        <translation>De handtekening beweert te zijn gezet op {signing_time:%Y-%m-%d %H:%M} UTC, in de toekomst; controleer de klok van de afzender voordat u dat gelooft.</translation>
    </message>
    <message>
        <source>The signer's certificate is trusted for {agencies}, but the package says it comes from {sender}.</source>
        <translation>Het certificaat van de ondertekenaar wordt vertrouwd voor {agencies}, maar volgens het pakket komt het van {sender}.</translation>
    </message>
    <message>
        <source>The signature was valid at the claimed signing time, but the certificate is not valid now ({reason}); without a timestamp the claimed time cannot be proven.</source>
        <translation>De handtekening was geldig op de opgegeven ondertekeningstijd, maar het certificaat is nu niet geldig ({reason}); zonder tijdstempel kan de opgegeven tijd niet worden bewezen.</translation>
    </message>
    <message>
        <source>{file} was changed after it was signed (its digest does not match {manifest}).</source>
        <translation>{file} is gewijzigd nadat het werd ondertekend (de hashwaarde komt niet overeen met {manifest}).</translation>
    </message>
    <message>
        <source>{file} is exactly as signed.</source>
        <translation>{file} is precies zoals het werd ondertekend.</translation>
    </message>
    <message>
        <source>There is no agency with the code {code!r} in this case file.</source>
        <translation>Er is geen dienst met de code {code!r} in dit dossierbestand.</translation>
    </message>
    <message>
        <source>The file does not hold the certificates whose fingerprints you confirmed; open it again.</source>
        <translation>Het bestand bevat niet de certificaten waarvan u de vingerafdrukken hebt bevestigd; open het opnieuw.</translation>
    </message>
    <message>
        <source>This row could not be read as CSV; check its quotes and that no cell is far too long.</source>
        <translation>Deze regel kon niet als CSV worden gelezen; controleer de aanhalingstekens en of geen enkele cel veel te lang is.</translation>
    </message>
    <message>
        <source>The name is longer than {limit} characters.</source>
        <translation>De naam is langer dan {limit} tekens.</translation>
    </message>
    <message>
        <source>The agency is longer than {limit} characters.</source>
        <translation>De dienst is langer dan {limit} tekens.</translation>
    </message>
    <message>
        <source>The posting is longer than {limit} characters.</source>
        <translation>De standplaats is langer dan {limit} tekens.</translation>
    </message>
    <message>
        <source>The languages are longer than {limit} characters.</source>
        <translation>De talen zijn langer dan {limit} tekens.</translation>
    </message>
    <message>
        <source>The phone is longer than {limit} characters.</source>
        <translation>Het telefoonnummer is langer dan {limit} tekens.</translation>
    </message>
    <message>
        <source>The email is longer than {limit} characters.</source>
        <translation>Het e-mailadres is langer dan {limit} tekens.</translation>
    </message>
    <message>
        <source>The coverage is longer than {limit} characters.</source>
        <translation>Het werkgebied is langer dan {limit} tekens.</translation>
    </message>
    <message>
        <source>The notes are longer than {limit} characters.</source>
        <translation>De notities zijn langer dan {limit} tekens.</translation>
    </message>
    <message>
        <source>The first line must be a header row naming the columns ({allowed}).</source>
        <translation>De eerste regel moet een kopregel zijn met de namen van de kolommen ({allowed}).</translation>
    </message>
    <message>
        <source>The file is larger than {limit} MB and was not read.</source>
        <translation>Het bestand is groter dan {limit} MB en is niet gelezen.</translation>
    </message>
    <message>
        <source>The file contains binary data and is not a CSV text file.</source>
        <translation>Het bestand bevat binaire gegevens en is geen CSV-tekstbestand.</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>Het bestand is leeg.</translation>
    </message>
    <message>
        <source>The header row could not be read as CSV; check its quotes.</source>
        <translation>De kopregel kon niet als CSV worden gelezen; controleer de aanhalingstekens.</translation>
    </message>
    <message>
        <source>Column {position} of the header has no name.</source>
        <translation>Kolom {position} van de kopregel heeft geen naam.</translation>
    </message>
    <message>
        <source>The header has an unknown column "{column}"; the allowed columns are {allowed}.</source>
        <translation>De kopregel bevat een onbekende kolom „{column}”; de toegestane kolommen zijn {allowed}.</translation>
    </message>
    <message>
        <source>The header names the column "{column}" more than once.</source>
        <translation>De kopregel noemt de kolom „{column}” meer dan eens.</translation>
    </message>
    <message>
        <source>The header lacks the required column "{column}".</source>
        <translation>In de kopregel ontbreekt de verplichte kolom „{column}”.</translation>
    </message>
    <message>
        <source>The file is not UTF-8 text; save it as CSV UTF-8 and try again.</source>
        <translation>Het bestand is geen UTF-8-tekst; sla het op als CSV UTF-8 en probeer het opnieuw.</translation>
    </message>
    <message>
        <source>The file has more than {limit:,} rows and was not imported.</source>
        <translation>Het bestand heeft meer dan {limit:,} regels en is niet geïmporteerd.</translation>
    </message>
    <message>
        <source>This row has more cells than the header's {count} columns.</source>
        <translation>Deze regel heeft meer cellen dan de {count} kolommen van de kopregel.</translation>
    </message>
    <message>
        <source>The name is missing.</source>
        <translation>De naam ontbreekt.</translation>
    </message>
    <message>
        <source>The phone number may contain only digits, spaces and the characters + ( ) - . /.</source>
        <translation>Het telefoonnummer mag alleen cijfers, spaties en de tekens + ( ) - . / bevatten.</translation>
    </message>
    <message>
        <source>The e-mail address "{email}" is not valid.</source>
        <translation>Het e-mailadres „{email}” is ongeldig.</translation>
    </message>
    <message>
        <source>The agency code is missing.</source>
        <translation>De code van de dienst ontbreekt.</translation>
    </message>
    <message>
        <source>The agency code "{code}" is not known.</source>
        <translation>Er is geen dienst met de code „{code}”.</translation>
    </message>
    <message>
        <source>This officer is already listed for {agency} on line {first_line}.</source>
        <translation>Deze officier staat al vermeld voor {agency} op regel {first_line}.</translation>
    </message>
    <message>
        <source>The language "{code}" is not a two-letter ISO 639-1 code such as fr or nl.</source>
        <translation>De taal „{code}” is geen tweeletterige ISO 639-1-code zoals fr of nl.</translation>
    </message>
    <message>
        <source>Only an administrator can add an arrangement to the catalogue.</source>
        <translation>Alleen een beheerder kan een regeling aan de catalogus toevoegen.</translation>
    </message>
    <message>
        <source>An arrangement needs a name.</source>
        <translation>Een regeling heeft een naam nodig.</translation>
    </message>
    <message>
        <source>An arrangement file is at most 1 MB.</source>
        <translation>Een bestand met een regeling mag hoogstens 1 MB groot zijn.</translation>
    </message>
    <message>
        <source>{name} is not UTF-8 text.</source>
        <translation>{name} is geen UTF-8-tekst.</translation>
    </message>
    <message>
        <source>The arrangement {name} is not valid: {detail}.</source>
        <translation>De regeling {name} is ongeldig: {detail}.</translation>
    </message>
    <message>
        <source>There is already an arrangement named {name!r}.</source>
        <translation>Er is al een regeling met de naam {name!r}.</translation>
    </message>
    <message>
        <source>Entries {first} to {last} are missing (removed from the log).</source>
        <translation>Vermeldingen {first} tot en met {last} ontbreken (verwijderd uit het logboek).</translation>
    </message>
    <message>
        <source>Entry {entry} does not follow the entry before it (removed or reordered).</source>
        <translation>Vermelding {entry} sluit niet aan op de vorige vermelding (verwijderd of van volgorde veranderd).</translation>
    </message>
    <message>
        <source>Entry {entry} was changed after it was written.</source>
        <translation>Vermelding {entry} is gewijzigd nadat ze werd geschreven.</translation>
    </message>
    <message>
        <source>Further problems were not listed.</source>
        <translation>Verdere problemen zijn niet vermeld.</translation>
    </message>
    <message>
        <source>Only a supervisor signs the head of the audit log.</source>
        <translation>Alleen een leidinggevende ondertekent de kop van het auditlogboek.</translation>
    </message>
    <message>
        <source>No signed head of the log verifies: there is nothing to write.</source>
        <translation>Geen enkele ondertekende kop van het logboek is geldig: er is niets om op te slaan.</translation>
    </message>
    <message>
        <source>The audit log has no entries to sign.</source>
        <translation>Het auditlogboek heeft geen vermeldingen om te ondertekenen.</translation>
    </message>
    <message>
        <source>The signed head of the log at entry {entry} (by {name}) is forged: {problem}</source>
        <translation>De ondertekende kop van het logboek bij vermelding {entry} (door {name}) is vervalst: {problem}</translation>
    </message>
    <message>
        <source>The signed head of the log at entry {entry} was not signed with {name}'s own certificate.</source>
        <translation>De ondertekende kop van het logboek bij vermelding {entry} is niet ondertekend met het eigen certificaat van {name}.</translation>
    </message>
    <message>
        <source>The signed head of the log at entry {entry} was signed by {name}, who is not a supervisor.</source>
        <translation>De ondertekende kop van het logboek bij vermelding {entry} is ondertekend door {name}, die geen leidinggevende is.</translation>
    </message>
    <message>
        <source>The log was cut short: it ends at entry {entries}, but {name} signed its head at entry {entry}.</source>
        <translation>Het logboek is ingekort: het eindigt bij vermelding {entries}, maar {name} heeft de kop bij vermelding {entry} ondertekend.</translation>
    </message>
    <message>
        <source>Entry {entry} is not the one {name} signed: the log was rewritten at or before it.</source>
        <translation>Vermelding {entry} is niet de vermelding die {name} heeft ondertekend: het logboek is op of vóór die vermelding herschreven.</translation>
    </message>
    <message>
        <source>This is not an anchor file of Benelux Case Desk.</source>
        <translation>Dit is geen bestand met een ondertekende kop van Benelux Case Desk.</translation>
    </message>
    <message>
        <source>The anchor file is damaged: a field is missing or has the wrong form.</source>
        <translation>Het bestand met de ondertekende kop is beschadigd: een veld ontbreekt of heeft niet de juiste vorm.</translation>
    </message>
    <message>
        <source>The anchor file is damaged: its signature is not base64.</source>
        <translation>Het bestand met de ondertekende kop is beschadigd: de handtekening is geen base64.</translation>
    </message>
    <message>
        <source>This signed head belongs to another case file.</source>
        <translation>Deze ondertekende kop hoort bij een ander dossierbestand.</translation>
    </message>
    <message>
        <source>The signature does not verify.</source>
        <translation>De handtekening is niet geldig.</translation>
    </message>
    <message>
        <source>The signed head of entry {entry} is forged: {problem}</source>
        <translation>De ondertekende kop bij vermelding {entry} is vervalst: {problem}</translation>
    </message>
    <message>
        <source>The signed head of entry {entry} was not signed by a member of this case file.</source>
        <translation>De ondertekende kop bij vermelding {entry} is niet ondertekend door een lid van dit dossierbestand.</translation>
    </message>
    <message>
        <source>The signed head of entry {entry} was signed by someone who was not a supervisor.</source>
        <translation>De ondertekende kop bij vermelding {entry} is ondertekend door iemand die geen leidinggevende was.</translation>
    </message>
    <message>
        <source>The case file was upgraded to the current format; a backup was kept in {backup}.</source>
        <translation>Het dossierbestand is bijgewerkt naar het huidige formaat; er is een back-up bewaard in {backup}.</translation>
    </message>
    <message>
        <source>The case file's write-ahead log (case.db-wal) is damaged: changes saved after the damaged part would be lost. Nothing was opened or changed; restore the latest backup.</source>
        <translation>Het write-ahead-logboek van het dossierbestand (case.db-wal) is beschadigd: wijzigingen die na het beschadigde deel zijn opgeslagen, zouden verloren gaan. Er is niets geopend of gewijzigd; zet de laatste back-up terug.</translation>
    </message>
    <message>
        <source>There is no room left on the disk to write to the case file; nothing was changed.</source>
        <translation>Er is geen ruimte meer op de schijf om naar het dossierbestand te schrijven; er is niets gewijzigd.</translation>
    </message>
    <message>
        <source>The disk refused to write to the case file (it may be full); the last change may not have been saved: close the case file and open it again to see what it holds.</source>
        <translation>De schijf weigerde naar het dossierbestand te schrijven (mogelijk is die vol); de laatste wijziging is misschien niet opgeslagen: sluit het dossierbestand en open het opnieuw om te zien wat het bevat.</translation>
    </message>
    <message>
        <source>The member of this key slot is no longer part of the case file.</source>
        <translation>Het lid van dit sleutelslot maakt geen deel meer uit van het dossierbestand.</translation>
    </message>
    <message>
        <source>A member needs a name.</source>
        <translation>Een lid heeft een naam nodig.</translation>
    </message>
    <message>
        <source>A passphrase cannot be empty.</source>
        <translation>Een wachtwoordzin mag niet leeg zijn.</translation>
    </message>
    <message>
        <source>The case file's database is damaged (a page failed its integrity check); run `casedesk check` on a copy, or restore the latest backup.</source>
        <translation>De database van het dossierbestand is beschadigd (een pagina heeft de integriteitscontrole niet doorstaan); voer `casedesk check` uit op een kopie, of zet de laatste back-up terug.</translation>
    </message>
    <message>
        <source>There is no agency with the code {code!r}.</source>
        <translation>Er is geen dienst met de code {code!r}.</translation>
    </message>
    <message>
        <source>{filename} is larger than {limit} MB; attach a smaller file.</source>
        <translation>{filename} is groter dan {limit} MB; voeg een kleiner bestand bij.</translation>
    </message>
    <message>
        <source>The copy could not be written to {destination} ({reason}).</source>
        <translation>De kopie kon niet worden weggeschreven naar {destination} ({reason}).</translation>
    </message>
    <message>
        <source>The field {field} needs a time zone.</source>
        <translation>Het veld {field} heeft een tijdzone nodig.</translation>
    </message>
    <message>
        <source>{moment:%Y-%m-%d %H:%M} does not exist in {zone} (clocks go forward at that hour).</source>
        <translation>{moment:%Y-%m-%d %H:%M} bestaat niet in {zone} (de klok wordt op dat uur vooruitgezet).</translation>
    </message>
    <message>
        <source>{moment:%Y-%m-%d %H:%M} happens twice in {zone} (clocks go back); give the UTC offset, e.g. {earlier} or {later}.</source>
        <translation>{moment:%Y-%m-%d %H:%M} komt twee keer voor in {zone} (de klok wordt teruggezet); geef de UTC-afwijking op, bv. {earlier} of {later}.</translation>
    </message>
    <message>
        <source>Give both the latitude and the longitude of the place, or neither.</source>
        <translation>Geef zowel de breedtegraad als de lengtegraad van de plaats op, of geen van beide.</translation>
    </message>
    <message>
        <source>{filename} is not an ordinary file (it is a device or a pipe); attach a file.</source>
        <translation>{filename} is geen gewoon bestand (het is een apparaat of een pipe); voeg een bestand bij.</translation>
    </message>
    <message>
        <source>{zone!r} is not a known time zone (use e.g. Europe/Brussels).</source>
        <translation>{zone!r} is geen bekende tijdzone (gebruik bijvoorbeeld Europe/Brussels).</translation>
    </message>
    <message>
        <source>The due date needs a time zone.</source>
        <translation>Bij de termijn moet een tijdzone worden opgegeven.</translation>
    </message>
    <message>
        <source>The latitude must be a number of degrees.</source>
        <translation>De breedtegraad moet een aantal graden zijn.</translation>
    </message>
    <message>
        <source>The latitude {latitude} is outside the globe (from -90 to 90 degrees).</source>
        <translation>De breedtegraad {latitude} ligt buiten de aardbol (van -90 tot 90 graden).</translation>
    </message>
    <message>
        <source>The longitude must be a number of degrees.</source>
        <translation>De lengtegraad moet een aantal graden zijn.</translation>
    </message>
    <message>
        <source>The longitude {longitude} is outside the globe (from -180 to 180 degrees).</source>
        <translation>De lengtegraad {longitude} ligt buiten de aardbol (van -180 tot 180 graden).</translation>
    </message>
    <message>
        <source>A case needs a title.</source>
        <translation>Een dossier moet een titel hebben.</translation>
    </message>
    <message>
        <source>Unknown field for a case of the kind {kind}: {field}.</source>
        <translation>Onbekend veld voor een dossier van de soort {kind}: {field}.</translation>
    </message>
    <message>
        <source>A person, vehicle or object needs a name or description.</source>
        <translation>Een persoon, voertuig of voorwerp moet een naam of beschrijving hebben.</translation>
    </message>
    <message>
        <source>A note cannot be empty.</source>
        <translation>Een notitie mag niet leeg zijn.</translation>
    </message>
    <message>
        <source>A task needs a title.</source>
        <translation>Een taak moet een titel hebben.</translation>
    </message>
    <message>
        <source>An attachment needs a file name.</source>
        <translation>Een bijlage moet een bestandsnaam hebben.</translation>
    </message>
    <message>
        <source>Case {reference} is closed; it can no longer be changed.</source>
        <translation>Dossier {reference} is afgesloten; het kan niet meer worden gewijzigd.</translation>
    </message>
    <message>
        <source>There is no case {reference!r} in this case file.</source>
        <translation>Er is geen dossier {reference!r} in dit dossierbestand.</translation>
    </message>
    <message>
        <source>A case of the kind {kind} has no kind-specific fields.</source>
        <translation>Een dossier van de soort {kind} heeft geen soortspecifieke velden.</translation>
    </message>
    <message>
        <source>Case {reference} is already closed.</source>
        <translation>Dossier {reference} is al afgesloten.</translation>
    </message>
    <message>
        <source>There is no task {task}.</source>
        <translation>Er is geen taak {task}.</translation>
    </message>
    <message>
        <source>The task {title!r} is already done.</source>
        <translation>De taak {title!r} is al gedaan.</translation>
    </message>
    <message>
        <source>{filename} could not be read.</source>
        <translation>{filename} kon niet worden gelezen.</translation>
    </message>
    <message>
        <source>There is no attachment {attachment}.</source>
        <translation>Er is geen bijlage {attachment}.</translation>
    </message>
    <message>
        <source>The stored content of {filename} does not match its SHA-256.</source>
        <translation>De opgeslagen inhoud van {filename} komt niet overeen met de SHA-256 ervan.</translation>
    </message>
    <message>
        <source>There is no request {reference!r}.</source>
        <translation>Er is geen verzoek {reference!r}.</translation>
    </message>
    <message>
        <source>{filename} could not be read ({reason}).</source>
        <translation>{filename} kon niet worden gelezen ({reason}).</translation>
    </message>
    <message>
        <source>The decrypted copy of {filename} could not be written to {destination} ({reason}); the audit log records the attempt and may not record that it failed, because the disk refused to write to the case file (it may be full).</source>
        <translation>De ontsleutelde kopie van {filename} kon niet naar {destination} worden geschreven ({reason}); het auditlogboek registreert de poging en misschien niet dat die mislukte, omdat de schijf weigerde naar het dossierbestand te schrijven (mogelijk is die vol).</translation>
    </message>
    <message>
        <source>A request between two agencies in {country} is not cross-border, so no cross-border legal basis applies.</source>
        <translation>Een verzoek tussen twee diensten in {country} is niet grensoverschrijdend, dus er is geen grensoverschrijdende rechtsgrond van toepassing.</translation>
    </message>
    <message>
        <source>The {instrument} is not in force on {day}: the {following} applies to events from {start}.</source>
        <translation>{instrument} is op {day} niet van kracht: op feiten vanaf {start} is {following} van toepassing.</translation>
    </message>
    <message>
        <source>{reference} is not valid for request kind '{kind}'.</source>
        <translation>{reference} geldt niet voor de soort verzoek '{kind}'.</translation>
    </message>
    <message>
        <source>{reference} does not apply between {requesting} and {requested}: {outsider} is not a party to the {instrument}.</source>
        <translation>{reference} is niet van toepassing tussen {requesting} en {requested}: {outsider} is geen partij bij {instrument}.</translation>
    </message>
    <message>
        <source>{reference} does not apply between {requesting} and {requested}: {requesting} and {requested} are not parties to the {instrument}.</source>
        <translation>{reference} is niet van toepassing tussen {requesting} en {requested}: {requesting} en {requested} zijn geen partij bij {instrument}.</translation>
    </message>
    <message>
        <source>{reference} applies only between the countries of these pairs: {pairs}; not between {requesting} and {requested}.</source>
        <translation>{reference} is alleen van toepassing tussen de landen van deze paren: {pairs}; niet tussen {requesting} en {requested}.</translation>
    </message>
    <message>
        <source>The {instrument} is not in force on {day}: the {previous} applies to events before {start}.</source>
        <translation>{instrument} is op {day} niet van kracht: op feiten vóór {start} is {previous} van toepassing.</translation>
    </message>
    <message>
        <source>The {instrument} is not in force on {day}: it applies to events up to {end}.</source>
        <translation>{instrument} is op {day} niet van kracht: het is van toepassing op feiten tot {end}.</translation>
    </message>
    <message>
        <source>{instrument!r} is not an instrument in the agreements catalogue.</source>
        <translation>{instrument!r} is geen rechtsinstrument in de catalogus van overeenkomsten.</translation>
    </message>
    <message>
        <source>{basis!r} is not a legal basis in the agreements catalogue.</source>
        <translation>{basis!r} is geen rechtsgrond in de catalogus van overeenkomsten.</translation>
    </message>
    <message>
        <source>{reference} applies only between {first} and {second}, not between {requesting} and {requested}.</source>
        <translation>{reference} is alleen van toepassing tussen {first} en {second}, niet tussen {requesting} en {requested}.</translation>
    </message>
    <message>
        <source>The {instrument} is not in force on {day}: it applies to events from {start}.</source>
        <translation>{instrument} is op {day} niet van kracht: het is van toepassing op feiten vanaf {start}.</translation>
    </message>
    <message>
        <source>Open the case file as the member whose credential this is.</source>
        <translation>Open het dossierbestand als het lid aan wie dit certificaat toebehoort.</translation>
    </message>
    <message>
        <source>A PKCS#12 file is at most 1 MB.</source>
        <translation>Een PKCS#12-bestand is hoogstens 1 MB groot.</translation>
    </message>
    <message>
        <source>This certificate expired on {date:%Y-%m-%d}.</source>
        <translation>Dit certificaat is verlopen op {date:%Y-%m-%d}.</translation>
    </message>
    <message>
        <source>Only an administrator or a supervisor can change the trust store.</source>
        <translation>Alleen een beheerder of een leidinggevende kan de vertrouwensopslag wijzigen.</translation>
    </message>
    <message>
        <source>The system keyring refused to remember the certificate password.</source>
        <translation>De sleutelhanger van het systeem weigerde het wachtwoord van het certificaat te onthouden.</translation>
    </message>
    <message>
        <source>This member has no signing certificate in this case file; import a PKCS#12 file first.</source>
        <translation>Dit lid heeft geen ondertekeningscertificaat in dit dossierbestand; importeer eerst een PKCS#12-bestand.</translation>
    </message>
    <message>
        <source>{name} has no signing certificate in this case file; import a PKCS#12 file first.</source>
        <translation>{name} heeft geen ondertekeningscertificaat in dit dossierbestand; importeer eerst een PKCS#12-bestand.</translation>
    </message>
    <message>
        <source>The password of {name}'s signing certificate is needed.</source>
        <translation>Het wachtwoord van het ondertekeningscertificaat van {name} is nodig.</translation>
    </message>
    <message>
        <source>{name}'s signing certificate: {problem}</source>
        <translation>Ondertekeningscertificaat van {name}: {problem}</translation>
    </message>
    <message>
        <source>There is no certificate with that fingerprint in the trust store.</source>
        <translation>Er staat geen certificaat met die vingerafdruk in de vertrouwensopslag.</translation>
    </message>
    <message>
        <source>The certificate {fingerprint}… is pinned to several agencies ({agencies}); say which.</source>
        <translation>Het certificaat {fingerprint}… is aan meerdere diensten vastgepind ({agencies}); geef aan welke.</translation>
    </message>
    <message>
        <source>There is no certificate with that fingerprint pinned to {agency}.</source>
        <translation>Er is geen certificaat met die vingerafdruk vastgepind aan {agency}.</translation>
    </message>
    <message>
        <source>Creating the case file and its members…</source>
        <translation>Dossierbestand en leden worden aangemaakt…</translation>
    </message>
    <message>
        <source>Done.</source>
        <translation>Klaar.</translation>
    </message>
    <message>
        <source>Filing cases and requests…</source>
        <translation>Dossiers en verzoeken worden geregistreerd…</translation>
    </message>
    <message>
        <source>Adding {count:,} more requests in bulk…</source>
        <translation>Nog {count:,} verzoeken worden in bulk toegevoegd…</translation>
    </message>
    <message>
        <source>{path} was not written: the disk refused to record the export in the case file's audit log (it may be full).</source>
        <translation>{path} is niet geschreven: de schijf weigerde de export vast te leggen in het auditlogboek van het dossierbestand (mogelijk is ze vol).</translation>
    </message>
    <message>
        <source>{path} could not be written ({reason}); the audit log records the export and may not record that it failed, because the disk refused to write to the case file (it may be full).</source>
        <translation>{path} kon niet worden geschreven ({reason}); het auditlogboek vermeldt de export en vermeldt mogelijk niet dat die mislukte, omdat de schijf weigerde naar het dossierbestand te schrijven (mogelijk is ze vol).</translation>
    </message>
    <message>
        <source>The first month ({first}) comes after the last month ({last}).</source>
        <translation>De eerste maand ({first}) valt na de laatste maand ({last}).</translation>
    </message>
    <message>
        <source>There is no equipment loan {reference!r} in this case file.</source>
        <translation>Er is geen uitlening van materieel {reference!r} in dit dossierbestand.</translation>
    </message>
    <message>
        <source>Your role cannot record loans.</source>
        <translation>Met uw rol kunt u geen uitleningen registreren.</translation>
    </message>
    <message>
        <source>Item {item} is not on this loan's inventory list.</source>
        <translation>Voorwerp {item} staat niet op de inventarislijst van deze uitlening.</translation>
    </message>
    <message>
        <source>Say in which condition {item!r} came back (good, damaged or lost).</source>
        <translation>Geef aan in welke staat {item!r} is teruggekomen (goed, beschadigd of verloren).</translation>
    </message>
    <message>
        <source>Describe the damage or loss of {item!r}; the borrower bears it.</source>
        <translation>Beschrijf de schade aan of het verlies van {item!r}; die komt voor rekening van de lener.</translation>
    </message>
    <message>
        <source>Loan lists are: out, due_soon, overdue, returned or all.</source>
        <translation>De lijsten van uitleningen zijn: out, due_soon, overdue, returned of all.</translation>
    </message>
    <message>
        <source>Only an administrator or a supervisor can manage members.</source>
        <translation>Alleen een beheerder of een leidinggevende kan leden beheren.</translation>
    </message>
    <message>
        <source>Open the case file with your own passphrase to change it.</source>
        <translation>Open het dossierbestand met uw eigen wachtwoordzin om die te wijzigen.</translation>
    </message>
    <message>
        <source>The new passphrase cannot be empty.</source>
        <translation>De nieuwe wachtwoordzin mag niet leeg zijn.</translation>
    </message>
    <message>
        <source>There is no active member named {name!r}.</source>
        <translation>Er is geen actief lid met de naam {name!r}.</translation>
    </message>
    <message>
        <source>Open the case file with your own passphrase first.</source>
        <translation>Open het dossierbestand eerst met uw eigen wachtwoordzin.</translation>
    </message>
    <message>
        <source>There is no such quick-unlock slot in this case file.</source>
        <translation>Dit dossierbestand heeft geen dergelijk slot voor snel ontgrendelen.</translation>
    </message>
    <message>
        <source>There is already a member named {name!r}.</source>
        <translation>Er is al een lid met de naam {name!r}.</translation>
    </message>
    <message>
        <source>You cannot remove yourself; ask another administrator or supervisor.</source>
        <translation>U kunt uzelf niet verwijderen; vraag het aan een andere beheerder of leidinggevende.</translation>
    </message>
    <message>
        <source>{name} can no longer open the case file, but the disk refused to record the removal (it may be full), so {name} may still be listed: free some space, open the case file again and remove {name} again to finish.</source>
        <translation>{name} kan het dossierbestand niet meer openen, maar de schijf weigerde de verwijdering te registreren (mogelijk is die vol), dus {name} staat misschien nog in de lijst: maak ruimte vrij, open het dossierbestand opnieuw en verwijder {name} nogmaals om dit af te ronden.</translation>
    </message>
    <message>
        <source>The package is larger than 64 MB; nothing was imported.</source>
        <translation>Het pakket is groter dan 64 MB; er is niets geïmporteerd.</translation>
    </message>
    <message>
        <source>The package is encrypted; give your agency's decryption certificate (PKCS#12).</source>
        <translation>Het pakket is versleuteld; geef het ontsleutelingscertificaat van uw dienst op (PKCS#12).</translation>
    </message>
    <message>
        <source>Your role cannot import packages.</source>
        <translation>Met uw rol kunt u geen pakketten importeren.</translation>
    </message>
    <message>
        <source>Not imported: {reason}</source>
        <translation>Niet geïmporteerd: {reason}</translation>
    </message>
    <message>
        <source>The answer is addressed to {agency}, not to an agency of this case file; nothing was imported.</source>
        <translation>Het antwoord is gericht aan {agency}, niet aan een dienst van dit dossierbestand; er is niets geïmporteerd.</translation>
    </message>
    <message>
        <source>The answer refers to {reference}, which is not a request of ours to {agency}; nothing was imported.</source>
        <translation>Het antwoord verwijst naar {reference}, dat geen verzoek van ons aan {agency} is; er is niets geïmporteerd.</translation>
    </message>
    <message>
        <source>{reference} has the status {status}, not waiting for an answer; nothing was imported.</source>
        <translation>{reference} heeft status {status} en wacht niet op een antwoord; er is niets geïmporteerd.</translation>
    </message>
    <message>
        <source>The answer from {agency} was linked to {reference}, now answered.</source>
        <translation>Het antwoord van {agency} is gekoppeld aan {reference}, dat nu beantwoord is.</translation>
    </message>
    <message>
        <source>The package is addressed to {agency}, not to an agency of this case file.</source>
        <translation>Het pakket is gericht aan {agency}, niet aan een dienst van dit dossierbestand.</translation>
    </message>
    <message>
        <source>{agency}'s request {partner_reference} was filed as {reference} (received).</source>
        <translation>Het verzoek {partner_reference} van {agency} is geregistreerd als {reference} (ontvangen).</translation>
    </message>
    <message>
        <source>The package names an agency this case file does not know; nothing was imported.</source>
        <translation>Het pakket vermeldt een dienst die dit dossierbestand niet kent; er is niets geïmporteerd.</translation>
    </message>
    <message>
        <source>The partner's request cannot be filed here: its kind {kind!r} is not one this version knows.</source>
        <translation>Het verzoek van de partner kan hier niet worden geregistreerd: deze versie kent de soort {kind!r} niet.</translation>
    </message>
    <message>
        <source>The partner's request cannot be filed here: its date of the events {value!r} is not readable.</source>
        <translation>Het verzoek van de partner kan hier niet worden geregistreerd: de datum van de feiten {value!r} is niet leesbaar.</translation>
    </message>
    <message>
        <source>The partner's request cannot be filed here: {reason}</source>
        <translation>Het verzoek van de partner kan hier niet worden geregistreerd: {reason}</translation>
    </message>
    <message>
        <source>The loan period of the partner's request ends before it starts.</source>
        <translation>De uitleenperiode van het verzoek van de partner eindigt voordat ze begint.</translation>
    </message>
    <message>
        <source>Already imported.</source>
        <translation>Al geïmporteerd.</translation>
    </message>
    <message>
        <source>This package was already imported on {when:%Y-%m-%d %H:%M} UTC as {reference}.</source>
        <translation>Dit pakket is al geïmporteerd op {when:%Y-%m-%d %H:%M} UTC als {reference}.</translation>
    </message>
    <message>
        <source>This package was already imported on {when:%Y-%m-%d %H:%M} UTC.</source>
        <translation>Dit pakket is al geïmporteerd op {when:%Y-%m-%d %H:%M} UTC.</translation>
    </message>
    <message>
        <source>A package with the same identifier was already imported; this copy differs in its bytes and was not imported.</source>
        <translation>Er is al een pakket met dezelfde identificatie geïmporteerd; deze kopie verschilt er bytegewijs van en is niet geïmporteerd.</translation>
    </message>
    <message>
        <source>The loan period of the partner's request is not readable.</source>
        <translation>De uitleenperiode van het verzoek van de partner is niet leesbaar.</translation>
    </message>
    <message>
        <source>handling code {code}</source>
        <translation>behandelingscode {code}</translation>
    </message>
    <message>
        <source>graded {grading}</source>
        <translation>evaluatie {grading}</translation>
    </message>
    <message>
        <source>Your role cannot answer requests.</source>
        <translation>Met uw rol kunt u geen verzoeken beantwoorden.</translation>
    </message>
    <message>
        <source>An answer needs some text.</source>
        <translation>Een antwoord moet tekst bevatten.</translation>
    </message>
    <message>
        <source>The trust store holds no RSA encryption certificate for {agency}.</source>
        <translation>De vertrouwensopslag bevat geen RSA-versleutelingscertificaat voor {agency}.</translation>
    </message>
    <message>
        <source>This front end cannot render the request's PDF form, so it cannot export packages.</source>
        <translation>Deze gebruikersinterface kan het PDF-formulier van het verzoek niet genereren en kan dus geen pakketten exporteren.</translation>
    </message>
    <message>
        <source>There is no request {reference!r} in this case file.</source>
        <translation>Er is geen verzoek {reference!r} in dit dossierbestand.</translation>
    </message>
    <message>
        <source>the request's data</source>
        <translation>de gegevens van het verzoek</translation>
    </message>
    <message>
        <source>the request as a readable form</source>
        <translation>het verzoek als leesbaar formulier</translation>
    </message>
    <message>
        <source>Attachment {attachment} does not belong to the case of {reference}.</source>
        <translation>Bijlage {attachment} hoort niet bij het dossier van {reference}.</translation>
    </message>
    <message>
        <source>Only an outgoing request is exported; answer an incoming one with an answer package.</source>
        <translation>Alleen een uitgaand verzoek wordt geëxporteerd; beantwoord een inkomend verzoek met een antwoordpakket.</translation>
    </message>
    <message>
        <source>{reference} has the status {status}; only an approved request is exported.</source>
        <translation>{reference} heeft status {status}; alleen een goedgekeurd verzoek wordt geëxporteerd.</translation>
    </message>
    <message>
        <source>The supervisor who approved the request signs and exports it.</source>
        <translation>De leidinggevende die het verzoek heeft goedgekeurd, ondertekent en exporteert het.</translation>
    </message>
    <message>
        <source>Only a supervisor can override handling codes.</source>
        <translation>Alleen een leidinggevende kan behandelingscodes negeren.</translation>
    </message>
    <message>
        <source>{reference} is graded {grading}: it is held back; a supervisor must override the handling code to export it.</source>
        <translation>{reference} heeft evaluatie {grading}: het wordt tegengehouden; een leidinggevende moet de behandelingscode negeren om het te exporteren.</translation>
    </message>
    <message>
        <source>There is no other filer to add a second signature.</source>
        <translation>Er is geen andere indiener die een tweede handtekening kan toevoegen.</translation>
    </message>
    <message>
        <source>Only an incoming request is answered with an answer package.</source>
        <translation>Alleen een inkomend verzoek wordt met een antwoordpakket beantwoord.</translation>
    </message>
    <message>
        <source>{reference} has the status {status}; answer it first.</source>
        <translation>{reference} heeft status {status}; beantwoord het eerst.</translation>
    </message>
    <message>
        <source>{reference} has handling code {code}: it is held back; a supervisor must override the handling code to export it.</source>
        <translation>{reference} heeft behandelingscode {code}: het wordt tegengehouden; een leidinggevende moet de behandelingscode negeren om het te exporteren.</translation>
    </message>
    <message>
        <source>{reference} has the status {status}; it was already answered.</source>
        <translation>{reference} heeft status {status}; het is al beantwoord.</translation>
    </message>
    <message>
        <source>No legal basis in the agreements catalogue covers a request of kind {kind} between {requesting} and {requested} for events on {day}.</source>
        <translation>Geen enkele rechtsgrond in de catalogus van overeenkomsten dekt een verzoek van de soort {kind} tussen {requesting} en {requested} voor feiten op {day}.</translation>
    </message>
    <message>
        <source>Say which of your agencies files the request (your member record has no agency).</source>
        <translation>Geef aan van welke van uw diensten het verzoek uitgaat (bij uw gegevens als lid staat geen dienst).</translation>
    </message>
    <message>
        <source>The date of the events needs a time zone.</source>
        <translation>Bij de datum van de feiten moet een tijdzone worden opgegeven.</translation>
    </message>
    <message>
        <source>The partner agency must be another agency than your own.</source>
        <translation>De partnerdienst moet een andere dienst zijn dan uw eigen dienst.</translation>
    </message>
    <message>
        <source>A request in status {status} is finished; it cannot be changed any more.</source>
        <translation>Een verzoek met status {status} is afgehandeld; het kan niet meer worden gewijzigd.</translation>
    </message>
    <message>
        <source>submitted</source>
        <translation>ingediend</translation>
    </message>
    <message>
        <source>approved</source>
        <translation>goedgekeurd</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>afgewezen</translation>
    </message>
    <message>
        <source>revised</source>
        <translation>herzien</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>verzonden</translation>
    </message>
    <message>
        <source>answered</source>
        <translation>beantwoord</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>afgesloten</translation>
    </message>
    <message>
        <source>handed over</source>
        <translation>overhandigd</translation>
    </message>
    <message>
        <source>returned</source>
        <translation>teruggegeven</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>geannuleerd</translation>
    </message>
    <message>
        <source>A request in status {status} cannot be submitted; it can be {allowed}.</source>
        <translation>Een verzoek met status {status} kan niet worden ingediend; het kan wel worden {allowed}.</translation>
    </message>
    <message>
        <source>A request in status {status} cannot be approved; it can be {allowed}.</source>
        <translation>Een verzoek met status {status} kan niet worden goedgekeurd; het kan wel worden {allowed}.</translation>
    </message>
    <message>
        <source>A request in status {status} cannot be rejected; it can be {allowed}.</source>
        <translation>Een verzoek met status {status} kan niet worden afgewezen; het kan wel worden {allowed}.</translation>
    </message>
    <message>
        <source>A request in status {status} cannot be revised; it can be {allowed}.</source>
        <translation>Een verzoek met status {status} kan niet worden herzien; het kan wel worden {allowed}.</translation>
    </message>
    <message>
        <source>A request in status {status} cannot be sent; it can be {allowed}.</source>
        <translation>Een verzoek met status {status} kan niet worden verzonden; het kan wel worden {allowed}.</translation>
    </message>
    <message>
        <source>A request in status {status} cannot be answered; it can be {allowed}.</source>
        <translation>Een verzoek met status {status} kan niet worden beantwoord; het kan wel worden {allowed}.</translation>
    </message>
    <message>
        <source>A request in status {status} cannot be closed; it can be {allowed}.</source>
        <translation>Een verzoek met status {status} kan niet worden afgesloten; het kan wel worden {allowed}.</translation>
    </message>
    <message>
        <source>A request in status {status} cannot be handed over; it can be {allowed}.</source>
        <translation>Een verzoek met status {status} kan niet worden overhandigd; het kan wel worden {allowed}.</translation>
    </message>
    <message>
        <source>A request in status {status} cannot be returned; it can be {allowed}.</source>
        <translation>Een verzoek met status {status} kan niet worden teruggegeven; het kan wel worden {allowed}.</translation>
    </message>
    <message>
        <source>A request in status {status} cannot be cancelled.</source>
        <translation>Een verzoek met status {status} kan niet worden geannuleerd.</translation>
    </message>
    <message>
        <source>Only a supervisor can approve or reject a request.</source>
        <translation>Alleen een leidinggevende kan een verzoek goedkeuren of afwijzen.</translation>
    </message>
    <message>
        <source>You cannot approve or reject a request you created or submitted; another supervisor must decide (four-eyes rule).</source>
        <translation>U kunt een verzoek dat u zelf hebt aangemaakt of ingediend niet goedkeuren of afwijzen; een andere leidinggevende moet beslissen (vier-ogenprincipe).</translation>
    </message>
    <message>
        <source>A loan cannot be cancelled while the equipment is handed over; record its return first.</source>
        <translation>Een uitlening kan niet worden geannuleerd zolang het materieel overhandigd is; registreer eerst de teruggave.</translation>
    </message>
    <message>
        <source>The loan start needs a time zone.</source>
        <translation>Bij het begin van de uitlening moet een tijdzone worden opgegeven.</translation>
    </message>
    <message>
        <source>The loan end needs a time zone.</source>
        <translation>Bij het einde van de uitlening moet een tijdzone worden opgegeven.</translation>
    </message>
    <message>
        <source>The time of receipt needs a time zone.</source>
        <translation>Bij het tijdstip van ontvangst moet een tijdzone worden opgegeven.</translation>
    </message>
    <message>
        <source>The time needs a time zone.</source>
        <translation>Bij het tijdstip moet een tijdzone worden opgegeven.</translation>
    </message>
    <message>
        <source>Only investigators, duty officers and supervisors file requests.</source>
        <translation>Alleen rechercheurs, piketofficieren en leidinggevenden stellen verzoeken op.</translation>
    </message>
    <message>
        <source>A request needs a title.</source>
        <translation>Een verzoek moet een titel hebben.</translation>
    </message>
    <message>
        <source>An equipment loan needs the start and end of the loan period.</source>
        <translation>Bij een uitlening van materieel moeten het begin en het einde van de uitleenperiode worden opgegeven.</translation>
    </message>
    <message>
        <source>The loan period must end after it starts.</source>
        <translation>De uitleenperiode moet eindigen nadat ze begint.</translation>
    </message>
    <message>
        <source>An equipment loan needs an inventory list with at least one item.</source>
        <translation>Een uitlening van materieel heeft een inventarislijst met minstens één voorwerp nodig.</translation>
    </message>
    <message>
        <source>A rejection needs a reason.</source>
        <translation>Een afwijzing moet een reden hebben.</translation>
    </message>
    <message>
        <source>Your role cannot act on requests.</source>
        <translation>Met uw rol kunt u geen verzoeken behandelen.</translation>
    </message>
    <message>
        <source>The legal basis {reference} requires: {fields}.</source>
        <translation>De rechtsgrond {reference} vereist: {fields}.</translation>
    </message>
    <message>
        <source>An urgent information request must say whether the information is directly or indirectly accessible.</source>
        <translation>Een dringend verzoek om informatie moet vermelden of de informatie rechtstreeks of onrechtstreeks toegankelijk is.</translation>
    </message>
    <message>
        <source>Every item of the inventory list needs a type.</source>
        <translation>Elk voorwerp op de inventarislijst moet een soort hebben.</translation>
    </message>
    <message>
        <source>The quantity of {item!r} must be at least 1.</source>
        <translation>Het aantal van {item!r} moet minstens 1 zijn.</translation>
    </message>
    <message>
        <source>{item!r} lists {serials} serial numbers for a quantity of {quantity}.</source>
        <translation>{item!r} vermeldt {serials} serienummers voor een aantal van {quantity}.</translation>
    </message>
    <message>
        <source>The field {label!r} must be a date and time with its zone.</source>
        <translation>Het veld {label!r} moet een datum en tijd met tijdzone zijn.</translation>
    </message>
    <message>
        <source>There is no case {reference!r}.</source>
        <translation>Er is geen dossier {reference!r}.</translation>
    </message>
    <message>
        <source>Only an equipment-loan request has an inventory list.</source>
        <translation>Alleen een verzoek om uitlening van materieel heeft een inventarislijst.</translation>
    </message>
    <message>
        <source>This case file was written by a newer version of Benelux Case Desk; please update the application to open it.</source>
        <translation>Dit dossierbestand is geschreven met een nieuwere versie van Benelux Case Desk; werk de toepassing bij om het te openen.</translation>
    </message>
    <message>
        <source>This database has tables but no schema version; it is not a case file of ours.</source>
        <translation>Deze database heeft tabellen maar geen schemaversie; het is geen dossierbestand van deze toepassing.</translation>
    </message>
    <message>
        <source>Choose a file name for the package.</source>
        <translation>Kies een bestandsnaam voor het pakket.</translation>
    </message>
    <message>
        <source>{path} is a folder; choose a file name.</source>
        <translation>{path} is een map; kies een bestandsnaam.</translation>
    </message>
    <message>
        <source>Cannot write into {folder}; choose another place.</source>
        <translation>Er kan niet worden geschreven in {folder}; kies een andere plaats.</translation>
    </message>
    <message>
        <source>Cannot write {path} ({reason}); choose another place.</source>
        <translation>{path} kan niet worden geschreven ({reason}); kies een andere plaats.</translation>
    </message>
    <message>
        <source>The package was signed and recorded in the case file, but {path} could not be written ({reason}); export it again to another place.</source>
        <translation>Het pakket is ondertekend en vastgelegd in het dossierbestand, maar {path} kon niet worden geschreven ({reason}); exporteer het opnieuw naar een andere plaats.</translation>
    </message>
    <message>
        <source>{file} is not a file that can be read.</source>
        <translation>{file} is geen bestand dat kan worden gelezen.</translation>
    </message>
    <message>
        <source>{file} could not be read.</source>
        <translation>{file} kon niet worden gelezen.</translation>
    </message>
    <message>
        <source>The decryption key: {reason}</source>
        <translation>De ontsleutelingssleutel: {reason}</translation>
    </message>
    <message>
        <source>{file} could not be read ({reason}).</source>
        <translation>{file} kon niet worden gelezen ({reason}).</translation>
    </message>
    <message>
        <source>Only an incoming request is declined; an outgoing one is rejected in Approvals.</source>
        <translation>Alleen een inkomend verzoek wordt geweigerd; een uitgaand verzoek wordt afgewezen in Goedkeuringen.</translation>
    </message>
    <message>
        <source>{reference} has the status {status}; only a received request is answered.</source>
        <translation>{reference} heeft status {status}; alleen een ontvangen verzoek wordt beantwoord.</translation>
    </message>
    <message>
        <source>The answer was signed and recorded in the case file, but {path} could not be written ({reason}); send the answer again to another place.</source>
        <translation>Het antwoord is ondertekend en vastgelegd in het dossierbestand, maar {path} kon niet worden geschreven ({reason}); verzend het antwoord opnieuw naar een andere plaats.</translation>
    </message>
    <message>
        <source>An escrow certificate must hold an RSA key of at least 2048 bits.</source>
        <translation>Een escrowcertificaat moet een RSA-sleutel van minstens 2048 bits bevatten.</translation>
    </message>
    <message>
        <source>A case file needs a first member.</source>
        <translation>Een dossierbestand heeft een eerste lid nodig.</translation>
    </message>
    <message>
        <source>Two members have the same name; give each a different one.</source>
        <translation>Twee leden hebben dezelfde naam; geef elk lid een andere naam.</translation>
    </message>
    <message>
        <source>Only an administrator or a supervisor can add the other members: make the first member one.</source>
        <translation>Alleen een beheerder of een leidinggevende kan de andere leden toevoegen: maak van het eerste lid een beheerder of leidinggevende.</translation>
    </message>
    <message>
        <source>Nothing is remembered for this case file on this device; open it with your passphrase.</source>
        <translation>Op dit apparaat is niets onthouden voor dit dossierbestand; open het met uw wachtwoordzin.</translation>
    </message>
    <message>
        <source>A passphrase needs at least 8 characters; nothing was changed.</source>
        <translation>Een wachtwoordzin moet minstens 8 tekens bevatten; er is niets gewijzigd.</translation>
    </message>
    <message>
        <source>{file} is not a readable X.509 certificate.</source>
        <translation>{file} is geen leesbaar X.509-certificaat.</translation>
    </message>
    <message>
        <source>The passphrase of {member} needs at least {length} characters.</source>
        <translation>De wachtwoordzin van {member} moet minstens {length} tekens bevatten.</translation>
    </message>
    <message>
        <source>The key-slot file was damaged or missing; it was restored from its backup copy.</source>
        <translation>Het sleutelslotbestand was beschadigd of ontbrak; het is hersteld uit de back-up.</translation>
    </message>
    <message>
        <source>An interrupted change of the data key was completed.</source>
        <translation>Een onderbroken wijziging van de gegevenssleutel is voltooid.</translation>
    </message>
    <message>
        <source>The passphrase is not correct for {name}.</source>
        <translation>De wachtwoordzin is niet juist voor {name}.</translation>
    </message>
    <message>
        <source>There is no case file at {path}.</source>
        <translation>Er is geen dossierbestand op {path}.</translation>
    </message>
    <message>
        <source>Both key-slot files of this case file are missing.</source>
        <translation>Beide sleutelslotbestanden van dit dossierbestand ontbreken.</translation>
    </message>
    <message>
        <source>A case file's folder name ends in {suffix}.</source>
        <translation>De mapnaam van een dossierbestand eindigt op {suffix}.</translation>
    </message>
    <message>
        <source>{path} already exists; choose another name.</source>
        <translation>{path} bestaat al; kies een andere naam.</translation>
    </message>
    <message>
        <source>No escrow slot of this case file matches that key.</source>
        <translation>Geen enkel escrowslot van dit dossierbestand past bij die sleutel.</translation>
    </message>
    <message>
        <source>This case file has no slot of that kind.</source>
        <translation>Dit dossierbestand heeft geen slot van die soort.</translation>
    </message>
    <message>
        <source>The key-slot file and its backup are both damaged; the case file cannot be opened.</source>
        <translation>Het sleutelslotbestand en de back-up ervan zijn allebei beschadigd; het dossierbestand kan niet worden geopend.</translation>
    </message>
    <message>
        <source>The recovery code is not correct for this case file.</source>
        <translation>De herstelcode is niet juist voor dit dossierbestand.</translation>
    </message>
    <message>
        <source>The secret remembered on this device no longer opens this case file.</source>
        <translation>Het geheim dat op dit apparaat is onthouden, opent dit dossierbestand niet meer.</translation>
    </message>
    <message>
        <source>The passphrase does not open this case file for any of its members.</source>
        <translation>De wachtwoordzin opent dit dossierbestand voor geen enkel lid ervan.</translation>
    </message>
    <message>
        <source>The case file's database is missing.</source>
        <translation>De database van het dossierbestand ontbreekt.</translation>
    </message>
    <message>
        <source>The database does not open with the key held by the key-slot file: one of them is damaged or was replaced.</source>
        <translation>De database gaat niet open met de sleutel uit het sleutelslotbestand: een van beide is beschadigd of vervangen.</translation>
    </message>
    <message>
        <source>{name} is a file, not a case-file folder ({suffix}).</source>
        <translation>{name} is een bestand, geen map van een dossierbestand ({suffix}).</translation>
    </message>
    <message>
        <source>{name} is not a Benelux Case Desk case file.</source>
        <translation>{name} is geen dossierbestand van Benelux Case Desk.</translation>
    </message>
    <message>
        <source>The case file is locked.</source>
        <translation>Het dossierbestand is vergrendeld.</translation>
    </message>
    <message>
        <source>There is already a member named {name!r} in this case file.</source>
        <translation>Er is al een lid met de naam {name!r} in dit dossierbestand.</translation>
    </message>
    <message>
        <source>This escrow certificate already has a slot.</source>
        <translation>Dit escrowcertificaat heeft al een slot.</translation>
    </message>
    <message>
        <source>Only a member's passphrase can be changed this way.</source>
        <translation>Alleen de wachtwoordzin van een lid kan op deze manier worden gewijzigd.</translation>
    </message>
    <message>
        <source>That member has no key slot in this case file.</source>
        <translation>Dat lid heeft geen sleutelslot in dit dossierbestand.</translation>
    </message>
    <message>
        <source>The last way into the case file cannot be removed.</source>
        <translation>De laatste toegang tot het dossierbestand kan niet worden verwijderd.</translation>
    </message>
    <message>
        <source>There is no member named {name!r} in this case file.</source>
        <translation>Er is geen lid met de naam {name!r} in dit dossierbestand.</translation>
    </message>
    <message>
        <source>The key-slot file cannot be read: {reason}.</source>
        <translation>Het sleutelslotbestand kan niet worden gelezen: {reason}.</translation>
    </message>
    <message>
        <source>There is no such key slot in this case file.</source>
        <translation>Dit dossierbestand heeft geen dergelijk sleutelslot.</translation>
    </message>
    <message>
        <source>The case file's database is damaged and cannot be opened.</source>
        <translation>De database van het dossierbestand is beschadigd en kan niet worden geopend.</translation>
    </message>
    <message>
        <source>The escrow slot of the key-slot file is damaged.</source>
        <translation>Het escrowslot van het sleutelslotbestand is beschadigd.</translation>
    </message>
    <message>
        <source>The case file's database could not be opened ({reason}).</source>
        <translation>De database van het dossierbestand kon niet worden geopend ({reason}).</translation>
    </message>
    <message>
        <source>The database in this case file is not readable with its key.</source>
        <translation>De database in dit dossierbestand is met de bijbehorende sleutel niet leesbaar.</translation>
    </message>
    <message>
        <source>The case file's database is damaged.</source>
        <translation>De database van het dossierbestand is beschadigd.</translation>
    </message>
    <message>
        <source>Re-encrypting the database failed: {reason}</source>
        <translation>Het opnieuw versleutelen van de database is mislukt: {reason}</translation>
    </message>
    <message>
        <source>The data key does not open this database.</source>
        <translation>De gegevenssleutel opent deze database niet.</translation>
    </message>
    <message>
        <source>No secure system keyring is available on this computer, so the passphrase will be asked each time.</source>
        <translation>Er is op deze computer geen veilige sleutelhanger van het systeem beschikbaar, dus de wachtwoordzin wordt elke keer gevraagd.</translation>
    </message>
    <message>
        <source>The system keyring could not be reached ({error_type}).</source>
        <translation>De sleutelhanger van het systeem kon niet worden bereikt ({error_type}).</translation>
    </message>
    <message>
        <source>The system keyring refused to store the device secret ({error_type}).</source>
        <translation>De sleutelhanger van het systeem weigerde het apparaatgeheim op te slaan ({error_type}).</translation>
    </message>
    <message>
        <source>This case file is already open in another window or program; close it there first.</source>
        <translation>Dit dossierbestand is al geopend in een ander venster of programma; sluit het daar eerst.</translation>
    </message>
    <message>
        <source>The key-slot file gives a key-derivation salt that is too short.</source>
        <translation>Het sleutelslotbestand bevat een salt voor sleutelafleiding die te kort is.</translation>
    </message>
    <message>
        <source>The key-slot file gives key-derivation parameters that are not an object.</source>
        <translation>Het sleutelslotbestand bevat parameters voor sleutelafleiding die geen object zijn.</translation>
    </message>
    <message>
        <source>The key-slot file gives no key-derivation algorithm.</source>
        <translation>Het sleutelslotbestand vermeldt geen algoritme voor sleutelafleiding.</translation>
    </message>
    <message>
        <source>The key-slot file gives an Argon2id memory cost of {memory_kib} KiB, outside the accepted range of {minimum} to {maximum} KiB.</source>
        <translation>Het sleutelslotbestand vermeldt voor Argon2id een geheugengebruik van {memory_kib} KiB, buiten het toegestane bereik van {minimum} tot {maximum} KiB.</translation>
    </message>
    <message>
        <source>The key-slot file gives an Argon2id iteration count of {iterations}, outside the accepted range of {minimum} to {maximum}.</source>
        <translation>Het sleutelslotbestand vermeldt voor Argon2id een aantal iteraties van {iterations}, buiten het toegestane bereik van {minimum} tot {maximum}.</translation>
    </message>
    <message>
        <source>The key-slot file gives an Argon2id lane count of {lanes}, outside the accepted range of 1 to 16.</source>
        <translation>Het sleutelslotbestand vermeldt voor Argon2id een aantal lanes van {lanes}, buiten het toegestane bereik van 1 tot 16.</translation>
    </message>
    <message>
        <source>The key-slot file names an unknown key-derivation algorithm {algorithm!r}.</source>
        <translation>Het sleutelslotbestand vermeldt een onbekend algoritme voor sleutelafleiding {algorithm!r}.</translation>
    </message>
    <message>
        <source>The key-slot file gives a key-derivation parameter {parameter} that is not a number.</source>
        <translation>Het sleutelslotbestand bevat een parameter voor sleutelafleiding {parameter} die geen getal is.</translation>
    </message>
    <message>
        <source>The key-slot file gives a malformed key-derivation salt.</source>
        <translation>Het sleutelslotbestand bevat een onjuist gevormde salt voor sleutelafleiding.</translation>
    </message>
    <message>
        <source>The key-slot file is far larger than any valid one.</source>
        <translation>Het sleutelslotbestand is veel groter dan een geldig sleutelslotbestand kan zijn.</translation>
    </message>
    <message>
        <source>This folder is not a Benelux Case Desk case file.</source>
        <translation>Deze map is geen dossierbestand van Benelux Case Desk.</translation>
    </message>
    <message>
        <source>The key-slot file has no valid version.</source>
        <translation>Het sleutelslotbestand heeft geen geldige versie.</translation>
    </message>
    <message>
        <source>This case file was made by a newer version of Benelux Case Desk; please update the application.</source>
        <translation>Dit dossierbestand is gemaakt met een nieuwere versie van Benelux Case Desk; werk de toepassing bij.</translation>
    </message>
    <message>
        <source>The key-slot file has fields this version does not know; it may have been tampered with.</source>
        <translation>Het sleutelslotbestand bevat velden die deze versie niet kent; er is er mogelijk mee geknoeid.</translation>
    </message>
    <message>
        <source>The key-slot file describes a database format this version does not write.</source>
        <translation>Het sleutelslotbestand beschrijft een databaseformaat dat deze versie niet schrijft.</translation>
    </message>
    <message>
        <source>The key-slot file is not readable.</source>
        <translation>Het sleutelslotbestand is niet leesbaar.</translation>
    </message>
    <message>
        <source>The key-slot file is damaged.</source>
        <translation>Het sleutelslotbestand is beschadigd.</translation>
    </message>
    <message>
        <source>This case file uses a newer database format; please update Benelux Case Desk to open it.</source>
        <translation>Dit dossierbestand gebruikt een nieuwer databaseformaat; werk Benelux Case Desk bij om het te openen.</translation>
    </message>
    <message>
        <source>A recovery code has 32 letters and digits, in eight groups of four.</source>
        <translation>Een herstelcode bestaat uit 32 letters en cijfers, in acht groepen van vier.</translation>
    </message>
    <message>
        <source>The escrow slot of the key-slot file does not hold an RSA-OAEP sealed key.</source>
        <translation>Het escrowslot van het sleutelslotbestand bevat geen met RSA-OAEP verzegelde sleutel.</translation>
    </message>
    <message>
        <source>The passphrase is not correct for this member.</source>
        <translation>De wachtwoordzin is niet juist voor dit lid.</translation>
    </message>
    <message>
        <source>This escrow key does not open the case file.</source>
        <translation>Deze escrowsleutel opent het dossierbestand niet.</translation>
    </message>
</context>
</TS>
