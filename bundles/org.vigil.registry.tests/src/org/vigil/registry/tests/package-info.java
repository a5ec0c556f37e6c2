/** Tests of the registry: the contract on the store in memory, assets, matcher, compliance, CSV and the demo registry. */
package org.vigil.registry.tests;
