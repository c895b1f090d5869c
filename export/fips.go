package export

// This file maps ISO 3166-1 alpha-3 country codes onto the FIPS 10-4
// country codes that GDELT writes in its geographic columns
// (Actor1Geo_CountryCode, Actor2Geo_CountryCode, ActionGeo_CountryCode, and
// the first two letters of the ADM1 codes).
//
// Source: the ISO3 and fips columns of GeoNames' countryInfo.txt
// (https://download.geonames.org/export/dump/countryInfo.txt, CC BY 4.0).
// Every pair was cross-checked against the FIPS/ISO country lookup of the
// py-gdelt library (src/py_gdelt/lookups/data/countries.json), and the two
// agree on all of them. FIPS 10-4 was withdrawn in 2008; codes for entities
// created or recoded since (South Sudan OD, Curacao UC, Sint Maarten NN,
// Saint Barthelemy TB, Saint Martin RN, Serbia RI, Montenegro MJ, Kosovo KV)
// are the ones the CIA World Factbook (appendix D, "Cross-reference list of
// country data codes") and GDELT use.
//
// ISO 3166-1 entries with no FIPS 10-4 code of their own, and so absent here:
// ALA (Aland Islands, part of Finland FI), BES (Bonaire, Sint Eustatius and
// Saba, formerly part of the Netherlands Antilles NT) and UMI (United States
// Minor Outlying Islands, which FIPS splits into one code an island: Wake WQ,
// Midway MQ, Johnston JQ, ...).

// FIPS returns the FIPS 10-4 country code GDELT uses for an ISO 3166-1
// alpha-3 code, and false when there is none. iso3 is upper case, as in
// dyad's places and actors; KSV, CAMEO's code, stands for Kosovo.
func FIPS(iso3 string) (string, bool) {
	f, ok := fipsByISO3[iso3]
	return f, ok
}

// fipsByISO3 maps ISO 3166-1 alpha-3 codes to FIPS 10-4 country codes.
var fipsByISO3 = map[string]string{
	"ABW": "AA", // Aruba
	"AFG": "AF", // Afghanistan
	"AGO": "AO", // Angola
	"AIA": "AV", // Anguilla
	"ALB": "AL", // Albania
	"AND": "AN", // Andorra
	"ARE": "AE", // United Arab Emirates
	"ARG": "AR", // Argentina
	"ARM": "AM", // Armenia
	"ASM": "AQ", // American Samoa
	"ATA": "AY", // Antarctica
	"ATF": "FS", // French Southern Territories
	"ATG": "AC", // Antigua and Barbuda
	"AUS": "AS", // Australia
	"AUT": "AU", // Austria
	"AZE": "AJ", // Azerbaijan
	"BDI": "BY", // Burundi
	"BEL": "BE", // Belgium
	"BEN": "BN", // Benin
	"BFA": "UV", // Burkina Faso
	"BGD": "BG", // Bangladesh
	"BGR": "BU", // Bulgaria
	"BHR": "BA", // Bahrain
	"BHS": "BF", // Bahamas
	"BIH": "BK", // Bosnia and Herzegovina
	"BLM": "TB", // Saint Barthélemy (Factbook code)
	"BLR": "BO", // Belarus
	"BLZ": "BH", // Belize
	"BMU": "BD", // Bermuda
	"BOL": "BL", // Bolivia
	"BRA": "BR", // Brazil
	"BRB": "BB", // Barbados
	"BRN": "BX", // Brunei Darussalam
	"BTN": "BT", // Bhutan
	"BVT": "BV", // Bouvet Island
	"BWA": "BC", // Botswana
	"CAF": "CT", // Central African Republic
	"CAN": "CA", // Canada
	"CCK": "CK", // Cocos (Keeling) Islands
	"CHE": "SZ", // Switzerland
	"CHL": "CI", // Chile
	"CHN": "CH", // China
	"CIV": "IV", // Côte d'Ivoire
	"CMR": "CM", // Cameroon
	"COD": "CG", // Congo, The Democratic Republic of the
	"COG": "CF", // Congo
	"COK": "CW", // Cook Islands
	"COL": "CO", // Colombia
	"COM": "CN", // Comoros
	"CPV": "CV", // Cabo Verde
	"CRI": "CS", // Costa Rica
	"CUB": "CU", // Cuba
	"CUW": "UC", // Curaçao (Factbook code)
	"CXR": "KT", // Christmas Island
	"CYM": "CJ", // Cayman Islands
	"CYP": "CY", // Cyprus
	"CZE": "EZ", // Czechia
	"DEU": "GM", // Germany
	"DJI": "DJ", // Djibouti
	"DMA": "DO", // Dominica
	"DNK": "DA", // Denmark
	"DOM": "DR", // Dominican Republic
	"DZA": "AG", // Algeria
	"ECU": "EC", // Ecuador
	"EGY": "EG", // Egypt
	"ERI": "ER", // Eritrea
	"ESH": "WI", // Western Sahara
	"ESP": "SP", // Spain
	"EST": "EN", // Estonia
	"ETH": "ET", // Ethiopia
	"FIN": "FI", // Finland
	"FJI": "FJ", // Fiji
	"FLK": "FK", // Falkland Islands (Malvinas)
	"FRA": "FR", // France
	"FRO": "FO", // Faroe Islands
	"FSM": "FM", // Micronesia, Federated States of
	"GAB": "GB", // Gabon
	"GBR": "UK", // United Kingdom
	"GEO": "GG", // Georgia
	"GGY": "GK", // Guernsey
	"GHA": "GH", // Ghana
	"GIB": "GI", // Gibraltar
	"GIN": "GV", // Guinea
	"GLP": "GP", // Guadeloupe
	"GMB": "GA", // Gambia
	"GNB": "PU", // Guinea-Bissau
	"GNQ": "EK", // Equatorial Guinea
	"GRC": "GR", // Greece
	"GRD": "GJ", // Grenada
	"GRL": "GL", // Greenland
	"GTM": "GT", // Guatemala
	"GUF": "FG", // French Guiana
	"GUM": "GQ", // Guam
	"GUY": "GY", // Guyana
	"HKG": "HK", // Hong Kong
	"HMD": "HM", // Heard Island and McDonald Islands
	"HND": "HO", // Honduras
	"HRV": "HR", // Croatia
	"HTI": "HA", // Haiti
	"HUN": "HU", // Hungary
	"IDN": "ID", // Indonesia
	"IMN": "IM", // Isle of Man
	"IND": "IN", // India
	"IOT": "IO", // British Indian Ocean Territory
	"IRL": "EI", // Ireland
	"IRN": "IR", // Iran
	"IRQ": "IZ", // Iraq
	"ISL": "IC", // Iceland
	"ISR": "IS", // Israel
	"ITA": "IT", // Italy
	"JAM": "JM", // Jamaica
	"JEY": "JE", // Jersey
	"JOR": "JO", // Jordan
	"JPN": "JA", // Japan
	"KAZ": "KZ", // Kazakhstan
	"KEN": "KE", // Kenya
	"KGZ": "KG", // Kyrgyzstan
	"KHM": "CB", // Cambodia
	"KIR": "KR", // Kiribati
	"KNA": "SC", // Saint Kitts and Nevis
	"KOR": "KS", // South Korea
	"KWT": "KU", // Kuwait
	"LAO": "LA", // Laos
	"LBN": "LE", // Lebanon
	"LBR": "LI", // Liberia
	"LBY": "LY", // Libya
	"LCA": "ST", // Saint Lucia
	"LIE": "LS", // Liechtenstein
	"LKA": "CE", // Sri Lanka
	"LSO": "LT", // Lesotho
	"LTU": "LH", // Lithuania
	"LUX": "LU", // Luxembourg
	"LVA": "LG", // Latvia
	"MAC": "MC", // Macao
	"MAF": "RN", // Saint Martin (French part) (Factbook code)
	"MAR": "MO", // Morocco
	"MCO": "MN", // Monaco
	"MDA": "MD", // Moldova
	"MDG": "MA", // Madagascar
	"MDV": "MV", // Maldives
	"MEX": "MX", // Mexico
	"MHL": "RM", // Marshall Islands
	"MKD": "MK", // North Macedonia
	"MLI": "ML", // Mali
	"MLT": "MT", // Malta
	"MMR": "BM", // Myanmar
	"MNE": "MJ", // Montenegro
	"MNG": "MG", // Mongolia
	"MNP": "CQ", // Northern Mariana Islands
	"MOZ": "MZ", // Mozambique
	"MRT": "MR", // Mauritania
	"MSR": "MH", // Montserrat
	"MTQ": "MB", // Martinique
	"MUS": "MP", // Mauritius
	"MWI": "MI", // Malawi
	"MYS": "MY", // Malaysia
	"MYT": "MF", // Mayotte
	"NAM": "WA", // Namibia
	"NCL": "NC", // New Caledonia
	"NER": "NG", // Niger
	"NFK": "NF", // Norfolk Island
	"NGA": "NI", // Nigeria
	"NIC": "NU", // Nicaragua
	"NIU": "NE", // Niue
	"NLD": "NL", // Netherlands
	"NOR": "NO", // Norway
	"NPL": "NP", // Nepal
	"NRU": "NR", // Nauru
	"NZL": "NZ", // New Zealand
	"OMN": "MU", // Oman
	"PAK": "PK", // Pakistan
	"PAN": "PM", // Panama
	"PCN": "PC", // Pitcairn
	"PER": "PE", // Peru
	"PHL": "RP", // Philippines
	"PLW": "PS", // Palau
	"PNG": "PP", // Papua New Guinea
	"POL": "PL", // Poland
	"PRI": "RQ", // Puerto Rico
	"PRK": "KN", // North Korea
	"PRT": "PO", // Portugal
	"PRY": "PA", // Paraguay
	"PSE": "WE", // Palestine, State of (FIPS WE is the West Bank; the Gaza Strip is GZ)
	"PYF": "FP", // French Polynesia
	"QAT": "QA", // Qatar
	"REU": "RE", // Réunion
	"ROU": "RO", // Romania
	"RUS": "RS", // Russian Federation
	"RWA": "RW", // Rwanda
	"SAU": "SA", // Saudi Arabia
	"SDN": "SU", // Sudan
	"SEN": "SG", // Senegal
	"SGP": "SN", // Singapore
	"SGS": "SX", // South Georgia and the South Sandwich Islands
	"SHN": "SH", // Saint Helena, Ascension and Tristan da Cunha (with Ascension and Tristan da Cunha)
	"SJM": "SV", // Svalbard and Jan Mayen (FIPS SV is Svalbard; Jan Mayen is JN)
	"SLB": "BP", // Solomon Islands
	"SLE": "SL", // Sierra Leone
	"SLV": "ES", // El Salvador
	"SMR": "SM", // San Marino
	"SOM": "SO", // Somalia
	"SPM": "SB", // Saint Pierre and Miquelon
	"SRB": "RI", // Serbia
	"SSD": "OD", // South Sudan (after FIPS 10-4 was withdrawn; code from the Factbook)
	"STP": "TP", // Sao Tome and Principe
	"SUR": "NS", // Suriname
	"SVK": "LO", // Slovakia
	"SVN": "SI", // Slovenia
	"SWE": "SW", // Sweden
	"SWZ": "WZ", // Eswatini
	"SXM": "NN", // Sint Maarten (Dutch part) (Factbook code)
	"SYC": "SE", // Seychelles
	"SYR": "SY", // Syria
	"TCA": "TK", // Turks and Caicos Islands
	"TCD": "CD", // Chad
	"TGO": "TO", // Togo
	"THA": "TH", // Thailand
	"TJK": "TI", // Tajikistan
	"TKL": "TL", // Tokelau
	"TKM": "TX", // Turkmenistan
	"TLS": "TT", // Timor-Leste
	"TON": "TN", // Tonga
	"TTO": "TD", // Trinidad and Tobago
	"TUN": "TS", // Tunisia
	"TUR": "TU", // Türkiye
	"TUV": "TV", // Tuvalu
	"TWN": "TW", // Taiwan
	"TZA": "TZ", // Tanzania
	"UGA": "UG", // Uganda
	"UKR": "UP", // Ukraine
	"URY": "UY", // Uruguay
	"USA": "US", // United States
	"UZB": "UZ", // Uzbekistan
	"VAT": "VT", // Holy See (Vatican City State)
	"VCT": "VC", // Saint Vincent and the Grenadines
	"VEN": "VE", // Venezuela
	"VGB": "VI", // Virgin Islands, British
	"VIR": "VQ", // Virgin Islands, U.S.
	"VNM": "VM", // Vietnam
	"VUT": "NH", // Vanuatu
	"WLF": "WF", // Wallis and Futuna
	"WSM": "WS", // Samoa
	"KSV": "KV", // Kosovo (CAMEO's code; not in ISO 3166-1)
	"YEM": "YM", // Yemen
	"ZAF": "SF", // South Africa
	"ZMB": "ZA", // Zambia
	"ZWE": "ZI", // Zimbabwe
}
