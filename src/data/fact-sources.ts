/**
 * The sources of the bundled facts, one constant each, so that each chunk (national facts, state and local facts)
 * carries only the sources it cites. Pure data: the state and local facts' chunk has its own copy (see vite.config.ts).
 */
import type { Source } from './types.js';

export const alamedaHeat: Source = {
  title: 'Commercial Sexual Exploitation of Children (CSEC), H.E.A.T. Watch',
  publisher: 'Office of the District Attorney, Alameda County',
  url: 'https://www.heatwatch.org',
};

export const stanislausCsec: Source = {
  title: 'Commercial Sexual Exploitation of Children (CSEC) resources',
  publisher: 'Stanislaus County',
};

export const polaris: Source = { title: 'Polaris', publisher: 'Polaris', url: 'https://polarisproject.org' };

export const npr: Source = { title: 'NPR', publisher: 'NPR' };

export const estesWeiner2001: Source = {
  title: 'The Commercial Sexual Exploitation of Children in the U.S., Canada and Mexico',
  publisher: 'University of Pennsylvania, School of Social Work (Richard J. Estes, Neil Alan Weiner)',
  year: 2001,
};

export const edwards2006: Source = {
  title: 'Prevalence and correlates of exchanging sex for drugs or money among adolescents in the United States',
  publisher: 'Sexually Transmitted Infections 82(5):354-358 (Edwards, Iritani, Hallfors)',
  year: 2006,
  url: 'https://doi.org/10.1136/sti.2006.020693',
};

export const walker2013: Source = {
  title:
    'Ending the Commercial Sexual Exploitation of Children: A Call for Multi-System Collaboration in California',
  publisher: 'California Child Welfare Council (Kate Walker)',
  year: 2013,
};

export const clayton2013: Source = {
  title: 'Confronting Commercial Sexual Exploitation and Sex Trafficking of Minors in the United States',
  publisher: 'Institute of Medicine and National Research Council (Clayton, Krugman, Simon, eds.)',
  year: 2013,
  url: 'https://doi.org/10.17226/18358',
};

export const ojjdp: Source = {
  title: 'Commercial Sexual Exploitation of Children (Model Programs Guide literature review)',
  publisher: 'U.S. Department of Justice, Office of Juvenile Justice and Delinquency Prevention',
  year: 2014,
};
