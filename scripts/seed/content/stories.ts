import type { defaultLocale, Locale, Localized } from '@talentregion/shared/locales'
import type { Topic } from '@talentregion/shared/topics'

import type { Scene } from '../images'
import type { BodyPart } from '../lexical'
import type { MunicipalityName } from './municipalities'

export interface StoryText {
  title: string
  excerpt: string
  body: BodyPart[]
}

export interface StorySeed {
  scene: Scene
  municipality: MunicipalityName
  topics: Topic[]
  employers: string[]
  person: { name: string; role: Localized<string>; movedFrom: Localized<string> }
  daysAgo: number
  /** The default language is always there; a missing one is a translation not written yet. */
  text: Record<typeof defaultLocale, StoryText> &
    Partial<Record<Exclude<Locale, typeof defaultLocale>, StoryText>>
  imageAlt: Localized<string>
}

// All people in the demo stories are invented. Figures come from the regions' own campaigns.
export const stories: StorySeed[] = [
  {
    scene: 'industry',
    municipality: 'Vestre Toten',
    topics: ['career', 'moving'],
    employers: ['Raufoss Presisjon'],
    person: {
      name: 'Ingrid Solberg',
      role: { nb: 'Produksjonsingeniør', sv: 'Produktionsingenjör', en: 'Production engineer' },
      movedFrom: { nb: 'Oslo', sv: 'Oslo', en: 'Oslo' },
    },
    daysAgo: 3,
    imageAlt: {
      nb: 'Fabrikkhall med høye piper i morgenlys',
      sv: 'Fabrikshall med höga skorstenar i morgonljus',
      en: 'Factory hall with tall chimneys in morning light',
    },
    text: {
      nb: {
        title: 'Fra kontorlandskap i Oslo til robotlinjer på Raufoss',
        excerpt:
          'Ingrid byttet pendling og leilighet i byen mot en jobb der hun ser resultatet av arbeidet sitt hver dag.',
        body: [
          'Etter seks år som konsulent i Oslo ville Ingrid Solberg jobbe med noe hun kunne ta på. I dag har hun ansvar for en av de automatiserte produksjonslinjene hos Raufoss Presisjon.',
          'Industriklyngen på Raufoss eksporterer mer enn 80 prosent av det den lager, og omsetter for nesten 15 milliarder kroner i året. Det merker hun i hverdagen: kundene sitter i Tyskland, Japan og USA, og kollegene kommer fra hele verden.',
          {
            quote:
              'Jeg trodde jeg måtte velge mellom en spennende jobb og et roligere liv. Her fikk jeg begge deler.',
            attribution: 'Ingrid Solberg',
          },
          {
            figures: [
              { value: '80 %', label: 'av produksjonen går til eksport' },
              { value: '40', label: 'land ansatte kommer fra' },
            ],
          },
          'Hun bruker tjue minutter til jobb på sykkel om sommeren. Om vinteren går skiløypa nesten fra døra.',
        ],
      },
      sv: {
        title: 'Från kontorslandskap i Oslo till robotlinjer i Raufoss',
        excerpt:
          'Ingrid bytte pendling och stadslägenhet mot ett jobb där hon ser resultatet av sitt arbete varje dag.',
        body: [
          'Efter sex år som konsult i Oslo ville Ingrid Solberg arbeta med något hon kunde ta på. I dag ansvarar hon för en av de automatiserade produktionslinjerna på Raufoss Presisjon.',
          'Industriklustret i Raufoss exporterar mer än 80 procent av det som tillverkas och omsätter nästan 15 miljarder norska kronor om året. Det märks i vardagen: kunderna finns i Tyskland, Japan och USA, och kollegorna kommer från hela världen.',
          {
            quote:
              'Jag trodde att jag måste välja mellan ett spännande jobb och ett lugnare liv. Här fick jag båda.',
            attribution: 'Ingrid Solberg',
          },
          {
            figures: [
              { value: '80 %', label: 'av produktionen går på export' },
              { value: '40', label: 'länder som de anställda kommer från' },
            ],
          },
          'Hon cyklar tjugo minuter till jobbet på sommaren. På vintern börjar skidspåret nästan vid dörren.',
        ],
      },
      en: {
        title: 'From an open-plan office in Oslo to robot lines in Raufoss',
        excerpt:
          'Ingrid swapped a commute and a city flat for a job where she sees the result of her work every day.',
        body: [
          'After six years as a consultant in Oslo, Ingrid Solberg wanted to work on something she could touch. Today she runs one of the automated production lines at Raufoss Presisjon.',
          'The industrial cluster in Raufoss exports more than 80 per cent of what it makes and turns over almost 15 billion kroner a year. She notices it every day: the customers are in Germany, Japan and the United States, and her colleagues come from all over the world.',
          {
            quote:
              'I thought I had to choose between an exciting job and a calmer life. Here I got both.',
            attribution: 'Ingrid Solberg',
          },
          {
            figures: [
              { value: '80%', label: 'of production is exported' },
              { value: '40', label: 'countries the staff come from' },
            ],
          },
          'In summer she cycles twenty minutes to work. In winter the ski trail starts almost at her door.',
        ],
      },
    },
  },
  {
    scene: 'meeting',
    municipality: 'Gjøvik',
    topics: ['career', 'study'],
    employers: ['Raufoss Presisjon', 'Glomma Kraft'],
    person: {
      name: 'Amir Haddad',
      role: { nb: 'Trainee', sv: 'Trainee', en: 'Graduate trainee' },
      movedFrom: { nb: 'Trondheim', sv: 'Trondheim', en: 'Trondheim' },
    },
    daysAgo: 7,
    imageAlt: {
      nb: 'Tre kolleger i samtale rundt et bord',
      sv: 'Tre kollegor i samtal runt ett bord',
      en: 'Three colleagues talking around a table',
    },
    text: {
      nb: {
        title: 'Tre arbeidsplasser på to år – og et nettverk for livet',
        excerpt:
          'Som trainee i Innlandet har Amir prøvd seg i både industri og energi før han bestemmer seg.',
        body: [
          'Amir Haddad tok sivilingeniørutdanning i Trondheim og visste ikke helt hva han ville. Traineeprogrammet i Innlandet lot ham slippe å velge med en gang.',
          'Programmet varer i to år, og hver trainee jobber i to eller tre bedrifter underveis. Ordningen har eksistert i mer enn tjue år og trekker nyutdannede fra hele landet.',
          {
            quote:
              'Jeg har lært mer om hvordan bedrifter samarbeider på to år enn jeg trodde var mulig.',
            attribution: 'Amir Haddad',
          },
          'Nå er han på sitt andre oppdrag, hos et kraftselskap som bygger ut solkraft. Samlingene med de andre traineene er blitt et nettverk han regner med å ha nytte av lenge.',
        ],
      },
      sv: {
        title: 'Tre arbetsplatser på två år – och ett nätverk för livet',
        excerpt:
          'Som trainee i Innlandet har Amir provat både industri och energi innan han bestämmer sig.',
        body: [
          'Amir Haddad tog civilingenjörsexamen i Trondheim och visste inte riktigt vad han ville. Traineeprogrammet i Innlandet gjorde att han inte behövde välja direkt.',
          'Programmet pågår i två år och varje trainee arbetar på två eller tre företag under tiden. Det har funnits i mer än tjugo år och lockar nyutexaminerade från hela Norge.',
          {
            quote:
              'Jag har lärt mig mer om hur företag samarbetar på två år än jag trodde var möjligt.',
            attribution: 'Amir Haddad',
          },
          'Nu är han på sitt andra uppdrag, hos ett kraftbolag som bygger ut solkraft. Träffarna med de andra traineerna har blivit ett nätverk han räknar med att ha nytta av länge.',
        ],
      },
      en: {
        title: 'Three workplaces in two years — and a network for life',
        excerpt:
          'As a graduate trainee in Innlandet, Amir has tried both manufacturing and energy before he decides.',
        body: [
          'Amir Haddad graduated as an engineer in Trondheim without knowing quite what he wanted. The trainee programme in Innlandet meant he did not have to choose straight away.',
          'The programme lasts two years, and each trainee works in two or three companies along the way. It has run for more than twenty years and draws new graduates from all over Norway.',
          {
            quote:
              'In two years I have learned more about how companies work together than I thought possible.',
            attribution: 'Amir Haddad',
          },
          'He is now on his second placement, at a power company building solar plants. The gatherings with the other trainees have become a network he expects to rely on for years.',
        ],
      },
    },
  },
  {
    scene: 'lake',
    municipality: 'Hamar',
    topics: ['moving', 'green-transition', 'family'],
    employers: ['Glomma Kraft'],
    person: {
      name: 'Sofia Pereira',
      role: { nb: 'Energianalytiker', sv: 'Energianalytiker', en: 'Energy analyst' },
      movedFrom: { nb: 'Lisboa', sv: 'Lissabon', en: 'Lisbon' },
    },
    daysAgo: 12,
    imageAlt: {
      nb: 'Stille innsjø med skog og åser i kveldssol',
      sv: 'Stilla sjö med skog och åsar i kvällssol',
      en: 'A calm lake with forest and hills in evening sun',
    },
    text: {
      nb: {
        title: 'Sofia flyttet fra Lisboa for å jobbe med det grønne skiftet',
        excerpt:
          'Innlandet skal skape 10 000 nye grønne arbeidsplasser innen 2030. Sofia har en av dem.',
        body: [
          'Da Sofia Pereira så stillingsannonsen fra et kraftselskap ved Mjøsa, måtte hun slå opp hvor Hamar lå. Et halvt år senere bodde hun der med mann og to barn.',
          'Regionen har satt seg som mål å skape 10 000 nye, grønne arbeidsplasser fram mot 2030. Det betyr at rundt 150 personer må ansettes hver eneste måned.',
          {
            figures: [
              { value: '10 000', label: 'nye grønne arbeidsplasser innen 2030' },
              { value: '150', label: 'ansettelser i måneden' },
            ],
          },
          {
            quote:
              'Barna har skogen rett utenfor skolen. Jeg har en jobb som betyr noe for klimaet.',
            attribution: 'Sofia Pereira',
          },
          'Det tok tid å venne seg til mørke vintermorgener, innrømmer hun. Men lyset i mars, når isen ligger på Mjøsa og sola kommer tilbake, har hun aldri sett maken til.',
        ],
      },
      sv: {
        title: 'Sofia flyttade från Lissabon för att arbeta med den gröna omställningen',
        excerpt: 'Innlandet ska skapa 10 000 nya gröna jobb till 2030. Sofia har ett av dem.',
        body: [
          'När Sofia Pereira såg platsannonsen från ett kraftbolag vid Mjøsa fick hon slå upp var Hamar låg. Ett halvår senare bodde hon där med sin man och två barn.',
          'Regionen har som mål att skapa 10 000 nya gröna arbetstillfällen fram till 2030. Det innebär att omkring 150 personer måste anställas varje månad.',
          {
            figures: [
              { value: '10 000', label: 'nya gröna jobb till 2030' },
              { value: '150', label: 'anställningar i månaden' },
            ],
          },
          {
            quote:
              'Barnen har skogen precis utanför skolan. Jag har ett jobb som betyder något för klimatet.',
            attribution: 'Sofia Pereira',
          },
          'Det tog tid att vänja sig vid mörka vintermorgnar, medger hon. Men ljuset i mars, när isen ligger på Mjøsa och solen kommer tillbaka, har hon aldrig sett maken till.',
        ],
      },
      en: {
        title: 'Sofia moved from Lisbon to work on the green transition',
        excerpt: 'Innlandet aims to create 10,000 new green jobs by 2030. Sofia has one of them.',
        body: [
          'When Sofia Pereira saw the job advert from a power company on Lake Mjøsa, she had to look up where Hamar was. Six months later she lived there with her husband and two children.',
          'The region has set itself the goal of creating 10,000 new green jobs by 2030. That means around 150 people must be hired every single month.',
          {
            figures: [
              { value: '10,000', label: 'new green jobs by 2030' },
              { value: '150', label: 'hires a month' },
            ],
          },
          {
            quote:
              'The children have the forest right outside their school. I have a job that matters for the climate.',
            attribution: 'Sofia Pereira',
          },
          'Getting used to dark winter mornings took time, she admits. But the light in March, when the lake is frozen and the sun comes back, is like nothing she has seen before.',
        ],
      },
    },
  },
  {
    scene: 'town',
    municipality: 'Kongsvinger',
    topics: ['moving', 'community', 'family'],
    employers: ['Kongsvinger Tre og Bygg'],
    person: {
      name: 'Marte Lien',
      role: { nb: 'Byggingeniør', sv: 'Byggnadsingenjör', en: 'Structural engineer' },
      movedFrom: { nb: 'Bergen', sv: 'Bergen', en: 'Bergen' },
    },
    daysAgo: 18,
    imageAlt: {
      nb: 'Småby med opplyste vinduer i solnedgang',
      sv: 'Småstad med upplysta fönster i solnedgången',
      en: 'Small town with lit windows at sunset',
    },
    text: {
      nb: {
        title: 'Hjem igjen etter femten år: – Jeg visste ikke at jobbene fantes her',
        excerpt:
          'Marte dro fra Kongsvinger for å studere. En gjenforeningsfest fikk henne til å se hjembyen på nytt.',
        body: [
          'Som mange unge flyttet Marte Lien ut da hun var nitten. Hun tok for gitt at de interessante jobbene lå andre steder.',
          'Så ble hun invitert til det regionen kalte «Norges største reunion»: en hel dag med foredrag, stands fra rundt 50 bedrifter og fest om kvelden.',
          {
            quote:
              'Jeg gikk rundt blant standene og tenkte: hvorfor har ingen fortalt meg om dette?',
            attribution: 'Marte Lien',
          },
          'I dag jobber hun med massivtre hos en byggebedrift tjue minutter fra barndomshjemmet. Barna går i samme barnehage som hun selv gikk i.',
        ],
      },
      sv: {
        title: 'Hemma igen efter femton år: ”Jag visste inte att jobben fanns här”',
        excerpt:
          'Marte lämnade Kongsvinger för att studera. En återföreningsfest fick henne att se hemstaden med nya ögon.',
        body: [
          'Som många unga flyttade Marte Lien hemifrån när hon var nitton. Hon tog för givet att de intressanta jobben fanns någon annanstans.',
          'Sedan blev hon inbjuden till det regionen kallade ”Norges största återträff”: en hel dag med föredrag, montrar från ett femtiotal företag och fest på kvällen.',
          {
            quote:
              'Jag gick runt bland montrarna och tänkte: varför har ingen berättat om det här?',
            attribution: 'Marte Lien',
          },
          'I dag arbetar hon med massivträ på ett byggföretag tjugo minuter från barndomshemmet. Barnen går på samma förskola som hon själv gick på.',
        ],
      },
      en: {
        title: 'Home again after fifteen years: “I didn’t know the jobs were here”',
        excerpt:
          'Marte left Kongsvinger to study. A reunion party made her see her home town in a new light.',
        body: [
          'Like many young people, Marte Lien moved away at nineteen. She took it for granted that the interesting jobs were somewhere else.',
          'Then she was invited to what the region called “Norway’s biggest reunion”: a whole day of talks, stands from about 50 companies and a party in the evening.',
          {
            quote: 'I walked between the stands thinking: why has nobody told me about this?',
            attribution: 'Marte Lien',
          },
          'Today she works with cross-laminated timber at a building firm twenty minutes from her childhood home. Her children go to the same nursery she did.',
        ],
      },
    },
  },
  {
    scene: 'forest',
    municipality: 'Hamar',
    topics: ['career', 'community'],
    employers: ['Mjøsa Matverk'],
    person: {
      name: 'Jonas Berg',
      role: { nb: 'Prosessingeniør', sv: 'Processingenjör', en: 'Process engineer' },
      movedFrom: { nb: 'Stavanger', sv: 'Stavanger', en: 'Stavanger' },
    },
    daysAgo: 25,
    imageAlt: {
      nb: 'Granskog ved foten av åser',
      sv: 'Granskog vid foten av åsar',
      en: 'Spruce forest at the foot of the hills',
    },
    text: {
      nb: {
        title: 'Fra olje til havregryn: Jonas fant en ny bransje å være stolt av',
        excerpt:
          'I matindustrien lærer bedriftene av hverandre på tvers av bransjer. Det var det som lokket Jonas.',
        body: [
          'Jonas Berg hadde jobbet i oljeindustrien i ti år da han begynte å lete etter noe nytt. Han endte opp med å optimalisere produksjonslinjer for havre og bær ved Mjøsa.',
          'Bedriften er med i et treårig kompetanseprosjekt der opptil 40 matbedrifter møtes i nettverksgrupper. Tanken er enkel: den beste løsningen på et problem finnes kanskje i en helt annen bransje.',
          {
            quote:
              'Jeg tok med meg erfaring fra olje, og fikk tilbake ideer fra et bakeri og et meieri.',
            attribution: 'Jonas Berg',
          },
          'Han bor på et småbruk utenfor byen og har fått sine første høner.',
        ],
      },
      sv: {
        title: 'Från olja till havregryn: Jonas hittade en ny bransch att vara stolt över',
        excerpt:
          'I livsmedelsindustrin lär sig företagen av varandra över branschgränserna. Det var det som lockade Jonas.',
        body: [
          'Jonas Berg hade arbetat tio år i oljeindustrin när han började leta efter något nytt. Han hamnade i att optimera produktionslinjer för havre och bär vid Mjøsa.',
          'Företaget deltar i ett treårigt kompetensprojekt där upp till 40 livsmedelsföretag träffas i nätverksgrupper. Tanken är enkel: den bästa lösningen på ett problem finns kanske i en helt annan bransch.',
          {
            quote:
              'Jag tog med mig erfarenhet från oljan och fick tillbaka idéer från ett bageri och ett mejeri.',
            attribution: 'Jonas Berg',
          },
          'Han bor på ett litet lantställe utanför stan och har skaffat sina första höns.',
        ],
      },
      en: {
        title: 'From oil to oats: Jonas found a new industry to be proud of',
        excerpt:
          'In the food industry, companies learn from each other across sectors. That is what drew Jonas in.',
        body: [
          'Jonas Berg had worked in the oil industry for ten years when he started looking for something new. He ended up optimising production lines for oats and berries by Lake Mjøsa.',
          'The company is part of a three-year skills project in which up to 40 food companies meet in network groups. The idea is simple: the best answer to a problem may be found in a completely different trade.',
          {
            quote: 'I brought experience from oil and got ideas back from a bakery and a dairy.',
            attribution: 'Jonas Berg',
          },
          'He lives on a smallholding outside town and has just got his first hens.',
        ],
      },
    },
  },
  {
    scene: 'portrait',
    municipality: 'Gjøvik',
    topics: ['career', 'family', 'housing'],
    employers: ['Sykehuset Innlandet Gjøvik'],
    person: {
      name: 'Elin Nyström',
      role: {
        nb: 'Intensivsykepleier',
        sv: 'Intensivvårdssjuksköterska',
        en: 'Intensive care nurse',
      },
      movedFrom: { nb: 'Göteborg', sv: 'Göteborg', en: 'Gothenburg' },
    },
    daysAgo: 31,
    imageAlt: {
      nb: 'Kvinne i oransje jakke foran skogkledde åser',
      sv: 'Kvinna i orange jacka framför skogklädda åsar',
      en: 'Woman in an orange jacket in front of wooded hills',
    },
    text: {
      nb: {
        title: 'Elin fikk tid til familien – og et fagmiljø hun vokser i',
        excerpt:
          'Intensivsykepleieren fra Göteborg valgte et mindre sykehus, og fikk mer ansvar enn hun hadde drømt om.',
        body: [
          'På et stort universitetssykehus følte Elin Nyström seg som et nummer. På Gjøvik kjenner hun alle på avdelingen, og hun har fått lede et prosjekt om bedre overgang fra intensiv til sengepost.',
          'Familien kjøpte hus med hage for det en toroms leilighet kostet i Göteborg. Sykehuset hjalp til med barnehageplass før første arbeidsdag.',
          'Hun er utdannet sykepleier og tok videreutdanning som intensivsykepleier i Göteborg.',
          {
            quote: 'Jeg jobber ikke mindre enn før, men jeg har mer tid. Det er ikke det samme.',
            attribution: 'Elin Nyström',
          },
        ],
      },
      sv: {
        title: 'Elin fick tid för familjen – och en arbetsplats där hon växer',
        excerpt:
          'Intensivvårdssjuksköterskan från Göteborg valde ett mindre sjukhus och fick mer ansvar än hon drömt om.',
        body: [
          'På ett stort universitetssjukhus kände sig Elin Nyström som ett nummer. I Gjøvik känner hon alla på avdelningen och har fått leda ett projekt om bättre övergångar från intensiven till vårdavdelningen.',
          'Familjen köpte hus med trädgård för vad en tvåa kostade i Göteborg. Sjukhuset hjälpte till med förskoleplats innan första arbetsdagen.',
          'Hon är utbildad sjuksköterska och vidareutbildade sig till intensivvårdssjuksköterska i Göteborg.',
          {
            quote: 'Jag arbetar inte mindre än förut, men jag har mer tid. Det är inte samma sak.',
            attribution: 'Elin Nyström',
          },
        ],
      },
      en: {
        title: 'Elin found time for her family — and a team she can grow in',
        excerpt:
          'The intensive care nurse from Gothenburg chose a smaller hospital and got more responsibility than she had hoped for.',
        body: [
          'At a large university hospital, Elin Nyström felt like a number. In Gjøvik she knows everyone on the ward and leads a project to improve how patients move from intensive care to the general ward.',
          'The family bought a house with a garden for what a two-room flat cost in Gothenburg. The hospital helped arrange a nursery place before her first day at work.',
          'She trained as a nurse and went on to qualify as an intensive care nurse in Gothenburg.',
          {
            quote:
              'I don’t work less than before, but I have more time. That is not the same thing.',
            attribution: 'Elin Nyström',
          },
        ],
      },
    },
  },
  {
    scene: 'winter',
    municipality: 'Lillehammer',
    topics: ['career', 'nature'],
    employers: ['Lillehammer Digital'],
    person: {
      name: 'Lukas Weber',
      role: { nb: 'Utvikler', sv: 'Utvecklare', en: 'Software developer' },
      movedFrom: { nb: 'München', sv: 'München', en: 'Munich' },
    },
    daysAgo: 40,
    imageAlt: {
      nb: 'Snødekt landskap med grantrær og blå himmel',
      sv: 'Snötäckt landskap med granar och blå himmel',
      en: 'Snowy landscape with spruce trees and a blue sky',
    },
    text: {
      nb: {
        title: 'Lunsjpause i skiløypa',
        excerpt: 'Lukas fra München skriver kode for reiselivet – og går på ski før standup-møtet.',
        body: [
          'Lukas Weber kom til Lillehammer på utveksling og ble. Nå lager han bookingsystemer for hoteller og skisentre i et selskap med 30 ansatte.',
          'Arbeidsdagen er fleksibel. Når føret er bra, tar han en runde i lysløypa før kollegene kommer.',
          {
            quote:
              'I München brukte jeg helgene på å komme meg ut av byen. Her er jeg allerede ute.',
            attribution: 'Lukas Weber',
          },
          'Han lærer norsk på kveldskurs og sier at kollegene er tålmodige når han blander inn tyske ord.',
        ],
      },
      sv: {
        title: 'Lunchpaus i skidspåret',
        excerpt:
          'Lukas från München skriver kod åt besöksnäringen – och åker skidor före morgonmötet.',
        body: [
          'Lukas Weber kom till Lillehammer som utbytesstudent och blev kvar. Nu bygger han bokningssystem för hotell och skidanläggningar på ett företag med 30 anställda.',
          'Arbetsdagen är flexibel. När föret är bra tar han ett varv i elljusspåret innan kollegorna kommer.',
          {
            quote: 'I München ägnade jag helgerna åt att ta mig ut ur stan. Här är jag redan ute.',
            attribution: 'Lukas Weber',
          },
          'Han läser norska på kvällskurs och säger att kollegorna har tålamod när han blandar in tyska ord.',
        ],
      },
      en: {
        title: 'Lunch break on the ski trail',
        excerpt:
          'Lukas from Munich writes code for the tourism industry — and goes skiing before the morning stand-up.',
        body: [
          'Lukas Weber came to Lillehammer as an exchange student and stayed. He now builds booking systems for hotels and ski resorts at a company with 30 staff.',
          'The working day is flexible. When the snow is good, he does a lap of the floodlit trail before his colleagues arrive.',
          {
            quote: 'In Munich I spent my weekends getting out of the city. Here I am already out.',
            attribution: 'Lukas Weber',
          },
          'He is learning Norwegian at evening classes and says his colleagues are patient when he mixes in German words.',
        ],
      },
    },
  },
  {
    scene: 'industry',
    municipality: 'Ludvika',
    topics: ['career', 'green-transition'],
    employers: ['Ludvika Kraftteknik'],
    person: {
      name: 'Priya Raman',
      role: { nb: 'Elkraftingeniør', sv: 'Elkraftsingenjör', en: 'Power systems engineer' },
      movedFrom: { nb: 'Chennai', sv: 'Chennai', en: 'Chennai' },
    },
    daysAgo: 46,
    imageAlt: {
      nb: 'Industrianlegg med piper og damp mot blek himmel',
      sv: 'Industrianläggning med skorstenar och ånga mot blek himmel',
      en: 'Industrial plant with chimneys and steam against a pale sky',
    },
    text: {
      nb: {
        title: 'Priya tester transformatorene som skal frakte fremtidens strøm',
        excerpt:
          'Industrien i Dalarna skal ansette 4000–5000 mennesker på fem år. Priya kom fra India for å være med.',
        body: [
          'I testhallen i Ludvika prøver Priya Raman ut høyspentutstyr som skal frakte vindkraft fra havet og inn til byene.',
          'Dalarna har rundt 25 store industriinvesteringer på gang, og flere av dem er på milliardnivå. Samtidig går mange i pensjon. Regionen regner med at industrien alene skal ansette 4000–5000 personer de neste fem årene.',
          {
            figures: [
              { value: '4000–5000', label: 'nye industriansatte i Dalarna på fem år' },
              { value: '25', label: 'store investeringer på gang' },
            ],
          },
          {
            quote: 'Jeg valgte jobben, ikke stedet. Nå ville jeg ikke byttet stedet heller.',
            attribution: 'Priya Raman',
          },
        ],
      },
      sv: {
        title: 'Priya testar transformatorerna som ska överföra framtidens el',
        excerpt:
          'Industrin i Dalarna ska anställa 4000–5000 personer på fem år. Priya kom från Indien för att vara med.',
        body: [
          'I testhallen i Ludvika provar Priya Raman högspänningsutrustning som ska föra vindkraft från havet in till städerna.',
          'Dalarna har ett 25-tal stora industriinvesteringar på gång, flera av dem i miljardklassen. Samtidigt går många i pension. Regionen räknar med att enbart industrin ska anställa 4000–5000 personer de närmaste fem åren.',
          {
            figures: [
              { value: '4000–5000', label: 'nya industrijobb i Dalarna på fem år' },
              { value: '25', label: 'stora investeringar på gång' },
            ],
          },
          {
            quote: 'Jag valde jobbet, inte orten. Nu skulle jag inte byta orten heller.',
            attribution: 'Priya Raman',
          },
        ],
      },
      en: {
        title: 'Priya tests the transformers that will carry tomorrow’s power',
        excerpt:
          'Industry in Dalarna will hire 4,000–5,000 people in five years. Priya came from India to be part of it.',
        body: [
          'In the test hall in Ludvika, Priya Raman tries out high-voltage equipment that will carry offshore wind power into the cities.',
          'Dalarna has some 25 major industrial investments under way, several of them worth billions. At the same time, many workers are retiring. The region expects industry alone to hire 4,000–5,000 people over the next five years.',
          {
            figures: [
              { value: '4,000–5,000', label: 'new industrial jobs in Dalarna in five years' },
              { value: '25', label: 'major investments under way' },
            ],
          },
          {
            quote: 'I chose the job, not the place. Now I wouldn’t swap the place either.',
            attribution: 'Priya Raman',
          },
        ],
      },
    },
  },
  {
    scene: 'town',
    municipality: 'Falun',
    topics: ['moving', 'family', 'community'],
    employers: ['Falu Gruvteknik'],
    person: {
      name: 'Tobias Lind',
      role: { nb: 'Geolog', sv: 'Geolog', en: 'Geologist' },
      movedFrom: { nb: 'Stockholm', sv: 'Stockholm', en: 'Stockholm' },
    },
    daysAgo: 53,
    imageAlt: {
      nb: 'Trehus i en gammel gruveby i skumringen',
      sv: 'Trähus i en gammal gruvstad i skymningen',
      en: 'Wooden houses in an old mining town at dusk',
    },
    text: {
      nb: {
        title: 'Jobben var i boks – så måtte partneren også finne en jobb',
        excerpt:
          'Da Tobias fikk jobb i Falun, hjalp regionens medflytterservice samboeren hans videre.',
        body: [
          'For Tobias Lind var valget enkelt: en stilling som geolog i et selskap som utvikler utstyr for sikrere gruvedrift. For samboeren, som er landskapsarkitekt, var det vanskeligere.',
          'Flere kommuner i Dalarna utreder nå en egen service for medflyttere – folk som flytter fordi partneren har fått jobb. Tobias og samboeren fikk hjelp gjennom et nettverk av arbeidsgivere og kommunen.',
          {
            quote: 'Vi flyttet som et par, ikke som én arbeidstaker med en kjæreste på slep.',
            attribution: 'Tobias Lind',
          },
          'Tre måneder senere hadde samboeren fast jobb i kommunens planavdeling.',
        ],
      },
      sv: {
        title: 'Jobbet var klart – sedan behövde partnern också ett jobb',
        excerpt:
          'När Tobias fick jobb i Falun hjälpte regionens medflyttarservice hans sambo vidare.',
        body: [
          'För Tobias Lind var valet enkelt: en tjänst som geolog på ett företag som utvecklar utrustning för säkrare gruvdrift. För hans sambo, som är landskapsarkitekt, var det svårare.',
          'Flera kommuner i Dalarna undersöker nu en egen service för medflyttare – personer som flyttar för att partnern har fått jobb. Tobias och sambon fick hjälp genom ett nätverk av arbetsgivare och kommunen.',
          {
            quote: 'Vi flyttade som ett par, inte som en arbetstagare med en partner på släp.',
            attribution: 'Tobias Lind',
          },
          'Tre månader senare hade sambon fast jobb på kommunens planavdelning.',
        ],
      },
      en: {
        title: 'His job was settled – then his partner needed one too',
        excerpt:
          'When Tobias got a job in Falun, the region’s relocation service helped his partner find her next step.',
        body: [
          'For Tobias Lind the choice was easy: a post as a geologist at a company developing equipment for safer mining. For his partner, a landscape architect, it was harder.',
          'Several municipalities in Dalarna are now looking into a service for accompanying partners — people who move because their partner has found a job. Tobias and his partner got help through a network of employers and the municipality.',
          {
            quote: 'We moved as a couple, not as one employee with a partner in tow.',
            attribution: 'Tobias Lind',
          },
          'Three months later his partner had a permanent job in the municipal planning department.',
        ],
      },
    },
  },
  {
    scene: 'lake',
    municipality: 'Borlänge',
    topics: ['career', 'nature'],
    employers: ['Dala Logistik'],
    person: {
      name: 'Hanna Åberg',
      role: { nb: 'Transportplanlegger', sv: 'Transportplanerare', en: 'Transport planner' },
      movedFrom: { nb: 'Malmö', sv: 'Malmö', en: 'Malmö' },
    },
    daysAgo: 60,
    imageAlt: {
      nb: 'Innsjø med skogkledde åser i ettermiddagslys',
      sv: 'Sjö med skogklädda åsar i eftermiddagsljus',
      en: 'Lake with wooded hills in afternoon light',
    },
    text: {
      nb: {
        title: 'Hun kom for en festival og ble for en karriere',
        excerpt:
          'Dalarna er Sveriges fjerde største reiselivsregion. Hanna var turist en sommer – nå planlegger hun godstog.',
        body: [
          'Hanna Åberg dro til Dalarna for en musikkfestival. På veien hjem så hun en plakat ved innkjørselen til Borlänge: «Her finnes jobbene også.»',
          'Regionen bruker sommeren bevisst. Fotballcuper, festivaler og konserter trekker hundretusener av besøkende, og mange av dem møter budskapet om karrieremuligheter på skilt og arrangementer.',
          {
            quote:
              'Jeg trodde Dalarna var midtsommer og hester i tre. Det er også Europas godstrafikk.',
            attribution: 'Hanna Åberg',
          },
          'Nå planlegger hun jernbanetransport for stål og papir fra kontoret ved stasjonen.',
        ],
      },
      sv: {
        title: 'Hon kom för en festival och stannade för en karriär',
        excerpt:
          'Dalarna är Sveriges fjärde största besöksregion. Hanna var turist en sommar – nu planerar hon godståg.',
        body: [
          'Hanna Åberg åkte till Dalarna för en musikfestival. På vägen hem såg hon en skylt vid infarten till Borlänge: ”Här finns jobben också.”',
          'Regionen använder sommaren medvetet. Fotbollscuper, festivaler och konserter lockar hundratusentals besökare, och många av dem möter budskapet om karriärmöjligheter på skyltar och evenemang.',
          {
            quote:
              'Jag trodde att Dalarna var midsommar och dalahästar. Det är också Europas godstrafik.',
            attribution: 'Hanna Åberg',
          },
          'Nu planerar hon järnvägstransporter av stål och papper från kontoret vid stationen.',
        ],
      },
      en: {
        title: 'She came for a festival and stayed for a career',
        excerpt:
          'Dalarna is Sweden’s fourth-largest visitor region. Hanna was a tourist one summer — now she plans freight trains.',
        body: [
          'Hanna Åberg went to Dalarna for a music festival. On the way home she saw a billboard at the entrance to Borlänge: “The jobs are here too.”',
          'The region uses the summer on purpose. Football tournaments, festivals and concerts draw hundreds of thousands of visitors, and many of them meet the message about careers on billboards and at events.',
          {
            quote:
              'I thought Dalarna was midsummer and wooden horses. It is also Europe’s freight traffic.',
            attribution: 'Hanna Åberg',
          },
          'She now plans rail transport of steel and paper from an office by the station.',
        ],
      },
    },
  },
  {
    scene: 'forest',
    municipality: 'Elverum',
    topics: ['nature', 'green-transition', 'housing'],
    employers: ['Glomma Kraft'],
    person: {
      name: 'Kari Moen',
      role: { nb: 'Automatiker', sv: 'Automationstekniker', en: 'Automation technician' },
      movedFrom: { nb: 'Drammen', sv: 'Drammen', en: 'Drammen' },
    },
    daysAgo: 68,
    imageAlt: {
      nb: 'Tett skog med lysning i forgrunnen',
      sv: 'Tät skog med en glänta i förgrunden',
      en: 'Dense forest with a clearing in the foreground',
    },
    text: {
      nb: {
        title: 'Kraftverket ved elva',
        excerpt:
          'Kari holder vannkraftverkene langs Glomma i gang – og har fiskestanga med på jobb.',
        body: [
          'Kari Moen er automatiker og har ansvar for styringssystemene i tre kraftverk langs Glomma. Jobben er variert: noen dager med PC, andre dager i vadebukser.',
          'Hun og samboeren bygde hus på en tomt med utsikt over elva, til en brøkdel av prisen i Drammen.',
          {
            quote: 'Jeg har verdens beste pendlervei. Den går langs elva.',
            attribution: 'Kari Moen',
          },
        ],
      },
      sv: {
        title: 'Kraftverket vid älven',
        excerpt:
          'Kari håller vattenkraftverken längs Glomma igång – och har fiskespöet med till jobbet.',
        body: [
          'Kari Moen är automationstekniker och ansvarar för styrsystemen i tre kraftverk längs Glomma. Jobbet är varierat: vissa dagar vid datorn, andra i vadarbyxor.',
          'Hon och sambon byggde hus på en tomt med utsikt över älven, för en bråkdel av priset i Drammen.',
          {
            quote: 'Jag har världens bästa pendlingsväg. Den går längs älven.',
            attribution: 'Kari Moen',
          },
        ],
      },
      en: {
        title: 'The power station by the river',
        excerpt:
          'Kari keeps the hydropower plants along the Glomma running — and takes her fishing rod to work.',
        body: [
          'Kari Moen is an automation technician responsible for the control systems of three power stations on the Glomma. The job varies: some days at a computer, others in waders.',
          'She and her partner built a house on a plot overlooking the river, for a fraction of what it would cost in Drammen.',
          {
            quote: 'I have the best commute in the world. It follows the river.',
            attribution: 'Kari Moen',
          },
        ],
      },
    },
  },
  {
    scene: 'meeting',
    municipality: 'Kongsvinger',
    topics: ['entrepreneurship', 'community'],
    employers: [],
    person: {
      name: 'Daniel Okafor',
      role: { nb: 'Gründer', sv: 'Grundare', en: 'Founder' },
      movedFrom: { nb: 'Oslo', sv: 'Oslo', en: 'Oslo' },
    },
    daysAgo: 75,
    imageAlt: {
      nb: 'Tre personer rundt et arbeidsbord',
      sv: 'Tre personer runt ett arbetsbord',
      en: 'Three people around a work table',
    },
    text: {
      nb: {
        title: 'Startet selskap en time fra Oslo – med regionen i ryggen',
        excerpt:
          'Daniel fant billigere lokaler, kortere vei til beslutningstakere og et næringsliv som ville hjelpe.',
        body: [
          'Daniel Okafor utvikler sensorer som måler fukt i trebygninger. Da han skulle skalere opp, var lokalene i Oslo for dyre og for små.',
          'I Kongsvinger fikk han plass i et innovasjonsmiljø som samarbeider tett med kommunene og næringslivet i regionen. Der møtte han også sin første store kunde, en lokal byggebedrift.',
          {
            quote: 'Her tar ordføreren telefonen. Det er ikke en detalj når du starter noe nytt.',
            attribution: 'Daniel Okafor',
          },
          'Selskapet har nå seks ansatte, fire av dem rekruttert fra regionen.',
        ],
      },
      sv: {
        title: 'Startade företag en timme från Oslo – med regionen i ryggen',
        excerpt:
          'Daniel hittade billigare lokaler, kortare väg till beslutsfattare och ett näringsliv som ville hjälpa till.',
        body: [
          'Daniel Okafor utvecklar sensorer som mäter fukt i träbyggnader. När han skulle växa var lokalerna i Oslo för dyra och för små.',
          'I Kongsvinger fick han plats i en innovationsmiljö som samarbetar nära med kommunerna och näringslivet i regionen. Där träffade han också sin första stora kund, ett lokalt byggföretag.',
          {
            quote:
              'Här svarar kommunstyrelsens ordförande i telefon. Det är ingen detalj när man startar något nytt.',
            attribution: 'Daniel Okafor',
          },
          'Företaget har nu sex anställda, varav fyra rekryterade i regionen.',
        ],
      },
    },
  },
  {
    scene: 'winter',
    municipality: 'Falun',
    topics: ['study', 'career', 'moving'],
    employers: ['Falu Gruvteknik', 'Ludvika Kraftteknik'],
    person: {
      name: 'Emma Karlsson',
      role: {
        nb: 'Masterstudent i materialteknikk',
        sv: 'Masterstudent i materialteknik',
        en: 'Master’s student in materials engineering',
      },
      movedFrom: { nb: 'Uppsala', sv: 'Uppsala', en: 'Uppsala' },
    },
    daysAgo: 82,
    imageAlt: {
      nb: 'Vinterlandskap med frosne trær',
      sv: 'Vinterlandskap med frostiga träd',
      en: 'Winter landscape with frosted trees',
    },
    text: {
      nb: {
        title: 'Oppgaven ble en jobb før hun var ferdig',
        excerpt:
          'Emma skrev masteroppgave sammen med to industribedrifter i Dalarna. Begge ville ansette henne.',
        body: [
          'Emma Karlsson studerer ved høgskolen i Dalarna og skriver om slitasje i metaller under ekstreme temperaturer. Oppgaven gjør hun i samarbeid med to av regionens industribedrifter.',
          'Samarbeidet mellom bedrifter, kommuner, høgskole og region er en av bærebjelkene i satsingen på å gjøre Dalarna kjent som karriereregion.',
          {
            quote:
              'Jeg har hatt veiledere på høgskolen og i produksjonen samtidig. Det har gjort meg mye tryggere.',
            attribution: 'Emma Karlsson',
          },
          'Hun har allerede signert kontrakt, med start etter sommeren.',
        ],
      },
      sv: {
        title: 'Examensarbetet blev ett jobb innan hon var klar',
        excerpt:
          'Emma skrev sitt examensarbete tillsammans med två industriföretag i Dalarna. Båda ville anställa henne.',
        body: [
          'Emma Karlsson läser vid Högskolan Dalarna och skriver om slitage i metaller vid extrema temperaturer. Arbetet gör hon tillsammans med två av regionens industriföretag.',
          'Samverkan mellan företag, kommuner, högskola och region är en av grundpelarna i satsningen på att göra Dalarna känt som karriärregion.',
          {
            quote:
              'Jag har haft handledare både på högskolan och i produktionen. Det har gjort mig mycket tryggare.',
            attribution: 'Emma Karlsson',
          },
          'Hon har redan skrivit på ett anställningsavtal, med start efter sommaren.',
        ],
      },
      en: {
        title: 'Her thesis became a job before she had finished',
        excerpt:
          'Emma wrote her master’s thesis with two industrial companies in Dalarna. Both wanted to hire her.',
        body: [
          'Emma Karlsson studies at Dalarna University and is writing about wear in metals at extreme temperatures. She is doing the work together with two of the region’s industrial companies.',
          'Cooperation between companies, municipalities, the university and the region is one of the pillars of the effort to make Dalarna known as a place for a career.',
          {
            quote:
              'I have had supervisors at the university and on the factory floor at the same time. It has made me far more confident.',
            attribution: 'Emma Karlsson',
          },
          'She has already signed a contract, starting after the summer.',
        ],
      },
    },
  },
]
