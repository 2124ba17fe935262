/** The configurator page: the manifest, the release (version and integrity hash) and the form. */
import release from 'virtual:heat-release';
import manifest from '../../custom-elements.json';
import { type Manifest, mountConfigurator } from './configurator.js';

mountConfigurator(document.getElementById('configurator')!, { manifest: manifest as Manifest, release });
