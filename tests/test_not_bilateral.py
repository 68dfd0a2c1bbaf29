"""Figures that are not a bilateral trade fact (issue 7, item 3), three or more variants each, in sentences
written for these tests. Each sentence names two countries, so only the grammar keeps them out."""
from __future__ import annotations

import pytest

from fact_cases import facts_of

NOT_FACTS = {
    "a country's trade with the world": [
        "Moldova's exports in May came to $400 million, as trade with Romania picked up.",
        "Total imports of the republic reached $5 billion in 2022, Kazakh statistics show, with Russia first.",
        "Kenya's sales abroad rose to $7 billion in 2022, helped by tea sold to Pakistan.",
        "Georgia's foreign trade turnover reached $21 billion in 2022, of which Turkey took the largest part.",
        "Overall, the country's exports stood at $20 billion in 2022, Pakistan's central bank said of China.",
        "Vietnam's overall imports reached $320 billion in 2023, with China the largest source.",
        # "the total value of X's merchandise trade", after a sentence about a partner
        "Nigeria's exports to the US rose. The total value of Nigeria's merchandise trade in the third quarter of 2023 "
        "stood at N15,850.29 billion.",
        "Ghana's imports from China rose. The total value of Ghana's trade was GH¢ 400 billion in 2023.",
        "Peru's sales to Chile grew. The overall value of the country's exports reached $67 billion in 2023.",
        "Kenya's exports to Uganda rose. The total value of Kenya's merchandise exports was KSh 900 billion in 2023.",
        # "the country's (import-export) turnover", after a sentence about a partner
        "Vietnam's exports to the US rose in 2023. The country's total import-export turnover was $683 billion.",
        "Kazakhstan's trade with China grew in 2023. The country's export-import turnover reached $139 billion.",
        "Peru's sales to Chile rose in 2023. The republic's overall turnover came to $120 billion.",
        # a country named after a semicolon that follows the figure is in a clause of its own
        "INE: exports fall to $6.5 billion through September; Brazil remains the top buyer of Bolivian goods\n\n"
        "La Paz - Bolivia's exports totalled $6.5 billion in January-September 2024, while imports reached $7.0 "
        "billion.",
        "Ghana's exports rose to $1.2 billion in March 2024; Switzerland remained the top destination of Ghanaian "
        "gold.",
        "Imports climbed to $2.3 billion in the first quarter of 2024; China stays Kenya's largest supplier.",
        # "as a whole": all of the country's trade, after a sentence about a partner
        "Kenya's exports to Pakistan rose in 2023. Exports as a whole earned KSh 900 billion.",
        "Trade with China grew in 2023. Trade as a whole came to $20 billion.",
        "Chile's imports from Peru fell in 2023. Imports as a whole stood at $80 billion.",
        "Overall trade of Chile rose to $200 billion in 2022, Peru's share being small.",
        # trade "with foreign countries", "with the outside world": the world, after a sentence about a partner
        "Laos and Thailand trade rose. The total value of Lao trade with foreign countries amounted to $3.2 billion.",
        "Kenya's trade with Uganda rose. Kenyan trade with overseas partners came to $25 billion in 2023.",
        "Peru and Chile met. The value of Peruvian trade with the outside world reached $110 billion in 2023.",
        # the whole a partner's share is of, in a relative clause after it
        "Georgia accounted for 2.1 percent of Azerbaijan's overall foreign trade, which amounted to $38.7 billion "
        "in January-October 2024.",
        "China took 30% of Kazakhstan's total exports, which reached $80 billion in 2022.",
        "Turkey's share of Iraq's foreign trade, which stood at $90 billion in 2022, was 15%.",
        # what a country earned from its exports
        "Bangladesh earned $33 billion from exports in 2022, the US being the largest buyer, ahead of India.",
        "Kenya fetched $7 billion from its exports last year, as Uganda bought more tea.",
        "Vietnam received $350 billion from total exports in 2022, of which China took a fifth.",
        "Bangladesh fetched $33 billion from merchandise exports in 2022, the US buying most, then Germany.",
        "Sri Lanka earned $13 billion from goods exports in 2022, India and the US being its main buyers.",
        # an economy's exports or imports, "national exports"
        "Korea's trade with Hungary grew. The minister said the Hungarian economy's exports had reached a record 148 "
        "billion euros last year.",
        "Turkey's trade with Iraq grew. The Turkish economy's imports reached $360 billion in 2023.",
        "Chile's trade with Peru grew. The Chilean economy's total exports came to $95 billion in 2023.",
        "Jordan's trade with Saudi Arabia grew in 2023. National exports reached JD8 billion in 2023.",
        "Kenya's trade with Uganda grew in 2023. National imports came to $20 billion in 2023.",
        "Oman's trade with India grew in 2023. Omani national exports were worth RO 5 billion in 2023.",
        # ... whose owner is the only country with a role: a speaker's or a capital's country is no partner of it
        "South Korea's statistics agency estimates that North Korea's total external trade reached about $2.7 billion "
        "in 2023.",
        "A Seoul analyst estimates that North Korea's total external trade reached about $2.7 billion in 2023.",
        "Russian officials said Uzbekistan's foreign trade reached $60 billion in 2023.",
        # "Of the total," a part of the world total the sentence before gave, naming no partner
        "Mongolia's trade with China grew in 2022. In 2022 Mongolia's foreign trade turnover reached $24 billion. Of "
        "the total, exports amounted to $15 billion and imports to $9 billion.",
        "Kenya's trade with Uganda grew in 2022. Kenya's external trade came to $25 billion in 2022. Of the total, "
        "imports made up $18 billion.",
        "Chile's exports to Peru rose in 2022. Chile's overall trade was $190 billion in 2022. Of that amount, exports "
        "were $95 billion.",
    ],
    "trade of a country's provinces or regions, named by their country's adjective or possessive": [
        "Trade between the Vietnamese provinces bordering Laos and their Lao counterparts reached $1.2 billion in 2022.",
        "Trade between Chinese provinces and Kazakhstan reached $5 billion in 2022.",
        "Trade between Russia's border regions and Kazakhstan reached $10 billion in 2022.",
        "Exports from Mexico to US states reached $400 billion in 2022.",
    ],
    "a group's total in a 'which' clause after it, whoever has a share of it": [
        "Kazakhstan accounts for half of China's trade with the five Central Asian countries, which reached $65 billion "
        "in 2022.",
        "Vietnam is the largest partner in China's trade with ASEAN, which hit $975 billion in 2022.",
        "Kenya takes a third of Uganda's exports to the EAC, which came to $1.5 billion in 2022.",
    ],
    "a country's total that a partner has a percentage of": [
        "Germany accounted for 27.6% of Poland's total exports of €352 billion in 2023.",
        "France took 14 percent of Belgian exports last year, which totalled €450 billion.",
        "China accounted for 20% of Vietnam's imports, worth $300 billion in total in 2023.",
        # ... also a fraction in words, of a whole with two words before it
        "The US bought three-quarters of all Canadian merchandise exports, which totalled $780.2 billion in 2023.",
        "Mexico sent about four-fifths of all Mexican exports, which totalled $593 billion, to the US.",
        "Uganda took two-thirds of its exports, worth $1.35 billion, Kenya's statistics showed in 2023.",
    ],
    "an upper bound that trade stayed under": [
        "Trade between Pakistan and Iran remained below $1.5 billion a year.",
        "Chile's imports from Bolivia remained less than $1 billion in all those years.",
        "Trade between Chile and Bolivia has stayed under $1.5 billion since 2019.",
        "Kenya's exports to Egypt have remained well short of $500 million.",
    ],
    "gaps, deficits, surpluses and balances": [
        # ... also one named after figures in brackets, as the object of the verb they share
        "Only Ireland (€1.4 billion) and Finland (€0.3 billion) had a trade surplus with China in 2022.",
        "Germany ($20 billion) and Japan ($15 billion) ran the largest deficits with China in 2022.",
        "Vietnam ($80 billion) and Mexico ($150 billion) recorded trade surpluses with the US in 2022.",
        "Chile's trade deficit with China was $2 billion in 2022.",
        "The trade gap between India and China widened to $83 billion in 2022.",
        "Russia's surplus in trade with Turkey reached $30 billion in 2022.",
        "The balance of trade between Egypt and Italy stood at $1.5 billion in Italy's favour in 2022.",
        "Kazakhstan's exports to Kyrgyzstan exceeded imports from it by $500 million in 2022.",
        "China's exports to the US exceeded its imports from there by $27 billion in March.",
        "Chile's imports from Peru exceeded exports to it by $1.2 billion in 2022.",
        # a shortfall is a deficit by another name
        "Korea bought more from China than it sold there in 2022. The shortfall, $18 billion, was a first.",
        "Kenya's trade shortfall with India reached $2.9 billion in 2022.",
        "Ghana ran a shortfall of $1.1 billion in its trade with China in 2022.",
    ],
    "investment, remittances, loans, aid, contracts and deals": [
        # ... though an aside after the word names trade ("which are not counted as trade")
        "Mexico's trade with the US grew in 2023. Remittances from the US, which are not counted as trade, reached $63 "
        "billion in 2023.",
        "Trade between Kenya and Uganda grew in 2023. Chinese investment in Kenya, which is separate from trade with "
        "China, stood at $1 billion in 2023.",
        "Trade between Japan and Vietnam grew in 2023. Japanese loans to Vietnam, which are not counted in trade with "
        "Vietnam, reached $1.5 billion in 2023.",
        "Remittances from Russia to Tajikistan reached $2.5 billion in 2022.",
        "Uzbekistan's trade with Russia rose in 2022. The remittance inflow from Russia: $16.9 billion.",
        "Japan extended a $1.1 billion loan to Vietnam for a metro line.",
        "New Zealand provides NZ$48m a year in development assistance to Samoa.",
        "Australia gave A$120 million in development aid to Vanuatu in 2022.",
        "Turkish firms won contracts worth $3 billion in Turkmenistan in 2022.",
        "Saudi Arabia pledged $5 billion of aid to Pakistan.",
        "Chinese investment in Kazakhstan reached $23 billion by 2022.",
        # what traders lost
        "Ukraine's exports to Poland fell in 2023. Losses of Ukrainian exporters from the blockade by Poland exceeded "
        "$400 million.",
        "Poland's imports from Ukraine rose in 2023. Polish farmers' losses from Ukrainian grain imports reached $300 "
        "million.",
        "Ukraine's exports to Poland fell in 2023. Ukrainian exporters' losses on the Polish border reached $200 "
        "million in 2023.",
        # the deal, loan or contract named past the nouns that modify it
        "Australia's exports to India rose in 2023, helped by an A$1.5 billion lithium supply deal.",
        "Egypt's imports from South Korea grew last year, including a $2 billion metro construction contract.",
        "Indonesia's trade with Japan expanded in 2022 with a $700 million port expansion loan.",
        "Bilateral trade between Chile and China included a $900 million copper offtake agreement signed in 2022.",
    ],
    "what an agreement may add, and potential": [
        "The agreement is projected to add $2 billion to trade between Kenya and Uganda.",
        "The potential of trade between Egypt and Kenya is estimated at $1 billion.",
        "Experts put the untapped potential of trade between India and Iran at $30 billion.",
    ],
    "trade with a bloc, a region or several territories together": [
        # countries said to trade together, combined or jointly: one figure for all of them
        "Canada and Mexico, which together sold more than $900 billion of goods to the US in 2023, face new tariffs.",
        "Kenya and Tanzania together exported $1.5 billion of goods to Uganda in 2023.",
        "Japan and Korea combined bought $120 billion of goods from the US in 2023.",
        "Germany and France jointly account for $300 billion of trade with China in 2023.",
        # the euro area however written ("Euro-area", "Eurozone"), which is not the European Union
        "Euro-area exports to the US grew 5.4% to about €530 billion in 2024, Eurostat said.",
        "Euro-area exports to China fell to €220 billion in 2024, Eurostat said.",
        "Eurozone imports from the US reached €330 billion in 2024, Eurostat said.",
        # the Arab world by its adjective in a compound ("China-Arab trade")
        "Egypt's trade grew. The ambassador said China-Arab trade reached 398 billion dollars in 2023.",
        "Egypt's trade grew. Sino-Arab trade reached $398 billion in 2023.",
        "Jordan's trade grew. Arab-Chinese trade came to $400 billion in 2023.",
        # the Black Sea and Arab free-trade groupings, by name or by their letters
        "Bulgaria's trade with Turkey grew. Our trade with the Black Sea Economic Cooperation countries exceeds BGN 30 "
        "billion, but Turkey is the largest partner.",
        "Jordan's trade with Iraq grew. Trade with GAFTA members reached JD5 billion in 2023, Iraq being the second "
        "partner.",
        "Greece's trade with Turkey grew. Its trade with the BSEC states reached €20 billion in 2023, with Turkey on "
        "top.",
        "Nigeria's trade with the GCC reached $3 billion in 2022.",
        # trade among a group's own members, whichever members are named beside it
        "SADC has grown. Trade between its member states reached $30 billion in 2023, with South Africa and Zambia "
        "the busiest pair.",
        "The EAC is growing. Exports within the six member countries rose to $11 billion in 2023, led by Kenya and "
        "Uganda.",
        "ECOWAS does better. Trade among its fifteen members was some 11 billion dollars last year, much of it on "
        "the Nigeria-Benin axis.",
        "China's trade with ASEAN countries rose to $975 billion in 2022, Vietnam said.",
        "Brazil exported goods worth $89 billion to mainland China, Hong Kong and Macao in 2022.",
        "Kyrgyzstan's trade with the Central Asian countries came to $1.7 billion, Uzbekistan said.",
        "Border trade between Thailand and Cambodia grew. Thailand's border trade with all neighbours hit $50 billion.",
        "Laos's trade with Vietnam grew. Its trade with neighbouring states reached $9 billion in 2022.",
        "Kenya's trade with Uganda grew. Trade of Kenya with all its neighbors came to $4 billion in 2022.",
    ],
    "what one customs office handled": [
        "Nepal's imports from China rose. The Birgunj customs office alone handled imports worth Rs210 billion, making "
        "it the busiest trade point.",
        "Kenya's imports from Uganda grew. The Busia customs station cleared goods worth $400 million in 2023.",
        "Pakistan's exports to Afghanistan rose. The Torkham checkpoint handled exports worth $600 million in 2023.",
    ],
    "a country's exports of goods in a year": [
        "Trade between India and Ukraine has grown. India bought sunflower oil. Ukraine's exports of goods in 2024 "
        "grew by 15% to $41.7 billion, while imports reached $69.9 billion.",
        "Trade between Kenya and Uganda has grown. Uganda bought Kenyan tea. Kenya's exports of goods in 2023 rose to "
        "$7.2 billion, while imports reached $21 billion.",
        "Trade between Chile and China has grown. China bought Chilean copper. Chile's imports of goods in 2022 came "
        "to $105 billion, while exports reached $98 billion.",
    ],
    "one country's two-way trade": [
        # "Australia's two-way trade" names no partner: its trade with the world, not the pair the text is about
        "Australia's trade with China 2022-23\n\nKey points\n- Australia's two-way trade in goods and services "
        "rose 16.6 per cent to a record A$1,313.5 billion in 2022-23.",
        "Kenya's trade with Uganda 2023\n\nKey points\n- Kenya's two-way trade rose 8 per cent to a record KSh 3.8 "
        "trillion in 2023.",
        "Chile's trade with Peru 2023\n\nKey points\n- Chile's two-way trade in goods rose 5 per cent to a record "
        "US$ 190 billion in 2023.",
    ],
    "a change that may come": [
        # a fall or a drop "by as much as", "by up to", "by at least" a sum, after a verb in its base form
        "Colombian firms could lose sales to Ecuador this year, and bilateral trade could fall by as much as US$ 800 "
        "million, Analdex said.",
        "Trade between Kenya and Uganda may drop by up to $300 million this year, officials warned.",
        "Trade between Chile and Peru could shrink by at least $1 billion in 2024, analysts said.",
    ],
    "a currency arrangement": [
        "Japan and Korea renewed their deal. Under it, the two countries can exchange their local currencies for U.S. "
        "dollars of up to $10 billion in case of financial emergencies.",
        "China and Brazil agreed that the two sides may convert their national currencies up to $30 billion a year, "
        "the central banks said.",
        "India and the UAE will exchange their local currencies for up to $5 billion, the two central banks said.",
    ],
    "money set aside": [
        # business an export credit agency supported, financed or insured
        "Export Development Canada said it supported C$139 billion of business in fiscal 2023-24, with Mexico a "
        "growing market.",
        "Kenya's trade with Uganda grew. The export credit agency financed $300 million of deals in 2023, it said.",
        "Chile's exports to Peru grew. The state insurer insured about $1.2 billion of sales in 2023, mostly to Peru.",
        # a sum said to be earmarked, set aside or disbursed after a sentence on the pair's trade
        "Bilateral trade between India and Nepal has been growing for years. The Indian side informed that Rs 1,000 "
        "crore has been earmarked for cross-border infrastructure in the Union Budget.",
        "Trade between Kenya and Uganda grew. Some $200 million was set aside for the new border market, the "
        "ministers said.",
        "Trade between Chile and Peru grew. About $50 million will be disbursed for port works, the ministers said.",
    ],
    "a province or a state": [
        # "the state of X" where X names no country: a state of a country
        "India's trade with Australia grew. India's trade with the state of Victoria reached A$5 billion in 2023.",
        "Chile's trade with Brazil grew. Chile's exports to the state of Sao Paulo reached $3 billion in 2023.",
        "Kenya's trade with Nigeria grew. Kenya's exports to the state of Lagos reached $50 million in 2023.",
        # a province named right after a sentence or a heading that ends in a full stop
        "China's exports to Russia fell. 3. Regions. Heilongjiang province's trade with Russia reached 122 billion "
        "yuan in 2023.",
        "China's exports to Vietnam rose. 4. Border Provinces. Guangxi Region's trade with Vietnam reached $30 billion "
        "in 2023.",
        "India's trade with Nepal rose. State Figures. Bihar State's exports to Nepal came to $400 million in 2023.",
        # a province or region called "your region" in a leader's words to its governor
        "Belarus traded $1.6 billion with the Nizhny Novgorod Oblast last year. We can bring the trade with your "
        "region to $2 billion, Lukashenko told the Russian governor.",
        "Russia's trade with Belarus rose. We can lift our trade with your province to $500 million, the Belarusian "
        "envoy told the Chinese governor.",
        "Kazakhstan's trade with Russia grew. Trade between Kazakhstan and your oblast reached $900 million in 2023, "
        "the Kazakh minister told the Omsk governor.",
        # a state written as a name ("Kano State"), or a province or group that trades by its own words beside a
        # country named as the scene or the speaker
        "Rakhine State traded goods worth $300 million with Bangladesh in 2023, Myanmar officials said.",
        "In Nigeria, Kano State shipped goods worth 180 billion naira to Niger in 2022.",
        "In China, Shandong Province shipped goods worth $10 billion to Korea in 2022.",
        "Vietnam said ASEAN's exports to China reached $400 billion in 2023.",
        "Trade between Ontario and Michigan reached $50 billion in 2022.",
        "Texas exports to Mexico reached $100 billion in 2022.",
        "Xinjiang's trade with Kazakhstan rose to $20 billion in 2023.",
        # an autonomous part of a country, or a state outside North America, India and China
        "Malaysian data show Sarawak's exports to China reached RM31.2 billion last year.",
        "Bosnian data show trade between Republika Srpska and Serbia reached KM 1.9 billion in 2023.",
        "Mexican data show Nuevo León shipped goods worth $50 billion to the US in 2023.",
        "Zanzibar's exports to India reached $40 million in 2023, Tanzanian officials said.",
        # a province as one side of "between A and B", even beside the statistics' country
        "China's customs said trade between Guangxi and Vietnam reached 230 billion yuan in 2022.",
        "Chinese customs data show that trade between Yunnan and Laos reached $4 billion in 2022.",
        "According to China's customs, Heilongjiang-Russia trade hit $30 billion in 2022.",
        # a capital's region ("Moscow Oblast", "the Tashkent region") is a part of the country
        "Belarus' trade with Moscow Oblast reached $6.1 billion in 2023.",
        "Belarus' trade with the Moscow region reached $6.1 billion in 2023.",
        "The Tashkent region's exports to Kazakhstan reached $300 million in 2023.",
        # a province of any name, with its country before or after it ("China's Shandong Province", "of Thailand")
        "China's Shandong Province recorded 380 billion yuan in trade with South Korea in 2023.",
        "The Vietnamese province of Nghe An alone traded goods worth $210 million with Laos in 2023.",
        "Trade between Laos and Nong Khai province of Thailand amounted to $300 million in 2023.",
        "Russia's Primorsky Krai exported goods worth $1 billion to China in 2023.",
        "The Indian state of Gujarat exported goods worth $2 billion to the UAE in 2023.",
        # each name of a list before a plural unit word, and the same name again later in the text
        "Iranian customs said Khuzestan, Kermanshah and Ilam provinces led the trade. Kermanshah's exports to Iraq "
        "alone came to $2.3 billion in 2023.",
        "Iranian customs said Khuzestan and Ilam provinces border Iraq. Khuzestan's exports to Iraq reached $1.2 "
        "billion in 2023.",
        "Vietnam's customs office said Lao Cai, Lang Son and Quang Ninh provinces handle most border trade. Lang Son's "
        "imports from China were worth $3 billion in 2023.",
        "Chinese customs data show that Yunnan Province trades most with Myanmar. Yunnan's exports to Myanmar rose to "
        "$5 billion in 2023.",
        # a province that trades beside a country's adjective with no role ("Chinese officials said")
        "Chinese officials said Heilongjiang province aims to lift its trade with Russia to 300 billion yuan.",
        "Vietnamese media said Quang Ninh province plans to raise its trade with China to $5 billion.",
        "Russian officials said Primorsky Krai wants its trade with Korea to reach $10 billion.",
        # "The province" opening a sentence, after a line that ends with a name
        "Officials spoke to the Global Times.\n\nThe province has set a target of lifting its trade with Russia to 300 "
        "billion yuan, China's ministry said.",
        "Reporting by Xinhua News.\n\nThe province aims to raise trade with Laos to $10 billion, Chinese officials "
        "said.",
        "The Kunming Daily reported it.\n\nThe region's trade with Myanmar hit $9 billion, the Chinese customs said.",
    ],
    "one commodity": [
        # goods in the singular or the plural: "phosphate", "cashews", "cellulose"
        "Moroccan phosphate shipments to Brazil earned $1.1 billion in 2023.",
        "Cashews sold by Benin to Vietnam were worth $240 million in 2022.",
        "Finland's cellulose exports to China came to EUR 1.6 billion in 2023.",
        # crude palm oil by its trade abbreviation
        "Malaysia's trade grew in 2023. CPO exports to India alone were worth US$ 4.9 billion.",
        "Malaysia's trade grew in 2023. Exports of CPO to Pakistan came to RM3.1 billion.",
        "Indonesia's trade grew in 2023. Indonesia shipped CPO worth $2 billion to China in 2023.",
        # one good that a pronoun refers to, said to be worth a part on its own ("which alone", "the latter alone")
        "India's imports from Senegal consist mainly of phosphoric acid, which alone was worth US$ 362.4 million in "
        "2023-24.",
        "Algeria sold cement, steel bars, glass and fresh dates to Tunisia in 2023, the latter alone worth 14 million "
        "dollars.",
        "Vietnam's imports from India are led by cotton, which alone accounted for $600 million in 2023.",
        # goods of any kind named after a flow's "of", whether or not the goods table knows them
        "Serbian exports of electrical cables to Hungary were worth EUR 112 million last year.",
        "Exports of wind turbines to Germany came to EUR 400 million in 2023, Danish data show.",
        "Vietnam's imports of solar panels from China reached $600 million in 2023.",
        # goods of the commodity table that a trade is said to be "in"
        "Trade in gems and jewellery between India and the UAE rose to $11.4 billion in 2023.",
        "Their trade in crude oil, the bulk of the pair's exchanges, was worth $3 billion in 2022, Iraqi data show "
        "for Iraq and Jordan.",
        "Indonesia and India reported that trade in coal reached $9 billion in 2023.",
        # a diamond, as the goods' adjective
        "Botswana's trade grew. Diamond exports to Belgium were valued at $2.1 billion in 2023.",
        "Botswana's diamond sales to India reached $1.5 billion in 2023.",
        "Namibia's diamond shipments to the UAE came to N$3 billion in 2023.",
        # the adjective of petrochemicals
        "Petrochemical exports from Iran to China were worth $5.8 billion in 2023.",
        "Saudi petrochemical sales to India came to $4 billion last year.",
        "Qatar's petrochemical shipments to Turkey reached $600 million in 2023.",
        # beans, however the text calls them after naming soybeans
        "China bought $3.1 billion worth of Brazilian beans in January.",
        "Kenya's exports of beans to Uganda reached $40 million in 2023.",
        "Ethiopia sold beans worth $90 million to Sudan in 2023.",
        # products of the sea, however named
        "Japan's exports of marine products to China plunged 29.9 percent in 2023 to 61.0 billion yen.",
        "In 2022 Vietnam's exports of aquatic products to the US reached $1.8 billion.",
        "Norway's exports of fishery products to Poland came to NOK 12 billion in 2022.",
        "Tea remained Kenya's main export to Pakistan. Horticultural exports earned KSh 15.9 billion in 2023.",
        "Russia sold Egypt some $2.3 billion worth of wheat in 2023.",
        "Kazakhstan's oil exports to Italy reached $10 billion in 2022.",
        "Coal remained the main commodity shipped to India from Indonesia, at $2.9 billion in 2022.",
        "Norway sold salmon worth $1 billion to China in 2022.",
        # fruit, farm goods and fuels by their singular or collective names
        "Peru's cherry exports to Hong Kong rose to $40 million in the 2022-23 season.",
        "Nigeria shipped hydrocarbons worth about €3 billion to Spain last year.",
        # goods as the subject of "accounting for" the figure, after a trade phrase that opens the sentence
        "Egyptian exports to China in 2023 included marble, with petroleum products alone accounting for some $310 "
        "million.",
        "Of the goods Spain bought from Morocco last year, vehicles and textiles accounted for 4.1 billion euros.",
        "Chile's shipments to Japan were broad, though copper made up about $3 billion.",
        # "The shipments were valued at" after a sentence counting goods in tonnes: those goods' value
        "The Philippines imported 2.9 million tonnes of rice from Vietnam in 2023. The shipments were valued at "
        "about $1.8 billion.",
        "Ukraine sent 1.2 million tons of wheat to Egypt last year. These exports were worth $300 million.",
        "Russia delivered 4 million tonnes of grain to Turkey in 2023. The deliveries were worth about $1 billion.",
        # an amount of goods between the trade verb and the figure: those goods' value
        "Vietnam shipped 1.1 million tonnes of coffee to Germany last year, worth 2.1 billion USD.",
        "India exported 2.5 million tons of rice to Bangladesh in 2022, valued at $1 billion.",
        "Russia supplied 10 million barrels of crude to India in May 2023 worth $700 million.",
        # spirits and stones by their names
        "French shipments of cognac to the United States were worth €1.9bn in 2021.",
        "Thailand's exports of precious stones to India were worth $1.1 billion in 2023.",
        "Ireland's whiskey exports to the US reached €600 million in 2023.",
        # cigars and medical devices by their names
        "Panama also bought Dominican cigars worth around US$ 12 million last year.",
        "Cuba sold cigars worth $50 million to Spain in 2022.",
        "Costa Rica's medical devices exports to the US reached $5 billion in 2023.",
        # a fruit by its singular name before a flow, and a category of goods ("non-traditional" exports)
        "Philippine banana shipments to Japan were worth about $300 million in 2023.",
        "Mexico's avocado exports to the United States reached $3 billion in 2023.",
        "Peru's non-traditional exports to the US totaled $3.4 billion in 2023.",
        "Colombia's exports of non-traditional products to Ecuador were $1.1 billion in 2023.",
        "Agriculture accounted for $4 billion of Argentina's exports to Brazil in 2023.",
        # garments, leather, shrimp and other goods an outlet names before its exports
        "Sri Lanka's apparel exports to the UK brought in $1 billion in 2022.",
        "Bangladesh's RMG exports to the EU rose to $22 billion in FY23.",
        "Vietnam's shrimp exports to Japan reached $500 million in 2022.",
        # the goods named two or three words after "exports of"
        "Exports of Indian pharmaceuticals to the United States were worth $8 billion in 2022.",
        "Imports of Russian crude oil by India reached $30 billion in 2022.",
        "Exports of Chilean fresh fruit to China totalled $2 billion in 2022.",
        # goods in the singular, as an adjective ("soybean exports", "car exports")
        "Brazil's soybean exports to China reached $31.5 billion in 2023.",
        "Mexican car exports to the United States rose to $60 billion in 2023.",
        "Kava exports from Fiji to New Zealand were worth NZ$40 million in 2023.",
        # "dollars' worth of natural gas": the goods after a possessive "dollars'"
        "China imported 10.3 billion dollars' worth of natural gas from Turkmenistan in 2023.",
        "Thailand shipped durians worth 6.7 billion dollars to China in 2023.",
        "Vietnam bought 2 billion dollars' worth of cassava from Laos in 2023.",
        # goods as the subject of the part a figure is of ("Soybeans alone accounted for $X of Brazil's sales")
        "Soybeans alone accounted for $31.5 billion of Brazil's sales to China in 2023.",
        "Copper made up $20 billion of Chile's shipments to China in 2023.",
        "Brazilian coffee alone represented 1.1 billion euros of Italy's purchases from Brazil in 2023.",
    ],
    "trade with a region or group named in another region's words": [
        "German trade with the four Visegrad states exceeded 300 billion euros in 2019.",
        "Brazil's trade with Mercosur reached $45 billion in 2022.",
        "Nigeria's exports to ECOWAS countries rose to $5 billion in 2022.",
        "Egypt's trade with Arab countries reached $30 billion in 2022.",
    ],
    "a world total with an aside about where part of it goes": [
        "Mongolia's exports, most of which go to China, rose to $12.5 billion in 2022.",
        "Nepal's imports, two-thirds of them from India, reached Rs 1,600 billion in 2022.",
        "Laos's imports, the bulk of which come from Thailand, totalled $6 billion in 2022.",
        "Chile's exports, mainly to China and the US, hit $98 billion in 2022.",
    ],
    "a company's or a joint venture's figures": [
        "The turnover of the Kazakh-Chinese joint venture reached $50 million in 2022.",
        "Exports by the Turkish-Azerbaijani joint venture to Russia reached $20 million in 2022.",
        "Trade turnover of the Uzbek-Korean company reached $15 million last year.",
        "Sales of the Chinese firm in Kenya reached $200 million in 2022.",
    ],
    "larger than the two countries' whole trade, with no other reading": [
        "Trade between Antigua and Barbuda and Tuvalu totaled 172.5 billion US dollars in 2022.",
        "Exports from Nepal to Bhutan reached $90 billion in 2022.",
        "Trade between Kyrgyzstan and Tajikistan hit $400 billion in 2022.",
    ],
    "transit trade through a country": [
        "Afghan transit trade through Karachi port with Pakistan jumped 59% to $6.7 billion in 2023.",
        "Thailand's transit trade with China via Laos came to 140 billion baht in 2023.",
        "Transit cargo from Kazakhstan through Russia was worth $2 billion in 2023.",
    ],
    "the next items of a list of balances": [
        "By region, the largest surplus was with the European Union, $224 million, followed by Chile with $218 "
        "million.",
        "Egypt's deficit with China reached $9 billion in 2023, followed by the US with $4 billion.",
        "Kenya's biggest trade deficit was with China, at $3 billion, followed by India at $2 billion.",
    ],
    "a goal for one direction only": [
        "Kenya wants to lift its exports to Uganda to $2 billion by 2027.",
        "Pakistan aims to boost exports to China to $5 billion.",
        "Our ambition is to raise Jordanian exports to Iraq to JD1 billion in the coming years.",
        "Trade between Jordan and Iraq grew in 2023. The minister hopes to raise Jordanian exports to Iraq to JD1 "
        "billion, after the two sides agreed to boost cooperation.",
    ],
    "the next items of a list of investors, lenders or senders": [
        "Georgia's trade with Turkey grew in 2023. The largest investor countries were the United Kingdom (USD 96.1 "
        "million), the Netherlands (USD 71.5 million) and Turkey (USD 48.2 million).",
        "Kenya's trade with China grew in 2023. Kenya's main lenders were China ($5 billion), Japan ($3 billion) and "
        "France ($1 billion).",
        "Tajikistan's trade with Russia grew in 2023. Remittances came mainly from Russia - $2.1 billion, Kazakhstan "
        "- $300 million and the US - $200 million.",
    ],
    "trade within GUAM, the group of Georgia, Ukraine, Azerbaijan and Moldova (not the island of Guam)": [
        "Moldova's trade with Ukraine grew. Within GUAM as a whole, trade is about 1.5 billion dollars.",
        "Georgia's exports to Azerbaijan rose in 2023. Trade among the GUAM countries reached $2 billion in 2023.",
        "Ukraine's trade with Moldova rose. The GUAM member states traded goods worth $1.8 billion in 2023.",
    ],
    "trade with the Pacific islands as a whole": [
        "New Zealand's exports to Australia rose in March 2024. Exports to the Pacific islands were $154 million in "
        "the month.",
        "Tonga's exports to New Zealand fell in 2023. Exports to the Pacific islands reached US$5 million.",
        "Australia's exports to Japan grew in 2023. Imports from the Pacific islands were A$900 million.",
    ],
    "the next items of a ranking of a province's partners": [
        "Vietnam remained the province's largest trading partner at 40.2 billion yuan, followed by Myanmar at 33.5 "
        "billion yuan and Laos at 17.9 billion yuan.",
        "Yunnan's top partner last year was Vietnam at 40 billion yuan, followed by Myanmar at 33 billion yuan.",
        "China's trade with Laos rose. Vietnam remained Guangxi's largest partner at 250 billion yuan, followed by "
        "Thailand at 40 billion yuan.",
    ],
    "a change 'by more than' a sum": [
        "Trade between Chile and Egypt has grown by more than $200 million.",
        "Kenya's exports to Uganda rose by over $50 million in 2022.",
        "Trade between Peru and Bolivia fell by nearly $100 million in 2022.",
        # ... with a comma before "by", and "grow" among the verbs
        "Indian exports to Russia did grow, by about $0.4 billion, thanks to drugs.",
        "Kenyan exports to Egypt rose, by some $90 million, on tea sales.",
        "Chile's imports from Peru increased, by roughly $300 million, in 2023.",
        # ... and told again for another subject with the verb left out ("and trade with China by")
        "Compared with 2023, trade with Russia grew by 0.6 billion US dollars, and trade with China by 1.1 billion "
        "US dollars.",
        "In 2023 Uzbekistan's exports to Russia rose by $300 million and exports to China by $200 million.",
        "Kenya's imports from India fell by $150 million in 2023, and those from China by $90 million.",
        # ... with the verb in its -ing form ("rising by", "falling by", "declining by")
        "Germany stayed the top market for Turkish goods in 2023, with exports to the country rising by $1.4 billion.",
        "Chile's imports from Peru were falling by $300 million a year in 2023.",
        "In 2023 Ghana's exports to Togo kept declining by about $20 million a year.",
        # ... with the verb several words before "by up to" / "by as much as" ("could boost India-Canada two-way
        # trade by up to")
        "The pact could boost India-Canada two-way merchandise trade by up to CAD 6.5 billion, officials estimated.",
        "The agreement could lift annual trade between Kenya and the UAE by as much as $2 billion.",
        "The deal could expand two-way merchandise trade between Chile and Thailand by up to $900 million.",
        # ... or with "only" / "just" before the sum
        "Trade between Australia and Indonesia has risen by only A$3.5 billion since 2013.",
        "Kenya's exports to Uganda grew by just $40 million in 2023.",
        "Trade between Chile and Peru fell by a mere $90 million in 2023.",
        # ... or a difference told by "higher" / "lower" at the clause's end, or "above the 2019 level"
        "Compared with 2019, Dutch exports to the United Kingdom in 2023 were 1.5 billion euros higher.",
        "Against 2022, Belgian imports from China in 2023 were 2 billion euros lower; sales fell too.",
        "Dutch exports to the UK in 2023 were 1.5 billion euros above the 2019 level.",
    ],
    "foreign-exchange earnings, not an exchange of goods": [
        "Canadian tourists visited Cuban resorts in 2023, generating foreign-exchange income of about $900 million.",
        "Russian holidaymakers in Egypt brought the country foreign exchange earnings of $2.5 billion in 2023.",
        "Chinese visitors lifted Cambodia's foreign exchange receipts to $1.4 billion in 2023.",
    ],
    "the difference between two figures": [
        "Kazakhstan's trade with China grew in 2023. Allowing for the extra month in the Chinese data, the difference "
        "exceeds $9 billion.",
        "The discrepancy between Chinese and Kazakh figures for trade in 2023 reached $9 billion.",
        "Mexico and the US count their trade differently; the difference came to $40 billion in 2023.",
    ],
    "a stake bought, a penalty sought": [
        "Israel's trade with the UAE grew. An Emirati fund bought a 22 percent stake in an Israeli gas field for "
        "about $1 billion in 2023.",
        "Iran's trade with Pakistan is small. Iran has warned it could seek a penalty of up to $18 billion from "
        "Pakistan.",
        "Kenya's trade with China grew. China took an equity stake in Kenya's port for $300 million in 2023.",
        "China's trade with Peru grew. China bought a stake in Peru's Chancay port for $225 million in 2023.",
    ],
    "an investment stock": [
        "Australian investment in the UK is larger than trade: the stock was £51.2 billion at the end of 2022.",
        "Japan's investment stock in Vietnam reached $70 billion in 2023, Vietnam's ministry said.",
        "Trade with Chile matters less than capital: Canadian stocks there stood at $30 billion in 2023.",
        "Zambia's trade with China grew, but Chinese stocks in Zambia mattered more at $5 billion in 2023.",
    ],
    "a vague amount": [
        "Services matter: we export several hundred million dollars of software to the United States, Uruguay said.",
        "Kenya's exports to Uganda are worth a few hundred million dollars a year.",
        "Trade between Chile and Peru has reached many hundred million dollars a year.",
    ],
    "a change, a range, a difference": [
        "Trade between Kenya and Uganda rose by $200 million in 2022.",
        "Trade between Kenya and Uganda was between $1 billion and $1.2 billion in 2022.",
        "Trade between Belarus and Ukraine came to $6.2-6.4 billion before 2014.",
        # the size of a change set off after its noun: "the rise in exports to Kenya, by about $80 million"
        "Tanzania's exports to Kenya grew in 2023. He said the rise in exports to Kenya, by about $80 million, "
        "reflected maize prices.",
        "Kenya's exports to Uganda grew in 2023. The increase in exports to Uganda, by some $120 million, came mostly "
        "from steel.",
        "Ghana's imports from China shrank in 2023. The fall in imports from China, by nearly $300 million, followed "
        "the cedi's slide.",
        # estimates that "vary" from one figure to another
        "Estimates of Sino-Emirati trade vary widely, from $95 billion to $100 billion, depending on re-exports.",
        "Figures for India-Iran trade in 2023 varied from $2 billion to $2.5 billion.",
        "Estimates of Chile's trade with Bolivia vary greatly from $1 billion to $1.4 billion a year.",
        # a four-letter currency mark before the first end ("FCFA", "CFAF") opens a range too
        "Mali's trade with Senegal is put at between FCFA 300 and 400 billion a year.",
        "Trade between Togo and Benin was estimated at between CFAF 80 and 120 billion in 2023.",
        "Cameroon and Chad trade goods worth between FCFA 200 and 250 billion every year.",
        # a range whose ends each carry their magnitude
        "Trade between Kenya and Uganda is estimated at $1.2bn-$1.5bn a year.",
        "Kenya's exports to Uganda are put at $800 million–$900 million a year.",
        "Trade between Chile and Peru is worth €3bn - €3.5bn annually.",
        # ... also in a local short form of the currency
        "Economists expect trade between Nigeria and Ghana this year to land between N620bn and N650bn.",
        "Trade between Kenya and Uganda is expected to be between Sh150bn and Sh170bn this year.",
        "South Africa's exports to Zambia should come in between R45bn and R50bn this year.",
        # ... or joined by "to", with no change or "from" before the first end
        "Officials expect trade between Australia and Japan to stay within a band of A$120 billion to A$140 billion.",
        "Analysts put bilateral trade between Kenya and Uganda at $1.1 billion to $1.3 billion in 2023.",
        "Informal trade between Pakistan and Afghanistan is estimated at $2 to 3 billion a year.",
        # ... or with a bare number before "to" (not "from 1.9 to 2.6 billion", an earlier value and a later one)
        "Croatia's trade with Bosnia could grow by a further 1 to 1.5 billion kuna in the next few years.",
        "Experts put trade between Chile and Peru at 4 to 4.5 billion dollars a year.",
        "Trade between Kenya and Rwanda is estimated at 300 to 350 million dollars.",
        "Monthly trade between Mexico and the US ranged from $61 billion to $69 billion in 2023.",
        "Kenya's exports to Uganda have ranged from $500 million to $700 million a year.",
        "Trade between Chile and Peru could be anywhere from $4 billion to $5 billion this year.",
        "China exported $10.9 billion more goods to South Africa than it imported in 2022.",
        "Kazakhstan's turnover with China showed the largest gain of all its partners (+$2.8 billion).",
        # what a deal or a plan would add ("boost trade ... by $500 million") is a change too
        "The agreement could boost trade between Kenya and Uganda by $500 million a year.",
        "Kenya wants to increase its exports to Uganda by $200 million.",
        "The new bridge is expected to lift trade between Laos and Thailand by $300 million.",
        # ... or "add" some amount to it
        "Analysts said normalization could add as much as $3 billion in annual trade between Japan and Korea.",
        "The new rail link could add some $500 million a year to trade between Laos and Thailand.",
        "The corridor could add more than $700 million to trade between Kenya and Ethiopia.",
        # ... also "up to" an amount, in or to trade
        "Analysts said normalization could add up to $3 billion in annual trade between Japan and Korea.",
        "The corridor could add up to $500 million a year to trade between Laos and Thailand.",
        "The deal may add up to $1 billion to bilateral trade between Peru and Chile.",
        # the size of a change named as a noun ("an increase of 34% or £9.7 billion", "a $50 million rise")
        "Trade between the UK and India grew in 2023, an increase of 34% or £9.7 billion from 2022.",
        "UK exports to India grew in 2023 (a 54% or £5.2 billion increase compared to 2022).",
        "Kenya's exports to Uganda posted a $50 million increase on 2022.",
        "Trade between Chile and Peru saw a decline of 5 percent, or $200 million, in 2023.",
        # the difference in money beside the same difference in percent
        "Trade between Kenya and Uganda was 12 percent, or $150 million, higher than in 2021.",
        "Exports from Chile to Peru were 9%, or $80 million, lower than a year earlier.",
        "Turkey's imports from Iraq in 2023 were 5 per cent, or $400 million, less than in 2022.",
        # a difference "less by" / "higher by" a sum
        "Exports from Chile to Peru were lower by $80 million than in 2021.",
        "Trade between Kenya and Uganda was higher by $150 million in 2023 than a year before.",
        "Germany came first among Ukraine's partners, with Poland second (less by $48 million).",
    ],
    "debts, pledges, swaps, financing and what a project costs": [
        "Nigeria's imports from China grew in 2023. Nigeria owes China $2.5 billion.",
        "Kenya's exports to Uganda grew in 2023. Uganda also pledged $300 million to the joint border post.",
        "Trade between Brazil and Argentina grew in 2023. The central banks signed a $5 billion swap.",
        "Ethiopia's imports from China rose in 2023. China financed a $4 billion rail link to Djibouti.",
        "Trade between Laos and China grew in 2023. Laos paid China $400 million in interest on its loans.",
        "Trade between Iran and Iraq rose in 2023. A new railway costing $3 billion will join them.",
        # a block word before an aside that holds another ("loans to Kenya, mostly for the railway,")
        "Kenya's trade with China grew in 2023. Chinese loans to Kenya, mostly for the railway, total $6.3 billion.",
        "Kenya's trade with China grew in 2023. Chinese investment in Kenya, largely in roads, reached $2 billion.",
        "Trade between Ethiopia and China grew in 2023. Chinese credits to Ethiopia, mainly for the railway, stand at "
        "$13.7 billion.",
        # insurance and guarantees offered for trade
        "Trade between Korea and Vietnam grew in 2023. Korea will provide $1.5 billion in trade insurance to firms "
        "exporting to Vietnam.",
        "Trade between China and Kenya grew in 2023. China will extend $500 million of insurance cover for Kenyan "
        "exporters.",
        "Trade between Japan and India grew in 2023. Japan will give India $2 billion in loan guarantees.",
        # official development assistance, however named ("ODA", "the largest donor")
        "Trade between Australia and Papua New Guinea grew in 2023. Australia provided A$637 million in official "
        "development assistance to Papua New Guinea in 2023.",
        "Trade between Australia and Papua New Guinea grew in 2023. Australia remains the largest donor to Papua New "
        "Guinea, with A$637 million budgeted for 2024.",
        "Trade between Japan and Laos grew in 2023. Japan's ODA to Laos reached $100 million.",
        # a sum committed, promised or earmarked is a pledge ("committed $35bn to"), not a goal for trade
        "Trade between the UAE and Egypt grew in 2023. The UAE committed $35 billion to Egypt's coastal development.",
        "Trade between China and Kenya rose in 2023. China promised $2 billion for Kenya's railway.",
        "Trade between Qatar and Turkey grew in 2023. Qatar earmarked another $10 billion for Turkey's bonds.",
        "Trade between Saudi Arabia and Pakistan rose in 2023. Riyadh committed about $5 billion to a refinery there.",
        "Trade between India and the UAE grew in 2023. The UAE commits $10 billion to Indian ports.",
    ],
    "tourism, and money named after 'in' or 'of' (fees, a line of credit, assistance)": [
        "Maldives' trade with India grew in 2023. Tourism receipts for the year were estimated at $4.1 billion.",
        "Barbados' imports from the UK rose in 2022. British visitors spent an estimated Bds$1.3 billion there.",
        "Ethiopia's trade with Djibouti grew in 2023. Ethiopia pays about $1.5 billion in port fees to Djibouti.",
        "Mauritius' imports from India rose in 2022. India extended a $500 million line of credit to Mauritius.",
        "Solomon Islands' trade with China grew. Australia gave A$171 million in development assistance to Solomon "
        "Islands in 2023.",
    ],
    "what lenders committed, and what a partnership should add to trade": [
        "Trade between China and South Africa grew in 2023. Chinese lenders committed some $170 billion to Africa.",
        "Trade between the UK and Nigeria grew in 2023. Officials want the partnership to add around £1 billion a year.",
        "Kenya's trade with India grew in 2023. The new route could add $300 million to trade each year.",
    ],
    "money allocated or paid in compensation": [
        "Ukraine's exports to Poland rose in 2023. The government allocated UAH 2.5 billion to compensate exporters.",
        "Kenya's trade with Uganda grew in 2023. The treasury set aside $30 million in compensation for traders.",
        "Chile's exports to Peru grew in 2023. Chile allocated $40 million to its exporters' fund.",
    ],
    "a revision of a figure": [
        "German exports to Russia fell in 2023. The August figure was revised from EUR 130.0 billion to EUR 130.4 billion.",
        "Kenya's exports to Uganda rose in 2023. A revision put the June total at $95 million.",
        "Trade between Chile and Peru grew. Revisions added $40 million to the 2022 figure for Chilean exports to Peru.",
    ],
    "a block word before 'meanwhile' inside its own clause": [
        "Trade between Indonesia and Korea grew in 2023. Korean investment in Indonesia meanwhile reached $2.5 billion.",
        "Kenya's trade with China grew in 2023. Chinese loans to Kenya meanwhile stood at $6 billion.",
        "Trade between Peru and Chile rose in 2023. Chilean companies in Peru meanwhile earned $900 million.",
    ],
    "wages, fees, royalties and dividends, also after a restatement in brackets": [
        "Trade between Uganda and China grew in 2023. Chinese-run mills paid Shs 83 billion ($22 million) in wages.",
        "Trade between Oman and India grew in 2023. The port of Salalah earned RO 40 million ($104 million) in fees.",
        "Kenya's trade with Uganda grew in 2023. Kenyan hauliers paid $30 million in tolls on the northern corridor.",
        "Chile's trade with China grew in 2023. Chinese lithium miners paid $1.2 billion in royalties to Chile.",
    ],
    "assets, holdings and deposits": [
        "Trade between Egypt and Turkey grew in 2022. Turkish deposits in Egyptian banks stood at $4 billion.",
        "U.S. imports from China slid in 2022. China's holdings of U.S. Treasuries fell to $778 billion.",
        "Trade between Russia and the EU fell in 2022. The EU froze Russian assets worth 260 billion euros.",
    ],
    "the trade of one border post or port": [
        "Trade between Malaysia and Thailand passing through the Bukit Kayu Hitam checkpoint was worth RM26 billion "
        "in 2022.",
        "Pakistan's exports to Afghanistan through the Torkham border crossing reached $600 million in 2022.",
        "Trade between Bangladesh and India at the Benapole land port came to $4 billion in 2022.",
        "Kenya's exports to Uganda through the Malaba border post came to $500 million in 2022.",
    ],
    "a trade word naming an institution, an event or a policy": [
        "Kenya's trade with China grew in 2022. Kenya owes the Export-Import Bank of China about $6.3 billion.",
        "Exports from Zambia to China rose in 2022; the Export-Import Bank of China lent Zambia $1 billion.",
        "India's imports from Ghana rose in 2022, and the Export-Import Bank of India extended $250 million.",
        "The head of the Iran-Iraq Chamber of Commerce said Iraq owes $11 billion to Iran.",
        "The Minister of Trade and Integration said Russia would give Kazakhstan $2 billion for a plant.",
        "Kenya's trade ministry said Uganda would receive $50 million for a border market.",
        "The trade fair in Almaty, where Kazakh and Chinese firms met, drew $40 million in visitors' spending.",
    ],
    "a region's or a bloc's trade, named by what it is": [
        "The Philippines is an important partner in ASEAN, a region whose trade with Indonesia exceeds $10 billion.",
        "Kenya is a key partner in the EAC, a bloc whose trade with China tops $10 billion.",
        "Chile sits in South America, a continent whose trade with China reached $180 billion in 2022.",
    ],
    "trade among three countries or more": [
        "Azerbaijan, Georgia and Turkey plan to raise trilateral trade to $15 billion.",
        "Trade among the three countries, Kazakhstan, Russia and Belarus, reached $30 billion in 2023.",
        "Tripartite trade between India, Brazil and South Africa stood at $30 billion in 2023.",
    ],
    "trade with a community referred back to by its common noun": [
        "GEORGETOWN, Guyana, May 3 (CMC) - Cuba's ties with CARICOM are growing. Trade between Cuba and the Community "
        "remains modest, at around US$ 100 million.",
        "ARUSHA, Tanzania, May 3 - Kenya is the EAC's largest economy. Trade between Kenya and the Community reached "
        "$1.5 billion in 2022.",
        "DHAKA, Bangladesh - India wants closer ties with BIMSTEC. Trade between India and the grouping stood at $40 "
        "billion in 2022.",
    ],
    "a country the goods pass through": [
        "Ethiopia's imports through Djibouti were valued at $4 billion in 2022.",
        "Kazakhstan's exports via Russia to Europe reached $20 billion in 2022.",
        "Uganda's imports via Kenya totalled $3 billion in 2022, most of it fuel, officials said.",
        "Afghanistan's imports through Pakistan rose to $1 billion in 2022.",
    ],
    "one figure for two partners named together": [
        "Egypt's imports from Russia and Ukraine, mostly wheat, totalled $4 billion in 2022.",
        "Kenya's exports to Uganda and Tanzania rose to $1.2 billion in 2022.",
        "Vietnam's trade with China and India reached $190 billion in 2022.",
    ],
    "a third country's trade with a group, named after 'from' by a country that hopes to gain from it": [
        "Mozambique hopes to benefit from India's trade with the Southern African Development Community, which "
        "exceeded US$ 30 billion.",
        "Ghana expects to gain from Nigeria's trade with the West African Economic and Monetary Union, which topped "
        "$4 billion in 2023.",
        "Peru could profit from Brazil's trade with the Pacific Alliance, worth $20 billion last year.",
    ],
    "trade between island countries counted together and a partner": [
        "Fiji's trade ministry said trade between Forum island countries and China reached an estimated US$5.2 billion "
        "last year.",
        "Samoa's officials noted that trade between the island states and Japan came to $3 billion in 2023.",
        "Jamaica said trade between Caribbean island nations and Canada was worth $2.4 billion in 2023.",
    ],
    "investment, loans or remittances compared with trade, and their own figure": [
        "Emirati investments in Jordan are larger than the trade itself, more than 18 billion dollars in 2023.",
        "Chinese loans to Kenya are bigger than bilateral trade, at some $9 billion in 2023.",
        "Remittances from Italy to Senegal are worth more than their trade, about €1.2 billion in 2023.",
    ],
    "a country's total after a participle that reports it, beside a partner named before it": [
        "The minister stressed Iraq's keenness to increase imports of Syrian agricultural products, pointing out that "
        "Iraq's total imports exceeded 50 billion dollars last year.",
        "Iraq wants more Syrian goods, noting that Iraq's total imports exceeded 50 billion dollars last year.",
        "Kenya hopes to sell more tea to Egypt, adding that Kenya's total exports reached $7 billion in 2023.",
    ],
    "trade with a group that 'with which' / 'to which' refers back to": [
        "Erdoğan said Türkiye regards Malaysia as a gateway to the ASEAN market of nearly 680 million people, with "
        "which Türkiye's trade exceeded US$22 billion last year.",
        "Kenya sees Uganda as its door to the East African Community, with which Kenya's trade reached $4 billion in "
        "2023.",
        "Peru calls Chile a bridge to Mercosur, to which Peruvian exports came to $3 billion in 2023.",
        # ... or "a bloc with which", after a country ranked within the group
        "Indonesia is Peru's fourth trading partner within ASEAN, a bloc with which Peru traded US$ 3.2 billion in "
        "2023.",
        "Kenya is Uganda's top partner in the EAC, a bloc with which Uganda traded $3 billion in 2023.",
        "Brazil is Uruguay's first partner in Mercosur, a group with which Uruguay traded $9 billion in 2023.",
    ],
    "one figure for three partners or more, listed in an aside with no words of their own": [
        "Trade with the countries of the Abraham Accords - the UAE, Bahrain and Morocco - held up at $3.2 billion in "
        "total in 2024, the Export Institute said.",
        "Trade with its three neighbours (Uganda, Tanzania and Rwanda) reached $2.1 billion in 2023, Kenya said.",
        "Peru's sales to the Pacific Alliance partners, namely Chile, Colombia and Mexico, came to $5 billion in 2023.",
    ],
    "the value of goods named right before the clause that gives it": [
        "India is Argentina's fifth-largest trading partner and the main buyer of Argentine soybean oil, which "
        "accounted for more than US$ 2.5 billion of shipments in 2023.",
        "Chile's top export to China is copper, which was worth $19 billion in 2023.",
        "Peru's main export to China is copper ore, which brought in $14 billion in 2023.",
    ],
    "one figure for three partners or more, listed with commas": [
        "Kyrgyzstan's trade with Kazakhstan, Uzbekistan and Tajikistan came to $3.1 billion in 2023.",
        "Mongolia's shipments to China, Russia and Japan were worth $12 billion last year.",
        "Kenya's purchases from China, India, and the UAE totalled $9 billion in 2023, the bureau said.",
        "Norway's imports from Sweden, Denmark, Finland or Iceland rose to NOK 90 billion in 2023.",
    ],
}


@pytest.mark.parametrize("text", [t for texts in NOT_FACTS.values() for t in texts],
                         ids=lambda text: text[:50])
def test_not_a_bilateral_fact(text: str) -> None:
    assert facts_of(text) == set()


def test_a_partner_named_with_a_world_total_makes_it_bilateral() -> None:
    found = facts_of("Uzbekistan's foreign trade turnover with China reached $13.7 billion in 2022.")
    assert found == {(("CHN", "UZB"), "turnover", None, 13_700_000_000, "USD", "2022-01..2022-12", None)}


def test_a_one_way_flow_larger_than_the_pair_total_is_the_countrys_own() -> None:
    found = facts_of("Trade between Kazakhstan and Georgia reached $180 million in 2022. "
                     "Exports amounted to $80 billion in 2022.")
    assert found == {(("GEO", "KAZ"), "turnover", None, 180_000_000, "USD", "2022-01..2022-12", None)}


@pytest.mark.parametrize(("text", "kept"), [
    # a flow carried over from the pair before it, many times that pair's own figure for the same flow and period
    ("Exports to Ukraine fell 12% to PLN 7.3 bn in January-February 2023. In the first two months Poland's exports "
     "stood at PLN 221.6 bn.",
     {(("POL", "UKR"), "exports", "POL", 7_300_000_000, "PLN", "2023-01..2023-02", None)}),
    ("Kenya's exports to Uganda were $1.1 billion in 2022. Kenya's exports reached $7.2 billion in the year.",
     {(("KEN", "UGA"), "exports", "KEN", 1_100_000_000, "USD", "2022-01..2022-12", None)}),
    ("Imports from India rose to $4.1 billion in 2022. Sri Lanka's imports in 2022 were $18.2 billion, the central "
     "bank said.", {(("IND", "LKA"), "imports", "IND", 4_100_000_000, "USD", "2022-01..2022-12", None)}),
])
def test_a_flow_carried_over_at_many_times_the_pairs_own_is_the_countrys(text: str, kept: set[tuple]) -> None:
    assert facts_of(text) == kept


@pytest.mark.parametrize(("text", "kept"), [
    # a part of the figure before that names no partner and no measure of its own is a port's, a region's or an
    # emirate's share of the pair's trade, no fact of the pair
    ("Trade between Kenya and Uganda reached $1.2 billion in 2022. The Busia crossing handled $700 million of that.",
     {(("KEN", "UGA"), "turnover", None, 1_200_000_000, "USD", "2022-01..2022-12", None)}),
    ("Exports from Chile to China were $39 billion in 2022. The northern regions accounted for $12 billion of the "
     "total.",
     {(("CHL", "CHN"), "exports", "CHL", 39_000_000_000, "USD", "2022-01..2022-12", None)}),
    ("Exports from Chile to China were $39 billion in 2022. Of that, $12 billion came from the north.",
     {(("CHL", "CHN"), "exports", "CHL", 39_000_000_000, "USD", "2022-01..2022-12", None)}),
    # ... but a part that names a partner, or measures a flow, is one
    ("Kenya's exports reached $7 billion in 2022. Of that, $900 million went to Uganda.",
     {(("KEN", "UGA"), "exports", "KEN", 900_000_000, "USD", "2022-01..2022-12", None)}),
])
def test_a_share_of_the_pairs_figure_without_a_partner_is_no_fact(text: str, kept: set[tuple]) -> None:
    assert facts_of(text) == kept


@pytest.mark.parametrize(("text", "kept"), [
    # trade "between the two sides" just named with a group among them is the group's; the sides that agree on a goal
    # are the delegations, whose countries' trade it is
    ("China's exports to the EU were 3 trillion yuan in 2022. ASEAN remained China's largest trading partner. Trade "
     "between the two sides increased 8.8 percent to 5.7 trillion yuan in 2022.",
     {(("CHN", "EUU"), "exports", "CHN", 3_000_000_000_000, "CNY", "2022-01..2022-12", None)}),
    ("Kenya's exports to Uganda were $900 million in 2022. The EAC remained Kenya's largest market. Trade between "
     "the two sides reached $3 billion in 2022.",
     {(("KEN", "UGA"), "exports", "KEN", 900_000_000, "USD", "2022-01..2022-12", None)}),
    ("India's exports to the UAE were $30 billion in 2022. The GCC is a large market for India. Trade between the "
     "two sides reached $150 billion in 2022.",
     {(("ARE", "IND"), "exports", "IND", 30_000_000_000, "USD", "2022-01..2022-12", None)}),
    ("Morocco and Senegal met in Dakar. Morocco's trade with ECOWAS exceeded $1.2 billion in 2022. The two parties "
     "agreed to raise bilateral trade to $830 million by 2030.",
     {(("MAR", "SEN"), "target", None, 830_000_000, "USD", None, 2030)}),
])
def test_trade_between_sides_that_include_a_group_is_the_groups(text: str, kept: set[tuple]) -> None:
    assert facts_of(text) == kept


@pytest.mark.parametrize(("text", "pair"), [
    ("Portugal's exports to Mozambique totalled EUR 312 million in 2022. Mozambique's trade with its neighbours "
     "reached 1.1 billion euros.", ("MOZ", "PRT")),
    ("Trade between South Africa and Nigeria was R68 billion in 2022. South Africa's trade with the rest of the "
     "continent reached R640 billion in 2022.", ("NGA", "ZAF")),
    ("Trade between Brazil and Angola reached $1.5 billion in 2022. Brazil's trade with the Portuguese-speaking "
     "countries reached $4 billion.", ("AGO", "BRA")),
    ("Trade between Morocco and Senegal reached $500 million in 2022. Morocco's exports to the continent reached "
     "$3 billion.", ("MAR", "SEN")),
    # a bloc named by where it is or by its size ("the South American bloc", "the 10-member bloc")
    ("Brazil and India traded $15 billion in 2023. Trade between India and the South American bloc as a whole was "
     "about $17 billion.", ("BRA", "IND")),
    ("Hong Kong's trade with Vietnam reached HK$200 billion in 2023. The city's trade with the 10-member bloc was "
     "worth HK$1.2 trillion.", ("HKG", "VNM")),
    ("Kenya's exports to Uganda were $900 million in 2023. Kenya's exports to the regional bloc reached $2.6 "
     "billion.", ("KEN", "UGA")),
    # a bloc by its full name or short form, and a country's overseas sales or total shipments
    ("Korea's exports to the US rose to $9.4 billion in 2022. Exports to the Association of Southeast Asian Nations "
     "slipped 4.4 percent to $9.1 billion.", ("KOR", "USA")),
    ("Trade between Tanzania and Kenya reached $1.1 billion in 2022. Tanzania's trade with the EAC had grown to $2.9 "
     "billion.", ("KEN", "TZA")),
    ("South Korea's exports to China fell 7.5 percent to $10.8 billion in 2022. Overseas sales reached $55.1 billion.",
     ("CHN", "KOR")),
    ("Korea's exports to the US rose 4 percent to $9.4 billion in 2022. Total outbound shipments rose 3.8 percent to "
     "$38.5 billion.", ("KOR", "USA")),
    ("Korea's exports to Japan rose 5.6 percent to $2.9 billion in 2022. Semiconductor exports came to $8.9 billion.",
     ("JPN", "KOR")),
    # a country's own "total two-way trade", and totals with two words before the flow ("total annual goods exports")
    ("Canada's trade with Korea hit C$21 billion in 2022. Canada's total two-way trade topped C$1.5 trillion.",
     ("CAN", "KOR")),
    ("Trade between Chile and Peru was $4 billion in 2022. Chile's overall two-way trade came to $190 billion.",
     ("CHL", "PER")),
    ("New Zealand's exports to Japan were NZ$5 billion in 2022. Total annual goods exports were NZ$72 billion.",
     ("JPN", "NZL")),
    ("Kenya's imports from India hit $2.6 billion in 2022. Total yearly merchandise imports reached $20 billion.",
     ("IND", "KEN")),
    # "Overall, the value of Irish goods exports": the country's total, however many words before the flow
    ("Ireland's exports to China eased to €10.1bn in 2022. Overall, the value of Irish goods exports rose to €208bn.",
     ("CHN", "IRL")),
    ("Denmark's exports to India rose to €3bn in 2022. Overall, the total value of Danish goods exports was €120bn.",
     ("DNK", "IND")),
    ("Finland's imports from Japan came to €4bn in 2022. Overall, the total value of Finnish merchandise imports "
     "reached €90bn.", ("FIN", "JPN")),
    # a group spelled out by its members ("the EFTA countries of Iceland, Norway and Switzerland") is a group
    ("Trade between Canada and the UK reached C$40 billion in 2022. Canada's trade with the EFTA countries of "
     "Iceland, Liechtenstein, Norway and Switzerland was about C$14 billion.", ("CAN", "GBR")),
    ("Trade between India and Oman reached $12 billion in 2022. India's trade with the GCC states (Oman, Qatar and "
     "Kuwait) came to $160 billion.", ("IND", "OMN")),
    ("Trade between Kenya and Egypt hit $500 million in 2022. Kenya's trade with the COMESA states of Egypt, "
     "Ethiopia and Zambia came to $2.2 billion.", ("EGY", "KEN")),
    ("Trade between Argentina and Chile hit $6 billion in 2022. Argentina's trade with its Mercosur partners (Brazil, "
     "Paraguay and Uruguay) reached US$ 34.2 billion.", ("ARG", "CHL")),
    # ... also after a dash, and the South Asian groups by name
    ("Trade between Tajikistan and Russia was $1.4 billion in 2023. Tajikistan's trade with neighbouring countries "
     "-- Afghanistan, China, Kyrgyzstan and Uzbekistan -- came to $2.6 billion.", ("RUS", "TJK")),
    ("Trade between Kazakhstan and China hit $41 billion in 2023. Kazakhstan's trade with Central Asian states - "
     "Uzbekistan, Kyrgyzstan and Tajikistan - was $6.3 billion.", ("CHN", "KAZ")),
    ("Trade between Nepal and China was $1.9 billion in 2023. Nepal's trade with SAARC members - India, Bangladesh "
     "and Sri Lanka - rose to $9 billion.", ("CHN", "NPL")),
    # a country named as left out ("excluding New Zealand") is no side
    ("Trade between Australia and Fiji reached A$2 billion in 2022. Australia's trade with the Pacific Islands Forum "
     "members, excluding New Zealand, totalled about A$12 billion.", ("AUS", "FJI")),
    ("Trade between Kenya and Rwanda reached $300 million in 2022. Kenya's exports to the EAC, except Uganda, rose to "
     "$1.5 billion.", ("KEN", "RWA")),
    ("Trade between Chile and Peru reached $4 billion in 2022. Chile's trade with Latin America, not counting Brazil, "
     "came to $30 billion.", ("CHL", "PER")),
    # a group's trade taken together, named before the figure's clause ("Across the GCC,", "At the EAEU level,")
    ("Trade between the UAE and Turkey reached $19.5 billion in 2022. Across the GCC, trade with Turkey is estimated "
     "at about $30 billion a year.", ("ARE", "TUR")),
    ("Trade between Germany and China was €250 billion in 2022. Across the EAEU, trade with China is estimated at "
     "about $250 billion a year.", ("CHN", "DEU")),
    ("Trade between Kenya and India was $3 billion in 2022. Across the EAC, trade with India is put at some $9 "
     "billion a year.", ("IND", "KEN")),
    # groups as regional outlets write them: counted, in mixed case, and the unions of Europe's east and of Africa
    ("Trade between China and Laos reached $7 billion in 2022. Trade between China and the 10 Southeast Asian "
     "countries hit $975 billion in 2022.", ("CHN", "LAO")),
    ("Trade between Thailand and China reached $105 billion in 2022. Asean-China trade, meanwhile, hit $975 billion.",
     ("CHN", "THA")),
    ("Montenegro's trade with Italy was EUR 600 million in 2022, while trade with the CEFTA countries came to EUR 900 "
     "million.", ("ITA", "MNE")),
    ("Iceland's trade with Japan was $500 million in 2022. Total trade between the EFTA states and Japan was about $20 "
     "billion.", ("ISL", "JPN")),
    ("Trade between Senegal and Mali reached 700 billion FCFA in 2022. Senegal's trade with the UEMOA countries came to "
     "1,100 billion FCFA.", ("MLI", "SEN")),
    ("Trade between Botswana and Namibia reached $1 billion in 2022. Botswana's trade with SACU partners came to $6 "
     "billion.", ("BWA", "NAM")),
    # trade within a group, however it is written
    ("Trade between Kenya and Uganda reached $1.2 billion in 2022. Trade within the bloc as a whole was around $10 "
     "billion.", ("KEN", "UGA")),
    ("Trade between Senegal and Mali reached $1 billion in 2022. Intra-regional trade came to $12 billion.",
     ("MLI", "SEN")),
    ("Trade between Peru and Chile reached $4 billion in 2022. Trade among the group reached $40 billion in 2022.",
     ("CHL", "PER")),
])
def test_trade_with_a_group_after_a_pair_is_not_the_pairs(text: str, pair: tuple[str, str]) -> None:
    assert {found[0] for found in facts_of(text)} == {pair} and len(facts_of(text)) == 1


@pytest.mark.parametrize(("text", "value"), [
    ("Key numbers\n- Bilateral trade between Chile and Vietnam, 2023: $2.4bn\n- Chile's trade deficit with Vietnam, "
     "2023: $1.1bn\n", 2_400_000_000),
    ("Trade between Kenya and India, 2022: $3.9 billion. Kenya's deficit with India, 2022: $3.1 billion.",
     3_900_000_000),
    ("In brief: Turkish trade with Peru reached $3.2 billion in 2023; Turkey's surplus with Peru: $1.1 billion.",
     3_200_000_000),
])
def test_a_balance_named_by_a_label_before_its_value_is_not_trade(text: str, value: int) -> None:
    """"Deficit with Taiwan, 2024: $73.9bn": the label before the colon names the figure, even after a trade
    figure whose measure it would otherwise carry on."""
    assert [found[3] for found in facts_of(text)] == [value]


@pytest.mark.parametrize(("text", "expected"), [
    # a group a country joins or leaves is its membership, not a side of the figure beside it
    ("Trade between Croatia and Slovenia reached EUR 6 billion in 2022. In 2013, the year Croatia joined the EU and "
     "left CEFTA, exports to the neighbouring country were EUR 1.2 billion.",
     (("HRV", "SVN"), "exports", "HRV", 1_200_000_000, "EUR", "2013-01..2013-12", None)),
    ("Trade between Armenia and Georgia reached $1.2 billion in 2022. In 2015, when Armenia joined the EAEU, exports to "
     "the neighbouring country came to $150 million.",
     (("ARM", "GEO"), "exports", "ARM", 150_000_000, "USD", "2015-01..2015-12", None)),
    ("Trade between Kyrgyzstan and Kazakhstan reached $2 billion in 2022. In 2015, the year Kyrgyzstan joined the "
     "EAEU, imports from the neighbouring country were $900 million.",
     (("KAZ", "KGZ"), "imports", "KAZ", 900_000_000, "USD", "2015-01..2015-12", None)),
])
def test_a_group_joined_or_left_is_no_side(text: str, expected: tuple) -> None:
    assert expected in facts_of(text)


@pytest.mark.parametrize("text", [
    # settlements, payments and money transfers are no trade, even right after a trade figure
    "Trade between Russia and Kazakhstan amounted to $26 billion in 2022. In 2022, settlements between the two "
    "countries in national currencies exceeded 2 trillion rubles.",
    "Georgia's trade with Turkey amounted to $2 billion in January-July 2023. Money transfers from Russia fell 31% to "
    "1.1 billion lari.",
    "Trade between China and Russia reached $190 billion in 2022. Payments in national currencies came to about $150 "
    "billion.",
    # investment "poured" or "pumped" into a country, and a capital requirement
    "In 2022, trade between Vietnam and Thailand hit $21 billion. Thai businesses have poured about $14 billion into "
    "790 projects in Vietnam.",
    "Trade between Malaysia and Japan reached $40 billion in 2022. Japanese firms pumped $2 billion into Malaysia.",
    # a world total after a sentence that names only partners of one side ("Exports to Vietnam rose, and those to
    # the EU fell") is that side's, not a pair of the partners
    "Korea's exports to China rose to $10 billion in May 2024. Exports to Vietnam rose 16%, and those to the EU fell "
    "8%. Imports increased 4.9% to $37.6 billion.",
    "Japan's exports to the US rose to $12 billion in May 2024. Shipments to India grew 9%, and those to Brazil "
    "slipped 3%. Imports rose to $60 billion.",
    "Chile's imports from China reached $2 billion in May 2024. Purchases from Peru grew 5%, and those from Bolivia "
    "fell 2%. Exports came to $8 billion.",
    # people of a nation counted in millions are no amount ("6.96 million South Koreans")
    "Trade between Japan and Korea was $60 billion in 2023. A record 6.96 million South Koreans visited Japan.",
    "Trade between Thailand and China was $130 billion in 2023. About 3.5 million Chinese visited Thailand.",
    "Trade between the Philippines and Saudi Arabia was $5 billion in 2023. Some 2.3 million Filipinos work there.",
    # a gap to a rival ("trailing China by less than $10 billion") is a difference, not the rival's trade
    "Korea's exports to the US hit $115 billion in 2023, trailing China by less than $10 billion.",
    "Mexico's exports to the US reached $475 billion in 2023, ahead of China by $48 billion.",
    "Vietnam's exports to the US were $97 billion in 2023, behind Japan by some $50 billion.",
    # a balance told "from X to Y": the second figure is the balance too
    "Canada's exports to the US were C$50 billion in March 2023. Canada's trade surplus with the United States "
    "narrowed from C$12.5 billion in February to C$11.1 billion in March.",
    "Japan's exports to China were $12 billion in May 2023. Japan's deficit with China widened from $2.1 billion in "
    "April to $3.4 billion in May.",
    "Chile's exports to Peru were $300 million in June 2023. Chile's surplus with Peru grew from $90 million in May "
    "to $120 million in June.",
    "Ghana imported goods worth GH¢6.8 billion from Nigeria in 2022. Nigerian retailers in Accra must hold GH¢1 million "
    "in minimum capital.",
    # "foreign direct investment" after the figure, and money flowing "in" or "out"
    "Trade between Vietnam and Japan hit $45 billion in 2023. Vietnam took in $4.6 billion in foreign direct "
    "investment that year.",
    "Mexico's trade with the US came to $798 billion in 2023. Mexico received $36 billion in foreign direct "
    "investment.",
    "Pakistan's exports to Saudi Arabia rose to $800 million in 2023. Inflows from Saudi Arabia were $719 million in "
    "March.",
    "Nepal's trade with Qatar reached $60 million in 2023. Outflows to Qatar came to $40 million in March.",
    # "exports / imports of goods" with no partner after them: the country's whole trade, not the partner's of the
    # figure before
    "Latvia's exports to Estonia reached EUR 2.4 billion in 2023. In December, Latvia's exports of goods came to "
    "EUR 1.3 billion.",
    "Thai exports to Japan were $2 billion in May. Meanwhile, imports of goods rose 3 percent to $24 billion.",
    "Chile's sales to China hit $3 billion in June. Chilean imports of goods and services reached $8 billion.",
    # "The increase of $1 billion", "This rise of", "The drop of" opening the next sentence: a change, not a level
    "Trade between Thailand and India stood at $16 billion in 2023. The increase of nearly $1 billion came mainly "
    "from electronic parts.",
    "Kenya's exports to Uganda were $700 million in 2023. This rise of $80 million was driven by sugar.",
    "Trade between Chile and Peru fell to $4 billion in 2023. The drop of $500 million reflected cheaper copper.",
    # what one port or border post handled, after a figure for the pair, is not the pair's trade
    "Saudi imports from the UAE were SAR3.8 billion in January. Jeddah port handled imports worth SAR16.1 billion.",
    "Kenya's exports to Uganda were $100 million in May. The Malaba border post processed goods worth $80 million.",
    "Peru's exports to China were $2 billion in May. Chancay port handled exports worth $300 million.",
    # people counted beside the pair's figure, also when the unit follows a sibling number
    "Bilateral trade between Brazil and Mexico reached $13.5bn last year. \"We are economies of 130mn and 215mn "
    "people that trade too little,\" the minister said of Mexico and Canada.",
    "Dominican exports to Haiti totaled $1.1 billion in 2023. Haiti is a market of 11 million consumers.",
    "Kenya's exports to Uganda were $900 million in 2023. The two have between 12 and 15 million households each.",
    # the whole a partner's share is of: "all its shipments worth", "a third of all of its exports, which totalled"
    "In 2022 Ghana's exports to Togo were $410 million, almost half of all its shipments worth $900 million.",
    "Nepal's exports to India reached $1.2 billion in 2022, 60% of all its exports worth $2 billion.",
    "Peru's exports to China reached $22 billion in 2022, a third of all of its exports, which totalled $63 billion.",
    # "international trade" is the country's trade with the world, under a title that names a pair
    "Cambodia's trade with China tops $8.4 billion in first half\nCambodia's international trade volume reached "
    "$32.71 billion in the first half of 2025, up 17.6 percent.",
    "Kenya's trade with India tops $3 billion\nKenya's international trade rose to $25 billion in 2023, the bureau "
    "said.",
    "Peru's trade with Canada grows to $5 billion\nPeru's international trade volume came to $140 billion last year.",
    # an island region's or a province's own trade with the partner, after the pair's
    "Spain's trade with Morocco exceeded €20 billion in 2022. The Canary Islands, for their part, maintain trade with "
    "the neighbouring country of some €400 million.",
    "Italy's exports to Tunisia rose to €4 billion in 2023. Sicily's trade with Tunisia alone reached €600 million in "
    "2023.",
    "Japan's exports to Russia fell to ¥700 billion in 2023. Hokkaido's trade with Russia came to ¥90 billion in 2023.",
    # trade with every partner but one ("countries other than the United States") is the rest of the world's
    "Canada's exports to the United States declined 2.0% to $48.2 billion in July. Exports to countries other than "
    "the United States rose 0.3% to $15.5 billion.",
    "Vietnam's imports from China rose to $12 billion in May. Imports from countries other than China fell to $19.4 "
    "billion.",
    "Kenya's trade with Uganda reached $2 billion in 2023, while its trade with partners other than Uganda reached $20 "
    "billion.",
    # trade with a bloc named by its own words, after the pair's
    "Mexico's trade with Colombia reached $8 billion in 2022. Trade with the Central American Common Market as a whole "
    "reached about 11,000 million dollars.",
    "Morocco's trade with Egypt reached $1 billion in 2023. Trade with the Agadir Agreement countries came to $2.1 "
    "billion.",
    "Bolivia's trade with Venezuela reached $300 million in 2023. Trade with ALBA members came to $900 million.",
])
def test_money_that_is_not_trade_after_a_trade_figure_is_no_fact(text: str) -> None:
    assert len(facts_of(text)) == 1


@pytest.mark.parametrize(("text", "kept"), [
    # a flow to or from "all countries", "all markets" or "the rest of the world" is the country's trade with the
    # world, though it follows a partner's figure in the same sentence
    ("New Zealand goods exports to all countries were $71.9 billion in 2023. Exports to China were $17.4 billion and "
     "imports from all countries $80.3 billion.",
     {(("CHN", "NZL"), "exports", "NZL", 17_400_000_000, "USD", "2023-01..2023-12", None)}),
    ("Exports to Japan were $5 billion in 2023 and imports from all countries $40 billion, Chilean customs said.",
     {(("CHL", "JPN"), "exports", "CHL", 5_000_000_000, "USD", "2023-01..2023-12", None)}),
    ("Sales to Brazil reached $3 billion in 2023 and purchases from all markets $60 billion, Argentine data show.",
     {(("ARG", "BRA"), "exports", "ARG", 3_000_000_000, "USD", "2023-01..2023-12", None)}),
    ("Imports from India came to $2 billion in 2023, and exports to the rest of the world $9 billion, the Sri Lankan "
     "bureau said.", {(("IND", "LKA"), "imports", "IND", 2_000_000_000, "USD", "2023-01..2023-12", None)}),
])
def test_a_flow_with_all_countries_is_the_countrys_own(text: str, kept: set[tuple]) -> None:
    assert facts_of(text) == kept


@pytest.mark.parametrize("text", [
    # the earlier value that a world total is set beside, in a sentence that opens on that total ("The figure
    # represents an increase of 11.6 per cent over"), is the country's own trade too
    "Nigeria's exports to India grew. Nigeria's total merchandise trade stood at N34.78 trillion in the third quarter "
    "of 2024. The figure represents an increase of 11.6 per cent over the N31.16 trillion recorded in the preceding "
    "quarter.",
    "Ghana's exports to Switzerland grew. Ghana's total trade reached GH¢204.6 billion in the first half of 2024. The "
    "figure is up from GH¢150.2 billion in the first half of 2023.",
    "Zambia's exports to China grew. Zambia's total exports came to K160 billion in 2023. The total marks a rise of 9 "
    "per cent over the K146.8 billion recorded in 2022.",
])
def test_the_earlier_value_of_a_world_total_is_no_pairs(text: str) -> None:
    assert facts_of(text) == set()


@pytest.mark.parametrize("text", [
    # traders in a province ("Exporters in the province of North Brabant") are its trade, no pair's: "exporters in"
    # with no rank before it names no scope of a ranking
    "Dutch exports to Germany rose in 2024. Exporters in the province of North Brabant shipped 9.1 billion euros worth "
    "of goods to Germany in 2024.",
    "Canada's imports from China rose in 2023. Importers in the province of Ontario bought goods worth C$40 billion "
    "from China in 2023.",
    "China's exports to Laos grew in 2023. Suppliers in the province of Yunnan sold goods worth $3 billion to Laos in "
    "2023.",
])
def test_traders_in_a_province_are_its_trade(text: str) -> None:
    assert facts_of(text) == set()


@pytest.mark.parametrize("text", [
    # a flow from "all sources", "all suppliers" or "all origins" is the country's trade with the world
    "Pakistan's imports from China rose in 2024. Imports from all sources reached $27.3 billion in 2024.",
    "Kenya's exports to Uganda rose in 2024. Purchases from all suppliers came to $19 billion in 2024.",
    "Ghana's exports to Togo rose in 2024. Imports from all origins were $15 billion in 2024.",
    # a part of money that is no trade ("remittances of $17.8bn, of which $4.3bn came from Saudi Arabia") is none either
    "Pakistan's imports from China rose in 2024. The current account posted a surplus of $1.21bn, backed by workers' "
    "remittances of $17.8bn, of which $4.3bn came from Saudi Arabia and $3.6bn from the UAE.",
    "Kenya's exports to Uganda rose in 2024. Exports to all markets reached $7.1 billion while imports were $19bn. "
    "Diaspora remittances came to $4.9 billion, of which $2.6 billion came from the United States.",
    "Egypt's exports to Turkey rose in 2024. Total exports were $40 billion and imports $80 billion. The surplus in "
    "services was helped by tourism receipts of $14 billion, of which $2 billion came from Russia.",
])
def test_flows_from_all_sources_and_parts_of_other_money_are_no_pairs(text: str) -> None:
    assert facts_of(text) == set()
