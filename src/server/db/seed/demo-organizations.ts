import type { TBcmArrangement } from '../../../domain/contract/orgs.js';
import type { TOrgRole } from '../../../domain/roles.js';
import type { TUnitKind } from '../../../domain/units.js';

/** Fictional organizations: names and people are invented; places are real cities. */
export interface DemoUnit {
  code: string;
  parent: string | null;
  kind: TUnitKind;
  name: string;
  country: string | null;
  city: string | null;
  timeZone: string;
}

export interface DemoOrganization {
  slug: string;
  name: string;
  emailDomain: string;
  arrangement: TBcmArrangement;
  units: DemoUnit[];
  /** One sign-in per role: [role, unit code, full name]. */
  users: [TOrgRole, string, string][];
}

const u = (code: string, parent: string | null, kind: TUnitKind, name: string, country: string | null, city: string | null, timeZone: string): DemoUnit => ({
  code, parent, kind, name, country, city, timeZone,
});

export const DEMO_ORGANIZATIONS: DemoOrganization[] = [
  {
    slug: 'meridian',
    name: 'Meridian Relief Agency',
    emailDomain: 'meridian.example',
    arrangement: { kind: 'dedicated_coordinator', reportingLine: 'Deputy Executive Director, Management', percentTime: 100 },
    units: [
      u('HQ', null, 'headquarters', 'Headquarters, Geneva', 'CH', 'Geneva', 'Europe/Zurich'),
      u('HQ-OPS', 'HQ', 'department', 'Division of Operations', 'CH', 'Geneva', 'Europe/Zurich'),
      u('HQ-ICT', 'HQ', 'department', 'Information and Communications Technology Division', 'CH', 'Geneva', 'Europe/Zurich'),
      u('HQ-HR', 'HQ', 'department', 'Division of Human Resources', 'CH', 'Geneva', 'Europe/Zurich'),
      u('HQ-SEC', 'HQ', 'department', 'Security and Safety Service', 'CH', 'Geneva', 'Europe/Zurich'),
      u('HQ-GBS', 'HQ', 'governing_body_secretariat', 'Secretariat of the Executive Board', 'CH', 'Geneva', 'Europe/Zurich'),
      u('RO-EA', 'HQ', 'regional_office', 'Regional Office for East Africa', 'KE', 'Nairobi', 'Africa/Nairobi'),
      u('RO-AP', 'HQ', 'regional_office', 'Regional Office for Asia and the Pacific', 'TH', 'Bangkok', 'Asia/Bangkok'),
      u('RO-LA', 'HQ', 'regional_office', 'Regional Office for Latin America', 'PA', 'Panama City', 'America/Panama'),
      u('CO-UG', 'RO-EA', 'country_office', 'Uganda Country Office', 'UG', 'Kampala', 'Africa/Kampala'),
      u('SO-GULU', 'CO-UG', 'duty_station', 'Gulu Sub-Office', 'UG', 'Gulu', 'Africa/Kampala'),
      u('CO-ET', 'RO-EA', 'country_office', 'Ethiopia Country Office', 'ET', 'Addis Ababa', 'Africa/Addis_Ababa'),
      u('CO-BD', 'RO-AP', 'country_office', 'Bangladesh Country Office', 'BD', 'Dhaka', 'Asia/Dhaka'),
      u('SO-CXB', 'CO-BD', 'duty_station', "Cox's Bazar Sub-Office", 'BD', "Cox's Bazar", 'Asia/Dhaka'),
      u('CO-PH', 'RO-AP', 'country_office', 'Philippines Country Office', 'PH', 'Manila', 'Asia/Manila'),
      u('CO-HN', 'RO-LA', 'country_office', 'Honduras Country Office', 'HN', 'Tegucigalpa', 'America/Tegucigalpa'),
      u('CO-CO', 'RO-LA', 'country_office', 'Colombia Country Office', 'CO', 'Bogotá', 'America/Bogota'),
    ],
    users: [
      ['executive', 'HQ', 'Helena Marchetti'],
      ['bc_coordinator', 'HQ', 'Amina Diallo'],
      ['focal_point', 'CO-UG', 'Samuel Okello'],
      ['plan_owner', 'CO-UG', 'Grace Nakato'],
      ['cmt_member', 'HQ', 'Tomás Herrera'],
      ['risk_officer', 'HQ', 'Ingrid Solberg'],
      ['internal_auditor', 'HQ', 'Kwame Mensah'],
      ['external_auditor', 'HQ', 'Claire Dubois'],
      ['oversight_committee', 'HQ', 'Rajiv Menon'],
      ['governing_body_reader', 'HQ', 'Natalia Petrova'],
      ['staff', 'CO-UG', 'Peter Ssemwanga'],
    ],
  },
  {
    slug: 'aquaterra',
    name: 'AquaTerra Climate and Water Organization',
    emailDomain: 'aquaterra.example',
    arrangement: { kind: 'combined_function', reportingLine: 'Director of Administration (with enterprise risk management)', percentTime: 40 },
    units: [
      u('HQ', null, 'headquarters', 'Headquarters, Vienna', 'AT', 'Vienna', 'Europe/Vienna'),
      u('HQ-PRG', 'HQ', 'department', 'Programme Division', 'AT', 'Vienna', 'Europe/Vienna'),
      u('HQ-ADM', 'HQ', 'department', 'Division of Administration', 'AT', 'Vienna', 'Europe/Vienna'),
      u('HQ-ICT', 'HQ', 'department', 'Digital Services Section', 'AT', 'Vienna', 'Europe/Vienna'),
      u('RO-WA', 'HQ', 'regional_office', 'Regional Office for West Africa and the Sahel', 'SN', 'Dakar', 'Africa/Dakar'),
      u('RO-AS', 'HQ', 'regional_office', 'Regional Office for the Arab States', 'JO', 'Amman', 'Asia/Amman'),
      u('RO-CA', 'HQ', 'regional_office', 'Regional Office for Central Asia', 'KZ', 'Almaty', 'Asia/Almaty'),
      u('CO-ML', 'RO-WA', 'country_office', 'Mali Country Office', 'ML', 'Bamako', 'Africa/Bamako'),
      u('CO-NE', 'RO-WA', 'country_office', 'Niger Country Office', 'NE', 'Niamey', 'Africa/Niamey'),
      u('CO-LB', 'RO-AS', 'country_office', 'Lebanon Country Office', 'LB', 'Beirut', 'Asia/Beirut'),
      u('CO-TN', 'RO-AS', 'country_office', 'Tunisia Country Office', 'TN', 'Tunis', 'Africa/Tunis'),
      u('CO-KG', 'RO-CA', 'country_office', 'Kyrgyzstan Country Office', 'KG', 'Bishkek', 'Asia/Bishkek'),
      u('CO-UZ', 'RO-CA', 'country_office', 'Uzbekistan Country Office', 'UZ', 'Tashkent', 'Asia/Tashkent'),
    ],
    users: [
      ['executive', 'HQ', 'Friedrich Hoffmann'],
      ['bc_coordinator', 'HQ', 'Leila Haddad'],
      ['focal_point', 'CO-LB', 'Karim Nassar'],
      ['plan_owner', 'CO-LB', 'Rania Khoury'],
      ['cmt_member', 'HQ', 'Aigerim Bekova'],
      ['risk_officer', 'HQ', 'Mateo Rossi'],
      ['internal_auditor', 'HQ', 'Oumar Traoré'],
      ['external_auditor', 'HQ', 'Sofia Lindqvist'],
      ['oversight_committee', 'HQ', 'Chen Wei'],
      ['governing_body_reader', 'HQ', 'Yusuf Demir'],
      ['staff', 'CO-LB', 'Nour El-Amin'],
    ],
  },
];

/** Staff names for the directory beyond the sign-in users; mixed so every office has a few. */
export const DEMO_STAFF_NAMES = [
  'Achieng Otieno', 'Abebe Girma', 'Farhana Rahman', 'Jose Santos', 'María Fernanda López', 'Carlos Mejía',
  'Hanna Tesfaye', 'Moses Kato', 'Nusrat Jahan', 'Liza Reyes', 'Diego Castillo', 'Valentina Ruiz',
  'Brian Mugisha', 'Selam Bekele', 'Tanvir Hossain', 'Angela Cruz', 'Luis Alvarado', 'Camila Vargas',
  'Joyce Akello', 'Dawit Alemu', 'Sharmin Akter', 'Mark Villanueva', 'Andrea Pineda', 'Julián Moreno',
  'Aissata Coulibaly', 'Ibrahim Moussa', 'Maya Saade', 'Youssef Ben Salem', 'Azamat Toktogulov', 'Dilnoza Karimova',
  'Fatoumata Keita', 'Hadiza Abdou', 'Georges Haddad', 'Amira Trabelsi', 'Bakyt Asanov', 'Rustam Yusupov',
  'Mariam Sangaré', 'Abdoulaye Issa', 'Lina Farah', 'Sami Gharbi', 'Nurlan Abdyldaev', 'Shahnoza Alimova',
];
