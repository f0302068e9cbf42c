<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>CustomerCardView</name>
    <message>
        <location filename="../../desk/ui/pages/customer_card.py" line="63"/>
        <source>Lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk/ui/pages/customer_card.py" line="64"/>
        <source>Replacement cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk/ui/pages/customer_card.py" line="65"/>
        <source>Esc: back to the results · F2: new search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk/ui/pages/customer_card.py" line="68"/>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk/ui/pages/customer_card.py" line="69"/>
        <source>Carrier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk/ui/pages/customer_card.py" line="70"/>
        <source>Product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk/ui/pages/customer_card.py" line="71"/>
        <source>Card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk/ui/pages/customer_card.py" line="72"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk/ui/pages/customer_card.py" line="73"/>
        <source>SIM change lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk/ui/pages/customer_card.py" line="86"/>
        <source>No ID document on record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk/ui/pages/customer_card.py" line="90"/>
        <source>Registered contact: {contact}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk/ui/pages/customer_card.py" line="92"/>
        <source>No registered contact.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk/ui/pages/customer_card.py" line="102"/>
        <source>locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk/ui/pages/customer_card.py" line="108"/>
        <source>No replacement cases for this customer yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CustomerResultsModel</name>
    <message>
        <location filename="../../desk/ui/models.py" line="55"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk/ui/models.py" line="56"/>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk/ui/models.py" line="57"/>
        <source>Lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk/ui/models.py" line="85"/>
        <source>Found by {how}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IdentifierField</name>
    <message>
        <location filename="../../desk/ui/identifier_field.py" line="31"/>
        <source>HKID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk/ui/identifier_field.py" line="32"/>
        <source>Mainland ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk/ui/identifier_field.py" line="33"/>
        <source>Passport number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk/ui/identifier_field.py" line="34"/>
        <source>Passport MRZ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk/ui/identifier_field.py" line="35"/>
        <source>ICCID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk/ui/identifier_field.py" line="36"/>
        <source>EID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk/ui/identifier_field.py" line="37"/>
        <source>IMEI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk/ui/identifier_field.py" line="38"/>
        <source>Phone number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk/ui/identifier_field.py" line="39"/>
        <source>Activation code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk/ui/identifier_field.py" line="54"/>
        <source>Hong Kong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk/ui/identifier_field.py" line="55"/>
        <source>mainland China</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk/ui/identifier_field.py" line="56"/>
        <source>Macau</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk/ui/identifier_field.py" line="57"/>
        <source>Taiwan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk/ui/identifier_field.py" line="58"/>
        <source>US</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk/ui/identifier_field.py" line="63"/>
        <source>Please enter the {name}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk/ui/identifier_field.py" line="64"/>
        <source>An HKID has 1–2 letters and 6 digits, then a check character.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk/ui/identifier_field.py" line="67"/>
        <source>This HKID should have {min} characters, not {found}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk/ui/identifier_field.py" line="70"/>
        <location filename="../../desk/ui/identifier_field.py" line="134"/>
        <location filename="../../desk/ui/identifier_field.py" line="147"/>
        <source>Check digit should be {expected}, not {found}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk/ui/identifier_field.py" line="73"/>
        <source>A mainland ID has 17 digits, then a digit or X.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk/ui/identifier_field.py" line="76"/>
        <source>A mainland ID has 18 characters, not {found}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk/ui/identifier_field.py" line="79"/>
        <source>Check character should be {expected}, not {found}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk/ui/identifier_field.py" line="82"/>
        <source>The birth date {date} does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk/ui/identifier_field.py" line="85"/>
        <source>The birth date {date} is in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk/ui/identifier_field.py" line="88"/>
        <source>A passport number has only letters and digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk/ui/identifier_field.py" line="91"/>
        <source>A passport number has 5 to 9 letters and digits, not {found}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk/ui/identifier_field.py" line="94"/>
        <source>MRZ line {line} may hold only A–Z, 0–9 and &lt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk/ui/identifier_field.py" line="97"/>
        <source>The sex in the MRZ should be M, F or &lt;, not {found}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk/ui/identifier_field.py" line="100"/>
        <source>MRZ line {line} should have 44 characters, not {found}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk/ui/identifier_field.py" line="103"/>
        <source>Only passport MRZs (2 lines of 44 characters) can be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk/ui/identifier_field.py" line="106"/>
        <source>Check digit of the passport number should be {expected}, not {found}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk/ui/identifier_field.py" line="109"/>
        <source>Check digit of the date of birth should be {expected}, not {found}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk/ui/identifier_field.py" line="112"/>
        <source>Check digit of the expiry date should be {expected}, not {found}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk/ui/identifier_field.py" line="115"/>
        <source>Check digit of the personal number should be {expected}, not {found}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk/ui/identifier_field.py" line="118"/>
        <source>The last check digit of line 2 should be {expected}, not {found}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk/ui/identifier_field.py" line="121"/>
        <source>The date of birth {date} does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk/ui/identifier_field.py" line="124"/>
        <source>The expiry date {date} does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk/ui/identifier_field.py" line="127"/>
        <source>An ICCID has only digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk/ui/identifier_field.py" line="128"/>
        <source>An ICCID starts with {prefix}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk/ui/identifier_field.py" line="131"/>
        <source>An ICCID has 19 or 20 digits, not {found}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk/ui/identifier_field.py" line="137"/>
        <source>An EID has only digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk/ui/identifier_field.py" line="138"/>
        <source>An EID starts with {prefix}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk/ui/identifier_field.py" line="141"/>
        <source>An EID has 32 digits, not {found}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk/ui/identifier_field.py" line="142"/>
        <source>The last two digits should be {expected}, not {found}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk/ui/identifier_field.py" line="145"/>
        <source>An IMEI has only digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk/ui/identifier_field.py" line="146"/>
        <source>An IMEI has 15 digits, not {found}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk/ui/identifier_field.py" line="150"/>
        <source>This is a 16-digit IMEISV; please enter the 15-digit IMEI (dial *#06#).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk/ui/identifier_field.py" line="154"/>
        <source>A phone number has only digits, spaces, dashes, brackets and a leading +.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk/ui/identifier_field.py" line="158"/>
        <source>Too short for a {region} phone number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk/ui/identifier_field.py" line="161"/>
        <source>Too long for a {region} phone number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk/ui/identifier_field.py" line="164"/>
        <source>This is not a valid {region} phone number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk/ui/identifier_field.py" line="167"/>
        <source>+{country_code} is not a country calling code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk/ui/identifier_field.py" line="170"/>
        <source>An activation code looks like LPA:1$SMDP.EXAMPLE.COM$MATCHING-ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk/ui/identifier_field.py" line="173"/>
        <source>The SM-DP+ address {found} is not a domain name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk/ui/identifier_field.py" line="176"/>
        <source>The matching ID may hold only letters, digits and -.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk/ui/identifier_field.py" line="179"/>
        <source>The SM-DP+ OID {found} should be digits and dots.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk/ui/identifier_field.py" line="182"/>
        <source>The last part can only be 1 (confirmation code required).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk/ui/identifier_field.py" line="185"/>
        <source>Only activation code format 1 exists, not {found}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk/ui/identifier_field.py" line="188"/>
        <source>This is not a valid {name}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk/ui/identifier_field.py" line="398"/>
        <source>Valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk/ui/identifier_field.py" line="400"/>
        <source>{name}: check result</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LoginWindow</name>
    <message>
        <location filename="../../desk/ui/login.py" line="76"/>
        <source>Desk — log in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk/ui/login.py" line="77"/>
        <source>Desk 补卡柜台</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk/ui/login.py" line="79"/>
        <source>Staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk/ui/login.py" line="80"/>
        <source>PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk/ui/login.py" line="81"/>
        <source>Log in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk/ui/login.py" line="101"/>
        <source>No staff can log in here yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LookupPage</name>
    <message>
        <location filename="../../desk/ui/pages/lookup.py" line="103"/>
        <source>Phone, name, ID number, ICCID or EID — F2 to come back here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk/ui/pages/lookup.py" line="136"/>
        <source>The search failed: {message}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk/ui/pages/lookup.py" line="143"/>
        <source>Type to find a customer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk/ui/pages/lookup.py" line="145"/>
        <source>No customer matches.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk/ui/pages/lookup.py" line="148"/>
        <source>{total} customers match; the first {shown} are shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk/ui/pages/lookup.py" line="153"/>
        <source>{total} matching.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desk/ui/main_window.py" line="104"/>
        <source>Desk 补卡柜台 — {store}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk/ui/main_window.py" line="106"/>
        <source>Lookup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk/ui/main_window.py" line="107"/>
        <source>Cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk/ui/main_window.py" line="108"/>
        <source>Stock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk/ui/main_window.py" line="109"/>
        <source>Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk/ui/main_window.py" line="110"/>
        <source>Sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk/ui/main_window.py" line="111"/>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk/ui/main_window.py" line="115"/>
        <source>Log out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk/ui/main_window.py" line="121"/>
        <source>Store: {code} {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk/ui/main_window.py" line="124"/>
        <source>Staff: {name} ({role})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk/ui/main_window.py" line="127"/>
        <source>Business day: {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk/ui/main_window.py" line="129"/>
        <source>Sync: not connected to head office</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlaceholderPage</name>
    <message>
        <location filename="../../desk/ui/pages/placeholder.py" line="12"/>
        <source>Cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk/ui/pages/placeholder.py" line="13"/>
        <source>The queue of open replacement cases will be here: draft, verified, paid, submitted, under review, approved, card issued, shipped, activated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk/ui/pages/placeholder.py" line="20"/>
        <source>Stock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk/ui/pages/placeholder.py" line="21"/>
        <source>Receiving blank SIMs, stock movements and stock counts will be here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk/ui/pages/placeholder.py" line="27"/>
        <source>Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk/ui/pages/placeholder.py" line="28"/>
        <source>The business day will be here: opening float, cash in and out, day close with the Z report and the export files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk/ui/pages/placeholder.py" line="35"/>
        <source>Sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk/ui/pages/placeholder.py" line="36"/>
        <source>Synchronisation with head office will be here. This store is not connected to head office yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk/ui/pages/placeholder.py" line="66"/>
        <source>This part of Desk is not available in this version yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../desk/ui/pages/settings.py" line="47"/>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk/ui/pages/settings.py" line="48"/>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk/ui/pages/settings.py" line="49"/>
        <source>The language is used at once and remembered on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Texts</name>
    <message>
        <location filename="../../desk/ui/texts.py" line="19"/>
        <source>clerk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk/ui/texts.py" line="20"/>
        <source>supervisor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk/ui/texts.py" line="21"/>
        <source>administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk/ui/texts.py" line="22"/>
        <source>active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk/ui/texts.py" line="23"/>
        <source>suspended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk/ui/texts.py" line="24"/>
        <source>terminated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk/ui/texts.py" line="25"/>
        <source>SIM card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk/ui/texts.py" line="26"/>
        <source>eSIM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk/ui/texts.py" line="27"/>
        <source>HKID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk/ui/texts.py" line="28"/>
        <source>Mainland ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk/ui/texts.py" line="29"/>
        <source>Passport</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk/ui/texts.py" line="30"/>
        <source>Other ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk/ui/texts.py" line="34"/>
        <source>ID number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk/ui/texts.py" line="35"/>
        <source>phone number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk/ui/texts.py" line="36"/>
        <source>ICCID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk/ui/texts.py" line="37"/>
        <source>EID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk/ui/texts.py" line="38"/>
        <source>name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk/ui/texts.py" line="43"/>
        <source>Wrong PIN. {left} more tries before a lockout.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk/ui/texts.py" line="44"/>
        <source>Too many wrong PINs: locked for {minutes} more minute(s). A supervisor can help meanwhile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk/ui/texts.py" line="49"/>
        <source>A PIN is {min} to {max} digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk/ui/texts.py" line="50"/>
        <source>This staff member cannot log in here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk/ui/texts.py" line="51"/>
        <source>This customer is no longer in this store&apos;s records.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
